// PageRank and personalised PageRank. Expected values: hand calculations (below) and NetworkX 2.8.8 values
// cross-checked with python-igraph 0.10.2 (tests/reference/algo2_reference.py).
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "algo_test_util.hpp"
#include "ppsnet/algo/pagerank.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {

void expect_near_all(const std::vector<double>& got, const std::vector<double>& want, double tol, const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (std::size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], want[i], tol) << what << " node " << i;
}

}  // namespace

// Single edge: 1/2 each by symmetry. No edges: every node dangling, uniform 1/n.
TEST(PageRank, TrivialGraphs) {
  expect_near_all(pagerank(graph(2, {{0, 1}})), {0.5, 0.5}, 1e-15, "K2");
  expect_near_all(pagerank(graph(4, {})), {0.25, 0.25, 0.25, 0.25}, 1e-15, "edgeless");
  EXPECT_TRUE(pagerank(graph(0, {})).empty());
}

// Star K1,3, α = 0.85, centre c, leaves x: c = α·3x + (1−α)/4, x = α c/3 + (1−α)/4.
// Substituting: c = 0.7225 c + 2.55·0.0375 + 0.0375 -> 0.2775 c = 0.133125 -> c = 71/148 = 0.479729...,
// x = (1 − c)/3 = 77/444.
TEST(PageRank, Star) {
  expect_near_all(pagerank(graph(4, {{0, 1}, {0, 2}, {0, 3}})), {71.0 / 148, 77.0 / 444, 77.0 / 444, 77.0 / 444},
                  1e-13, "star");
}

// Edge 0-1 plus isolated node 2 (dangling, its mass spread uniformly): x2 = α x2 / 3 + (1 − α)/3 ->
// x2 (1 − 0.85/3) = 0.05 -> x2 = 3/43; x0 = x1 = (1 − 3/43)/2 = 20/43. Sum 1.
TEST(PageRank, IsolatedNodeMassRedistributedUniformly) {
  const auto pr = pagerank(graph(3, {{0, 1}}));
  expect_near_all(pr, {20.0 / 43, 20.0 / 43, 3.0 / 43}, 1e-13, "isolated");
  EXPECT_NEAR(std::accumulate(pr.begin(), pr.end(), 0.0), 1.0, 1e-15);
}

// Personalised on the edge 0-1 with seed {0}: x0 = α x1 + (1 − α), x1 = α x0 -> x0 = 1/(1 + α) = 20/37,
// x1 = α/(1 + α) = 17/37.
TEST(PageRank, PersonalisedByHand) {
  const std::vector<NodeId> seeds{0};
  expect_near_all(personalized_pagerank(graph(2, {{0, 1}}), seeds), {20.0 / 37, 17.0 / 37}, 1e-13, "ppr");
  // The same through PageRankOptions::reset (scaled arbitrarily: it is normalised).
  PageRankOptions o;
  o.reset = {5.0, 0.0};
  expect_near_all(pagerank(graph(2, {{0, 1}}), o), {20.0 / 37, 17.0 / 37}, 1e-13, "reset");
}

// Weighted path 0 -3- 1 -1- 2, α = 0: no walking, PR = uniform reset 1/3. α = 0.5 by hand:
// x0 = 0.5 (3/4) x1 + 1/6, x2 = 0.5 (1/4) x1 + 1/6, x1 = 0.5 (x0 + x2) + 1/6
// -> x1 = 0.5 (0.5 x1 + 1/3) + 1/6 = 0.25 x1 + 1/3 -> x1 = 4/9; x0 = 3/8·4/9 + 1/6 = 1/3; x2 = 1/18 + 1/6 = 2/9.
TEST(PageRank, WeightedByHand) {
  const auto g = graph(3, {{0, 1, 3.0}, {1, 2, 1.0}});
  PageRankOptions o;
  o.weighted = true;
  o.damping = 0;
  expect_near_all(pagerank(g, o), {1.0 / 3, 1.0 / 3, 1.0 / 3}, 1e-15, "alpha 0");
  o.damping = 0.5;
  expect_near_all(pagerank(g, o), {1.0 / 3, 4.0 / 9, 2.0 / 9}, 1e-13, "alpha 0.5");
}

TEST(PageRank, RejectsBadArguments) {
  const auto g = graph(3, {{0, 1}});
  PageRankOptions o;
  o.damping = 1.0;
  EXPECT_THROW(pagerank(g, o), std::invalid_argument);
  o = {};
  o.reset = {1.0, 0.0};  // wrong size
  EXPECT_THROW(pagerank(g, o), std::invalid_argument);
  o.reset = {0.0, 0.0, 0.0};
  EXPECT_THROW(pagerank(g, o), std::invalid_argument);
  o.reset = {1.0, -1.0, 1.0};
  EXPECT_THROW(pagerank(g, o), std::invalid_argument);
  const std::vector<NodeId> bad{7}, none;
  EXPECT_THROW(personalized_pagerank(g, bad), std::invalid_argument);
  EXPECT_THROW(personalized_pagerank(g, none), std::invalid_argument);
  o = {};
  o.max_iterations = 3;
  EXPECT_THROW(pagerank(graph(4, {{0, 1}, {0, 2}, {0, 3}}), o), AlgorithmError);
}

TEST(PageRank, MatchesNetworkXAndIgraphOnRandomGraphs) {
  const auto& doc = reference2();
  int checked = 0;
  for (const char* family : {"bipartite", "general"}) {
    for (const auto& e : doc[family].GetArray()) {
      const bool bi = std::string(family) == "bipartite";
      const auto g = bi ? reference_partner_graph(e).graph() : reference_general_graph(e);
      const std::string what = str(family, " graph ", checked);
      expect_near_all(pagerank(g), doubles(e["pagerank"]), 1e-12, what);
      PageRankOptions w;
      w.weighted = true;
      expect_near_all(pagerank(g, w), doubles(e["pagerank_weighted"]), 1e-12, what + " weighted");
      std::vector<NodeId> seeds;
      for (const auto& s : e["pagerank_seeds"].GetArray()) seeds.push_back(s.GetUint());
      expect_near_all(personalized_pagerank(g, seeds), doubles(e["pagerank_personalized"]), 1e-12, what + " personalised");
      ++checked;
    }
  }
  EXPECT_EQ(checked, 11);
}
