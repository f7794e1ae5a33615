#include "ppsnet/query/report_pictures.hpp"

#include <gtest/gtest.h>

#include <set>

#include "ppsnet/model/graph_builder.hpp"
#include "unit/exporters/fixture.hpp"

using namespace ppsnet;

// Fixture (tests/unit/exporters/fixture.hpp): initiatives [0] 2030 (home province 31 Limburg), [1] node (no home),
// [2] P<3> (country NL only, no province); organisations [3] 01234567, [4] Zuyd, [5] back\slash, [6] node.
// Hand-made communities: community 0 = {2030, 01234567, Zuyd} (3 members), community 1 = {P<3>} and
// community 2 = {organisation node} (one member each: too small for a picture).
namespace {

query::AnalysisResult hand_made_result(const model::PartnerGraph& g) {
  query::AnalysisResult r;
  r.betweenness = {3, 2, 2, 2, 2, 1, 2};
  r.communities.node_community = {0, -1, 1, 0, 0, -1, 2};
  query::CommunitySummary c0, c1, c2;
  c0.id = 0, c0.initiatives = 1, c0.organisations = 2, c0.label = "Limburg";
  c1.id = 1, c1.initiatives = 1;
  c2.id = 2, c2.organisations = 1;
  r.communities.communities = {c0, c1, c2};
  (void)g;
  return r;
}

std::set<std::string> ids(const query::Diagram& d) {
  std::set<std::string> out;
  for (const auto& n : d.nodes) out.insert(n.id);
  return out;
}

}  // namespace

TEST(ReportPictures, LargestCommunitiesWithTwoOrMoreMembersThenTheBusiestProvince) {
  const auto g = test::fixture_graph();
  const auto pictures = query::report_pictures(g, hand_made_result(g));
  ASSERT_EQ(pictures.size(), 2u);
  EXPECT_EQ(pictures[0].file, "community_1.svg");
  EXPECT_EQ(pictures[0].heading, "Community 1: Limburg");
  EXPECT_EQ(ids(pictures[0].diagram), (std::set<std::string>{"i:2030", "o:01234567", "o:Zuyd"}));
  EXPECT_EQ(pictures[0].diagram.layout, "neato");  // 3 nodes <= 60
  // Only 2030 has a home province (31, Limburg): its partners are drawn with it.
  EXPECT_EQ(pictures[1].file, "region.svg");
  EXPECT_EQ(pictures[1].heading, "Region: Limburg");
  EXPECT_EQ(ids(pictures[1].diagram), (std::set<std::string>{"i:2030", "o:01234567", "o:Zuyd", "o:back\\slash"}));
}

TEST(ReportPictures, CommunityPicturesCanBeTurnedOff) {
  const auto g = test::fixture_graph();
  query::ReportPictureOptions opt;
  opt.communities = 0;
  const auto pictures = query::report_pictures(g, hand_made_result(g), opt);
  ASSERT_EQ(pictures.size(), 1u);
  EXPECT_EQ(pictures[0].file, "region.svg");
}

// Path graph for the backbone: I1 –o1– I2 –o2– I3, and o3 only in I3 (node ids I1..I3 = 0..2, o1..o3 = 3..5).
// The projection is the path I1–I2–I3 (Newman weight 1 each); I1 and I3 have one link each, so α = 0 from their
// side and both links stay in the backbone. Hand-made communities {I1, o1}, {I2, o2}, {I3, o3}: all three pictured,
// in addition to (not counting against) the backbone picture. No initiative has a home province: no region.svg.
TEST(ReportPictures, BackboneFirstAndItDoesNotTakeACommunitySlot) {
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  for (const char* id : {"I1", "I2", "I3"}) {
    model::Initiative in;
    in.id = id;
    b.add_initiative(in);
  }
  for (const char* id : {"o1", "o2", "o3"}) {
    model::Organisation o;
    o.id = id;
    b.add_organisation(o);
  }
  for (auto [i, o] : {std::pair{"I1", "o1"}, {"I2", "o1"}, {"I2", "o2"}, {"I3", "o2"}, {"I3", "o3"}})
    b.add_participation({i, o});
  const auto g = b.build();
  query::AnalysisResult r;
  r.betweenness = {0, 4, 3, 2, 3, 0};
  r.communities.node_community = {0, 1, 2, 0, 1, 2};
  for (int c = 0; c < 3; ++c) {
    query::CommunitySummary s;
    s.id = c, s.initiatives = 1, s.organisations = 1;
    r.communities.communities.push_back(s);
  }
  const auto pictures = query::report_pictures(g, r);
  std::vector<std::string> files;
  for (const auto& p : pictures) files.push_back(p.file);
  EXPECT_EQ(files, (std::vector<std::string>{"backbone.svg", "community_1.svg", "community_2.svg", "community_3.svg"}));
  EXPECT_EQ(ids(pictures[0].diagram), (std::set<std::string>{"i:I1", "i:I2", "i:I3"}));
  EXPECT_EQ(pictures[0].diagram.edges.size(), 2u);
}
