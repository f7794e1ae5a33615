// Eigenvector centrality. Expected values: hand calculations (below) and python-igraph 0.10.2 values checked
// against NumPy's dense eigendecomposition and NetworkX 2.8.8 (tests/reference/algo2_reference.py).
#include <gtest/gtest.h>

#include <cmath>

#include "algo_test_util.hpp"
#include "ppsnet/algo/eigenvector.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {

void expect_near_all(const std::vector<double>& got, const std::vector<double>& want, double tol, const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (std::size_t i = 0; i < got.size(); ++i)
    EXPECT_NEAR(got[i], want[i], tol * std::max(1.0, std::fabs(want[i]))) << what << " node " << i;
}

EigenvectorOptions options(EigenvectorScaling s, EigenvectorComponents c = EigenvectorComponents::global) {
  EigenvectorOptions o;
  o.scaling = s;
  o.components = c;
  return o;
}

CsrGraph k23() { return graph(5, {{0, 2}, {0, 3}, {0, 4}, {1, 2}, {1, 3}, {1, 4}}); }

}  // namespace

// K2,3 (side A = {0, 1}, side B = {2, 3, 4}): λ x_A = 3 x_B, λ x_B = 2 x_A -> λ² = 6, x_B / x_A = √6/3.
// max one: A 1, B √6/3 = 0.816497. Unit norm: 2 x_A² + 3 x_B² = 1 with x_B² = (2/3) x_A² -> 4 x_A² = 1 -> A 0.5,
// B 0.408248 (NetworkX's scaling, the values in REFERENCE.md). Plain power iteration on A would oscillate here.
TEST(Eigenvector, CompleteBipartiteK23) {
  const auto r = eigenvector_centrality(k23(), options(EigenvectorScaling::max_one));
  const double b = std::sqrt(6.0) / 3;
  expect_near_all(r.scores, {1, 1, b, b, b}, 1e-12, "max one");
  EXPECT_NEAR(r.eigenvalue, std::sqrt(6.0), 1e-12);
  const double u = std::sqrt(1.0 / 6);  // 0.408248...
  expect_near_all(eigenvector_centrality(k23(), options(EigenvectorScaling::unit_norm)).scores, {0.5, 0.5, u, u, u},
                  1e-12, "unit norm");
}

// Star K1,3: λ = √3, centre 1, leaves 1/√3. C4: regular, all 1, λ = 2. P4: λ = φ = (1 + √5)/2, the vector
// (1, φ, φ, 1) -> max one: ends 1/φ = φ − 1, middle 1.
TEST(Eigenvector, StarCycleAndPath) {
  const auto star = eigenvector_centrality(graph(4, {{0, 1}, {0, 2}, {0, 3}}));
  const double leaf = 1 / std::sqrt(3.0);
  expect_near_all(star.scores, {1, leaf, leaf, leaf}, 1e-12, "star");
  EXPECT_NEAR(star.eigenvalue, std::sqrt(3.0), 1e-12);
  const auto c4 = eigenvector_centrality(graph(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
  expect_near_all(c4.scores, {1, 1, 1, 1}, 1e-12, "C4");
  EXPECT_NEAR(c4.eigenvalue, 2.0, 1e-12);
  const double phi = (1 + std::sqrt(5.0)) / 2;
  const auto p4 = eigenvector_centrality(graph(4, {{0, 1}, {1, 2}, {2, 3}}));
  expect_near_all(p4.scores, {phi - 1, 1, 1, phi - 1}, 1e-12, "P4");
  EXPECT_NEAR(p4.eigenvalue, phi, 1e-12);
}

// K2,3 (λ = √6) + an edge 5-6 (λ = 1) + isolated node 7.
// global: only K2,3 has scores, the rest 0. per component: the edge 1, 1 (its own vector), isolated 0.
TEST(Eigenvector, ComponentConventions) {
  const auto g = graph(8, {{0, 2}, {0, 3}, {0, 4}, {1, 2}, {1, 3}, {1, 4}, {5, 6}});
  const double b = std::sqrt(6.0) / 3;
  expect_near_all(eigenvector_centrality(g).scores, {1, 1, b, b, b, 0, 0, 0}, 1e-12, "global");
  const auto per = eigenvector_centrality(g, options(EigenvectorScaling::max_one, EigenvectorComponents::per_component));
  expect_near_all(per.scores, {1, 1, b, b, b, 1, 1, 0}, 1e-12, "per component");
  // unit norm per component: the edge 1/√2 each; K2,3 as in the unit-norm test.
  const auto per_unit = eigenvector_centrality(g, options(EigenvectorScaling::unit_norm, EigenvectorComponents::per_component));
  const double u = std::sqrt(1.0 / 6), e = 1 / std::sqrt(2.0);
  expect_near_all(per_unit.scores, {0.5, 0.5, u, u, u, e, e, 0}, 1e-12, "per component unit");
  // Two equal components (edges 0-1, 2-3): the largest eigenvalue is shared, both keep their vectors.
  expect_near_all(eigenvector_centrality(graph(4, {{0, 1}, {2, 3}})).scores, {1, 1, 1, 1}, 1e-12, "tie");
}

// Without edges every node gets 1 (igraph's rule) and eigenvalue 0; unit norm: 1/√n. Empty graph: empty result.
TEST(Eigenvector, EdgelessAndEmpty) {
  const auto r = eigenvector_centrality(graph(3, {}));
  expect_near_all(r.scores, {1, 1, 1}, 0, "edgeless");
  EXPECT_EQ(r.eigenvalue, 0.0);
  const double u = 1 / std::sqrt(3.0);
  expect_near_all(eigenvector_centrality(graph(3, {}), options(EigenvectorScaling::unit_norm)).scores, {u, u, u}, 1e-15,
                  "edgeless unit");
  EXPECT_TRUE(eigenvector_centrality(graph(0, {})).scores.empty());
}

// Weighted path 0 -2- 1 -1- 2: A = [[0,2,0],[2,0,1],[0,1,0]], λ = √5, x = (2, √5, 1) -> max one (2/√5, 1, 1/√5).
TEST(Eigenvector, WeightedByHand) {
  EigenvectorOptions o;
  o.weighted = true;
  const auto r = eigenvector_centrality(graph(3, {{0, 1, 2.0}, {1, 2, 1.0}}), o);
  const double s5 = std::sqrt(5.0);
  expect_near_all(r.scores, {2 / s5, 1, 1 / s5}, 1e-12, "weighted path");
  EXPECT_NEAR(r.eigenvalue, s5, 1e-12);
}

TEST(Eigenvector, RejectsBadOptionsAndReportsNoConvergence) {
  EigenvectorOptions o;
  o.tolerance = 0;
  EXPECT_THROW(eigenvector_centrality(k23(), o), std::invalid_argument);
  o = {};
  o.max_iterations = 0;
  EXPECT_THROW(eigenvector_centrality(k23(), o), std::invalid_argument);
  o = {};
  o.weighted = true;
  EXPECT_THROW(eigenvector_centrality(graph(2, {{0, 1, -1.0}}), o), std::invalid_argument);
  o = {};
  o.max_iterations = 2;  // K2,3 needs more than 2 iterations from the degree vector
  EXPECT_THROW(eigenvector_centrality(k23(), o), AlgorithmError);
}

TEST(Eigenvector, MatchesIgraphAndNumPyOnRandomGraphs) {
  const auto& doc = reference2();
  int checked = 0;
  for (const char* family : {"bipartite", "general"}) {
    for (const auto& e : doc[family].GetArray()) {
      const bool bi = std::string(family) == "bipartite";
      const auto g = bi ? reference_partner_graph(e).graph() : reference_general_graph(e);
      const std::string what = str(family, " graph ", checked);
      const auto r = eigenvector_centrality(g);
      expect_near_all(r.scores, doubles(e["eigenvector"]), 1e-9, what);
      EXPECT_NEAR(r.eigenvalue, e["eigenvalue"].GetDouble(), 1e-9) << what;
      expect_near_all(eigenvector_centrality(g, options(EigenvectorScaling::unit_norm)).scores,
                      doubles(e["eigenvector_unit"]), 1e-9, what + " unit");
      expect_near_all(eigenvector_centrality(g, options(EigenvectorScaling::max_one, EigenvectorComponents::per_component)).scores,
                      doubles(e["eigenvector_per_component"]), 1e-9, what + " per component");
      EigenvectorOptions w;
      w.weighted = true;
      expect_near_all(eigenvector_centrality(g, w).scores, doubles(e["eigenvector_weighted"]), 1e-9, what + " weighted");
      ++checked;
    }
  }
  EXPECT_EQ(checked, 11);
}
