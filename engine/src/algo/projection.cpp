// Bipartite one-mode projections with thresholds applied node by node (no all-pairs materialisation).
#include "ppsnet/algo/projection.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ppsnet::algo {

Projection project(const model::PartnerGraph& g, const ProjectionOptions& opt) {
  if (!std::isfinite(opt.min_weight) || opt.min_weight < 0)
    throw std::invalid_argument("project: min_weight must be finite and >= 0");
  using model::NodeId;
  const auto& csr = g.graph();
  const bool init_side = opt.side == Side::initiatives;
  const NodeId first = init_side ? 0 : static_cast<NodeId>(g.num_initiatives());
  const NodeId count = static_cast<NodeId>(init_side ? g.num_initiatives() : g.num_organisations());
  const NodeId cfirst = init_side ? static_cast<NodeId>(g.num_initiatives()) : 0;
  const NodeId ccount = static_cast<NodeId>(init_side ? g.num_organisations() : g.num_initiatives());

  Projection p;
  p.nodes.resize(count);
  for (NodeId i = 0; i < count; ++i) p.nodes[i] = first + i;

  // Connectors kept, and each projected node's degree over kept connectors.
  std::vector<char> kept(ccount, 1);
  for (NodeId k = 0; k < ccount; ++k)
    if (opt.max_connector_degree > 0 && csr.degree(cfirst + k) > opt.max_connector_degree) {
      kept[k] = 0;
      p.skipped.push_back(cfirst + k);
    }
  p.skipped_connectors = p.skipped.size();
  std::vector<double> deg(count, 0.0);
  for (NodeId i = 0; i < count; ++i)
    for (NodeId k : csr.neighbours(first + i)) deg[i] += kept[k - cfirst] ? 1.0 : 0.0;

  std::vector<double> acc(count, 0.0);   // shared-connector sum for the current node
  std::vector<char> touched_flag(count, 0);
  std::vector<NodeId> touched;
  std::vector<model::WeightedEdge> edges;
  std::vector<std::pair<double, NodeId>> candidates;  // (weight, neighbour) of the current node (top_k)
  for (NodeId u = 0; u < count; ++u) {
    for (NodeId k : csr.neighbours(first + u)) {
      if (!kept[k - cfirst]) continue;
      const double dk = static_cast<double>(csr.degree(k));
      if (dk < 2) continue;  // a connector with one member links nobody
      const double add = opt.weight == ProjectionWeight::newman ? 1.0 / (dk - 1.0) : 1.0;
      for (NodeId vv : csr.neighbours(k)) {
        const NodeId v = vv - first;
        if (v == u) continue;
        if (opt.top_k == 0 && v < u) continue;  // without top_k each pair is handled from its smaller end
        if (!touched_flag[v]) {
          touched_flag[v] = 1;
          touched.push_back(v);
        }
        acc[v] += add;
      }
    }
    std::sort(touched.begin(), touched.end());
    candidates.clear();
    for (NodeId v : touched) {
      const double c = acc[v];
      double w = c;
      if (opt.weight == ProjectionWeight::jaccard) w = c / (deg[u] + deg[v] - c);
      else if (opt.weight == ProjectionWeight::overlap) w = c / std::min(deg[u], deg[v]);
      if (w >= opt.min_weight) {
        if (opt.top_k == 0) edges.push_back({u, v, w});
        else candidates.emplace_back(w, v);
      }
      acc[v] = 0;
      touched_flag[v] = 0;
    }
    touched.clear();
    if (opt.top_k > 0) {
      // Strongest first, ties by smaller neighbour id; keep k. A pair chosen by both ends is folded below.
      const std::size_t k = std::min(opt.top_k, candidates.size());
      std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(k), candidates.end(),
                        [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
      for (std::size_t i = 0; i < k; ++i)
        edges.push_back({std::min(u, candidates[i].second), std::max(u, candidates[i].second), candidates[i].first});
    }
  }
  if (opt.top_k > 0) {
    // Keep one copy of each pair (both ends may have chosen it; the weight is the same from both ends).
    std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) { return a.u != b.u ? a.u < b.u : a.v < b.v; });
    edges.erase(std::unique(edges.begin(), edges.end(), [](const auto& a, const auto& b) { return a.u == b.u && a.v == b.v; }),
                edges.end());
  }
  p.graph = model::CsrGraph::from_edges(count, edges);
  return p;
}

}  // namespace ppsnet::algo
