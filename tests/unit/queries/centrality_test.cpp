// query::centrality, query::communities, query::project and the request enums' names. Expected values are hand
// calculations on graphs small enough to check on paper (written next to each assertion).
#include "ppsnet/query/centrality.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "unit/algo/algo_test_util.hpp"
#include "ppsnet/error.hpp"
#include "ppsnet/query/communities.hpp"
#include "ppsnet/query/project.hpp"

namespace ppsnet::query {
namespace {

using algo_test::partner_graph;

// The path O0 - I0 - O1 - I1 - O2 (node ids: I0 0, I1 1, O0 2, O1 3, O2 4).
model::PartnerGraph path() { return partner_graph(2, 3, {{0, 0}, {0, 1}, {1, 1}, {1, 2}}); }

template <class F>
Error error_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "no ppsnet::Error thrown";
  return Error(ErrorCategory::internal, "none");
}

TEST(Names, OneListPerEnum) {
  EXPECT_EQ(name_list<NodeSide>(), "initiatives, organisations or both");
  EXPECT_EQ(name_of(CentralityMeasure::pagerank), "pagerank");
  EXPECT_EQ(parse_name<CentralityMeasure>("birank"), CentralityMeasure::birank);
  EXPECT_FALSE(parse_name<CentralityMeasure>("PageRank").has_value());  // names are exact
  EXPECT_EQ(parse_name<ProjectionWeight>("newman"), ProjectionWeight::newman);
  EXPECT_EQ(name_list<CommunityAlgorithm>(), "leiden or louvain");
}

TEST(Centrality, BetweennessAndDegreeOnAPathByHand) {
  // Betweenness on a path of 5 (raw, unordered pairs): the ends 0; I0 and I1 lie on 3 pairs' paths each
  // (I0: {O0}x{O1, I1, O2}); O1 on 4 ({O0, I0}x{I1, O2}). Degree: 2, 2, 1, 2, 1.
  CentralityRequest r;
  r.measures = {CentralityMeasure::betweenness, CentralityMeasure::degree};
  const auto res = centrality(path(), r);
  ASSERT_EQ(res.nodes.size(), 5u);
  // Highest betweenness first, ties by node id: O1, I0, I1, O0, O2.
  EXPECT_EQ(res.nodes, (std::vector<model::NodeId>{3, 0, 1, 2, 4}));
  EXPECT_EQ(res.columns[0].values, (std::vector<double>{4, 3, 3, 0, 0}));
  EXPECT_EQ(res.columns[1].values, (std::vector<double>{2, 2, 2, 1, 1}));
  EXPECT_TRUE(res.columns[1].integer);
  EXPECT_EQ(res.table.rows.size(), 5u);
  EXPECT_EQ(res.table.columns[3].key, "betweenness");
  EXPECT_EQ(res.graph_nodes, 5u);
  EXPECT_EQ(res.graph_links, 4u);
}

TEST(Centrality, SideAndTopFilterTheRows) {
  CentralityRequest r;
  r.measures = {CentralityMeasure::betweenness};
  r.side = NodeSide::organisations;
  EXPECT_EQ(centrality(path(), r).nodes, (std::vector<model::NodeId>{3, 2, 4}));
  r.top = 1;
  EXPECT_EQ(centrality(path(), r).nodes, (std::vector<model::NodeId>{3}));
}

TEST(Centrality, ProjectionOntoInitiatives) {
  // I0 and I1 share O1: one link of count weight 1; degree 1 each.
  CentralityRequest r;
  r.projection = ProjectionSide::initiatives;
  r.projection_weight = ProjectionWeight::count;
  r.measures = {CentralityMeasure::degree};
  const auto res = centrality(path(), r);
  EXPECT_EQ(res.nodes, (std::vector<model::NodeId>{0, 1}));
  EXPECT_EQ(res.columns[0].values, (std::vector<double>{1, 1}));
  EXPECT_EQ(res.graph_links, 1u);
}

TEST(Centrality, BadRequestsNameTheParameter) {
  CentralityRequest r;
  r.damping = 1;
  auto e = error_of([&] { centrality(path(), r); });
  EXPECT_EQ(e.category(), ErrorCategory::invalid_request);
  EXPECT_EQ(e.parameter(), "damping");

  r = {};
  r.measures = {CentralityMeasure::pagerank};
  r.personalise = {"NOPE"};
  e = error_of([&] { centrality(path(), r); });
  EXPECT_EQ(e.category(), ErrorCategory::not_found);
  EXPECT_EQ(e.parameter(), "personalise");

  r = {};
  r.projection = ProjectionSide::organisations;
  r.side = NodeSide::initiatives;
  e = error_of([&] { centrality(path(), r); });
  EXPECT_EQ(e.parameter(), "side");

  r = {};
  r.projection = ProjectionSide::initiatives;
  r.measures = {CentralityMeasure::birank};
  EXPECT_EQ(error_of([&] { centrality(path(), r); }).parameter(), "measure");

  r = {};
  r.measures = {};
  EXPECT_EQ(error_of([&] { centrality(path(), r); }).parameter(), "measure");
}

TEST(Centrality, NoteSaysWhatBetweennessRead) {
  CentralityRequest r;
  r.measures = {CentralityMeasure::betweenness};
  r.weighted = true;
  EXPECT_NE(centrality(path(), r).note.find("betweenness lengths 1/w"), std::string::npos);
  r.bipartite_normalised = true;  // bipartite betweenness counts hops: the weights are not read
  const auto note = centrality(path(), r).note;
  EXPECT_NE(note.find("betweenness counts hops"), std::string::npos) << note;
  EXPECT_EQ(note.find("1/w"), std::string::npos) << note;
}

TEST(Communities, TwoSeparateGroups) {
  // I0, I1 share O0; I2, I3 share O1; nothing links the two pairs: two communities in the projection.
  const auto g = partner_graph(4, 2, {{0, 0}, {1, 0}, {2, 1}, {3, 1}});
  CommunitiesRequest r;
  r.membership = true;
  const auto res = communities(g, r);
  ASSERT_EQ(res.count, 2);
  ASSERT_EQ(res.community.size(), 4u);
  EXPECT_EQ(res.community[0], res.community[1]);
  EXPECT_EQ(res.community[2], res.community[3]);
  EXPECT_NE(res.community[0], res.community[2]);
  // Modularity of two equal cliques of one link each, no link between: Q = 2 * (1/2 - (1/2)^2) = 0.5.
  EXPECT_NEAR(res.modularity, 0.5, 1e-12);
  EXPECT_EQ(res.table.name, "community_membership");
  EXPECT_EQ(res.table.rows.size(), 4u);
  r.algorithm = CommunityAlgorithm::louvain;
  EXPECT_EQ(communities(g, r).count, 2);
  r.resolution = -1;
  EXPECT_EQ(error_of([&] { communities(g, r); }).parameter(), "resolution");
}

TEST(Project, EdgeListOfTheOrganisationProjection) {
  // O0-O1 share I0, O1-O2 share I1: two links of count 1.
  ProjectRequest r;
  r.side = ProjectionSide::organisations;
  const auto res = project(path(), r);
  ASSERT_EQ(res.links.size(), 2u);
  EXPECT_EQ(res.links[0].source, 2u);
  EXPECT_EQ(res.links[0].target, 3u);
  EXPECT_EQ(res.links[1].source, 3u);
  EXPECT_EQ(res.links[1].target, 4u);
  EXPECT_EQ(res.links[0].weight, 1.0);
  EXPECT_EQ(res.table.rows.size(), 2u);
  r.min_weight = -1;
  EXPECT_EQ(error_of([&] { project(path(), r); }).parameter(), "min_weight");
}

}  // namespace
}  // namespace ppsnet::query
