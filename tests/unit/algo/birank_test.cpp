// BiRank. Expected values: hand calculations (below) and a NumPy implementation of He et al.'s iteration, checked
// against the closed-form fixed point (tests/reference/algo2_reference.py).
#include <gtest/gtest.h>

#include <cmath>

#include "algo_test_util.hpp"
#include "ppsnet/algo/birank.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {
void expect_near_all(const std::vector<double>& got, const std::vector<double>& want, double tol, const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (std::size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], want[i], tol) << what << " node " << i;
}
}  // namespace

// One link I0–O0, uniform priors u⁰ = p⁰ = 1, S = 1: p = α u + (1 − α), u = β p + (1 − β) -> u = p = 1.
TEST(BiRank, SingleLink) { expect_near_all(birank(partner_graph(1, 1, {{0, 0}})), {1.0, 1.0}, 1e-13, "K1,1"); }

// I0 linked to O0 and O1 (d_I0 = 2, d_O = 1, S = 1/√2), an isolated O2; α = β = 0.5, priors u⁰ = 1,
// p⁰ = 1/3 each. p_j = 0.5 u/√2 + 1/6 (j = 0, 1), u = 0.5 (p_0 + p_1)/√2 + 0.5
//   -> u = 0.5 (2 (u/(2√2) + 1/6))/√2 + 0.5 = u/4 + 1/(6√2) + 1/2 -> u = (4/3)(1/2 + 1/(6√2)) = 2/3 + 2/(9√2).
// Isolated O2: (1 − α) p⁰ = 1/6.
TEST(BiRank, StarWithIsolatedOrganisationByHand) {
  BiRankOptions o;
  o.alpha = o.beta = 0.5;
  const double u = 2.0 / 3 + 2.0 / (9 * std::sqrt(2.0));
  const double p = u / (2 * std::sqrt(2.0)) + 1.0 / 6;
  expect_near_all(birank(partner_graph(1, 3, {{0, 0}, {0, 1}}), o), {u, p, p, 1.0 / 6}, 1e-13, "star");
}

TEST(BiRank, RejectsBadOptions) {
  const auto g = partner_graph(1, 1, {{0, 0}});
  BiRankOptions o;
  o.alpha = 1.0;
  EXPECT_THROW(birank(g, o), std::invalid_argument);
  o = {};
  o.beta = -0.1;
  EXPECT_THROW(birank(g, o), std::invalid_argument);
  o = {};
  o.initiative_prior = {1.0, 2.0};
  EXPECT_THROW(birank(g, o), std::invalid_argument);
  o = {};
  o.organisation_prior = {-1.0};
  EXPECT_THROW(birank(g, o), std::invalid_argument);
  o = {};
  o.max_iterations = 1;
  EXPECT_THROW(birank(partner_graph(1, 3, {{0, 0}, {0, 1}}), o), AlgorithmError);
}

TEST(BiRank, MatchesNumPyIterationOnRandomBipartiteGraphs) {
  const auto& doc = reference2();
  int checked = 0;
  for (const auto& e : doc["bipartite"].GetArray()) {
    const auto g = reference_partner_graph(e);
    for (const auto& c : e["birank"].GetArray()) {
      BiRankOptions o;
      o.alpha = c["alpha"].GetDouble();
      o.beta = c["beta"].GetDouble();
      o.weighted = c["weighted"].GetBool();
      o.initiative_prior = doubles(c["initiative_prior"]);
      o.organisation_prior = doubles(c["organisation_prior"]);
      expect_near_all(birank(g, o), doubles(c["scores"]), 1e-12, str("graph ", checked, " alpha ", o.alpha));
    }
    ++checked;
  }
  EXPECT_EQ(checked, 8);
}
