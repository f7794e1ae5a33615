// ARI, NMI and the Leiden stability report. Expected values: hand calculations below, and the explicit formulas
// in tests/reference/algo3_reference.py (cross-checked there against python-igraph compare_communities),
// stored in tests/reference/expected/algo3_reference.json.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "algo_test_util.hpp"
#include "ppsnet/algo/partition_compare.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {

const rapidjson::Document& ref3() { return algo_test::reference3(); }

std::vector<int> ints(const rapidjson::Value& a) {
  std::vector<int> out;
  for (const auto& x : a.GetArray()) out.push_back(x.GetInt());
  return out;
}

using V = std::vector<int>;

// a = [0,0,1,1], b = [0,0,0,1]. Contingency cells 2, 1, 1; rows 2, 2; columns 3, 1; n = 4.
// ARI: index = C(2,2) = 1; Σ rows C = 2; Σ cols C = 3; expected = 2·3/C(4,2) = 1; max = 2.5 → (1−1)/1.5 = 0.
// NMI: I = ½ ln(4·2/(2·3)) + ¼ ln(4·1/(2·3)) + ¼ ln(4·1/(2·1)); H(a) = ln 2; H(b) = −(¾ ln ¾ + ¼ ln ¼).
double hand_nmi() {
  const double i = 0.5 * std::log(8.0 / 6) + 0.25 * std::log(4.0 / 6) + 0.25 * std::log(2.0);
  const double ha = std::log(2.0), hb = -(0.75 * std::log(0.75) + 0.25 * std::log(0.25));
  return i / ((ha + hb) / 2);
}
double entropy_b() { return -(0.75 * std::log(0.75) + 0.25 * std::log(0.25)); }

Partition part(V m, int count, double q) { return Partition{std::move(m), count, q}; }

CsrGraph two_cliques() {
  std::vector<WeightedEdge> e;
  for (NodeId base : {0u, 5u})
    for (NodeId u = 0; u < 5; ++u)
      for (NodeId v = u + 1; v < 5; ++v) e.push_back({base + u, base + v, 1});
  e.push_back({4, 5, 1});
  return CsrGraph::from_edges(10, e);
}

}  // namespace

TEST(PartitionCompare, HandComputed) {
  EXPECT_NEAR(adjusted_rand_index(V{0, 0, 1, 1}, V{0, 0, 0, 1}), 0.0, 1e-15);
  EXPECT_NEAR(normalized_mutual_information(V{0, 0, 1, 1}, V{0, 0, 0, 1}), hand_nmi(), 1e-15);
  // symmetric
  EXPECT_NEAR(normalized_mutual_information(V{0, 0, 0, 1}, V{0, 0, 1, 1}), hand_nmi(), 1e-15);
  // a = [0,0,1,1], b = [0,1,0,1]: cells all 1 → index 0; rows/cols C sums 2, 2; expected 4/6; max 2:
  // ARI = (0 − 2/3)/(2 − 2/3) = −0.5. Independent halves: I = 0 → NMI 0.
  EXPECT_NEAR(adjusted_rand_index(V{0, 0, 1, 1}, V{0, 1, 0, 1}), -0.5, 1e-15);
  EXPECT_EQ(normalized_mutual_information(V{0, 0, 1, 1}, V{0, 1, 0, 1}), 0.0);
}

TEST(PartitionCompare, IdenticalAndRelabelledGiveOne) {
  const V a{3, 3, 7, 7, 7, 1}, b{0, 0, 5, 5, 5, 9};
  EXPECT_DOUBLE_EQ(adjusted_rand_index(a, a), 1.0);
  EXPECT_DOUBLE_EQ(adjusted_rand_index(a, b), 1.0);
  EXPECT_NEAR(normalized_mutual_information(a, b), 1.0, 1e-15);
  // conventions (sklearn): both one community, both singletons, n < 2 → 1
  EXPECT_EQ(adjusted_rand_index(V{1, 1, 1}, V{4, 4, 4}), 1.0);
  EXPECT_EQ(normalized_mutual_information(V{1, 1, 1}, V{4, 4, 4}), 1.0);
  EXPECT_EQ(adjusted_rand_index(V{0, 1, 2}, V{2, 0, 1}), 1.0);
  EXPECT_NEAR(normalized_mutual_information(V{0, 1, 2}, V{2, 0, 1}), 1.0, 1e-15);
  EXPECT_EQ(adjusted_rand_index(V{}, V{}), 1.0);
  EXPECT_EQ(normalized_mutual_information(V{}, V{}), 1.0);
  EXPECT_EQ(adjusted_rand_index(V{5}, V{2}), 1.0);
  // one community vs singletons: ARI = (0 − 0)/(½·3 − 0) = 0; I = 0 → NMI 0
  EXPECT_EQ(adjusted_rand_index(V{0, 0, 0}, V{0, 1, 2}), 0.0);
  EXPECT_EQ(normalized_mutual_information(V{0, 0, 0}, V{0, 1, 2}), 0.0);
}

TEST(PartitionCompare, MatchesFormulaReference) {
  const auto& cases = ref3()["compare"];
  ASSERT_GT(cases.Size(), 0u);
  for (const auto& c : cases.GetArray()) {
    const auto a = ints(c["a"]), b = ints(c["b"]);
    EXPECT_NEAR(adjusted_rand_index(a, b), c["ari"].GetDouble(), 1e-12);
    EXPECT_NEAR(normalized_mutual_information(a, b), c["nmi"].GetDouble(), 1e-12);
  }
}

TEST(PartitionCompare, RejectsLengthMismatch) {
  EXPECT_THROW(adjusted_rand_index(V{0, 1}, V{0}), std::invalid_argument);
  EXPECT_THROW(normalized_mutual_information(V{0, 1}, V{0}), std::invalid_argument);
}

// Starts P0 = [0,0,1,1] (quality .1), P1 = [0,0,0,1] (.5, best), P2 = singletons (0).
// Best communities {0,1,2}, {3}. Node 0, 1, 2: only in P1 with exactly {0,1,2} → 1/3. Node 3: {3} in P1, P2 → 2/3.
// Pairwise ARI: (P0,P1) = 0 (hand case above); (P0,P2): Σ cols C = 0 → expected 0, index 0 → 0; (P1,P2): 0.
// Pairwise NMI: (P0,P1) = hand_nmi(); (P0,P2): I = H(P0) = ln 2, NMI = ln 2 / ((ln 2 + ln 4)/2) = 2/3;
// (P1,P2): I = H(P1), NMI = H(P1) / ((H(P1) + ln 4)/2).
TEST(StabilityReport, HandComputed) {
  const auto r = stability_report({part({0, 0, 1, 1}, 2, 0.1), part({0, 0, 0, 1}, 2, 0.5), part({0, 1, 2, 3}, 4, 0)});
  EXPECT_EQ(r.best.membership, (V{0, 0, 0, 1}));
  EXPECT_EQ(r.starts.size(), 3u);
  ASSERT_EQ(r.certainty.size(), 4u);
  EXPECT_NEAR(r.certainty[0], 1.0 / 3, 1e-15);
  EXPECT_NEAR(r.certainty[1], 1.0 / 3, 1e-15);
  EXPECT_NEAR(r.certainty[2], 1.0 / 3, 1e-15);
  EXPECT_NEAR(r.certainty[3], 2.0 / 3, 1e-15);
  EXPECT_NEAR(r.mean_ari, 0.0, 1e-15);
  const double h1 = entropy_b();
  EXPECT_NEAR(r.mean_nmi, (hand_nmi() + 2.0 / 3 + h1 / ((h1 + std::log(4.0)) / 2)) / 3, 1e-14);
}

TEST(StabilityReport, SingleStartAndBadInput) {
  const auto r = stability_report({part({0, 1, 1}, 2, 0.3)});
  EXPECT_EQ(r.mean_ari, 1.0);
  EXPECT_EQ(r.mean_nmi, 1.0);
  EXPECT_EQ(r.certainty, (std::vector<double>{1, 1, 1}));
  EXPECT_THROW(stability_report({}), std::invalid_argument);
  EXPECT_THROW(stability_report({part({0, 1}, 2, 0), part({0}, 1, 0)}), std::invalid_argument);
  EXPECT_THROW(stability_report({part({0, 2}, 2, 0)}), std::invalid_argument);
}

// Leiden stability: the starts are exactly leiden() with seeds seed..seed+n−1 and the best equals leiden() with
// n_starts; on two 5-cliques joined by one edge every start finds the two cliques (Q = 0.452...), so the
// report is all ones.
TEST(LeidenStability, StartsAreSeededLeidenRuns) {
  const auto g = two_cliques();
  LeidenOptions opt;
  opt.seed = 7;
  opt.n_starts = 4;
  const auto r = leiden_stability(g, opt);
  ASSERT_EQ(r.starts.size(), 4u);
  for (int s = 0; s < 4; ++s) {
    LeidenOptions one = opt;
    one.n_starts = 1;
    one.seed = 7 + static_cast<std::uint64_t>(s);
    EXPECT_EQ(r.starts[s].membership, leiden(g, one).membership);
  }
  const auto best = leiden(g, opt);
  EXPECT_EQ(r.best.membership, best.membership);
  EXPECT_EQ(r.best.quality, best.quality);
  EXPECT_EQ(r.best.membership, (V{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));
  EXPECT_DOUBLE_EQ(r.mean_ari, 1.0);
  EXPECT_DOUBLE_EQ(r.mean_nmi, 1.0);
  EXPECT_EQ(r.certainty, std::vector<double>(10, 1.0));
  opt.n_starts = 0;
  EXPECT_THROW(leiden_stability(g, opt), std::invalid_argument);
}

// A random weighted graph (the first disparity case of the reference file), where starts may disagree:
// certainty in [1/n, 1], mean ARI/NMI in range, and the report is deterministic.
TEST(LeidenStability, RangesAndDeterminism) {
  const auto& e = ref3()["disparity"][0];
  std::vector<WeightedEdge> edges;
  for (const auto& x : e["edges"].GetArray())
    edges.push_back({static_cast<NodeId>(x[0].GetUint()), static_cast<NodeId>(x[1].GetUint()), x[2].GetDouble()});
  const auto g = CsrGraph::from_edges(e["n"].GetUint(), edges);
  LeidenOptions opt;
  opt.n_starts = 6;
  const auto a = leiden_stability(g, opt), b = leiden_stability(g, opt);
  EXPECT_EQ(a.certainty, b.certainty);
  EXPECT_EQ(a.mean_ari, b.mean_ari);
  for (double c : a.certainty) {
    EXPECT_GE(c, 1.0 / 6 - 1e-15);
    EXPECT_LE(c, 1.0);
  }
  EXPECT_LE(a.mean_ari, 1.0);
  EXPECT_GE(a.mean_nmi, 0.0);
  EXPECT_LE(a.mean_nmi, 1.0);
}
