// Closeness, harmonic and bipartite closeness: one breadth-first search per source node, in parallel over
// fixed blocks of sources. Each source writes only its own result slot, and its sums are accumulated in BFS
// order (fixed by the sorted neighbour lists), so the result does not depend on the thread count.
//
// Degree-1 folding (exact). A leaf ℓ hanging on h (deg h >= 2) reaches every other node t of its component
// (k nodes) through h: d(ℓ, t) = d(h, t) + 1 for t ∉ {ℓ, h} and d(ℓ, h) = 1. Hence
//   Σd(ℓ) = 1 + (Σd(h) − 1) + (k − 2) = Σd(h) + k − 2,
//   H(ℓ)  = 1 + Σ_{t ∉ {ℓ, h}} 1 / (d(h, t) + 1) = 1 + S(h) − 1/2,   S(h) = Σ_{t ≠ h} 1 / (d(h, t) + 1),
// so leaves need no search of their own (in partnership data most nodes are leaves).
#include "ppsnet/algo/closeness.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "ppsnet/util/parallel.hpp"

namespace ppsnet::algo {
namespace {

using model::CsrGraph;
using model::NodeId;

// What one BFS from v yields.
struct Reach {
  std::uint64_t reached = 1;  // k: nodes reachable from v, v included
  std::uint64_t distance_sum = 0;  // Σd over the k − 1 others (exact integer)
  double inverse_sum = 0;     // Σ 1/d over the k − 1 others
  double shifted_inverse_sum = 0;  // S = Σ 1/(d + 1) over the k − 1 others (for the leaves hanging on v)
};

// A leaf whose neighbour has degree >= 2 is folded into it; kNoNode otherwise.
NodeId fold_target(const CsrGraph& g, NodeId v) {
  if (g.degree(v) != 1) return model::kNoNode;
  const NodeId h = g.neighbours(v)[0];
  return g.degree(h) >= 2 ? h : model::kNoNode;
}

std::vector<Reach> all_sources_bfs(const CsrGraph& g, unsigned requested_threads) {
  const std::size_t n = g.num_nodes();
  std::vector<Reach> out(n);
  if (n == 0) return out;
  std::vector<NodeId> sources;
  for (NodeId v = 0; v < n; ++v)
    if (fold_target(g, v) == model::kNoNode) sources.push_back(v);
  std::vector<double> inverse(n + 2, 0.0);  // 1/d by d, read-only in the workers
  for (std::size_t d = 1; d < inverse.size(); ++d) inverse[d] = 1.0 / static_cast<double>(d);
  // Each source writes only its own out[s]: blocks of sources, any thread count, the same result.
  const std::size_t blocks = std::min<std::size_t>(64, sources.size());
  struct Workspace {
    std::vector<std::int32_t> level;
    std::vector<NodeId> queue;
  };
  util::for_each_block(
      blocks, requested_threads,
      [&] {
        Workspace ws{std::vector<std::int32_t>(n, -1), {}};
        ws.queue.reserve(n);
        return ws;
      },
      [&](std::size_t b, Workspace& ws) {
        auto& level = ws.level;
        auto& queue = ws.queue;
        const std::size_t lo = util::block_begin(sources.size(), blocks, b);
        const std::size_t hi = util::block_begin(sources.size(), blocks, b + 1);
        for (std::size_t i = lo; i < hi; ++i) {
          const NodeId s = sources[i];
          Reach r;
          queue.assign(1, static_cast<NodeId>(s));
          level[s] = 0;
          for (std::size_t head = 0; head < queue.size(); ++head) {
            const NodeId v = queue[head];
            const std::int32_t d = level[v] + 1;
            for (NodeId w : g.neighbours(v)) {
              if (level[w] >= 0) continue;
              level[w] = d;
              queue.push_back(w);
              r.distance_sum += static_cast<std::uint64_t>(d);
              r.inverse_sum += inverse[static_cast<std::size_t>(d)];
              r.shifted_inverse_sum += inverse[static_cast<std::size_t>(d) + 1];
            }
          }
          r.reached = queue.size();
          for (NodeId v : queue) level[v] = -1;
          out[s] = r;
        }
      });
  for (NodeId v = 0; v < n; ++v) {
    const NodeId h = fold_target(g, v);
    if (h == model::kNoNode) continue;
    const Reach& rh = out[h];
    out[v].reached = rh.reached;
    out[v].distance_sum = rh.distance_sum + rh.reached - 2;
    out[v].inverse_sum = 1.0 + (rh.shifted_inverse_sum - 0.5);
  }
  return out;
}

}  // namespace

std::vector<double> closeness(const CsrGraph& g, const ClosenessOptions& opt) {
  const std::size_t n = g.num_nodes();
  const auto reach = all_sources_bfs(g, opt.threads);
  std::vector<double> out(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    const double k1 = static_cast<double>(reach[v].reached - 1);
    const double sum = static_cast<double>(reach[v].distance_sum);
    if (opt.convention == ClosenessConvention::igraph) {
      out[v] = sum > 0 ? k1 / sum : std::numeric_limits<double>::quiet_NaN();
    } else {
      out[v] = (sum > 0 && n > 1) ? (k1 / sum) * (k1 / static_cast<double>(n - 1)) : 0.0;
    }
  }
  return out;
}

std::vector<double> harmonic(const CsrGraph& g, const HarmonicOptions& opt) {
  const std::size_t n = g.num_nodes();
  const auto reach = all_sources_bfs(g, opt.threads);
  std::vector<double> out(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    out[v] = reach[v].inverse_sum;
    if (opt.normalized) out[v] = n > 1 ? out[v] / static_cast<double>(n - 1) : 0.0;
  }
  return out;
}

std::vector<double> bipartite_closeness(const model::PartnerGraph& g, unsigned threads) {
  const std::size_t total = g.num_nodes();
  const auto reach = all_sources_bfs(g.graph(), threads);
  const double n = static_cast<double>(g.num_initiatives());
  const double m = static_cast<double>(g.num_organisations());
  std::vector<double> out(total, 0.0);
  for (NodeId v = 0; v < total; ++v) {
    const double sum = static_cast<double>(reach[v].distance_sum);
    if (sum <= 0 || total < 2) continue;
    const double numerator = g.is_initiative(v) ? m + 2 * (n - 1) : n + 2 * (m - 1);
    out[v] = numerator / sum * static_cast<double>(reach[v].reached - 1) / static_cast<double>(total - 1);
  }
  return out;
}

}  // namespace ppsnet::algo
