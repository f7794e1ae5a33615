// Leiden and modularity. Modularity values: hand calculations and NetworkX 2.8.8
// (networkx.community.modularity, cross-checked with python-igraph at resolution 1) from
// tests/reference/algo_reference.py.
#include <gtest/gtest.h>

#include <cmath>

#include "algo_test_util.hpp"
#include "ppsnet/algo/community.hpp"
#include "ppsnet/algo/projection.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {
// Two triangles {0,1,2} and {3,4,5} joined by the edge 2–3.
CsrGraph two_triangles() { return graph(6, {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}}); }

// Two 5-cliques {0..4}, {5..9} joined by 4–5.
CsrGraph two_cliques() {
  std::vector<WeightedEdge> e;
  for (NodeId base : {0u, 5u})
    for (NodeId u = 0; u < 5; ++u)
      for (NodeId v = u + 1; v < 5; ++v) e.push_back({base + u, base + v, 1});
  e.push_back({4, 5, 1});
  return CsrGraph::from_edges(10, e);
}
}  // namespace

// Two triangles, split at the bridge: m = 7; inside each community 3 edges; strengths 2+2+3 = 7 each.
// Q = 2 · [3/7 − (7/14)²] = 6/7 − 1/2 = 5/14. At γ = 0.5: 6/7 − 0.5 · 1/2 = 0.607142857...
TEST(Modularity, HandComputedTwoTriangles) {
  auto g = two_triangles();
  std::vector<int> m{0, 0, 0, 1, 1, 1};
  EXPECT_NEAR(modularity(g, m), 5.0 / 14, 1e-15);
  EXPECT_NEAR(modularity(g, m, 0.5), 6.0 / 7 - 0.25, 1e-15);
  // one community: 7/7 − (14/14)² = 0
  EXPECT_NEAR(modularity(g, std::vector<int>(6, 3)), 0.0, 1e-15);
}

TEST(Modularity, EdgelessIsUndefinedAndBadInputThrows) {
  EXPECT_TRUE(std::isnan(modularity(graph(3, {}), std::vector<int>{0, 1, 2})));
  EXPECT_THROW(modularity(two_triangles(), std::vector<int>{0, 1}), std::invalid_argument);
  EXPECT_THROW(modularity(two_triangles(), std::vector<int>{0, 0, 0, 1, 1, -1}), std::invalid_argument);
}

TEST(Modularity, MatchesNetworkX) {
  const auto& ref = reference();
  ASSERT_TRUE(ref.IsObject());
  std::size_t checked = 0;
  for (const auto& e : ref["bipartite"].GetArray()) {
    auto pg = reference_partner_graph(e);
    auto p = project(pg, {.weight = ProjectionWeight::count});
    for (const auto& c : e["modularity_checks"].GetArray()) {
      std::vector<int> memb;
      for (const auto& x : c["membership"].GetArray()) memb.push_back(x.GetInt());
      EXPECT_NEAR(modularity(p.graph, memb, c["resolution"].GetDouble()), c["modularity"].GetDouble(), 1e-12);
      ++checked;
    }
  }
  EXPECT_GT(checked, 30u);
}

// Two 5-cliques and a bridge: the best split is the two cliques.
// m = 21; each side 10 inner edges, strength 4·5 + 1 = 21. Q = 2 · [10/21 − (21/42)²] = 20/21 − 1/2.
TEST(Leiden, FindsTwoCliques) {
  auto g = two_cliques();
  auto p = leiden(g);
  EXPECT_EQ(p.count, 2);
  // sizes tie (5, 5): the community holding node 0 gets id 0
  EXPECT_EQ(p.membership, (std::vector<int>{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));
  EXPECT_NEAR(p.quality, 20.0 / 21 - 0.5, 1e-12);
  EXPECT_DOUBLE_EQ(p.quality, modularity(g, p.membership));
}

TEST(Leiden, CpmFindsTwoCliques) {
  // CPM at γ = 0.5: inside a 5-clique density 1 > 0.5, across the bridge 1/25 < 0.5.
  auto p = leiden(two_cliques(), {.objective = Objective::cpm, .resolution = 0.5});
  EXPECT_EQ(p.count, 2);
  // igraph scaling: (2·20 − 0.5·(25 + 25)) / 42 = 15/42
  EXPECT_NEAR(p.quality, 15.0 / 42, 1e-12);
}

TEST(Leiden, SameSeedSameResultAndQualityIsModularity) {
  const auto& ref = reference();
  ASSERT_TRUE(ref.IsObject());
  for (const auto& e : ref["bipartite"].GetArray()) {
    auto pg = reference_partner_graph(e);
    auto proj = project(pg, {.weight = ProjectionWeight::newman});
    if (proj.graph.num_edges() == 0) continue;
    for (std::uint64_t seed : {1u, 42u}) {
      auto a = leiden(proj.graph, {.seed = seed, .n_starts = 3});
      auto b = leiden(proj.graph, {.seed = seed, .n_starts = 3});
      EXPECT_EQ(a.membership, b.membership);
      EXPECT_EQ(a.count, b.count);
      EXPECT_EQ(0, std::memcmp(&a.quality, &b.quality, sizeof(double)));
      EXPECT_DOUBLE_EQ(a.quality, modularity(proj.graph, a.membership));
      // ids ordered by size desc, ties by smallest member id
      std::vector<std::size_t> size(static_cast<std::size_t>(a.count), 0);
      std::vector<NodeId> first(static_cast<std::size_t>(a.count), ppsnet::model::kNoNode);
      for (NodeId v = 0; v < a.membership.size(); ++v) {
        const auto c = static_cast<std::size_t>(a.membership[v]);
        ++size[c];
        first[c] = std::min(first[c], v);
      }
      for (std::size_t c = 1; c < size.size(); ++c) {
        EXPECT_TRUE(size[c - 1] > size[c] || (size[c - 1] == size[c] && first[c - 1] < first[c]));
      }
      // Leiden should beat the trivial partitions (all-in-one has Q = 0)
      EXPECT_GE(a.quality, 0.0);
    }
  }
}

TEST(Leiden, MoreStartsNeverWorse) {
  auto g = two_triangles();
  auto one = leiden(g, {.seed = 5, .n_starts = 1});
  auto many = leiden(g, {.seed = 5, .n_starts = 4});
  EXPECT_GE(many.quality, one.quality);
  EXPECT_NEAR(many.quality, 5.0 / 14, 1e-12);  // the triangle split is optimal (hand value above)
}

TEST(Leiden, EdgelessGraphGivesSingletons) {
  auto p = leiden(graph(3, {}));
  EXPECT_EQ(p.membership, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(p.count, 3);
  EXPECT_EQ(p.quality, 0.0);
  auto empty = leiden(CsrGraph{});
  EXPECT_EQ(empty.count, 0);
}

TEST(Leiden, InvalidOptionsThrow) {
  auto g = two_triangles();
  EXPECT_THROW(leiden(g, {.resolution = -1}), std::invalid_argument);
  EXPECT_THROW(leiden(g, {.beta = 0}), std::invalid_argument);
  EXPECT_THROW(leiden(g, {.n_starts = 0}), std::invalid_argument);
}

TEST(Leiden, NonPositiveEdgeWeightThrows) {
  auto g = graph(3, {{0, 1, -1}, {1, 2, 1}});
  EXPECT_THROW(leiden(g, {.objective = Objective::cpm}), std::invalid_argument);
  EXPECT_THROW(leiden(graph(3, {{0, 1, 0.0}, {1, 2, 1}})), std::invalid_argument);
}
