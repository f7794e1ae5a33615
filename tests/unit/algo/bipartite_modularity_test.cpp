// Barber's bipartite modularity and BRIM. Expected values: hand calculations below and the literal double sum /
// BRIM / exhaustive optimum in tests/reference/algo3_reference.py (tests/reference/expected/algo3_reference.json).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "algo_test_util.hpp"
#include "ppsnet/algo/bipartite_modularity.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {

const rapidjson::Document& ref3() { return algo_test::reference3(); }

std::vector<int> ints(const rapidjson::Value& a) {
  std::vector<int> out;
  for (const auto& x : a.GetArray()) out.push_back(x.GetInt());
  return out;
}

// Two disjoint K2,2: red {0,1} x blue {4,5} and red {2,3} x blue {6,7}.
PartnerGraph two_k22() { return partner_graph(4, 4, {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}}); }

}  // namespace

// REFERENCE.md check: edges {(0,2),(1,3)}, red {0,1}, partition [{0,2},{1,3}]. m = 2, all degrees 1:
// Q_B = (1/2)[(1 − 1·1/2) + (1 − 1·1/2)] = 0.5.
TEST(BipartiteModularity, BarberCheck) {
  const auto g = graph(4, {{0, 2}, {1, 3}});
  EXPECT_DOUBLE_EQ(bipartite_modularity(g, 2, std::vector<int>{0, 1, 0, 1}), 0.5);
  const auto pg = partner_graph(2, 2, {{0, 0}, {1, 1}});
  EXPECT_DOUBLE_EQ(bipartite_modularity(pg, std::vector<int>{0, 1, 0, 1}), 0.5);
  // Everything in one community: (1/m)(m − γ · m · m / m) = 1 − γ → 0 at γ = 1, 0.5 at γ = 0.5.
  EXPECT_NEAR(bipartite_modularity(pg, std::vector<int>{7, 7, 7, 7}), 0.0, 1e-15);
  EXPECT_NEAR(bipartite_modularity(pg, std::vector<int>{7, 7, 7, 7}, {0.5, false}), 0.5, 1e-15);
  // Crossed partition [{0,3},{1,2}]: no edge inside, −(1/2)(1/2 + 1/2) = −0.5.
  EXPECT_DOUBLE_EQ(bipartite_modularity(pg, std::vector<int>{0, 1, 1, 0}), -0.5);
}

// Weighted: edges (0,2) weight 3, (1,3) weight 1; m = 4; split: (1/4)[(3 − 3·3/4) + (1 − 1·1/4)] = (0.75+0.75)/4.
TEST(BipartiteModularity, WeightedHand) {
  const auto pg = partner_graph(2, 2, {{0, 0, 3}, {1, 1, 1}});
  EXPECT_DOUBLE_EQ(bipartite_modularity(pg, std::vector<int>{0, 1, 0, 1}, {1.0, true}), 0.375);
  EXPECT_DOUBLE_EQ(bipartite_modularity(pg, std::vector<int>{0, 1, 0, 1}, {1.0, false}), 0.5);
}

TEST(BipartiteModularity, MatchesDoubleSumReference) {
  for (const auto& c : ref3()["bipartite"].GetArray()) {
    const auto pg = reference_partner_graph(c);
    for (const auto& s : c["scores"].GetArray()) {
      const auto memb = ints(s["membership"]);
      const BipartiteModularityOptions opt{s["gamma"].GetDouble(), s["weighted"].GetBool()};
      EXPECT_NEAR(bipartite_modularity(pg, memb, opt), s["q"].GetDouble(), 1e-12);
    }
  }
}

TEST(BipartiteModularity, RejectsBadInput) {
  const auto pg = partner_graph(2, 2, {{0, 0}, {1, 1}});
  EXPECT_THROW(bipartite_modularity(pg, std::vector<int>{0, 1, 0}), std::invalid_argument);
  EXPECT_THROW(bipartite_modularity(pg, std::vector<int>{0, 1, 0, -1}), std::invalid_argument);
  EXPECT_THROW(bipartite_modularity(pg, std::vector<int>{0, 1, 0, 1}, {-1.0, false}), std::invalid_argument);
  // an edge between two red nodes
  EXPECT_THROW(bipartite_modularity(graph(4, {{0, 1}, {1, 3}}), 2, std::vector<int>{0, 0, 0, 0}),
               std::invalid_argument);
  EXPECT_THROW(bipartite_modularity(graph(4, {{0, 2}}), 5, std::vector<int>{0, 0, 0, 0}), std::invalid_argument);
  // edgeless: undefined
  EXPECT_TRUE(std::isnan(bipartite_modularity(partner_graph(2, 2, {}), std::vector<int>{0, 1, 2, 3})));
}

TEST(Brim, MatchesReferenceImplementation) {
  for (const auto& c : ref3()["bipartite"].GetArray()) {
    const auto pg = reference_partner_graph(c);
    for (const auto& b : c["brim"].GetArray()) {
      BrimOptions opt;
      opt.initial = ints(b["start"]);
      opt.resolution = b["gamma"].GetDouble();
      opt.weighted = b["weighted"].GetBool();
      const auto r = brim(pg, opt);
      EXPECT_EQ(r.membership, ints(b["membership"]));
      EXPECT_NEAR(r.quality, b["q"].GetDouble(), 1e-12);
      EXPECT_NEAR(r.initial_quality, b["q_start"].GetDouble(), 1e-12);
      EXPECT_EQ(r.iterations, b["iterations"].GetInt());
      EXPECT_TRUE(r.converged);
      EXPECT_GE(r.quality, r.initial_quality - 1e-12);
      EXPECT_NEAR(r.quality, bipartite_modularity(pg, r.membership, {opt.resolution, opt.weighted}), 1e-12);
    }
  }
}

// Two disjoint K2,2 (m = 8): the split {0,1,4,5} / {2,3,6,7} has Q_B = 2 · (4/8 − 4·4/64) = 0.5.
TEST(Brim, FindsTwoBicliquesFromLeidenStart) {
  const auto pg = two_k22();
  const auto r = brim(pg);
  EXPECT_EQ(r.count, 2);
  EXPECT_EQ(r.membership, (std::vector<int>{0, 0, 1, 1, 0, 0, 1, 1}));
  EXPECT_DOUBLE_EQ(r.quality, 0.5);
  // From the all-in-one start nothing can move (one label only): Q_B = 0.
  BrimOptions one;
  one.initial.assign(8, 3);
  const auto r1 = brim(pg, one);
  EXPECT_EQ(r1.count, 1);
  EXPECT_NEAR(r1.quality, 0.0, 1e-15);
}

// BRIM never exceeds the global optimum found by exhaustive enumeration (Bell(8) partitions) in the script,
// and is deterministic for a seed.
TEST(Brim, BoundedByExhaustiveOptimumAndDeterministic) {
  const auto& t = ref3()["tiny"];
  const auto pg = reference_partner_graph(t);
  const double best = t["best_q"].GetDouble();
  for (std::uint64_t seed : {1u, 2u, 3u, 42u}) {
    BrimOptions opt;
    opt.seed = seed;
    const auto a = brim(pg, opt), b = brim(pg, opt);
    EXPECT_LE(a.quality, best + 1e-12);
    EXPECT_GE(a.quality, a.initial_quality - 1e-12);
    EXPECT_EQ(a.membership, b.membership);
    EXPECT_EQ(a.quality, b.quality);
  }
}

TEST(Brim, RejectsBadInputAndHandlesEdgeless) {
  const auto pg = two_k22();
  BrimOptions bad;
  bad.initial = {0, 1};
  EXPECT_THROW(brim(pg, bad), std::invalid_argument);
  BrimOptions it0;
  it0.max_iterations = 0;
  EXPECT_THROW(brim(pg, it0), std::invalid_argument);
  BrimOptions neg;
  neg.resolution = -1;
  EXPECT_THROW(brim(pg, neg), std::invalid_argument);
  const auto e = brim(partner_graph(2, 1, {}));
  EXPECT_TRUE(std::isnan(e.quality));
  EXPECT_EQ(e.count, 3);
}

// Many labels (singleton start; a 15-label start) at γ = 1, 0.5, 0, 2: the label ranking in ppsnet's BRIM gives the
// same moves as the script's scan over every label.
TEST(Brim, ManyLabelsMatchFullScanReference) {
  const auto& c = ref3()["brim_large"];
  const auto pg = reference_partner_graph(c);
  ASSERT_EQ(c["brim"].Size(), 16u);
  for (const auto& b : c["brim"].GetArray()) {
    BrimOptions opt;
    opt.initial = ints(b["start"]);
    opt.resolution = b["gamma"].GetDouble();
    opt.weighted = b["weighted"].GetBool();
    const auto r = brim(pg, opt);
    EXPECT_EQ(r.membership, ints(b["membership"])) << "gamma " << opt.resolution << " weighted " << opt.weighted;
    EXPECT_NEAR(r.quality, b["q"].GetDouble(), 1e-12);
    EXPECT_NEAR(r.initial_quality, b["q_start"].GetDouble(), 1e-12);
    EXPECT_EQ(r.iterations, b["iterations"].GetInt());
  }
}

// A label without any link to the node wins (γ = 2). Reds 0, 1, 2 (2 isolated), blues 3, 4, 5; edges 0–3, 1–3,
// 1–4, 1–5 (m = 4; d3 = 2, d4 = d5 = 1). Start r0:A, r1:B, r2:C, b3:A, b4:A, b5:B → D_A = 3, D_B = 1, D_C = 0.
// Red step: r0 (k = 1): A 1 − 2·3/4 = −0.5, B 0 − 2·1/4 = −0.5, C 0 → C. r1 (k = 3): A 2 − 4.5, B 1 − 1.5, C 0 → C.
// Blue step (K_A = K_B = 0, K_C = 4): b3: C 2 − 2·2·4/4 = −2 < A 0 → stays; b4, b5 likewise. Round 2 changes
// nothing → 2 rounds. Start Q_B: A (1/4 − 2·1·3/16) + B (1/4 − 2·3·1/16) = −0.25; result: no edge inside, and
// K_c D_c = 0 everywhere → 0. Renumbered by size: C {0,1,2} → 0, A {3,4} → 1, B {5} → 2.
TEST(Brim, UnlinkedLabelCanWin) {
  const auto pg = partner_graph(3, 3, {{0, 0}, {1, 0}, {1, 1}, {1, 2}});
  BrimOptions opt;
  opt.resolution = 2.0;
  opt.initial = {1, 0, 2, 1, 1, 0};
  const auto r = brim(pg, opt);
  EXPECT_EQ(r.membership, (std::vector<int>{0, 0, 0, 1, 1, 2}));
  EXPECT_NEAR(r.initial_quality, -0.25, 1e-15);
  EXPECT_NEAR(r.quality, 0.0, 1e-15);
  EXPECT_EQ(r.iterations, 2);
}
