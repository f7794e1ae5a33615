#include "ppsnet/query/centrality.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <sstream>

#include "ppsnet/algo/birank.hpp"
#include "ppsnet/algo/eigenvector.hpp"
#include "ppsnet/algo/kcore.hpp"
#include "ppsnet/algo/pagerank.hpp"
#include "ppsnet/error.hpp"

namespace ppsnet::query {
namespace {

using model::NodeId;

// The graph the measures run on: the bipartite graph, or a projection (local index -> PartnerGraph node id).
struct Target {
  const model::CsrGraph* graph = nullptr;
  std::vector<NodeId> nodes;  // empty: identity (bipartite graph)
  bool projected = false;
  NodeId node(std::size_t local) const { return projected ? nodes[local] : static_cast<NodeId>(local); }
};

// A measure over every node of the target graph (by local index), with the words the note needs.
struct Scores {
  CentralityMeasure measure;
  std::vector<double> values;
  bool integer = false;
  std::string note;
};

bool has(const CentralityRequest& r, CentralityMeasure m) {
  return std::find(r.measures.begin(), r.measures.end(), m) != r.measures.end();
}

void check(const CentralityRequest& r) {
  if (r.measures.empty()) throw invalid_request("measure", "at least one measure is needed");
  if (r.damping < 0 || !(r.damping < 1)) throw invalid_request("damping", "must be in [0, 1)");
  if (r.betweenness_sample != 0 && !(r.betweenness_sample > 0 && r.betweenness_sample < 1))
    throw invalid_request("betweenness_sample", "ε must be in (0, 1)");
  if (!(r.delta > 0 && r.delta < 1)) throw invalid_request("delta", "must be in (0, 1)");
  if (r.betweenness_sample > 0 && r.weighted)
    throw invalid_request("betweenness_sample", "the sampled betweenness uses hop distances; not with weighted");
  if (r.projection) {
    const std::string onto(name_of(*r.projection));
    if (r.bipartite_normalised)
      throw invalid_request("bipartite_normalised", "applies to the bipartite graph, not to a projection");
    if (has(r, CentralityMeasure::birank))
      throw invalid_request("measure", "birank ranks the bipartite graph; it cannot run on a projection");
    const bool side_ok = r.side == NodeSide::both ||
                         (r.side == NodeSide::initiatives) == (*r.projection == ProjectionSide::initiatives);
    if (!side_ok)
      throw invalid_request("side", "the projection onto " + onto + " has no " + std::string(name_of(r.side)));
  }
}

Scores compute(const model::PartnerGraph& g, const Target& target, CentralityMeasure m, const CentralityRequest& r) {
  const auto& csr = *target.graph;
  Scores c{m, {}, false, {}};
  switch (m) {
    case CentralityMeasure::degree:
      c.integer = !r.bipartite_normalised;
      c.values = r.bipartite_normalised ? algo::bipartite_degree_centrality(g) : algo::degree(csr);
      break;
    case CentralityMeasure::strength:
      c.integer = !target.projected;  // participations are counts; projection weights need not be
      c.values = algo::strength(csr);
      break;
    case CentralityMeasure::betweenness: {
      if (r.betweenness_sample > 0) {
        // Riondato–Kornaropoulos sampling: raw scale, then the same bipartite normalisation as the exact scores.
        algo::BetweennessSampleOptions so;
        so.epsilon = r.betweenness_sample;
        so.delta = r.delta;
        so.seed = r.seed;
        so.threads = r.threads;
        const auto s = algo::betweenness_sampled(csr, so);
        c.values = r.bipartite_normalised ? algo::bipartite_betweenness(g, s.scores) : s.scores;
        std::ostringstream note;
        if (s.exact)
          note << "betweenness: exact (the sample would need " << s.samples << " paths, more than the "
               << s.exact_sources << " nodes exact betweenness needs; ε=" << r.betweenness_sample << ").";
        else
          note << "betweenness: approximate (ε=" << r.betweenness_sample << ", δ=" << r.delta << ", r=" << s.samples
               << " samples, seed " << r.seed << "): an estimate of every node's BC/(n(n-1)/2) whose error is about ε "
               << "(raw scale: about " << s.error_bound << "); the sample size uses the constant c = 0.5 of "
               << "Riondato & Kornaropoulos 2016's experiments, so the 1-δ guarantee, proven for a larger "
               << "universal constant, is not promised.";
        c.note = note.str();
      } else if (r.bipartite_normalised) {
        c.values = algo::bipartite_betweenness(g, r.threads);
      } else {
        algo::BetweennessOptions o;
        o.threads = r.threads;
        o.weighting = !r.weighted                        ? algo::Weighting::unweighted
                      : r.weights_as == WeightsAs::distance ? algo::Weighting::distance
                                                            : algo::Weighting::strength;
        c.values = algo::betweenness(csr, o);
      }
      break;
    }
    case CentralityMeasure::closeness:
      if (r.bipartite_normalised) {
        c.values = algo::bipartite_closeness(g, r.threads);
      } else {
        algo::ClosenessOptions o;
        o.threads = r.threads;
        o.convention = r.closeness_convention;
        c.values = algo::closeness(csr, o);
      }
      break;
    case CentralityMeasure::harmonic: {
      algo::HarmonicOptions o;
      o.threads = r.threads;
      o.normalized = r.harmonic_normalised;
      c.values = algo::harmonic(csr, o);
      break;
    }
    case CentralityMeasure::eigenvector: {
      algo::EigenvectorOptions o;
      o.weighted = r.weighted;
      c.values = algo::eigenvector_centrality(csr, o).scores;
      break;
    }
    case CentralityMeasure::pagerank: {
      algo::PageRankOptions o;
      o.weighted = r.weighted;
      o.damping = r.damping;
      if (!r.personalise.empty()) {
        o.reset.assign(csr.num_nodes(), 0.0);
        for (const auto& id : r.personalise) {
          const auto v = g.find(id);
          if (!v) throw not_found("personalise", "no initiative or organisation with id \"" + id + "\"");
          if (!target.projected) {
            o.reset[*v] = 1.0;
            continue;
          }
          const auto it = std::lower_bound(target.nodes.begin(), target.nodes.end(), *v);
          if (it == target.nodes.end() || *it != *v)
            throw not_found("personalise", "\"" + id + "\" is not a node of the projection onto " +
                                               std::string(name_of(*r.projection)));
          o.reset[static_cast<std::size_t>(it - target.nodes.begin())] = 1.0;
        }
      }
      c.values = algo::pagerank(csr, o);
      break;
    }
    case CentralityMeasure::coreness: {
      c.integer = true;
      const auto core = algo::coreness(csr);
      c.values.assign(core.begin(), core.end());
      break;
    }
    case CentralityMeasure::birank: {
      algo::BiRankOptions o;
      o.weighted = r.weighted;
      c.values = algo::birank(g, o);
      break;
    }
  }
  return c;
}

// The note: what was computed, matching the computation (betweenness reads weights only when exact, weighted and
// not bipartite-normalised).
std::string describe(const CentralityRequest& r) {
  std::ostringstream s;
  const std::string lengths = r.weights_as == WeightsAs::distance ? "w" : "1/w";
  const bool weighted_betweenness = r.weighted && !r.bipartite_normalised && r.betweenness_sample == 0;
  // Betweenness reads the weights only when weighted, exact and not bipartite-normalised (which counts hops).
  const std::string betweenness_reads =
      r.weighted && !weighted_betweenness ? "betweenness counts hops" : "betweenness lengths " + lengths;
  if (!r.projection)
    s << "Bipartite graph, unweighted (distinct links) unless --weighted (participations as tie strengths: "
      << betweenness_reads << "; weights in pagerank, eigenvector, birank). ";
  else
    s << "Projection onto " << name_of(*r.projection) << " (weight " << name_of(r.projection_weight)
      << "), unweighted unless --weighted (" << betweenness_reads << "; weights in pagerank, eigenvector). ";
  if (r.bipartite_normalised)
    s << "degree, betweenness and closeness normalised per side as NetworkX bipartite (Borgatti & Halgin). ";
  else if (has(r, CentralityMeasure::closeness))
    s << "closeness: " << name_of(r.closeness_convention) << " convention for disconnected graphs. ";
  if (has(r, CentralityMeasure::pagerank))
    s << "PageRank damping " << r.damping << (r.personalise.empty() ? "" : ", personalised") << ". ";
  s << "Sorted by " << name_of(r.measures.front()) << ", highest first. See docs/algorithms.md.";
  return s.str();
}

using ProjectionSource = std::function<std::shared_ptr<const algo::Projection>(const algo::ProjectionOptions&)>;

CentralityResult compute_centrality(const model::PartnerGraph& g, const CentralityRequest& r,
                                    const ProjectionSource& projection_of) {
  check(r);
  CentralityResult out;
  Target target;
  std::shared_ptr<const algo::Projection> proj;
  if (!r.projection) {
    target.graph = &g.graph();
  } else {
    algo::ProjectionOptions po;
    po.side = *r.projection;
    po.weight = r.projection_weight;
    po.max_connector_degree = r.max_connector_degree;
    proj = projection_of(po);
    out.skipped_connectors = proj->skipped_connectors;
    target.graph = &proj->graph;
    target.nodes = proj->nodes;
    target.projected = true;
  }
  out.graph_nodes = target.graph->num_nodes();
  out.graph_links = target.graph->num_edges();
  std::vector<Scores> cols;
  for (const auto m : r.measures) {
    if (std::any_of(cols.begin(), cols.end(), [&](const Scores& c) { return c.measure == m; })) continue;
    cols.push_back(compute(g, target, m, r));
  }
  // Local indices (= node ids on the bipartite graph) of the rows.
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < target.graph->num_nodes(); ++i) {
    const NodeId v = target.node(i);
    if (r.side == NodeSide::initiatives && !g.is_initiative(v)) continue;
    if (r.side == NodeSide::organisations && !g.is_organisation(v)) continue;
    rows.push_back(i);
  }
  // Highest first by the first measure; undefined (NaN) last; ties by node id.
  const auto& key = cols.front().values;
  std::stable_sort(rows.begin(), rows.end(), [&](std::size_t x, std::size_t y) {
    const bool nx = std::isnan(key[x]), ny = std::isnan(key[y]);
    if (nx != ny) return ny;
    return !nx && key[x] > key[y];
  });
  if (r.top > 0 && rows.size() > r.top) rows.resize(r.top);

  out.note = describe(r);
  for (const auto& c : cols)
    if (!c.note.empty()) out.note += " " + c.note;
  for (std::size_t i : rows) out.nodes.push_back(target.node(i));
  for (const auto& c : cols) {
    CentralityColumn col{c.measure, {}, c.integer};
    col.values.reserve(rows.size());
    for (std::size_t i : rows) col.values.push_back(c.values[i]);
    out.columns.push_back(std::move(col));
  }

  Table& t = out.table;
  t.name = "centrality";
  t.title = "Centrality (" + std::to_string(g.num_initiatives()) + " initiatives, " +
            std::to_string(g.num_organisations()) + " organisations, " + std::to_string(g.num_edges()) + " links)";
  if (target.projected)
    t.title = "Centrality in the projection onto " + std::string(name_of(*r.projection)) + " (" +
              std::to_string(out.graph_nodes) + " nodes, " + std::to_string(out.graph_links) + " links)";
  t.note = out.note;
  t.columns = {{"Id", "id", 0}, {"Label", "label", 0}, {"Side", "side", 0}};
  for (const auto& c : out.columns) {
    const std::string name(name_of(c.measure));
    t.columns.push_back({name, name, c.integer ? 0 : 6});
  }
  for (std::size_t row = 0; row < out.nodes.size(); ++row) {
    const NodeId v = out.nodes[row];
    std::vector<TableCell> cells{TableCell::of_text(g.external_id(v)), TableCell::of_text(g.label(v)),
                                 TableCell::of_text(g.is_initiative(v) ? "initiative" : "organisation")};
    for (const auto& c : out.columns) {
      const double x = c.values[row];
      if (std::isnan(x))
        cells.push_back(TableCell::none());
      else if (c.integer)
        cells.push_back(TableCell::of_integer(static_cast<std::int64_t>(std::llround(x))));
      else
        cells.push_back(TableCell::of_number(x));
    }
    t.rows.push_back(std::move(cells));
  }
  return out;
}

}  // namespace

CentralityResult centrality(const model::PartnerGraph& g, const CentralityRequest& r) {
  return compute_centrality(g, r, [&](const algo::ProjectionOptions& po) {
    return std::make_shared<const algo::Projection>(algo::project(g, po));
  });
}

CentralityResult centrality(const Dataset& dataset, const CentralityRequest& r) {
  return compute_centrality(dataset.graph(), r,
                            [&](const algo::ProjectionOptions& po) { return dataset.projection(po); });
}

}  // namespace ppsnet::query
