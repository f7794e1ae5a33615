#include "ppsnet/query/views.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <stdexcept>

#include "ppsnet/output/dot.hpp"
#include "ppsnet/output/render.hpp"
#include "unit/exporters/fixture.hpp"

using namespace ppsnet;

// Expected values below are read off the fixture's description (tests/unit/exporters/fixture.hpp):
//   [0] 2030 -- [3] 01234567 (weight 2), [4] Zuyd, [5] back\slash;  [1] node -- [4] Zuyd, [6] node;
//   [2] P<3> -- [3] 01234567, [6] node.  2030 and Zuyd are in COROP 39 / province 31; 01234567 in COROP 3.
// Centrality used for ranking: the hand-counted degrees {3, 2, 2, 2, 2, 1, 2}.

namespace {

const std::vector<double> kDegree = {3, 2, 2, 2, 2, 1, 2};
const std::vector<int> kCommunity = {0, -1, 1, 0, 0, -1, 2};

std::set<std::string> ids(const query::Diagram& d) {
  std::set<std::string> out;
  for (const auto& n : d.nodes) out.insert(n.id);
  return out;
}

std::set<std::pair<std::string, std::string>> edges(const query::Diagram& d) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& e : d.edges) {
    std::string a = d.nodes.at(e.source).id, b = d.nodes.at(e.target).id;
    if (b < a) std::swap(a, b);
    out.emplace(a, b);
  }
  return out;
}

// Every diagram must give DOT that Graphviz parses, with one node per diagram node.
void expect_valid_dot(const query::Diagram& d) {
  const auto info = output::parse_dot(output::to_dot(d));
  EXPECT_EQ(info.nodes.size(), d.nodes.size());
  EXPECT_EQ(info.num_edges, d.edges.size());
}

}  // namespace

TEST(EgoView, RadiusOneIsTheCentreAndItsPartners) {
  const auto g = test::fixture_graph();
  const auto d = query::ego_view(g, 0, 1, kDegree, {});
  EXPECT_EQ(ids(d), (std::set<std::string>{"i:2030", "o:01234567", "o:Zuyd", "o:back\\slash"}));
  EXPECT_EQ(edges(d), (std::set<std::pair<std::string, std::string>>{
                          {"i:2030", "o:01234567"}, {"i:2030", "o:Zuyd"}, {"i:2030", "o:back\\slash"}}));
  // The centre: largest size, label shown, box (initiative).
  const auto& centre = d.nodes[0];
  EXPECT_EQ(centre.id, "i:2030");
  EXPECT_EQ(centre.size, 1.0);
  EXPECT_TRUE(centre.show_label);
  EXPECT_EQ(centre.shape, "box");
  EXPECT_NE(d.caption.find("3 direct partners"), std::string::npos) << d.caption;
  EXPECT_NE(d.caption.find("Showing 4 of 4 nodes and 3 links"), std::string::npos) << d.caption;
  EXPECT_EQ(d.caption.find("Left out"), std::string::npos);
  expect_valid_dot(d);
}

TEST(EgoView, RadiusTwoAddsInitiativesOfThePartners) {
  const auto g = test::fixture_graph();
  const auto d = query::ego_view(g, 0, 2, kDegree, {});
  // 01234567 also joins P<3>; Zuyd also joins node; back\slash joins nothing else. organisation:node is at
  // distance 3 and stays out, so the links node--node and P<3>--node are not drawn.
  EXPECT_EQ(ids(d), (std::set<std::string>{"i:2030", "o:01234567", "o:Zuyd", "o:back\\slash", "i:node", "i:P<3>"}));
  EXPECT_EQ(d.edges.size(), 5u);
  EXPECT_NE(d.caption.find("2 initiatives two steps away"), std::string::npos) << d.caption;
  expect_valid_dot(d);
}

TEST(EgoView, CapKeepsTheMostCentralAndSaysWhatWasLeftOut) {
  const auto g = test::fixture_graph();
  query::ViewOptions o;
  o.max_nodes = 3;
  // Radius 1, room for 2 of the 3 partners: 01234567 and Zuyd (degree 2) beat back\slash (degree 1).
  const auto d = query::ego_view(g, 0, 1, kDegree, {}, o);
  EXPECT_EQ(ids(d), (std::set<std::string>{"i:2030", "o:01234567", "o:Zuyd"}));
  EXPECT_NE(d.caption.find("Showing 3 of 4 nodes"), std::string::npos) << d.caption;
  EXPECT_NE(d.caption.find("1 at distance 1"), std::string::npos) << d.caption;
  // Radius 2 with 4 places: the centre and its 3 partners; both initiatives at distance 2 are left out.
  o.max_nodes = 4;
  const auto d2 = query::ego_view(g, 0, 2, kDegree, {}, o);
  EXPECT_EQ(d2.nodes.size(), 4u);
  EXPECT_NE(d2.caption.find("2 at distance 2"), std::string::npos) << d2.caption;
}

TEST(EgoView, OrganisationCentreAndErrors) {
  const auto g = test::fixture_graph();
  const auto d = query::ego_view(g, 4, 1, kDegree, {});  // Zuyd: initiatives 2030 and node
  EXPECT_EQ(ids(d), (std::set<std::string>{"o:Zuyd", "i:2030", "i:node"}));
  EXPECT_NE(d.caption.find("organisation Zuyd Hogeschool"), std::string::npos) << d.caption;
  EXPECT_THROW(query::ego_view(g, 0, 3, kDegree, {}), std::invalid_argument);
  EXPECT_THROW(query::ego_view(g, 99, 1, kDegree, {}), std::invalid_argument);
  EXPECT_THROW(query::ego_view(g, 0, 1, std::vector<double>{1.0}, {}), std::invalid_argument);
  query::ViewOptions by_community;
  by_community.colour_by = query::ColourBy::community;
  EXPECT_THROW(query::ego_view(g, 0, 1, kDegree, {}, by_community), std::invalid_argument);
}

TEST(RegionView, CoropAndProvinceSelectHomeInitiativesAndAllTheirPartners) {
  const auto g = test::fixture_graph();
  query::Region corop;
  corop.corop = 39;  // Zuid-Limburg: only 2030 is based there
  const auto d = query::region_view(g, corop, kDegree, {});
  EXPECT_EQ(ids(d), (std::set<std::string>{"i:2030", "o:01234567", "o:Zuyd", "o:back\\slash"}));
  EXPECT_EQ(d.edges.size(), 3u);
  // Partners outside COROP 39: 01234567 (COROP 3) and back\slash (no location).
  EXPECT_NE(d.caption.find("2 of the 3 partners shown are based outside the region"), std::string::npos)
      << d.caption;
  EXPECT_NE(d.title.find("Zuid-Limburg"), std::string::npos) << d.title;
  query::Region province;
  province.province = 31;  // Limburg: the same
  EXPECT_EQ(ids(query::region_view(g, province, kDegree, {})), ids(d));
  expect_valid_dot(d);
}

TEST(RegionView, CapAndErrors) {
  const auto g = test::fixture_graph();
  query::Region corop;
  corop.corop = 39;
  query::ViewOptions o;
  o.max_nodes = 2;  // 2030 and one partner: 01234567 (degree 2, lowest id among the degree-2 partners)
  const auto d = query::region_view(g, corop, kDegree, {}, o);
  EXPECT_EQ(ids(d), (std::set<std::string>{"i:2030", "o:01234567"}));
  EXPECT_NE(d.caption.find("Left out: 2 partners"), std::string::npos) << d.caption;
  query::Region none;
  EXPECT_THROW(query::region_view(g, none, kDegree, {}), std::invalid_argument);
  query::Region unknown;
  unknown.corop = 99;
  EXPECT_THROW(query::region_view(g, unknown, kDegree, {}), std::invalid_argument);
}

TEST(CommunityView, MembersAndTheLinksAmongThem) {
  const auto g = test::fixture_graph();
  // Community 0: 2030, 01234567, Zuyd; links 2030--01234567 and 2030--Zuyd.
  const auto d = query::community_view(g, 0, kDegree, kCommunity);
  EXPECT_EQ(ids(d), (std::set<std::string>{"i:2030", "o:01234567", "o:Zuyd"}));
  EXPECT_EQ(d.edges.size(), 2u);
  EXPECT_NE(d.caption.find("1 initiatives and 2 organisations"), std::string::npos) << d.caption;
  // Community 1 is P<3> alone: drawn as one node.
  EXPECT_EQ(ids(query::community_view(g, 1, kDegree, kCommunity)), (std::set<std::string>{"i:P<3>"}));
  EXPECT_THROW(query::community_view(g, 5, kDegree, kCommunity), std::invalid_argument);
  EXPECT_THROW(query::community_view(g, -1, kDegree, kCommunity), std::invalid_argument);
  // Colour by community: every node the colour of community 0, legend "community 1" (1-based).
  query::ViewOptions o;
  o.colour_by = query::ColourBy::community;
  const auto c = query::community_view(g, 0, kDegree, kCommunity, o);
  ASSERT_EQ(c.legend.size(), 1u);
  EXPECT_EQ(c.legend[0].label, "community 1");
  expect_valid_dot(d);
}

TEST(Views, LegendOrdersNumbersByValue) {
  // 11 nodes in communities 0..10 around one hub: legend "community 1", ..., "community 9", "community 10", ...
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  model::Organisation hub;
  hub.id = "hub";
  b.add_organisation(hub);
  for (int k = 0; k < 11; ++k) {
    model::Initiative i;
    i.id = "i" + std::to_string(k);
    b.add_initiative(i);
    b.add_participation({i.id, "hub"});
  }
  const auto g = b.build();
  std::vector<int> community(g.num_nodes(), 0);
  for (int k = 0; k < 11; ++k) community[static_cast<std::size_t>(k)] = k;
  query::ViewOptions o;
  o.colour_by = query::ColourBy::community;
  const auto d = query::ego_view(g, *g.find_organisation("hub"), 1, std::vector<double>(g.num_nodes(), 0.0),
                                 community, o);
  ASSERT_EQ(d.legend.size(), 11u);
  EXPECT_EQ(d.legend[1].label, "community 2");
  EXPECT_EQ(d.legend[9].label, "community 10");
  EXPECT_EQ(d.legend[10].label, "community 11");
}
