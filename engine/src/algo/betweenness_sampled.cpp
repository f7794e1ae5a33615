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
#include <limits>
#include <stdexcept>

#include "ppsnet/algo/centrality.hpp"
#include "ppsnet/util/parallel.hpp"
#include "ppsnet/util/random.hpp"

namespace ppsnet::algo {
namespace {

using model::CsrGraph;
using model::NodeId;

using util::SplitMix64;

void check_parameters(double epsilon, double delta, double c) {
  if (!(epsilon > 0 && epsilon < 1)) throw std::invalid_argument("betweenness sampling: epsilon must be in (0, 1)");
  if (!(delta > 0 && delta < 1)) throw std::invalid_argument("betweenness sampling: delta must be in (0, 1)");
  if (!(c > 0 && std::isfinite(c)))
    throw std::invalid_argument("betweenness sampling: the universal constant must be finite and > 0");
}

// Two searches, one from s ("A") and one from t ("B"), for balanced bidirectional breadth-first search.
struct Side {
  explicit Side(std::size_t n) : dist(n, -1), sigma(n, 0.0) {}
  std::vector<std::int32_t> dist;
  std::vector<double> sigma;
  std::vector<NodeId> frontier, next;
  std::int32_t level = 0;
  std::uint64_t frontier_degree = 0;  // Σ degree over the frontier: the cost of expanding it
};

struct Scratch {
  explicit Scratch(std::size_t n) : a(n), b(n) {}
  Side a, b;
  std::vector<NodeId> touched;  // every node given a distance on either side, for the reset
  std::vector<NodeId> meet;
  void reset() {
    for (NodeId v : touched) {
      a.dist[v] = b.dist[v] = -1;
      a.sigma[v] = b.sigma[v] = 0;
    }
    touched.clear();
    meet.clear();
  }
};

void start_side(const CsrGraph& g, Side& side, NodeId root, Scratch& ws) {
  side.dist[root] = 0;
  side.sigma[root] = 1;
  side.level = 0;
  side.frontier.assign(1, root);
  side.frontier_degree = g.degree(root);
  ws.touched.push_back(root);
}

// Expands one full level of `side`; the newly reached nodes already reached by `other` are the meeting set.
void expand(const CsrGraph& g, Side& side, const Side& other, Scratch& ws) {
  side.next.clear();
  const std::int32_t lv = side.level + 1;
  for (NodeId v : side.frontier) {
    const double sv = side.sigma[v];
    for (NodeId w : g.neighbours(v)) {
      if (side.dist[w] < 0) {
        side.dist[w] = lv;
        side.next.push_back(w);
        if (other.dist[w] < 0) ws.touched.push_back(w);
        else ws.meet.push_back(w);
      }
      if (side.dist[w] == lv) side.sigma[w] += sv;
    }
  }
  side.frontier.swap(side.next);
  side.level = lv;
  side.frontier_degree = 0;
  for (NodeId v : side.frontier) side.frontier_degree += g.degree(v);
}

// From x back to the side's root along a uniformly drawn shortest path (predecessor u of w with probability
// σ(u)/σ(w)); counts the nodes strictly between x and the root.
void walk_back(const CsrGraph& g, const Side& side, NodeId x, SplitMix64& rng, std::vector<std::uint32_t>& count) {
  NodeId w = x;
  while (side.dist[w] > 1) {
    const double target = rng.unit() * side.sigma[w];
    const std::int32_t prev = side.dist[w] - 1;
    double cumulative = 0;
    NodeId pick = model::kNoNode;
    for (NodeId u : g.neighbours(w)) {
      if (side.dist[u] != prev) continue;
      pick = u;  // the last predecessor, should rounding leave target >= the total
      cumulative += side.sigma[u];
      if (target < cumulative) break;
    }
    ++count[pick];
    w = pick;
  }
}

// One sample: a uniform ordered pair (s, t), then a uniform shortest s–t path; increments its interior nodes.
// Balanced bidirectional search: always expand the side whose frontier has the smaller degree sum. If the balls
// of radii L_A around s and L_B around t are disjoint and expanding A to L_A + 1 reaches nodes seen by B, then
// d(s, t) = L_A + 1 + L_B and the met nodes M (A-distance L_A + 1, B-distance L_B) cut every shortest path once:
// σ_st = Σ_{x∈M} σ_A(x) σ_B(x). Drawing x with probability σ_A(x) σ_B(x) / σ_st and then a uniform shortest path on
// each side draws a uniform shortest s–t path.
void one_sample(const CsrGraph& g, SplitMix64& rng, Scratch& ws, std::vector<std::uint32_t>& count) {
  const std::uint64_t n = g.num_nodes();
  const auto s = static_cast<NodeId>(rng.below(n));
  auto t = static_cast<NodeId>(rng.below(n - 1));
  if (t >= s) ++t;
  start_side(g, ws.a, s, ws);
  start_side(g, ws.b, t, ws);
  while (ws.meet.empty() && !ws.a.frontier.empty() && !ws.b.frontier.empty()) {
    if (ws.a.frontier_degree <= ws.b.frontier_degree) expand(g, ws.a, ws.b, ws);
    else expand(g, ws.b, ws.a, ws);
  }
  if (!ws.meet.empty()) {
    double total = 0;
    for (NodeId x : ws.meet) total += ws.a.sigma[x] * ws.b.sigma[x];
    const double target = rng.unit() * total;
    double cumulative = 0;
    NodeId x = ws.meet.back();
    for (NodeId y : ws.meet) {
      cumulative += ws.a.sigma[y] * ws.b.sigma[y];
      if (target < cumulative) {
        x = y;
        break;
      }
    }
    if (x != s && x != t) ++count[x];
    walk_back(g, ws.a, x, rng, count);
    walk_back(g, ws.b, x, rng, count);
  }
  ws.reset();
}

}  // namespace

namespace {
// The sample size as a double (0 when VD < 3); may exceed any integer type for a tiny ε.
double sample_size_real(double epsilon, double delta, std::size_t vd, double c) {
  if (vd < 3) return 0;
  const double vc = std::floor(std::log2(static_cast<double>(vd - 2))) + 1;
  return std::ceil(c / (epsilon * epsilon) * (vc + std::log(1 / delta)));
}

std::size_t saturate(double r) {
  // SIZE_MAX + 1 (a power of two, exact in double) and above do not fit: compare in double before converting.
  constexpr double kLimit = static_cast<double>(std::numeric_limits<std::size_t>::max() / 2 + 1) * 2.0;
  if (!(r < kLimit)) return std::numeric_limits<std::size_t>::max();
  return static_cast<std::size_t>(r);
}
}  // namespace

std::size_t betweenness_sample_size(double epsilon, double delta, std::size_t vd, double c) {
  check_parameters(epsilon, delta, c);
  return saturate(sample_size_real(epsilon, delta, vd, c));
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
  check_parameters(opt.epsilon, opt.delta, opt.universal_constant);
  const std::size_t n = g.num_nodes();
  SampledBetweenness out;
  out.scores.assign(n, 0.0);
  out.vertex_diameter_bound = vertex_diameter_bound(g);
  const double r_real = sample_size_real(opt.epsilon, opt.delta, out.vertex_diameter_bound, opt.universal_constant);
  out.samples = saturate(r_real);
  if (out.samples == 0 || n < 3) {
    out.samples = 0;  // no shortest path has an interior node: every betweenness is exactly 0
    return out;
  }
  for (NodeId v = 0; v < n; ++v) out.exact_sources += g.degree(v) >= 2;
  if (opt.exact_if_cheaper && r_real >= static_cast<double>(out.exact_sources)) {
    // r searches would cost more than Brandes' n' searches: give the exact answer.
    BetweennessOptions eo;
    eo.weighting = Weighting::unweighted;
    eo.normalized = opt.normalized;
    eo.threads = opt.threads;
    out.scores = betweenness(g, eo);
    out.exact = true;
    return out;
  }
  const std::size_t r = out.samples;
  // Fixed chunks of samples; sample i draws from its own stream, so which worker runs it does not matter, and
  // the counts are integers, so per-worker counts summed in any order give the same total (per-chunk counts
  // would need chunks * n memory).
  constexpr std::size_t kChunk = 256;
  const std::size_t chunks = (r + kChunk - 1) / kChunk;
  const unsigned workers = util::worker_count(opt.threads, chunks);
  std::vector<std::vector<std::uint32_t>> counts(workers);
  std::atomic<unsigned> slots{0};
  struct Worker {
    std::vector<std::uint32_t>* count;
    Scratch ws;
  };
  util::for_each_block(
      chunks, workers,
      [&] {
        auto& count = counts[slots++];
        count.assign(n, 0);
        return Worker{&count, Scratch(n)};
      },
      [&](std::size_t c, Worker& w) {
        const std::size_t hi = std::min(r, (c + 1) * kChunk);
        for (std::size_t i = c * kChunk; i < hi; ++i) {
          SplitMix64 rng{util::stream_seed(opt.seed, i)};
          one_sample(g, rng, w.ws, *w.count);
        }
      });
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
