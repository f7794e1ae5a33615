// Louvain community detection (Blondel et al. 2008): local moving + aggregation, repeated until a level merges
// nothing. ppsnet's own implementation (reasons in community.hpp and docs/algorithms.md).
//
// Working graph of a level: node strengths k (self-loop weight of aggregated nodes included, so K_C sums the
// original strengths) and adjacency without self-loops (a node's own loop moves with it, so it never enters a
// gain). Gain of putting node i (taken out of its community) into community C, in units of 1/m of modularity:
//   w_{i→C} − γ · K_C · k_i / (2m).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <stdexcept>
#include <string>

#include "canonical_partition.hpp"
#include "ppsnet/algo/community.hpp"
#include "ppsnet/util/random.hpp"

namespace ppsnet::algo {
namespace {

constexpr int kMaxSweeps = 1000;
constexpr double kMinSweepGain = 1e-10;  // modularity units
constexpr double kMoveTolerance = 1e-12; // relative to k_i


struct LevelGraph {
  std::vector<std::size_t> offsets;  // CSR, n + 1
  std::vector<std::uint32_t> targets;
  std::vector<double> weights;
  std::vector<double> strength;  // k_i, self-loops included
  std::size_t size() const { return strength.size(); }
};

LevelGraph from_csr(const model::CsrGraph& g) {
  LevelGraph l;
  const std::size_t n = g.num_nodes();
  l.offsets.assign(g.offsets().begin(), g.offsets().end());
  l.targets.assign(g.targets().begin(), g.targets().end());
  l.weights.reserve(l.targets.size());
  l.strength.resize(n);
  for (model::NodeId v = 0; v < n; ++v) {
    auto ws = g.weights(v);
    l.weights.insert(l.weights.end(), ws.begin(), ws.end());
    l.strength[v] = g.strength(v);
  }
  return l;
}

// One level of local moving. Returns the community of every level node, densely numbered in order of first
// occurrence by node index, and sets count.
std::vector<std::uint32_t> local_moving(const LevelGraph& l, double gamma, double two_m, util::SplitMix64& rng,
                                        std::size_t& count) {
  const std::size_t n = l.size();
  std::vector<std::uint32_t> comm(n);
  std::iota(comm.begin(), comm.end(), 0u);
  std::vector<double> total(l.strength);  // K_C
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);  // Fisher–Yates
  std::vector<double> to_comm(n, 0.0);
  std::vector<char> seen(n, 0);
  std::vector<std::uint32_t> touched;
  const double m = two_m / 2;
  for (int sweep = 0; sweep < kMaxSweeps; ++sweep) {
    std::size_t moves = 0;
    double sweep_gain = 0;
    for (std::uint32_t i : order) {
      const std::uint32_t ci = comm[i];
      const double ki = l.strength[i];
      for (std::size_t e = l.offsets[i]; e < l.offsets[i + 1]; ++e) {
        const std::uint32_t c = comm[l.targets[e]];
        if (!seen[c]) {
          seen[c] = 1;
          touched.push_back(c);
        }
        to_comm[c] += l.weights[e];
      }
      total[ci] -= ki;
      const double stay = to_comm[ci] - gamma * total[ci] * ki / two_m;
      std::uint32_t best = ci;
      double best_gain = stay;
      for (std::uint32_t c : touched) {
        if (c == ci) continue;
        const double gain = to_comm[c] - gamma * total[c] * ki / two_m;
        if (gain > best_gain + kMoveTolerance * ki) {
          best = c;
          best_gain = gain;
        }
      }
      total[best] += ki;
      if (best != ci) {
        comm[i] = best;
        ++moves;
        sweep_gain += (best_gain - stay) / m;
      }
      for (std::uint32_t c : touched) {
        to_comm[c] = 0;
        seen[c] = 0;
      }
      touched.clear();
    }
    if (moves == 0 || sweep_gain < kMinSweepGain) break;
  }
  // Dense ids in order of first occurrence.
  std::vector<std::uint32_t> id(n, static_cast<std::uint32_t>(-1));
  count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (id[comm[i]] == static_cast<std::uint32_t>(-1)) id[comm[i]] = static_cast<std::uint32_t>(count++);
    comm[i] = id[comm[i]];
  }
  return comm;
}

// Communities of l become the nodes of the next level (edge weights summed, inner weight kept in the strength).
LevelGraph aggregate(const LevelGraph& l, const std::vector<std::uint32_t>& comm, std::size_t count) {
  std::vector<std::vector<std::uint32_t>> members(count);
  for (std::size_t i = 0; i < l.size(); ++i) members[comm[i]].push_back(static_cast<std::uint32_t>(i));
  LevelGraph next;
  next.offsets.assign(count + 1, 0);
  next.strength.assign(count, 0.0);
  std::vector<double> acc(count, 0.0);
  std::vector<char> seen(count, 0);
  std::vector<std::uint32_t> touched;
  for (std::size_t c = 0; c < count; ++c) {
    for (std::uint32_t i : members[c]) {
      next.strength[c] += l.strength[i];
      for (std::size_t e = l.offsets[i]; e < l.offsets[i + 1]; ++e) {
        const std::uint32_t d = comm[l.targets[e]];
        if (d == c) continue;
        if (!seen[d]) {
          seen[d] = 1;
          touched.push_back(d);
        }
        acc[d] += l.weights[e];
      }
    }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t d : touched) {
      next.targets.push_back(d);
      next.weights.push_back(acc[d]);
      acc[d] = 0;
      seen[d] = 0;
    }
    touched.clear();
    next.offsets[c + 1] = next.targets.size();
  }
  return next;
}

std::vector<int> louvain_once(const model::CsrGraph& g, double gamma, std::uint64_t seed) {
  const std::size_t n = g.num_nodes();
  const double two_m = 2 * g.total_weight();
  util::SplitMix64 rng{seed};
  LevelGraph level = from_csr(g);
  std::vector<std::uint32_t> membership(n);
  std::iota(membership.begin(), membership.end(), 0u);
  while (true) {
    std::size_t count = 0;
    const auto comm = local_moving(level, gamma, two_m, rng, count);
    if (count == level.size()) break;  // nothing merged
    for (auto& c : membership) c = comm[c];
    if (count == 1) break;
    level = aggregate(level, comm, count);
  }
  return {membership.begin(), membership.end()};
}

}  // namespace

Partition louvain(const model::CsrGraph& g, const LouvainOptions& opt) {
  if (!std::isfinite(opt.resolution) || opt.resolution < 0)
    throw std::invalid_argument("louvain: resolution must be finite and >= 0");
  if (opt.n_starts < 1) throw std::invalid_argument("louvain: n_starts must be >= 1");
  for (const auto& e : g.edges())
    if (!std::isfinite(e.weight) || e.weight <= 0)
      throw std::invalid_argument("louvain: edge weights must be finite and > 0, got " + std::to_string(e.weight));
  const std::size_t n = g.num_nodes();
  Partition best;
  if (g.num_edges() == 0 || g.total_weight() <= 0) {
    best.membership.resize(n);
    std::iota(best.membership.begin(), best.membership.end(), 0);
    best.count = static_cast<int>(n);
    best.quality = 0;
    return best;
  }
  for (int start = 0; start < opt.n_starts; ++start) {
    const auto raw = louvain_once(g, opt.resolution, opt.seed + static_cast<std::uint64_t>(start));
    Partition p;
    p.membership = detail::canonical_membership(raw, p.count);
    p.quality = modularity(g, p.membership, opt.resolution);
    if (start == 0 || p.quality > best.quality) best = std::move(p);
  }
  return best;
}

}  // namespace ppsnet::algo
