// Leiden through the igraph bridge, modularity and CPM quality, canonical community numbering.
#include "ppsnet/algo/community.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "canonical_partition.hpp"
#include "igraph_bridge/bridge.hpp"

namespace ppsnet::algo {
namespace detail {

// Renumbers communities by size (desc), ties by smallest member node id. Input ids need not be dense.
std::vector<int> canonical_membership(std::span<const int> membership, int& count) {
  std::vector<int> dense = igraph_bridge::relabel_by_first_occurrence(membership);  // ids by first member
  int k = 0;
  for (int c : dense) k = std::max(k, c + 1);
  std::vector<std::size_t> size(static_cast<std::size_t>(k), 0);
  for (int c : dense) ++size[static_cast<std::size_t>(c)];
  std::vector<int> order(static_cast<std::size_t>(k));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return size[static_cast<std::size_t>(a)] > size[static_cast<std::size_t>(b)];
  });
  std::vector<int> rank(static_cast<std::size_t>(k));
  for (std::size_t r = 0; r < order.size(); ++r) rank[static_cast<std::size_t>(order[r])] = static_cast<int>(r);
  for (int& c : dense) c = rank[static_cast<std::size_t>(c)];
  count = k;
  return dense;
}

}  // namespace detail

namespace {

// CPM quality in igraph's scaling: (2 Σ_c W_c − γ Σ_c n_c²) / (2m).
double cpm_quality(const model::CsrGraph& g, std::span<const int> membership, int count, double gamma) {
  const double m = g.total_weight();
  if (m <= 0) return 0;
  std::vector<double> inside(static_cast<std::size_t>(count), 0.0), size(static_cast<std::size_t>(count), 0.0);
  for (const auto& e : g.edges())
    if (membership[e.u] == membership[e.v]) inside[static_cast<std::size_t>(membership[e.u])] += e.weight;
  for (int c : membership) size[static_cast<std::size_t>(c)] += 1.0;
  double q = 0;
  for (std::size_t c = 0; c < inside.size(); ++c) q += 2 * inside[c] - gamma * size[c] * size[c];
  return q / (2 * m);
}

}  // namespace

double modularity(const model::CsrGraph& g, std::span<const int> membership, double resolution) {
  const std::size_t n = g.num_nodes();
  if (membership.size() != n)
    throw std::invalid_argument("modularity: membership has " + std::to_string(membership.size()) +
                                " entries for " + std::to_string(n) + " nodes");
  int k = 0;
  for (int c : membership) {
    if (c < 0) throw std::invalid_argument("modularity: negative community id");
    k = std::max(k, c + 1);
  }
  const double m = g.total_weight();
  if (n == 0 || m <= 0) return std::numeric_limits<double>::quiet_NaN();
  std::vector<double> inside(static_cast<std::size_t>(k), 0.0), strength(static_cast<std::size_t>(k), 0.0);
  for (model::NodeId v = 0; v < n; ++v) {
    const auto c = static_cast<std::size_t>(membership[v]);
    strength[c] += g.strength(v);
    auto nb = g.neighbours(v);
    auto ws = g.weights(v);
    for (std::size_t j = 0; j < nb.size(); ++j)
      if (nb[j] > v && membership[nb[j]] == membership[v]) inside[c] += ws[j];
  }
  double q = 0;
  for (std::size_t c = 0; c < inside.size(); ++c) {
    const double frac = strength[c] / (2 * m);
    q += inside[c] / m - resolution * frac * frac;
  }
  return q;
}

Partition leiden(const model::CsrGraph& g, const LeidenOptions& opt) {
  if (!std::isfinite(opt.resolution) || opt.resolution < 0)
    throw std::invalid_argument("leiden: resolution must be finite and >= 0");
  if (!std::isfinite(opt.beta) || opt.beta <= 0) throw std::invalid_argument("leiden: beta must be > 0");
  if (opt.n_starts < 1) throw std::invalid_argument("leiden: n_starts must be >= 1");
  const std::size_t n = g.num_nodes();
  for (const auto& e : g.edges())
    if (!std::isfinite(e.weight) || e.weight <= 0)
      throw std::invalid_argument("leiden: edge weights must be finite and > 0, got " + std::to_string(e.weight));
  Partition best;
  const double m = g.total_weight();
  if (g.num_edges() == 0 || m <= 0) {
    best.membership.resize(n);
    std::iota(best.membership.begin(), best.membership.end(), 0);  // singletons; sizes tie, so by node id
    best.count = static_cast<int>(n);
    best.quality = 0;
    return best;
  }
  std::vector<double> node_weights;
  double gamma = opt.resolution;
  if (opt.objective == Objective::modularity) {
    node_weights.resize(n);
    for (model::NodeId v = 0; v < n; ++v) node_weights[v] = g.strength(v);
    gamma = opt.resolution / (2 * m);
  }
  for (int start = 0; start < opt.n_starts; ++start) {
    std::vector<int> raw = igraph_bridge::leiden_until_stable(g, node_weights, gamma, opt.beta,
                                                              opt.seed + static_cast<std::uint64_t>(start));
    Partition p;
    p.membership = detail::canonical_membership(raw, p.count);
    p.quality = opt.objective == Objective::modularity ? modularity(g, p.membership, opt.resolution)
                                                       : cpm_quality(g, p.membership, p.count, opt.resolution);
    if (start == 0 || p.quality > best.quality) best = std::move(p);
  }
  return best;
}

}  // namespace ppsnet::algo
