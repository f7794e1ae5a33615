// Degree, strength, betweenness (Brandes with exact degree-1 folding, multi-threaded) and their bipartite
// normalisations. Formulas and sources: centrality.hpp and docs/algorithms.md.
//
// Degree-1 folding. Let a leaf ℓ hang on h (deg h >= 2). Every shortest path from ℓ is ℓ–h followed by a
// shortest path from h, so with Brandes' dependency δ_s(v) = Σ_t σ_st(v)/σ_st:
//   δ_ℓ(v) = δ_h(v) for v ≠ h,   δ_ℓ(h) = |C(h)| − 2   (every target except ℓ and h is reached through h).
// Hence Σ_s δ_s(v) = Σ_{s in core} (1 + L(s)) δ_s(v) + L(v)(|C(v)| − 2), where the core is the set of nodes
// of degree >= 2, L(v) the number of leaves on v and C(v) v's component in the full graph. Within a run
// from a core source, a leaf target of w ≠ s is reached only through w and adds exactly 1 to δ_s(w); so the
// traversal runs on the core graph only with δ_s(w) starting at L(w). Leaves, isolated nodes and the ends
// of a single edge (K2) have betweenness 0. BC(v) = ½ Σ_s δ_s(v) (each unordered pair once).
#include "ppsnet/algo/centrality.hpp"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <stdexcept>

#include "ppsnet/util/parallel.hpp"

namespace ppsnet::algo {
namespace {

using model::CsrGraph;
using model::NodeId;

constexpr double kRelTol = 1e-12;

bool same_length(double a, double b) { return std::fabs(a - b) <= kRelTol * std::max(std::fabs(a), std::fabs(b)); }

// The graph of nodes of degree >= 2, relabelled densely, with leaf counts and full component sizes.
struct Core {
  std::vector<NodeId> original;        // core index -> node id
  std::vector<std::size_t> offsets;    // CSR over core indices
  std::vector<NodeId> targets;
  std::vector<double> lengths;         // edge lengths (weighted modes only)
  std::vector<double> leaves;          // L(c)
  std::vector<double> component_size;  // |C(c)| in the full graph
  std::size_t size() const { return original.size(); }
};

Core build_core(const CsrGraph& g, Weighting weighting) {
  const std::size_t n = g.num_nodes();
  if (weighting != Weighting::unweighted) {
    for (NodeId v = 0; v < n; ++v)
      for (double w : g.weights(v))
        if (!std::isfinite(w) || w <= 0)
          throw std::invalid_argument("betweenness: weighted mode needs finite edge weights > 0, got " +
                                      std::to_string(w));
  }
  Core c;
  std::vector<NodeId> core_of(n, model::kNoNode);
  for (NodeId v = 0; v < n; ++v)
    if (g.degree(v) >= 2) {
      core_of[v] = static_cast<NodeId>(c.original.size());
      c.original.push_back(v);
    }
  const std::size_t nc = c.original.size();
  c.offsets.assign(nc + 1, 0);
  c.leaves.assign(nc, 0.0);
  for (std::size_t i = 0; i < nc; ++i) {
    const NodeId v = c.original[i];
    auto nb = g.neighbours(v);
    auto ws = g.weights(v);
    for (std::size_t j = 0; j < nb.size(); ++j) {
      if (core_of[nb[j]] != model::kNoNode) {
        c.targets.push_back(core_of[nb[j]]);
        if (weighting == Weighting::distance) c.lengths.push_back(ws[j]);
        if (weighting == Weighting::strength) c.lengths.push_back(1.0 / ws[j]);
      } else {
        c.leaves[i] += 1.0;  // a neighbour outside the core has degree 1 (it has v as neighbour)
      }
    }
    c.offsets[i + 1] = c.targets.size();
  }
  // Components of the core; a component of the full graph with a core node is its core component plus leaves.
  c.component_size.assign(nc, 0.0);
  std::vector<int> comp(nc, -1);
  std::vector<NodeId> stack;
  std::vector<double> sizes;
  for (std::size_t s = 0; s < nc; ++s) {
    if (comp[s] >= 0) continue;
    const int id = static_cast<int>(sizes.size());
    double size = 0;
    comp[s] = id;
    stack.assign(1, static_cast<NodeId>(s));
    while (!stack.empty()) {
      const NodeId v = stack.back();
      stack.pop_back();
      size += 1.0 + c.leaves[v];
      for (std::size_t k = c.offsets[v]; k < c.offsets[v + 1]; ++k)
        if (comp[c.targets[k]] < 0) {
          comp[c.targets[k]] = id;
          stack.push_back(c.targets[k]);
        }
    }
    sizes.push_back(size);
  }
  for (std::size_t i = 0; i < nc; ++i) c.component_size[i] = sizes[static_cast<std::size_t>(comp[i])];
  return c;
}

// Per-thread scratch space for single-source runs, reset after each source (only touched entries).
struct Workspace {
  explicit Workspace(std::size_t n) : level(n, -1), dist(n, -1.0), sigma(n, 0.0), delta(n, 0.0), done(n, 0) {
    order.reserve(n);
  }
  std::vector<std::int32_t> level;  // hop distance (unweighted); -1 = not reached
  std::vector<double> dist;         // path length (weighted); -1 = not reached
  std::vector<double> sigma;
  std::vector<double> delta;
  std::vector<char> done;
  std::vector<NodeId> order;  // nodes in non-decreasing distance
  using HeapEntry = std::pair<double, NodeId>;
  std::priority_queue<HeapEntry, std::vector<HeapEntry>, std::greater<>> heap;

  void reset() {
    for (NodeId v : order) {
      level[v] = -1;
      dist[v] = -1.0;
      sigma[v] = 0.0;
      delta[v] = 0.0;
      done[v] = 0;
    }
    order.clear();
  }
};

// Adds (1 + L(s)) δ_s(v) to acc[v] for every v ≠ s (δ on the core, leaves folded in).
void single_source(const Core& c, bool weighted, NodeId s, Workspace& ws, std::vector<double>& acc) {
  auto& dist = ws.dist;
  auto& sigma = ws.sigma;
  auto& delta = ws.delta;
  auto& order = ws.order;
  dist[s] = 0;
  sigma[s] = 1;
  if (!weighted) {
    auto& level = ws.level;
    level[s] = 0;
    order.push_back(s);
    for (std::size_t head = 0; head < order.size(); ++head) {
      const NodeId v = order[head];
      const std::int32_t next = level[v] + 1;
      const double sv = sigma[v];
      for (std::size_t k = c.offsets[v]; k < c.offsets[v + 1]; ++k) {
        const NodeId w = c.targets[k];
        if (level[w] < 0) {
          level[w] = next;
          delta[w] = c.leaves[w];
          order.push_back(w);
        }
        if (level[w] == next) sigma[w] += sv;
      }
    }
    for (std::size_t i = order.size(); i-- > 1;) {
      const NodeId w = order[i];
      const double coeff = (1.0 + delta[w]) / sigma[w];
      const std::int32_t prev = level[w] - 1;
      for (std::size_t k = c.offsets[w]; k < c.offsets[w + 1]; ++k) {
        const NodeId v = c.targets[k];
        if (level[v] == prev) delta[v] += sigma[v] * coeff;
      }
    }
  } else {
    auto& heap = ws.heap;
    heap.emplace(0.0, s);
    while (!heap.empty()) {
      const auto [d, v] = heap.top();
      heap.pop();
      if (ws.done[v]) continue;
      ws.done[v] = 1;
      order.push_back(v);
      for (std::size_t k = c.offsets[v]; k < c.offsets[v + 1]; ++k) {
        const NodeId w = c.targets[k];
        if (ws.done[w]) continue;
        const double nd = dist[v] + c.lengths[k];
        if (dist[w] < 0 || (nd < dist[w] && !same_length(nd, dist[w]))) {
          if (dist[w] < 0) delta[w] = c.leaves[w];
          dist[w] = nd;
          sigma[w] = sigma[v];
          heap.emplace(nd, w);
        } else if (same_length(nd, dist[w])) {
          sigma[w] += sigma[v];
        }
      }
    }
    for (std::size_t i = order.size(); i-- > 1;) {
      const NodeId w = order[i];
      const double coeff = (1.0 + delta[w]) / sigma[w];
      for (std::size_t k = c.offsets[w]; k < c.offsets[w + 1]; ++k) {
        const NodeId v = c.targets[k];
        if (ws.done[v] && dist[v] < dist[w] && same_length(dist[v] + c.lengths[k], dist[w]))
          delta[v] += sigma[v] * coeff;
      }
    }
  }
  const double weight = 1.0 + c.leaves[s];
  for (std::size_t i = 1; i < order.size(); ++i) acc[order[i]] += weight * delta[order[i]];
  ws.reset();
}

}  // namespace

std::vector<double> degree(const CsrGraph& g) {
  std::vector<double> out(g.num_nodes());
  for (NodeId v = 0; v < out.size(); ++v) out[v] = static_cast<double>(g.degree(v));
  return out;
}

std::vector<double> strength(const CsrGraph& g) {
  std::vector<double> out(g.num_nodes());
  for (NodeId v = 0; v < out.size(); ++v) out[v] = g.strength(v);
  return out;
}

std::vector<double> betweenness(const CsrGraph& g, const BetweennessOptions& opt) {
  const std::size_t n = g.num_nodes();
  std::vector<double> result(n, 0.0);
  const Core core = build_core(g, opt.weighting);
  const std::size_t nc = core.size();
  const bool weighted = opt.weighting != Weighting::unweighted;

  // Sources: core nodes with at least one core neighbour (others have δ ≡ 0).
  std::vector<NodeId> sources;
  for (NodeId c = 0; c < nc; ++c)
    if (core.offsets[c + 1] > core.offsets[c]) sources.push_back(c);

  std::vector<double> total(nc, 0.0);
  if (!sources.empty()) {
    // Fixed blocks of consecutive sources, summed in block order: the result is independent of threads.
    const std::size_t memory_cap = std::max<std::size_t>(1, (std::size_t{1} << 25) / std::max<std::size_t>(nc, 1));
    const std::size_t blocks = std::min({std::size_t{64}, sources.size(), memory_cap});
    total = util::map_reduce_blocks(
        blocks, opt.threads, [&] { return Workspace(nc); },
        [&](std::size_t b, Workspace& ws) {
          std::vector<double> acc(nc, 0.0);
          const std::size_t lo = util::block_begin(sources.size(), blocks, b);
          const std::size_t hi = util::block_begin(sources.size(), blocks, b + 1);
          for (std::size_t i = lo; i < hi; ++i) single_source(core, weighted, sources[i], ws, acc);
          return acc;
        },
        std::move(total), [](std::vector<double> sum, std::vector<double> part) {
          for (std::size_t v = 0; v < sum.size(); ++v) sum[v] += part[v];
          return sum;
        });
  }
  for (std::size_t c = 0; c < nc; ++c) {
    const double hub = core.leaves[c] * (core.component_size[c] - 2.0);
    result[core.original[c]] = 0.5 * (total[c] + hub);
  }
  if (opt.normalized && n > 2) {
    const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
    for (double& x : result) x /= pairs;
  }
  return result;
}

std::vector<double> bipartite_degree_centrality(const model::PartnerGraph& g) {
  const auto& csr = g.graph();
  const double ni = static_cast<double>(g.num_initiatives());
  const double no = static_cast<double>(g.num_organisations());
  std::vector<double> out(g.num_nodes(), 0.0);
  for (NodeId v = 0; v < out.size(); ++v) {
    const double other = g.is_initiative(v) ? no : ni;
    out[v] = other > 0 ? static_cast<double>(csr.degree(v)) / other : 0.0;
  }
  return out;
}

namespace {
// Largest betweenness possible for a node on a side of `own` nodes facing `other` nodes (Borgatti & Halgin).
double bipartite_betweenness_max(std::size_t own, std::size_t other) {
  if (own == 0 || other == 0) return 0;
  const double m = static_cast<double>(other);
  const double s = static_cast<double>((own - 1) / other);
  const double t = static_cast<double>((own - 1) % other);
  return (m * m * (s + 1) * (s + 1) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2.0;
}
}  // namespace

std::vector<double> bipartite_betweenness(const model::PartnerGraph& g, std::span<const double> raw_betweenness) {
  if (raw_betweenness.size() != g.num_nodes())
    throw std::invalid_argument("bipartite_betweenness: raw_betweenness has the wrong size");
  std::vector<double> bc(raw_betweenness.begin(), raw_betweenness.end());
  const double max_top = bipartite_betweenness_max(g.num_initiatives(), g.num_organisations());
  const double max_bottom = bipartite_betweenness_max(g.num_organisations(), g.num_initiatives());
  for (NodeId v = 0; v < bc.size(); ++v) {
    const double d = g.is_initiative(v) ? max_top : max_bottom;
    bc[v] = d > 0 ? bc[v] / d : 0.0;
  }
  return bc;
}

std::vector<double> bipartite_betweenness(const model::PartnerGraph& g, unsigned threads) {
  BetweennessOptions opt;
  opt.threads = threads;
  return bipartite_betweenness(g, betweenness(g.graph(), opt));
}

}  // namespace ppsnet::algo
