// k-core coreness. Expected values: hand calculations (below) and NetworkX 2.8.8 core_number, cross-checked with
// python-igraph 0.10.2 coreness (tests/reference/algo2_reference.py).
#include <gtest/gtest.h>

#include "algo_test_util.hpp"
#include "ppsnet/algo/kcore.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {
using Cores = std::vector<std::size_t>;
}

// K4 on {0..3} with a pendant 4 on node 0 and an isolated node 5: the 3-core is K4, 4 has degree 1, 5 has 0.
TEST(Coreness, CliqueWithPendantAndIsolatedNode) {
  EXPECT_EQ(coreness(graph(6, {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {0, 4}})), (Cores{3, 3, 3, 3, 1, 0}));
}

// Star: every node in the 1-core, none in a 2-core. C4 and K3,3 are regular: coreness = degree (2 and 3).
// Triangle 0-1-2 with tail 2-3-4: triangle 2, tail 1. P4: all 1.
TEST(Coreness, TextbookGraphs) {
  EXPECT_EQ(coreness(graph(4, {{0, 1}, {0, 2}, {0, 3}})), (Cores{1, 1, 1, 1}));
  EXPECT_EQ(coreness(graph(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}})), (Cores{2, 2, 2, 2}));
  std::vector<BiEdge> k33;
  for (std::size_t i = 0; i < 3; ++i)
    for (std::size_t j = 0; j < 3; ++j) k33.push_back({i, j, 2});  // multiplicity ignored
  EXPECT_EQ(coreness(partner_graph(3, 3, k33).graph()), (Cores(6, 3)));
  EXPECT_EQ(coreness(graph(5, {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}})), (Cores{2, 2, 2, 1, 1}));
  EXPECT_EQ(coreness(graph(4, {{0, 1}, {1, 2}, {2, 3}})), (Cores{1, 1, 1, 1}));
  EXPECT_TRUE(coreness(graph(0, {})).empty());
  EXPECT_EQ(coreness(graph(2, {})), (Cores{0, 0}));
}

TEST(Coreness, MatchesNetworkXAndIgraphOnRandomGraphs) {
  const auto& doc = reference2();
  int checked = 0;
  for (const char* family : {"bipartite", "general"}) {
    for (const auto& e : doc[family].GetArray()) {
      const bool bi = std::string(family) == "bipartite";
      const auto g = bi ? reference_partner_graph(e).graph() : reference_general_graph(e);
      Cores want;
      for (const auto& x : e["core_number"].GetArray()) want.push_back(static_cast<std::size_t>(x.GetDouble()));
      EXPECT_EQ(coreness(g), want) << family << " graph " << checked;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 11);
}
