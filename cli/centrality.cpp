// ppsnet centrality DATASET: centrality scores of the nodes of the bipartite partnership graph, one column per
// measure (docs/algorithms.md has every formula and convention).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <memory>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "ppsnet/algo/birank.hpp"
#include "ppsnet/algo/centrality.hpp"
#include "ppsnet/algo/closeness.hpp"
#include "ppsnet/algo/eigenvector.hpp"
#include "ppsnet/algo/kcore.hpp"
#include "ppsnet/algo/pagerank.hpp"
#include "ppsnet/algo/projection.hpp"
#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/query/impact_table.hpp"

namespace ppsnet::cli {
namespace {

struct CentralityArgs {
  DatasetArgs data;
  std::vector<std::string> measures{"degree"};
  std::string side = "both";
  std::size_t top = 0;
  std::string format = "table";
  bool bipartite_normalised = false;
  std::string closeness_convention = "networkx";
  bool harmonic_normalised = false;
  bool weighted = false;
  std::string weights_as = "strength";
  double damping = 0.85;
  std::vector<std::string> personalise;
  unsigned threads = 0;
  std::string projection;  ///< empty: the bipartite graph; else the side projected onto
  std::string projection_weight = "newman";
  std::size_t max_connector_degree = 0;
  double betweenness_sample = 0;  ///< ε of the sampled betweenness; 0 = exact
  double delta = 0.1;
  std::uint64_t seed = 42;
  bool quiet = false;
};

// The graph the measures run on: the bipartite graph, or a projection (local index -> PartnerGraph node id).
struct Target {
  const model::CsrGraph* graph = nullptr;
  std::vector<model::NodeId> nodes;  // empty: identity (bipartite graph)
  bool projected = false;
  model::NodeId node(std::size_t local) const { return projected ? nodes[local] : static_cast<model::NodeId>(local); }
};

struct Column {
  std::string name;
  std::vector<double> values;
  bool integer = false;  // printed as an integer (degree, strength of unit weights, coreness)
  std::string note;      // appended to the table note (e.g. how an approximation was made)
};

Column compute(const model::PartnerGraph& g, const Target& target, const std::string& m, const CentralityArgs& a) {
  const auto& csr = *target.graph;
  Column c{m, {}, false};
  if (m == "degree") {
    c.integer = !a.bipartite_normalised;
    c.values = a.bipartite_normalised ? algo::bipartite_degree_centrality(g) : algo::degree(csr);
  } else if (m == "strength") {
    c.integer = !target.projected;  // participations are counts; projection weights need not be
    c.values = algo::strength(csr);
  } else if (m == "betweenness") {
    algo::BetweennessOptions o;
    o.threads = a.threads;
    o.weighting = !a.weighted                   ? algo::Weighting::unweighted
                  : a.weights_as == "distance" ? algo::Weighting::distance
                                                : algo::Weighting::strength;
    if (a.betweenness_sample > 0) {
      // Riondato–Kornaropoulos sampling: raw scale, then the same bipartite normalisation as the exact scores.
      algo::BetweennessSampleOptions so;
      so.epsilon = a.betweenness_sample;
      so.delta = a.delta;
      so.seed = a.seed;
      so.threads = a.threads;
      const auto r = algo::betweenness_sampled(csr, so);
      c.values = a.bipartite_normalised ? algo::bipartite_betweenness(g, r.scores) : r.scores;
      std::ostringstream note;
      if (r.exact)
        note << "betweenness: exact (the sample would need " << r.samples << " paths, more than the "
             << r.exact_sources << " nodes exact betweenness needs; ε=" << a.betweenness_sample << ").";
      else
        note << "betweenness: approximate (ε=" << a.betweenness_sample << ", δ=" << a.delta << ", r=" << r.samples
             << " samples, seed " << a.seed << "): with probability >= 1-δ every node's BC/(n(n-1)/2) is within ε "
             << "of the exact value (raw scale: within " << r.error_bound << "; Riondato & Kornaropoulos 2016).";
      c.note = note.str();
    } else {
      c.values = a.bipartite_normalised ? algo::bipartite_betweenness(g, a.threads) : algo::betweenness(csr, o);
    }
  } else if (m == "closeness") {
    if (a.bipartite_normalised) {
      c.values = algo::bipartite_closeness(g, a.threads);
    } else {
      algo::ClosenessOptions o;
      o.threads = a.threads;
      o.convention = a.closeness_convention == "igraph" ? algo::ClosenessConvention::igraph
                                                        : algo::ClosenessConvention::networkx;
      c.values = algo::closeness(csr, o);
    }
  } else if (m == "harmonic") {
    algo::HarmonicOptions o;
    o.threads = a.threads;
    o.normalized = a.harmonic_normalised;
    c.values = algo::harmonic(csr, o);
  } else if (m == "eigenvector") {
    algo::EigenvectorOptions o;
    o.weighted = a.weighted;
    c.values = algo::eigenvector_centrality(csr, o).scores;
  } else if (m == "pagerank") {
    algo::PageRankOptions o;
    o.weighted = a.weighted;
    o.damping = a.damping;
    if (!a.personalise.empty()) {
      o.reset.assign(csr.num_nodes(), 0.0);
      for (const auto& id : a.personalise) {
        const auto v = g.find(id);
        if (!v) throw model::InvalidInput("--personalise: no initiative or organisation with id \"" + id + "\"");
        if (!target.projected) {
          o.reset[*v] = 1.0;
          continue;
        }
        const auto it = std::lower_bound(target.nodes.begin(), target.nodes.end(), *v);
        if (it == target.nodes.end() || *it != *v)
          throw model::InvalidInput("--personalise: \"" + id + "\" is not a node of the projection onto " + a.projection);
        o.reset[static_cast<std::size_t>(it - target.nodes.begin())] = 1.0;
      }
    }
    c.values = algo::pagerank(csr, o);
  } else if (m == "coreness") {
    c.integer = true;
    const auto core = algo::coreness(csr);
    c.values.assign(core.begin(), core.end());
  } else if (m == "birank") {
    algo::BiRankOptions o;
    o.weighted = a.weighted;
    c.values = algo::birank(g, o);
  }
  return c;
}

std::string describe(const CentralityArgs& a) {
  std::ostringstream s;
  if (a.projection.empty())
    s << "Bipartite graph, unweighted (distinct links) unless --weighted (participations as tie strengths: "
         "betweenness lengths " << (a.weights_as == "distance" ? "w" : "1/w") << "; weights in pagerank, eigenvector, birank). ";
  else
    s << "Projection onto " << a.projection << " (weight " << a.projection_weight
      << "), unweighted unless --weighted (betweenness lengths " << (a.weights_as == "distance" ? "w" : "1/w")
      << "; weights in pagerank, eigenvector). ";
  const auto has = [&](const char* m) { return std::find(a.measures.begin(), a.measures.end(), m) != a.measures.end(); };
  if (a.bipartite_normalised)
    s << "degree, betweenness and closeness normalised per side as NetworkX bipartite (Borgatti & Halgin). ";
  else if (has("closeness"))
    s << "closeness: " << a.closeness_convention << " convention for disconnected graphs. ";
  if (has("pagerank"))
    s << "PageRank damping " << a.damping << (a.personalise.empty() ? "" : ", personalised") << ". ";
  s << "Sorted by " << a.measures.front() << ", highest first. See docs/algorithms.md.";
  return s.str();
}

int run_centrality(const CentralityArgs& a) {
  if (a.damping < 0 || a.damping >= 1) throw CLI::ValidationError("--damping", "must be in [0, 1)");
  if (a.betweenness_sample != 0 && !(a.betweenness_sample > 0 && a.betweenness_sample < 1))
    throw CLI::ValidationError("--betweenness-sample", "ε must be in (0, 1)");
  if (!(a.delta > 0 && a.delta < 1)) throw CLI::ValidationError("--delta", "must be in (0, 1)");
  if (a.betweenness_sample > 0 && a.weighted)
    throw CLI::ValidationError("--betweenness-sample", "the sampled betweenness uses hop distances; not with --weighted");
  if (!a.projection.empty()) {
    if (a.bipartite_normalised)
      throw CLI::ValidationError("--bipartite-normalised", "applies to the bipartite graph, not to --projection");
    if (std::find(a.measures.begin(), a.measures.end(), "birank") != a.measures.end())
      throw CLI::ValidationError("--measure", "birank ranks the bipartite graph; it cannot run on --projection");
    if (a.side != "both" && a.side != a.projection)
      throw CLI::ValidationError("--side", "the projection onto " + a.projection + " has no " + a.side);
  }
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  Target target;
  algo::Projection proj;
  if (a.projection.empty()) {
    target.graph = &g.graph();
  } else {
    algo::ProjectionOptions po;
    po.side = a.projection == "organisations" ? algo::Side::organisations : algo::Side::initiatives;
    po.weight = a.projection_weight == "count"     ? algo::ProjectionWeight::count
                : a.projection_weight == "jaccard" ? algo::ProjectionWeight::jaccard
                : a.projection_weight == "overlap" ? algo::ProjectionWeight::overlap
                                                   : algo::ProjectionWeight::newman;
    po.max_connector_degree = a.max_connector_degree;
    proj = algo::project(g, po);
    if (proj.skipped_connectors > 0)
      std::cerr << "ppsnet: left out " << proj.skipped_connectors << " connectors with more than "
                << a.max_connector_degree << " distinct neighbours from the projection\n";
    target.graph = &proj.graph;
    target.nodes = proj.nodes;
    target.projected = true;
  }
  std::vector<Column> cols;
  for (const auto& m : a.measures) {
    if (std::any_of(cols.begin(), cols.end(), [&](const Column& c) { return c.name == m; })) continue;
    cols.push_back(compute(g, target, m, a));
  }
  // Local indices (= node ids on the bipartite graph) of the rows.
  std::vector<std::size_t> nodes;
  for (std::size_t i = 0; i < target.graph->num_nodes(); ++i) {
    const model::NodeId v = target.node(i);
    if (a.side == "initiatives" && !g.is_initiative(v)) continue;
    if (a.side == "organisations" && !g.is_organisation(v)) continue;
    nodes.push_back(i);
  }
  // Highest first by the first measure; undefined (NaN) last; ties by node id.
  const auto& key = cols.front().values;
  std::stable_sort(nodes.begin(), nodes.end(), [&](std::size_t x, std::size_t y) {
    const bool nx = std::isnan(key[x]), ny = std::isnan(key[y]);
    if (nx != ny) return ny;
    return !nx && key[x] > key[y];
  });
  if (a.top > 0 && nodes.size() > a.top) nodes.resize(a.top);

  query::Table t;
  t.name = "centrality";
  t.title = "Centrality (" + std::to_string(g.num_initiatives()) + " initiatives, " +
            std::to_string(g.num_organisations()) + " organisations, " + std::to_string(g.num_edges()) + " links)";
  if (target.projected)
    t.title = "Centrality in the projection onto " + a.projection + " (" + std::to_string(target.graph->num_nodes()) +
              " nodes, " + std::to_string(target.graph->num_edges()) + " links)";
  t.note = describe(a);
  for (const auto& c : cols)
    if (!c.note.empty()) t.note += " " + c.note;
  t.columns = {{"Id", "id", 0}, {"Label", "label", 0}, {"Side", "side", 0}};
  for (const auto& c : cols) t.columns.push_back({c.name, c.name, c.integer ? 0 : 6});
  for (std::size_t i : nodes) {
    const model::NodeId v = target.node(i);
    std::vector<query::TableCell> row{query::TableCell::of_text(g.external_id(v)), query::TableCell::of_text(g.label(v)),
                                      query::TableCell::of_text(g.is_initiative(v) ? "initiative" : "organisation")};
    for (const auto& c : cols) {
      const double x = c.values[i];
      if (std::isnan(x))
        row.push_back(query::TableCell::none());
      else if (c.integer)
        row.push_back(query::TableCell::of_integer(static_cast<std::int64_t>(std::llround(x))));
      else
        row.push_back(query::TableCell::of_number(x));
    }
    t.rows.push_back(std::move(row));
  }
  const std::vector<query::Table> tables{std::move(t)};
  return print_tables(tables, a.format);
}

}  // namespace

void register_centrality(CLI::App& app) {
  auto args = std::make_shared<CentralityArgs>();
  auto* cmd = app.add_subcommand("centrality",
                                 "centrality of initiatives and organisations in the bipartite graph "
                                 "(docs/algorithms.md)");
  add_dataset_options(*cmd, args->data);
  cmd->add_option("--measure,-m", args->measures,
                  "one or more of degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, "
                  "coreness, birank (repeat or separate by commas); the first one sorts the rows")
      ->delimiter(',')
      ->check(CLI::IsMember({"degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
                             "coreness", "birank"}))
      ->capture_default_str();
  cmd->add_option("--side", args->side, "which nodes to list: initiatives, organisations or both")
      ->check(CLI::IsMember({"initiatives", "organisations", "both"}))
      ->capture_default_str();
  cmd->add_option("--top", args->top, "list only the N highest (0 = all)")->capture_default_str();
  cmd->add_option("--format", args->format, "output: table (aligned text), csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  cmd->add_flag("--bipartite-normalised,--bipartite-normalized", args->bipartite_normalised,
                "degree, betweenness and closeness normalised per side as NetworkX's bipartite module");
  cmd->add_option("--closeness-convention", args->closeness_convention,
                  "disconnected graphs: networkx (Wasserman-Faust scaled) or igraph (reachable nodes only)")
      ->check(CLI::IsMember({"networkx", "igraph"}))
      ->capture_default_str();
  cmd->add_flag("--harmonic-normalised,--harmonic-normalized", args->harmonic_normalised,
                "divide harmonic centrality by n - 1 (igraph); default: raw sum of 1/d (NetworkX)");
  cmd->add_flag("--weighted", args->weighted,
                "use edge weights (participations, or projection weights) as tie strengths: betweenness with "
                "lengths 1/w, weights in pagerank, eigenvector and birank");
  cmd->add_option("--weights-as", args->weights_as,
                  "with --weighted, how betweenness reads a weight: strength (path length 1/w, stronger ties are "
                  "shorter) or distance (path length w, as NetworkX/igraph weight=)")
      ->check(CLI::IsMember({"strength", "distance"}))
      ->capture_default_str();
  cmd->add_option("--damping", args->damping, "PageRank damping factor in [0, 1)")->capture_default_str();
  cmd->add_option("--personalise,--personalize", args->personalise,
                  "personalised PageRank: reset to these initiative/organisation ids (comma-separated)")
      ->delimiter(',');
  cmd->add_option("--projection", args->projection,
                  "run the measures on the projection onto initiatives or organisations instead of the bipartite "
                  "graph (not with birank or --bipartite-normalised)")
      ->check(CLI::IsMember({"initiatives", "organisations"}));
  cmd->add_option("--projection-weight", args->projection_weight,
                  "link weight of the projection: count, jaccard, overlap or newman")
      ->check(CLI::IsMember({"count", "jaccard", "overlap", "newman"}))
      ->capture_default_str();
  cmd->add_option("--max-connector-degree", args->max_connector_degree,
                  "projection: leave out connectors with more than D distinct neighbours (0 = no cap)")
      ->capture_default_str();
  cmd->add_option("--betweenness-sample", args->betweenness_sample,
                  "approximate betweenness by sampling shortest paths (Riondato & Kornaropoulos 2016): additive error "
                  "EPSILON in (0, 1) on BC/(n(n-1)/2), with probability >= 1 - delta; 0 = exact. When the sample would need "
                  "more paths than exact betweenness needs nodes, the exact values are computed instead (the note "
                  "says so)")
      ->capture_default_str();
  cmd->add_option("--delta", args->delta, "failure probability of --betweenness-sample, in (0, 1)")
      ->capture_default_str();
  cmd->add_option("--seed", args->seed, "random seed of --betweenness-sample (same seed, same data: same output)")
      ->capture_default_str();
  cmd->add_option("--threads", args->threads, "worker threads for betweenness/closeness (0 = all cores)")
      ->capture_default_str();
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_centrality(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
