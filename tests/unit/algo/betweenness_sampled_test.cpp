// Sampled betweenness (Riondato & Kornaropoulos 2016). Expected values: hand calculations (in the comments),
// exact betweenness from NetworkX 2.8.8 and the sample sizes / vertex-diameter bounds computed independently by
// tests/reference/betweenness_sampled_reference.py (tests/reference/expected/betweenness_sampled_reference.json).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "algo_test_util.hpp"
#include "ppsnet/algo/centrality.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {
const rapidjson::Document& sampled_reference() {
  static const rapidjson::Document doc = load_expected("betweenness_sampled_reference.json");
  return doc;
}

CsrGraph unit_graph(const rapidjson::Value& e) {
  std::vector<WeightedEdge> edges;
  for (const auto& x : e["edges"].GetArray())
    edges.push_back({static_cast<NodeId>(x[0].GetUint()), static_cast<NodeId>(x[1].GetUint()), 1.0});
  return CsrGraph::from_edges(e["n"].GetUint(), edges);
}

// Largest |estimate − exact| on the pair-normalised scale b = BC / (n(n−1)/2).
double max_pair_normalised_error(const std::vector<double>& raw_estimate, const std::vector<double>& raw_exact) {
  const double n = static_cast<double>(raw_exact.size());
  const double pairs = n * (n - 1) / 2;
  double worst = 0;
  for (std::size_t v = 0; v < raw_exact.size(); ++v)
    worst = std::max(worst, std::fabs(raw_estimate[v] - raw_exact[v]) / pairs);
  return worst;
}

// These tests check the sampler itself, on graphs small enough that r > n: force sampling (the default would give
// the exact answer there, see ExactWhenTheSampleWouldCostMore).
SampledBetweenness sampled(const CsrGraph& g, BetweennessSampleOptions o = {}) {
  o.exact_if_cheaper = false;
  return betweenness_sampled(g, o);
}
}  // namespace

// r = ⌈(0.5/ε²)(⌊log2(VD − 2)⌋ + 1 + ln(1/δ))⌉ by hand:
// ε = 0.1, δ = 0.1, VD = 5: ⌊log2 3⌋ = 1 → 50 · (2 + 2.302585) = 215.13 → 216.
// ε = 0.01, δ = 0.1, VD = 21: ⌊log2 19⌋ = 4 → 5000 · (5 + 2.302585) = 36512.9 → 36513.
// ε = 0.05, δ = 0.01, VD = 3: ⌊log2 1⌋ = 0 → 200 · (1 + 4.605170) = 1121.03 → 1122.
// VD = 2 (a single edge) or less: no interior nodes, 0 samples.
TEST(BetweennessSampled, SampleSizeByHand) {
  EXPECT_EQ(betweenness_sample_size(0.1, 0.1, 5), 216u);
  EXPECT_EQ(betweenness_sample_size(0.01, 0.1, 21), 36513u);
  EXPECT_EQ(betweenness_sample_size(0.05, 0.01, 3), 1122u);
  EXPECT_EQ(betweenness_sample_size(0.05, 0.01, 2), 0u);
  EXPECT_EQ(betweenness_sample_size(0.05, 0.01, 0), 0u);
  EXPECT_THROW(betweenness_sample_size(0, 0.1, 5), std::invalid_argument);
  EXPECT_THROW(betweenness_sample_size(1, 0.1, 5), std::invalid_argument);
  EXPECT_THROW(betweenness_sample_size(0.1, 0, 5), std::invalid_argument);
  EXPECT_THROW(betweenness_sample_size(0.1, 1, 5), std::invalid_argument);
  EXPECT_THROW(betweenness_sample_size(std::nan(""), 0.1, 5), std::invalid_argument);
  // c = 1 (NetworKit's default): ε = 0.1, δ = 0.1, VD = 5: 100 · 4.302585 = 430.26 → 431.
  EXPECT_EQ(betweenness_sample_size(0.1, 0.1, 5, 1.0), 431u);
  EXPECT_THROW(betweenness_sample_size(0.1, 0.1, 5, 0.0), std::invalid_argument);
}

// Path 0–1–2–3–4: highest degree 2, lowest id → h = 1, ecc(1) = 3, 2·3 + 1 = 7, capped by |C| = 5.
// Star K1,5: h = centre, ecc 1 → 3. Path plus isolated node plus single edge: the largest component decides.
TEST(BetweennessSampled, VertexDiameterBoundByHand) {
  EXPECT_EQ(vertex_diameter_bound(graph(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}})), 5u);
  EXPECT_EQ(vertex_diameter_bound(graph(6, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}})), 3u);
  // Path of 9 nodes 0..8: h = 1 (degree 2, lowest id), ecc(1) = 7 → min(15, 9) = 9.
  std::vector<WeightedEdge> p9;
  for (NodeId v = 0; v + 1 < 9; ++v) p9.push_back({v, v + 1, 1});
  EXPECT_EQ(vertex_diameter_bound(graph(9, p9)), 9u);
  // Cycle of 12: every node degree 2, h = 0, ecc 6 → 13, capped by 12.
  std::vector<WeightedEdge> c12;
  for (NodeId v = 0; v < 12; ++v) c12.push_back({v, (v + 1) % 12, 1});
  EXPECT_EQ(vertex_diameter_bound(graph(12, c12)), 12u);
  EXPECT_EQ(vertex_diameter_bound(graph(3, {})), 1u);
  EXPECT_EQ(vertex_diameter_bound(CsrGraph{}), 0u);
}

TEST(BetweennessSampled, BoundAndSampleSizeMatchTheReferenceScript) {
  const auto& ref = sampled_reference();
  ASSERT_TRUE(ref.IsObject());
  for (const auto& e : ref["graphs"].GetArray()) {
    SCOPED_TRACE(e["name"].GetString());
    const auto g = unit_graph(e);
    const std::size_t vd = vertex_diameter_bound(g);
    EXPECT_EQ(vd, e["vertex_diameter_bound"].GetUint());
    EXPECT_GE(vd, e["vertex_diameter"].GetUint());  // a valid upper bound
    for (const auto& s : e["sample_sizes"].GetArray()) {
      const double eps = s["epsilon"].GetDouble(), delta = s["delta"].GetDouble();
      EXPECT_EQ(betweenness_sample_size(eps, delta, vd), s["samples"].GetUint());
      const auto r = sampled(g, {.epsilon = eps, .delta = delta, .seed = 1});
      EXPECT_EQ(r.samples, s["samples"].GetUint());
      EXPECT_EQ(r.vertex_diameter_bound, vd);
    }
  }
}

// The guarantee: with probability >= 1 − δ, max_v |b̃(v) − b(v)| <= ε on the pair-normalised scale. For fixed
// seeds the outcome is fixed; this checks seeds 1..20 on every reference graph at ε = 0.05 and 0.02. (Were the
// bound violated with its nominal probability δ = 0.1, about 10% of these 200 runs would fail.)
TEST(BetweennessSampled, ErrorWithinEpsilonOfNetworkXExact) {
  const auto& ref = sampled_reference();
  for (const auto& e : ref["graphs"].GetArray()) {
    SCOPED_TRACE(e["name"].GetString());
    const auto g = unit_graph(e);
    const auto exact = doubles(e["betweenness"]);
    for (double eps : {0.05, 0.02}) {
      for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const auto r = sampled(g, {.epsilon = eps, .delta = 0.1, .seed = seed, .threads = 1});
        EXPECT_LE(max_pair_normalised_error(r.scores, exact), eps) << "seed " << seed;
      }
    }
  }
}

// The estimator is unbiased. A sample's path contains v with probability exactly b(v), so r·b̃(v) is
// Binomial(r, b(v)) and b̃(v) has variance b(1−b)/r <= 1/(4r); the mean over K independent seeds has standard
// deviation <= 0.5/√(K r). With K = 200 and ε = 0.1 (r = 266 on karate), 0.5/√(200·266) = 0.00217; the test allows
// 0.01 (4.6 standard deviations).
TEST(BetweennessSampled, MeanOverManySeedsApproachesExact) {
  const auto& e = sampled_reference()["graphs"][0];
  ASSERT_STREQ(e["name"].GetString(), "karate");
  const auto g = unit_graph(e);
  const auto exact = doubles(e["betweenness"]);
  const std::size_t n = exact.size();
  std::vector<double> mean(n, 0.0);
  constexpr int kSeeds = 200;
  double single_worst = 0;
  for (int seed = 0; seed < kSeeds; ++seed) {
    const auto r = sampled(g, {.epsilon = 0.1, .delta = 0.1, .seed = static_cast<std::uint64_t>(seed)});
    ASSERT_EQ(r.samples, 266u);
    single_worst = std::max(single_worst, max_pair_normalised_error(r.scores, exact));
    for (std::size_t v = 0; v < n; ++v) mean[v] += r.scores[v] / kSeeds;
  }
  const double mean_error = max_pair_normalised_error(mean, exact);
  EXPECT_LE(mean_error, 0.01);
  EXPECT_LT(mean_error, single_worst / 3);  // averaging shrinks the error (by about √200 ≈ 14 in expectation)
}

// Uniformity of the drawn path matters most where nodes have many shortest paths of unequal multiplicity: the 5×6
// grid. Mean of 400 seeds at ε = 0.05 (r = 1261): standard deviation of the mean <= 0.5/√(400·1261) = 0.00070;
// the test allows 0.003 (4.3 standard deviations). A sampler that chose predecessors uniformly instead of in
// proportion to σ is biased here (checked by swapping that rule in: this test fails, the karate mean test does not).
TEST(BetweennessSampled, MeanOnGridApproachesExact) {
  const auto& e = sampled_reference()["graphs"][4];
  ASSERT_STREQ(e["name"].GetString(), "grid_5x6");
  const auto g = unit_graph(e);
  const auto exact = doubles(e["betweenness"]);
  std::vector<double> mean(exact.size(), 0.0);
  constexpr int kSeeds = 400;
  for (int seed = 0; seed < kSeeds; ++seed) {
    const auto r = sampled(g, {.epsilon = 0.05, .seed = static_cast<std::uint64_t>(seed) + 1000});
    ASSERT_EQ(r.samples, 1261u);
    for (std::size_t v = 0; v < exact.size(); ++v) mean[v] += r.scores[v] / kSeeds;
  }
  EXPECT_LE(max_pair_normalised_error(mean, exact), 0.003);
}

TEST(BetweennessSampled, ScalesMatchExactBetweenness) {
  // Star K1,4 (centre 0): every pair of leaves goes through the centre, BC(0) = C(4,2) = 6, others 0.
  // b(0) = 6 / C(5,2) = 0.6. Raw estimate = b̃ · 10; normalised = b̃ · 10 / C(4,2) = b̃ · 5/3.
  const auto g = graph(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
  const auto raw = sampled(g, {.epsilon = 0.05, .delta = 0.1, .seed = 9});
  const auto norm = sampled(g, {.epsilon = 0.05, .delta = 0.1, .seed = 9, .normalized = true});
  ASSERT_EQ(raw.samples, norm.samples);
  EXPECT_EQ(raw.vertex_diameter_bound, 3u);
  EXPECT_NEAR(raw.error_bound, 0.05 * 10, 1e-12);
  EXPECT_NEAR(norm.error_bound, 0.05 * 5.0 / 3.0, 1e-12);
  EXPECT_NEAR(norm.scores[0], raw.scores[0] / 6.0, 1e-12);
  EXPECT_NEAR(raw.scores[0], 6.0, raw.error_bound);
  EXPECT_NEAR(norm.scores[0], 1.0, norm.error_bound);
  for (NodeId v = 1; v < 5; ++v) EXPECT_EQ(raw.scores[v], 0.0);  // leaves are never interior
  // Sample count of the centre is an integer k, so raw = k/r · 10 exactly up to rounding.
  const double k = raw.scores[0] / 10 * static_cast<double>(raw.samples);
  EXPECT_NEAR(k, std::round(k), 1e-9);
}

TEST(BetweennessSampled, SameSeedSameBitsForAnyThreadCount) {
  const auto g = unit_graph(sampled_reference()["graphs"][1]);
  const auto one = sampled(g, {.epsilon = 0.02, .seed = 5, .threads = 1});
  for (unsigned t : {2u, 3u, 8u}) {
    const auto many = sampled(g, {.epsilon = 0.02, .seed = 5, .threads = t});
    ASSERT_EQ(one.scores.size(), many.scores.size());
    EXPECT_EQ(0, std::memcmp(one.scores.data(), many.scores.data(), one.scores.size() * sizeof(double))) << t;
  }
  const auto other = sampled(g, {.epsilon = 0.02, .seed = 6, .threads = 1});
  EXPECT_NE(one.scores, other.scores);
}

TEST(BetweennessSampled, NoInteriorNodesMeansExactZeros) {
  const auto r = sampled(graph(4, {{0, 1}, {2, 3}}), {.epsilon = 0.1});
  EXPECT_EQ(r.samples, 0u);
  EXPECT_EQ(r.scores, std::vector<double>(4, 0.0));
  EXPECT_EQ(r.error_bound, 0.0);
  EXPECT_EQ(r.vertex_diameter_bound, 2u);  // two single edges: min(2·1 + 1, 2) = 2
  EXPECT_EQ(sampled(CsrGraph{}).scores.size(), 0u);
  EXPECT_THROW(sampled(graph(3, {{0, 1}}), {.epsilon = 0}), std::invalid_argument);
  EXPECT_THROW(sampled(graph(3, {{0, 1}}), {.delta = 1.5}), std::invalid_argument);
  EXPECT_THROW(sampled(graph(3, {{0, 1}}), {.universal_constant = -1}), std::invalid_argument);
  // c = 1: karate (VD bound 9, ⌊log2 7⌋ = 2), ε = 0.1, δ = 0.1 → 100 · (3 + 2.302585) = 530.26 → 531 (c = 0.5: 266).
  const auto& karate = sampled_reference()["graphs"][0];
  EXPECT_EQ(sampled(unit_graph(karate), {.epsilon = 0.1, .universal_constant = 1.0}).samples, 531u);
}

// Edge weights are ignored (hop distances), as betweenness() with Weighting::unweighted.
TEST(BetweennessSampled, IgnoresWeights) {
  const auto a = graph(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {0, 3, 1}});
  const auto b = graph(4, {{0, 1, 5}, {1, 2, 0.5}, {2, 3, 2}, {0, 3, 7}});
  EXPECT_EQ(sampled(a, {.seed = 3}).scores, sampled(b, {.seed = 3}).scores);
}

// r >= n' (nodes of degree >= 2): the default gives exact betweenness instead of sampling.
// Path 0–1–2–3–4 by hand: BC(1) = 3 (pairs 0-2, 0-3, 0-4), BC(2) = 4 (0-3, 0-4, 1-3, 1-4), BC(3) = 3, ends 0.
// VD bound: h = node 1 (degree 2, lowest id), ecc(1) = 3 → min(2·3 + 1, 5) = 5; r at ε = 0.1, δ = 0.1:
// ⌈50 · (⌊log2 3⌋ + 1 + ln 10)⌉ = ⌈50 · 4.302585⌉ = 216 >= n' = 3.
TEST(BetweennessSampled, ExactWhenTheSampleWouldCostMore) {
  const auto g = graph(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
  const auto r = betweenness_sampled(g, {.epsilon = 0.1, .delta = 0.1});
  EXPECT_TRUE(r.exact);
  EXPECT_EQ(r.samples, 216u);
  EXPECT_EQ(r.exact_sources, 3u);
  EXPECT_EQ(r.error_bound, 0.0);
  EXPECT_EQ(r.scores, (std::vector<double>{0, 3, 4, 3, 0}));
  EXPECT_EQ(r.scores, betweenness(g));
  // normalized: divided by (n−1)(n−2)/2 = 6.
  const auto rn = betweenness_sampled(g, {.epsilon = 0.1, .delta = 0.1, .normalized = true});
  EXPECT_TRUE(rn.exact);
  EXPECT_EQ(rn.scores, betweenness(g, {.normalized = true}));
  EXPECT_NEAR(rn.scores[2], 4.0 / 6.0, 1e-15);
  // Forced sampling on the same graph is not flagged exact.
  EXPECT_FALSE(sampled(g, {.epsilon = 0.1, .delta = 0.1}).exact);
}

// A tiny ε gives an r far beyond any integer type (0.5/1e-300² overflows double to inf): no overflow, no endless
// loop, the exact answer. ε = 1e-7 (r ≈ 1.7e14, the newcomer's case) as well.
TEST(BetweennessSampled, HugeSampleSizeDoesNotOverflow) {
  EXPECT_EQ(betweenness_sample_size(1e-300, 0.1, 100), std::numeric_limits<std::size_t>::max());
  const auto g = graph(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
  for (double eps : {1e-7, 1e-300}) {
    const auto r = betweenness_sampled(g, {.epsilon = eps});
    EXPECT_TRUE(r.exact) << eps;
    EXPECT_EQ(r.scores, (std::vector<double>{0, 3, 4, 3, 0})) << eps;
  }
  // 1e-7, VD 5: ⌈0.5e14 · (2 + ln 10)⌉ = 2.1513e14 fits std::size_t and is reported as is.
  EXPECT_NEAR(static_cast<double>(betweenness_sampled(g, {.epsilon = 1e-7}).samples), 0.5e14 * (2 + std::log(10.0)),
              1e3);
}
