#include "ppsnet/query/analysis.hpp"

#include "ppsnet/algo/centrality.hpp"
#include "ppsnet/algo/community.hpp"
#include "ppsnet/algo/components.hpp"
#include "ppsnet/algo/projection.hpp"
#include "ppsnet/query/brokers.hpp"
#include "ppsnet/query/involvement.hpp"
#include "ppsnet/query/mixing.hpp"
#include "ppsnet/query/levels.hpp"
#include "ppsnet/query/network_view.hpp"
#include "ppsnet/query/reach.hpp"

namespace ppsnet::query {

AnalysisResult analyse(const model::PartnerGraph& g, const AnalysisOptions& options) {
  AnalysisResult r;
  r.options = options;
  auto step = [&](const std::string& what) {
    if (options.progress) options.progress(what);
  };
  const auto& csr = g.graph();

  step("connected components");
  auto comps = algo::connected_components(csr);
  r.component = comps.membership;
  r.component_sizes = comps.sizes;
  r.summary = summarise(g, r.component_sizes);

  step("degree centrality");
  r.degree = algo::degree(csr);
  r.bipartite_degree = algo::bipartite_degree_centrality(g);

  step("exact betweenness (Brandes)");
  algo::BetweennessOptions bo;
  bo.threads = options.threads;
  r.betweenness = algo::betweenness(csr, bo);
  r.bipartite_betweenness = algo::bipartite_betweenness(g, r.betweenness);

  step("initiative projection");
  algo::ProjectionOptions po;
  po.side = algo::Side::initiatives;
  po.weight = algo::ProjectionWeight::newman;
  po.max_connector_degree = options.max_connector_degree;
  auto proj = algo::project(g, po);
  r.projection_nodes = proj.nodes;
  r.projection_edges = proj.graph.num_edges();
  r.skipped_connectors = proj.skipped_connectors;

  step("Leiden communities");
  algo::LeidenOptions lo;
  lo.seed = options.seed;
  lo.resolution = options.resolution;
  lo.n_starts = options.leiden_starts;
  auto part = algo::leiden(proj.graph, lo);
  r.projection_membership = part.membership;
  r.modularity_defined = proj.graph.num_edges() > 0;
  r.modularity = r.modularity_defined ? part.quality : 0.0;
  r.communities = summarise_communities(g, proj.nodes, part.membership);

  step("impact figures (levels, reach, involvement)");
  auto append = [&](std::vector<Table> tables) {
    for (auto& t : tables) r.impact.push_back(std::move(t));
  };
  append(to_tables(g, education_levels(g), LevelGrouping::kind, 10));
  bool has_home_region = false, has_abroad = false;
  for (const auto& in : g.initiatives()) has_home_region = has_home_region || in.location.corop != 0;
  for (const auto& o : g.organisations())
    has_abroad = has_abroad || (!o.location.country.empty() && o.location.country != "NL");
  if (has_home_region) {
    const auto reach = regional_reach(g);
    append(to_tables(g, reach, ReachTableLevel::province));
    append(to_tables(g, reach, ReachTableLevel::corop));
  }
  if (has_abroad) append(to_tables(g, country_reach(g)));
  InvolvementOptions io;
  io.top = 10;
  const auto inv = involvement(g, io);
  append(to_tables(g, inv));
  for (const auto& ranking : inv.rankings)
    if (!ranking.entries.empty()) r.impact.push_back(ranking_table(g, ranking));
  append(to_tables(g, type_mixing(g)));
  BrokersOptions broker_options;
  broker_options.top = 20;
  append(to_tables(g, brokers(g, broker_options), broker_options.top));

  step("network diagram");
  NetworkViewOptions vo;
  vo.max_nodes = options.diagram_nodes;
  vo.labelled = options.diagram_labels;
  r.diagram = network_view(g, r.betweenness, r.component, 0, r.communities.node_community, vo);
  return r;
}

}  // namespace ppsnet::query
