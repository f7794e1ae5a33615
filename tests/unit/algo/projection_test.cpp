// Bipartite projections: hand-computed small case, and NetworkX 2.8.8 projections of the reference graphs
// (weighted_projected_graph, overlap_weighted_projected_graph(jaccard=True/False),
// collaboration_weighted_projected_graph), with connector cap, min_weight and top_k.
#include <gtest/gtest.h>

#include <cmath>
#include <tuple>

#include "algo_test_util.hpp"
#include "ppsnet/algo/projection.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {

using Triple = std::tuple<NodeId, NodeId, double>;

// Edges of a projection as (node id, node id, weight) with ids of the PartnerGraph, u < v, sorted.
std::vector<Triple> edges_by_node_id(const Projection& p) {
  std::vector<Triple> out;
  for (const auto& e : p.graph.edges()) {
    NodeId a = p.nodes[e.u], b = p.nodes[e.v];
    out.emplace_back(std::min(a, b), std::max(a, b), e.weight);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Triple> triples(const rapidjson::Value& a) {
  std::vector<Triple> out;
  for (const auto& x : a.GetArray())
    out.emplace_back(static_cast<NodeId>(x[0].GetUint()), static_cast<NodeId>(x[1].GetUint()), x[2].GetDouble());
  std::sort(out.begin(), out.end());
  return out;
}

void expect_same_edges(const std::vector<Triple>& got, const std::vector<Triple>& want, const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(std::get<0>(got[i]), std::get<0>(want[i])) << what;
    EXPECT_EQ(std::get<1>(got[i]), std::get<1>(want[i])) << what;
    EXPECT_NEAR(std::get<2>(got[i]), std::get<2>(want[i]), 1e-12) << what;
  }
}

ProjectionWeight weight_of(const std::string& s) {
  if (s == "count") return ProjectionWeight::count;
  if (s == "jaccard") return ProjectionWeight::jaccard;
  if (s == "overlap") return ProjectionWeight::overlap;
  return ProjectionWeight::newman;
}

}  // namespace

// Initiatives I0..I3 (ids 0..3), organisations O0..O2 (ids 4..6).
// O0 in {I0, I1, I2} (degree 3), O1 in {I0, I1} (degree 2, I0–O1 twice), O2 in {I2} (degree 1); I3 alone.
// N(I0) = {O0,O1}, N(I1) = {O0,O1}, N(I2) = {O0,O2}, N(I3) = {}.
// count:   I0–I1 = 2, I0–I2 = 1, I1–I2 = 1.
// jaccard: I0–I1 = 2/2 = 1, I0–I2 = 1/3, I1–I2 = 1/3.   overlap: 1, 1/2, 1/2.
// newman:  I0–I1 = 1/(3−1) + 1/(2−1) = 1.5, I0–I2 = 1/2, I1–I2 = 1/2.  I3 stays as an isolated node.
TEST(Projection, HandComputedInitiativeSide) {
  auto pg = partner_graph(4, 3, {{0, 0}, {1, 0}, {2, 0}, {0, 1, 2}, {1, 1}, {2, 2}});
  auto run = [&](ProjectionWeight w) { return edges_by_node_id(project(pg, {.weight = w})); };
  expect_same_edges(run(ProjectionWeight::count), {{0, 1, 2}, {0, 2, 1}, {1, 2, 1}}, "count");
  expect_same_edges(run(ProjectionWeight::jaccard), {{0, 1, 1}, {0, 2, 1.0 / 3}, {1, 2, 1.0 / 3}}, "jaccard");
  expect_same_edges(run(ProjectionWeight::overlap), {{0, 1, 1}, {0, 2, 0.5}, {1, 2, 0.5}}, "overlap");
  expect_same_edges(run(ProjectionWeight::newman), {{0, 1, 1.5}, {0, 2, 0.5}, {1, 2, 0.5}}, "newman");
  auto p = project(pg);
  EXPECT_EQ(p.nodes, (std::vector<NodeId>{0, 1, 2, 3}));
  EXPECT_EQ(p.graph.num_nodes(), 4u);
  EXPECT_EQ(p.graph.degree(3), 0u);
  EXPECT_EQ(p.skipped_connectors, 0u);
}

// Organisation side of the same graph: N(O0) = {I0,I1,I2}, N(O1) = {I0,I1}, N(O2) = {I2}.
// count: O0–O1 = 2, O0–O2 = 1; O1–O2 share nothing. Cap 2 removes O0 (degree 3) on the initiative side.
TEST(Projection, OrganisationSideAndConnectorCap) {
  auto pg = partner_graph(4, 3, {{0, 0}, {1, 0}, {2, 0}, {0, 1, 2}, {1, 1}, {2, 2}});
  auto p = project(pg, {.side = Side::organisations});
  EXPECT_EQ(p.nodes, (std::vector<NodeId>{4, 5, 6}));
  expect_same_edges(edges_by_node_id(p), {{4, 5, 2}, {4, 6, 1}}, "org count");
  // Without O0: N(I0) = N(I1) = {O1}; jaccard I0–I1 = 1; I2 and I3 isolated.
  auto capped = project(pg, {.weight = ProjectionWeight::jaccard, .max_connector_degree = 2});
  EXPECT_EQ(capped.skipped_connectors, 1u);
  EXPECT_EQ(capped.skipped, (std::vector<NodeId>{4}));
  expect_same_edges(edges_by_node_id(capped), {{0, 1, 1}}, "capped jaccard");
}

TEST(Projection, ThresholdsOnHandExample) {
  auto pg = partner_graph(4, 3, {{0, 0}, {1, 0}, {2, 0}, {0, 1, 2}, {1, 1}, {2, 2}});
  // min_weight 2 on counts keeps I0–I1 only.
  expect_same_edges(edges_by_node_id(project(pg, {.min_weight = 2})), {{0, 1, 2}}, "min_weight");
  // top_k 1 on counts: I0 picks I1 (2), I1 picks I0 (2), I2 picks I0 (1, tie with I1 broken by smaller id).
  expect_same_edges(edges_by_node_id(project(pg, {.top_k = 1})), {{0, 1, 2}, {0, 2, 1}}, "top_k");
  EXPECT_THROW(project(pg, {.min_weight = -1}), std::invalid_argument);
}

TEST(Projection, EmptyGraph) {
  auto pg = partner_graph(0, 0, {});
  auto p = project(pg);
  EXPECT_EQ(p.graph.num_nodes(), 0u);
  EXPECT_TRUE(p.nodes.empty());
}

TEST(Projection, MatchesNetworkX) {
  const auto& ref = reference();
  ASSERT_TRUE(ref.IsObject());
  int gi = 0;
  for (const auto& e : ref["bipartite"].GetArray()) {
    auto pg = reference_partner_graph(e);
    const std::size_t cap = e["projection_cap"].GetUint();
    for (const char* side : {"initiatives", "organisations"}) {
      const Side s = std::string(side) == "initiatives" ? Side::initiatives : Side::organisations;
      for (const char* w : {"count", "jaccard", "overlap", "newman"}) {
        const std::string what = str("graph ", gi, " ", side, " ", w);
        expect_same_edges(edges_by_node_id(project(pg, {.side = s, .weight = weight_of(w)})),
                          triples(e["projections"][side][w]), what);
        expect_same_edges(edges_by_node_id(project(pg, {.side = s, .weight = weight_of(w), .max_connector_degree = cap})),
                          triples(e["projections_capped"][side][w]), str(what, " capped"));
      }
    }
    expect_same_edges(edges_by_node_id(project(pg, {.weight = ProjectionWeight::newman,
                                                    .min_weight = e["newman_min_weight"].GetDouble()})),
                      triples(e["newman_min"]), str("graph ", gi, " newman min_weight"));
    expect_same_edges(edges_by_node_id(project(pg, {.top_k = e["count_top_k"].GetUint()})), triples(e["count_top2"]),
                      str("graph ", gi, " count top_k"));
    ++gi;
  }
}
