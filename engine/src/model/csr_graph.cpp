#include "ppsnet/model/csr_graph.hpp"

#include <algorithm>
#include <numeric>

namespace ppsnet::model {

CsrGraph CsrGraph::from_edges(std::size_t n, std::span<const WeightedEdge> edges) {
  CsrGraph g;
  g.offsets_.assign(n + 1, 0);
  for (const auto& e : edges) {
    if (e.u >= n || e.v >= n) throw std::out_of_range("CsrGraph::from_edges: endpoint out of range");
    if (e.u == e.v) throw std::invalid_argument("CsrGraph::from_edges: self-loop on node " + std::to_string(e.u));
    ++g.offsets_[e.u + 1];
    ++g.offsets_[e.v + 1];
  }
  std::partial_sum(g.offsets_.begin(), g.offsets_.end(), g.offsets_.begin());
  std::vector<std::pair<NodeId, double>> slots(g.offsets_[n]);
  std::vector<std::size_t> fill(g.offsets_.begin(), g.offsets_.end() - 1);
  for (const auto& e : edges) {
    slots[fill[e.u]++] = {e.v, e.weight};
    slots[fill[e.v]++] = {e.u, e.weight};
  }
  // Sort each neighbour list and fold parallel edges (sum weights).
  std::vector<std::size_t> new_offsets(n + 1, 0);
  std::size_t out = 0;
  for (std::size_t v = 0; v < n; ++v) {
    auto b = slots.begin() + static_cast<std::ptrdiff_t>(g.offsets_[v]);
    auto e = slots.begin() + static_cast<std::ptrdiff_t>(g.offsets_[v + 1]);
    std::sort(b, e, [](const auto& a, const auto& c) { return a.first < c.first; });
    new_offsets[v] = out;
    for (auto it = b; it != e; ++it) {
      if (out > new_offsets[v] && slots[out - 1].first == it->first) slots[out - 1].second += it->second;
      else slots[out++] = *it;
    }
  }
  new_offsets[n] = out;
  g.offsets_ = std::move(new_offsets);
  g.targets_.resize(out);
  g.weights_.resize(out);
  for (std::size_t i = 0; i < out; ++i) {
    g.targets_[i] = slots[i].first;
    g.weights_[i] = slots[i].second;
  }
  return g;
}

double CsrGraph::strength(NodeId v) const {
  double s = 0;
  for (double w : weights(v)) s += w;
  return s;
}

double CsrGraph::total_weight() const {
  double s = 0;
  for (double w : weights_) s += w;
  return s / 2;
}

std::vector<WeightedEdge> CsrGraph::edges() const {
  std::vector<WeightedEdge> out;
  out.reserve(num_edges());
  for (NodeId u = 0; u < num_nodes(); ++u) {
    auto nb = neighbours(u);
    auto w = weights(u);
    for (std::size_t i = 0; i < nb.size(); ++i)
      if (u < nb[i]) out.push_back({u, nb[i], w[i]});
  }
  return out;
}

}  // namespace ppsnet::model
