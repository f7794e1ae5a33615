// Disparity-filter backbone. Expected values: hand calculations below, and the brute-force implementation in
// tests/reference/algo3_reference.py (closed form cross-checked by numerical integration), stored in
// tests/reference/expected/algo3_reference.json.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "algo_test_util.hpp"
#include "ppsnet/algo/backbone.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {

const rapidjson::Document& ref3() { return algo_test::reference3(); }

// 0–1 (1), 0–2 (1), 0–3 (8), 1–2 (1); node 4 isolated.
// Node 0: k = 3, s = 10: α(0–3) = (1 − 8/10)² = 0.04, α(0–1) = α(0–2) = (1 − 1/10)² = 0.81.
// Nodes 1, 2: k = 2, s = 2: every edge α = (1 − 1/2)¹ = 0.5. Node 3: k = 1 → α = 0 (convention).
CsrGraph hand_graph() { return graph(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 8}, {1, 2, 1}}); }

std::vector<std::pair<NodeId, NodeId>> edge_pairs(const CsrGraph& g) {
  std::vector<std::pair<NodeId, NodeId>> out;
  for (const auto& e : g.edges()) out.emplace_back(e.u, e.v);
  return out;
}

}  // namespace

TEST(DisparityFilter, HandComputedSignificance) {
  const auto sig = disparity_significance(hand_graph());
  ASSERT_EQ(sig.size(), 4u);
  // edges() order: (0,1), (0,2), (0,3), (1,2)
  EXPECT_EQ(sig[0].u, 0u);
  EXPECT_EQ(sig[0].v, 1u);
  EXPECT_NEAR(sig[0].alpha_u, 0.81, 1e-15);
  EXPECT_NEAR(sig[0].alpha_v, 0.5, 1e-15);
  EXPECT_NEAR(sig[1].alpha_u, 0.81, 1e-15);
  EXPECT_NEAR(sig[1].alpha_v, 0.5, 1e-15);
  EXPECT_NEAR(sig[2].alpha_u, 0.04, 1e-15);
  EXPECT_EQ(sig[2].alpha_v, 0.0);  // leaf
  EXPECT_DOUBLE_EQ(sig[2].weight, 8.0);
  EXPECT_NEAR(sig[3].alpha_u, 0.5, 1e-15);
  EXPECT_NEAR(sig[3].alpha_v, 0.5, 1e-15);
}

TEST(DisparityFilter, HandComputedBackbone) {
  const auto g = hand_graph();
  using P = std::vector<std::pair<NodeId, NodeId>>;
  // alpha 0.05: only 0–3 (0.04 at node 0, and the leaf side), under both rules.
  auto b = disparity_filter(g, {0.05, BackboneRule::either});
  EXPECT_EQ(edge_pairs(b.graph), (P{{0, 3}}));
  EXPECT_EQ(b.edges_in, 4u);
  EXPECT_EQ(b.edges_kept, 1u);
  EXPECT_EQ(b.nodes_with_edges, 2u);
  EXPECT_EQ(b.graph.num_nodes(), 5u);
  EXPECT_DOUBLE_EQ(b.weight_in, 11.0);
  EXPECT_DOUBLE_EQ(b.weight_kept, 8.0);
  EXPECT_EQ(edge_pairs(disparity_filter(g, {0.05, BackboneRule::both}).graph), (P{{0, 3}}));
  // alpha 0.6, either: 0–1 and 0–2 pass at nodes 1/2 (0.5), 1–2 at both ends, 0–3 → all four.
  b = disparity_filter(g, {0.6, BackboneRule::either});
  EXPECT_EQ(b.edges_kept, 4u);
  EXPECT_EQ(b.nodes_with_edges, 4u);
  // alpha 0.6, both: 0–1, 0–2 fail at node 0 (0.81) → 0–3 and 1–2.
  b = disparity_filter(g, {0.6, BackboneRule::both});
  EXPECT_EQ(edge_pairs(b.graph), (P{{0, 3}, {1, 2}}));
  EXPECT_DOUBLE_EQ(b.weight_kept, 9.0);
  // alpha 0.5 is strict: 0.5 is not < 0.5, so only 0–3 remains.
  EXPECT_EQ(edge_pairs(disparity_filter(g, {0.5, BackboneRule::either}).graph), (P{{0, 3}}));
  // alpha 0 keeps nothing; alpha 1 keeps everything.
  EXPECT_EQ(disparity_filter(g, {0.0, BackboneRule::either}).edges_kept, 0u);
  EXPECT_EQ(disparity_filter(g, {1.0, BackboneRule::both}).edges_kept, 4u);
}

TEST(DisparityFilter, LeafKeepsItsEdgeUnderEither) {
  // Star: centre 0 with weights 1, 1, 1, 100 to leaves 1..4. Leaves have k = 1 → α = 0: every edge is kept under
  // "either" at any alpha > 0. Under "both" the centre decides: α(0–4) = (1 − 100/103)³ ≈ 2.5e-5, α(0–i) =
  // (1 − 1/103)³ ≈ 0.971 → only 0–4 at alpha 0.05.
  const auto g = graph(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 100}});
  EXPECT_EQ(disparity_filter(g, {0.001, BackboneRule::either}).edges_kept, 4u);
  const auto b = disparity_filter(g, {0.05, BackboneRule::both});
  EXPECT_EQ(edge_pairs(b.graph), (std::vector<std::pair<NodeId, NodeId>>{{0, 4}}));
  EXPECT_NEAR(disparity_significance(g)[3].alpha_u, std::pow(3.0 / 103, 3), 1e-15);
}

TEST(DisparityFilter, MatchesBruteForceReference) {
  const auto& cases = ref3()["disparity"];
  ASSERT_TRUE(cases.IsArray());
  for (const auto& c : cases.GetArray()) {
    std::vector<WeightedEdge> edges;
    for (const auto& e : c["edges"].GetArray())
      edges.push_back({static_cast<NodeId>(e[0].GetUint()), static_cast<NodeId>(e[1].GetUint()), e[2].GetDouble()});
    const auto g = CsrGraph::from_edges(c["n"].GetUint(), edges);
    const auto sig = disparity_significance(g);
    const auto& rows = c["significance"];
    ASSERT_EQ(sig.size(), rows.Size());
    for (std::size_t i = 0; i < sig.size(); ++i) {
      const auto& r = rows[static_cast<rapidjson::SizeType>(i)];
      EXPECT_EQ(sig[i].u, r[0].GetUint());
      EXPECT_EQ(sig[i].v, r[1].GetUint());
      EXPECT_NEAR(sig[i].weight, r[2].GetDouble(), 1e-12);
      EXPECT_NEAR(sig[i].alpha_u, r[3].GetDouble(), 1e-12);
      EXPECT_NEAR(sig[i].alpha_v, r[4].GetDouble(), 1e-12);
    }
    for (auto it = c["kept"].MemberBegin(); it != c["kept"].MemberEnd(); ++it) {
      const double alpha = std::stod(it->name.GetString());
      for (auto [name, rule] : {std::pair{"either", BackboneRule::either}, std::pair{"both", BackboneRule::both}}) {
        std::vector<std::pair<NodeId, NodeId>> want;
        for (const auto& e : it->value[name].GetArray()) want.emplace_back(e[0].GetUint(), e[1].GetUint());
        const auto b = disparity_filter(g, {alpha, rule});
        EXPECT_EQ(edge_pairs(b.graph), want) << "alpha " << alpha << " rule " << name;
        EXPECT_EQ(b.edges_kept, want.size());
        EXPECT_EQ(b.graph.num_nodes(), g.num_nodes());
      }
    }
  }
}

TEST(DisparityFilter, RejectsBadInput) {
  const auto g = hand_graph();
  EXPECT_THROW(disparity_filter(g, {-0.1, BackboneRule::either}), std::invalid_argument);
  EXPECT_THROW(disparity_filter(g, {1.5, BackboneRule::either}), std::invalid_argument);
  EXPECT_THROW(disparity_filter(g, {std::nan(""), BackboneRule::either}), std::invalid_argument);
  EXPECT_THROW(disparity_significance(graph(2, {{0, 1, 0.0}})), std::invalid_argument);
  EXPECT_THROW(disparity_filter(graph(2, {{0, 1, -2.0}})), std::invalid_argument);
}

TEST(DisparityFilter, EmptyAndEdgeless) {
  const auto b = disparity_filter(graph(3, {}));
  EXPECT_EQ(b.edges_in, 0u);
  EXPECT_EQ(b.edges_kept, 0u);
  EXPECT_EQ(b.graph.num_nodes(), 3u);
  EXPECT_EQ(disparity_filter(CsrGraph::from_edges(0, {})).graph.num_nodes(), 0u);
}
