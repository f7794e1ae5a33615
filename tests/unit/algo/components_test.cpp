// Connected components: ordering rule (size desc, ties by smallest node id), isolated nodes, empty graph.
#include <gtest/gtest.h>

#include "algo_test_util.hpp"
#include "ppsnet/algo/components.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

// Nodes: {0, 5} (size 2), {1, 2, 3} (size 3), {4} (size 1), {6, 7} (size 2), {8} (size 1).
// By size: {1,2,3} -> 0; sizes 2 tie, smallest ids 0 < 6: {0,5} -> 1, {6,7} -> 2; sizes 1: {4} -> 3, {8} -> 4.
TEST(Components, OrderedBySizeThenSmallestNode) {
  auto g = graph(9, {{0, 5}, {1, 2}, {2, 3}, {6, 7}});
  auto c = connected_components(g);
  EXPECT_EQ(c.membership, (std::vector<int>{1, 0, 0, 0, 3, 1, 2, 2, 4}));
  EXPECT_EQ(c.sizes, (std::vector<std::size_t>{3, 2, 2, 1, 1}));
  EXPECT_EQ(c.count(), 5u);
  EXPECT_EQ(c.largest, 0);
}

TEST(Components, EmptyGraphHasNoLargest) {
  auto c = connected_components(CsrGraph{});
  EXPECT_EQ(c.count(), 0u);
  EXPECT_EQ(c.largest, -1);
  EXPECT_TRUE(c.membership.empty());
}

TEST(Components, ConnectedGraphIsOneComponent) {
  auto c = connected_components(graph(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
  EXPECT_EQ(c.membership, (std::vector<int>{0, 0, 0, 0}));
  EXPECT_EQ(c.sizes, (std::vector<std::size_t>{4}));
}
