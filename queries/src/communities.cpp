#include "ppsnet/query/communities.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "ppsnet/algo/community.hpp"
#include "ppsnet/algo/partition_compare.hpp"
#include "ppsnet/algo/projection.hpp"
#include "ppsnet/error.hpp"
#include "ppsnet/query/community_summary.hpp"

namespace ppsnet::query {
namespace {

using model::NodeId;

std::string join_labels(const model::PartnerGraph& g, const std::vector<NodeId>& nodes) {
  std::string out;
  for (NodeId v : nodes) {
    if (!out.empty()) out += "; ";
    out += g.label(v);
  }
  return out;
}

using ProjectionSource = std::function<std::shared_ptr<const algo::Projection>(const algo::ProjectionOptions&)>;

CommunitiesResult compute_communities(const model::PartnerGraph& g, const CommunitiesRequest& r,
                                      const ProjectionSource& projection_of) {
  if (!(r.resolution >= 0) || !std::isfinite(r.resolution))
    throw invalid_request("resolution", "must be a finite number >= 0");
  if (r.starts < 1) throw invalid_request("starts", "must be at least 1");
  CommunitiesResult out;
  const bool initiatives = r.side == ProjectionSide::initiatives;
  const std::string side(name_of(r.side));
  algo::ProjectionOptions po;
  po.side = r.side;
  po.weight = algo::ProjectionWeight::newman;
  po.max_connector_degree = r.max_connector_degree;
  const auto proj_ptr = projection_of(po);
  const algo::Projection& proj = *proj_ptr;
  out.skipped_connectors = proj.skipped_connectors;
  out.projection_links = proj.graph.num_edges();
  algo::LeidenOptions lo;
  lo.resolution = r.resolution;
  lo.seed = r.seed;
  lo.n_starts = r.starts;
  const bool louvain = r.algorithm == CommunityAlgorithm::louvain;
  algo::LouvainOptions uo;
  uo.resolution = r.resolution;
  uo.seed = r.seed;
  uo.n_starts = r.starts;
  // stability: the same starts (seeds seed..seed+starts-1), one at a time; best = leiden()'s / louvain()'s result.
  std::optional<algo::StabilityReport> stab;
  if (r.stability) {
    if (louvain) {
      std::vector<algo::Partition> starts;
      for (int s = 0; s < r.starts; ++s) {
        algo::LouvainOptions one = uo;
        one.seed = r.seed + static_cast<std::uint64_t>(s);
        one.n_starts = 1;
        starts.push_back(algo::louvain(proj.graph, one));
      }
      stab = algo::stability_report(std::move(starts));
    } else {
      stab = algo::leiden_stability(proj.graph, lo);
    }
  }
  const algo::Partition part = stab      ? stab->best
                               : louvain ? algo::louvain(proj.graph, uo)
                                         : algo::leiden(proj.graph, lo);
  const std::size_t k = proj.nodes.size();
  out.nodes = proj.nodes;
  out.community = part.membership;
  out.count = part.count;
  out.modularity = proj.graph.num_edges() > 0 ? part.quality : std::nan("");

  // Members of each community, by bipartite degree (most partners first), ties by node id.
  std::vector<std::vector<NodeId>> members(static_cast<std::size_t>(part.count));
  for (std::size_t i = 0; i < k; ++i) members[static_cast<std::size_t>(part.membership[i])].push_back(proj.nodes[i]);
  const auto& csr = g.graph();
  for (auto& m : members)
    std::stable_sort(m.begin(), m.end(), [&](NodeId x, NodeId y) { return csr.degree(x) > csr.degree(y); });

  std::ostringstream note;
  note << (louvain ? "Louvain" : "Leiden") << " (modularity, resolution " << r.resolution << ", seed " << r.seed
       << ", " << r.starts << " start(s)) on the Newman-weighted projection onto " << side << " (" << k
       << " nodes, " << proj.graph.num_edges() << " links); ";
  if (proj.graph.num_edges() > 0)
    note << "modularity " << part.quality << ".";
  else
    note << "no links, so modularity is undefined.";
  note << " Communities numbered from 1, largest first.";
  if (stab) {
    double mean_certainty = 0;
    for (double c : stab->certainty) mean_certainty += c;
    if (!stab->certainty.empty()) mean_certainty /= static_cast<double>(stab->certainty.size());
    out.mean_ari = stab->mean_ari;
    out.mean_nmi = stab->mean_nmi;
    out.mean_certainty = mean_certainty;
    note << " Stability over " << r.starts << " start(s): mean pairwise ARI " << stab->mean_ari
         << ", mean pairwise NMI " << stab->mean_nmi << ", mean node certainty " << mean_certainty
         << " (share of starts that put a node with exactly the same nodes as the best start).";
  }

  Table& t = out.table;
  if (r.membership) {
    t.name = "community_membership";
    t.title = "Community of every " + std::string(initiatives ? "initiative" : "organisation");
    t.columns = {{"Id", "id", 0}, {"Label", "label", 0}, {"Community", "community", 0}};
    for (std::size_t i = 0; i < k; ++i)
      t.rows.push_back({TableCell::of_text(g.external_id(proj.nodes[i])), TableCell::of_text(g.label(proj.nodes[i])),
                        TableCell::of_integer(part.membership[i] + 1)});
  } else {
    t.name = "communities";
    t.title = std::to_string(part.count) + " communities of " + side;
    if (initiatives) {
      const auto summary =
          summarise_communities(g, proj.nodes, part.membership, r.members == 0 ? g.num_nodes() : r.members);
      t.columns = {{"Community", "community", 0}, {"Size", "size", 0}, {"Organisations", "organisations", 0},
                   {"Label", "label", 0}, {"Members", "members", 0}, {"Hub organisations", "hubs", 0}};
      for (const auto& c : summary.communities) {
        std::vector<NodeId> shown = members[static_cast<std::size_t>(c.id)];
        if (r.members > 0 && shown.size() > r.members) shown.resize(r.members);
        t.rows.push_back({TableCell::of_integer(c.id + 1), TableCell::of_integer(static_cast<std::int64_t>(c.initiatives)),
                          TableCell::of_integer(static_cast<std::int64_t>(c.organisations)),
                          TableCell::of_text(c.label), TableCell::of_text(join_labels(g, shown)),
                          TableCell::of_text(join_labels(g, c.hub_organisations))});
      }
      note << " Organisations: those whose initiatives are mostly in the community.";
    } else {
      t.columns = {{"Community", "community", 0}, {"Size", "size", 0}, {"Label", "label", 0}, {"Members", "members", 0}};
      std::set<std::string> used;  // organisation names can repeat: number repeated labels as summarise_communities
      for (std::size_t c = 0; c < members.size(); ++c) {
        std::vector<NodeId> shown = members[c];
        const std::string base = shown.empty() ? std::string() : "around " + g.label(shown.front());
        std::string label = base;
        for (int n = 2; !label.empty() && used.count(label) > 0; ++n) label = base + " (" + std::to_string(n) + ")";
        used.insert(label);
        if (r.members > 0 && shown.size() > r.members) shown.resize(r.members);
        t.rows.push_back({TableCell::of_integer(static_cast<std::int64_t>(c + 1)),
                          TableCell::of_integer(static_cast<std::int64_t>(members[c].size())),
                          TableCell::of_text(label), TableCell::of_text(join_labels(g, shown))});
      }
      note << " Label: the member with the most initiatives (a repeated name numbered (2), (3), ...).";
    }
    note << " Members listed by number of partners (most first).";
    if (r.top > 0 && t.rows.size() > r.top) t.rows.resize(r.top);
  }
  t.note = note.str();
  return out;
}

}  // namespace

CommunitiesResult communities(const model::PartnerGraph& g, const CommunitiesRequest& r) {
  return compute_communities(g, r, [&](const algo::ProjectionOptions& po) {
    return std::make_shared<const algo::Projection>(algo::project(g, po));
  });
}

CommunitiesResult communities(const Dataset& dataset, const CommunitiesRequest& r) {
  return compute_communities(dataset.graph(), r,
                             [&](const algo::ProjectionOptions& po) { return dataset.projection(po); });
}

}  // namespace ppsnet::query
