// Betweenness by shortest-path sampling (Riondato & Kornaropoulos 2016). Formulas and guarantee: centrality.hpp
// and docs/algorithms.md.
//
// Determinism: sample i draws from its own SplitMix64 stream, seeded by hashing (seed, i), and only increments
// integer counters, so neither the assignment of samples to threads nor the order of the final sum changes the
// result.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <system_error>
#include <thread>

#include "ppsnet/algo/centrality.hpp"

namespace ppsnet::algo {
namespace {

using model::CsrGraph;
using model::NodeId;

constexpr double kUniversalConstant = 0.5;  // c in the sample size (Löffler & Phillips 2009, as in the paper)

std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

struct SplitMix64 {
  std::uint64_t state;
  std::uint64_t next() { return mix64(state += 0x9E3779B97F4A7C15ULL); }
  std::uint64_t below(std::uint64_t bound) { return next() % bound; }  // bias < bound / 2^64: negligible
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
};

void check_eps_delta(double epsilon, double delta) {
  if (!(epsilon > 0 && epsilon < 1)) throw std::invalid_argument("betweenness sampling: epsilon must be in (0, 1)");
  if (!(delta > 0 && delta < 1)) throw std::invalid_argument("betweenness sampling: delta must be in (0, 1)");
}

struct Scratch {
  explicit Scratch(std::size_t n) : level(n, -1), sigma(n, 0.0) { order.reserve(n); }
  std::vector<std::int32_t> level;
  std::vector<double> sigma;
  std::vector<NodeId> order;  // every node given a level, for the reset
  void reset() {
    for (NodeId v : order) {
      level[v] = -1;
      sigma[v] = 0;
    }
    order.clear();
  }
};

// One sample: a uniform ordered pair, then a uniform shortest path between them; increments the interior nodes.
void one_sample(const CsrGraph& g, SplitMix64& rng, Scratch& ws, std::vector<std::uint32_t>& count) {
  const std::uint64_t n = g.num_nodes();
  const auto s = static_cast<NodeId>(rng.below(n));
  auto t = static_cast<NodeId>(rng.below(n - 1));
  if (t >= s) ++t;
  auto& level = ws.level;
  auto& sigma = ws.sigma;
  auto& order = ws.order;
  level[s] = 0;
  sigma[s] = 1;
  order.push_back(s);
  bool found = false;
  // Breadth-first search, stopped when t is dequeued: every node of level < level[t] has been expanded by
  // then, so σ of t and of all its predecessors is final.
  for (std::size_t head = 0; head < order.size(); ++head) {
    const NodeId v = order[head];
    if (v == t) {
      found = true;
      break;
    }
    const std::int32_t next = level[v] + 1;
    for (NodeId w : g.neighbours(v)) {
      if (level[w] < 0) {
        level[w] = next;
        order.push_back(w);
      }
      if (level[w] == next) sigma[w] += sigma[v];
    }
  }
  if (found) {
    NodeId w = t;
    while (level[w] > 1) {  // the predecessor is not s: it is an interior node
      const double x = rng.unit() * sigma[w];
      const std::int32_t prev = level[w] - 1;
      double cumulative = 0;
      NodeId pick = model::kNoNode;
      for (NodeId u : g.neighbours(w)) {
        if (level[u] != prev) continue;
        pick = u;  // the last predecessor, should rounding leave x >= the total
        cumulative += sigma[u];
        if (x < cumulative) break;
      }
      ++count[pick];
      w = pick;
    }
  }
  ws.reset();
}

}  // namespace

std::size_t betweenness_sample_size(double epsilon, double delta, std::size_t vd) {
  check_eps_delta(epsilon, delta);
  if (vd < 3) return 0;
  const double vc = std::floor(std::log2(static_cast<double>(vd - 2))) + 1;
  return static_cast<std::size_t>(std::ceil(kUniversalConstant / (epsilon * epsilon) * (vc + std::log(1 / delta))));
}

std::size_t vertex_diameter_bound(const CsrGraph& g) {
  const std::size_t n = g.num_nodes();
  std::vector<std::int32_t> comp(n, -1), dist(n, -1);
  std::vector<NodeId> queue;
  std::size_t best = 0;
  for (NodeId start = 0; start < n; ++start) {
    if (comp[start] >= 0) continue;
    // The component of start, and its highest-degree node (ties: lowest id).
    queue.assign(1, start);
    comp[start] = 1;
    NodeId h = start;
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const NodeId v = queue[i];
      if (g.degree(v) > g.degree(h) || (g.degree(v) == g.degree(h) && v < h)) h = v;
      for (NodeId w : g.neighbours(v))
        if (comp[w] < 0) {
          comp[w] = 1;
          queue.push_back(w);
        }
    }
    const std::size_t size = queue.size();
    // Eccentricity of h.
    queue.assign(1, h);
    dist[h] = 0;
    std::int32_t ecc = 0;
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const NodeId v = queue[i];
      ecc = std::max(ecc, dist[v]);
      for (NodeId w : g.neighbours(v))
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push_back(w);
        }
    }
    best = std::max(best, std::min<std::size_t>(2 * static_cast<std::size_t>(ecc) + 1, size));
  }
  return best;
}

SampledBetweenness betweenness_sampled(const CsrGraph& g, const BetweennessSampleOptions& opt) {
  check_eps_delta(opt.epsilon, opt.delta);
  const std::size_t n = g.num_nodes();
  SampledBetweenness out;
  out.scores.assign(n, 0.0);
  out.vertex_diameter_bound = vertex_diameter_bound(g);
  out.samples = betweenness_sample_size(opt.epsilon, opt.delta, out.vertex_diameter_bound);
  if (out.samples == 0 || n < 3) {
    out.samples = 0;  // no shortest path has an interior node: every betweenness is exactly 0
    return out;
  }
  const std::size_t r = out.samples;
  constexpr std::size_t kChunk = 256;
  const std::size_t chunks = (r + kChunk - 1) / kChunk;
  unsigned threads = opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, chunks));
  std::vector<std::vector<std::uint32_t>> counts(threads);
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto worker = [&](unsigned id) {
    try {
      auto& count = counts[id];
      count.assign(n, 0);
      Scratch ws(n);
      for (std::size_t c = next++; c < chunks; c = next++) {
        const std::size_t hi = std::min(r, (c + 1) * kChunk);
        for (std::size_t i = c * kChunk; i < hi; ++i) {
          SplitMix64 rng{mix64(opt.seed ^ mix64(static_cast<std::uint64_t>(i) + 0x632BE59BD9B4E019ULL))};
          one_sample(g, rng, ws, count);
        }
      }
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) {
    try {
      pool.emplace_back(worker, t);
    } catch (const std::system_error&) {
      break;  // the remaining workers claim its chunks: same result
    }
  }
  worker(0);
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  std::vector<std::uint64_t> total(n, 0);
  for (const auto& count : counts)
    for (std::size_t v = 0; v < count.size(); ++v) total[v] += count[v];

  const double nd = static_cast<double>(n);
  const double pairs = nd * (nd - 1) / 2;  // b(v) = BC(v) / pairs
  const double scale = opt.normalized ? nd / (nd - 2) : pairs;
  for (std::size_t v = 0; v < n; ++v) out.scores[v] = static_cast<double>(total[v]) / static_cast<double>(r) * scale;
  out.error_bound = opt.epsilon * scale;
  return out;
}

}  // namespace ppsnet::algo
