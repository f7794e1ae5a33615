// Unique community labels (query::summarise_communities). Expected labels: worked out by hand from the rule in
// ppsnet/query/community_summary.hpp, for a hand-built graph (comments say why each label is what it is).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "ppsnet/algo/community.hpp"
#include "ppsnet/algo/projection.hpp"
#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/query/community_summary.hpp"
#include "ppsnet/synth/katapult.hpp"

using namespace ppsnet;

namespace {

struct Init {
  std::string id;
  std::uint8_t province;
  std::vector<std::string> sectors;
  model::InitiativeKind kind = model::InitiativeKind::other;
  std::string hub;   // the one organisation it is linked to
  std::string name;  // "" -> the id is shown
};

// CBS province codes: 22 Drenthe, 26 Utrecht, 29 Zeeland, 30 Noord-Brabant, 31 Limburg.
const std::vector<Init> kInits = {
    // C0, C1: all Noord-Brabant; one ICT / one Energie initiative of three (33% < 40%: not in the base label).
    {"I0", 30, {"ICT"}, model::InitiativeKind::other, "OA"},
    {"I1", 30, {}, model::InitiativeKind::other, "OA"},
    {"I2", 30, {}, model::InitiativeKind::other, "OA"},
    {"I3", 30, {"Energie"}, model::InitiativeKind::other, "OB"},
    {"I4", 30, {}, model::InitiativeKind::other, "OB"},
    {"I5", 30, {}, model::InitiativeKind::other, "OB"},
    // C2, C3: Utrecht, no sector, same kind, same hub organisation OU, and their most central members (first of
    // equals by degree: I6, I8) have the same name: nothing tells them apart.
    {"I6", 26, {}, model::InitiativeKind::other, "OU", "Techniek Werkplaats"},
    {"I7", 26, {}, model::InitiativeKind::other, "OU"},
    {"I8", 26, {}, model::InitiativeKind::other, "OU", "Techniek Werkplaats"},
    {"I9", 26, {}, model::InitiativeKind::other, "OU"},
    // C4, C5: Zeeland, no sector, same kind, different hubs.
    {"I10", 29, {}, model::InitiativeKind::other, "OZ1"},
    {"I11", 29, {}, model::InitiativeKind::other, "OZ2"},
    // C6, C7: Limburg, no sector, kinds mbo / coe and different hubs: kind and hub both give 2 values, kind first.
    {"I12", 31, {}, model::InitiativeKind::mbo, "OL1"},
    {"I13", 31, {}, model::InitiativeKind::coe, "OL2"},
    // C8, C9, C10: Drenthe, sectors ICT / ICT / Energie in one of three initiatives each (33%), different hubs:
    // sector gives 2 values for 3 communities, hub all 3, so hub is used although sector comes first.
    {"I14", 22, {"ICT"}, model::InitiativeKind::other, "OD1"},
    {"I15", 22, {}, model::InitiativeKind::other, "OD1"},
    {"I16", 22, {}, model::InitiativeKind::other, "OD1"},
    {"I17", 22, {"ICT"}, model::InitiativeKind::other, "OD2"},
    {"I18", 22, {}, model::InitiativeKind::other, "OD2"},
    {"I19", 22, {}, model::InitiativeKind::other, "OD2"},
    {"I20", 22, {"Energie"}, model::InitiativeKind::other, "OD3"},
    {"I21", 22, {}, model::InitiativeKind::other, "OD3"},
    {"I22", 22, {}, model::InitiativeKind::other, "OD3"},
};

model::PartnerGraph build() {
  model::Diagnostics d;
  model::GraphBuilder b(d);
  for (const auto& x : kInits) {
    model::Initiative in;
    in.id = x.id;
    in.location.province = x.province;
    in.sectors = x.sectors;
    in.kind = x.kind;
    in.name = x.name;
    b.add_initiative(in);
  }
  for (const char* o : {"OA", "OB", "OU", "OZ1", "OZ2", "OL1", "OL2", "OD1", "OD2", "OD3"}) {
    model::Organisation org;
    org.id = o;
    org.name = std::string("Org ") + o;
    b.add_organisation(org);
  }
  for (const auto& x : kInits) b.add_participation({x.id, x.hub, model::Role::partner, 2020});
  auto g = b.build();
  EXPECT_FALSE(d.has_errors()) << d.error_count();
  return g;
}

}  // namespace

TEST(CommunityLabels, HandBuiltGroupsGetTheRuleLabels) {
  const auto g = build();
  std::vector<model::NodeId> nodes;
  for (const auto& x : kInits) nodes.push_back(*g.find(x.id));
  // Communities: C0 {I0,I1,I2}, C1 {I3,I4,I5}, C2 {I6,I7}, C3 {I8,I9}, C4 {I10}, C5 {I11}, C6 {I12}, C7 {I13},
  // C8 {I14..I16}, C9 {I17..I19}, C10 {I20..I22}. (Ids are not ordered by size here; the rule does not need it.)
  const std::vector<int> membership{0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 8, 8, 9, 9, 9, 10, 10, 10};
  const auto out = query::summarise_communities(g, nodes, membership);
  ASSERT_EQ(out.communities.size(), 11u);
  std::vector<std::string> labels;
  for (const auto& c : out.communities) labels.push_back(c.label);
  const std::vector<std::string> expected{
      // Sector and hub both give 2 values for C0/C1; sector comes first.
      "Noord-Brabant · ICT", "Noord-Brabant · Energie",
      // Sector none, province already in the label, kind both "other", hub both OU, central member names equal:
      // numbered, C2 keeps the plain one.
      "Utrecht", "Utrecht (2)",
      // Only the hub differs.
      "Zeeland · around Org OZ1", "Zeeland · around Org OZ2",
      // Kind and hub both differ; kind comes before hub.
      "Limburg · mbo", "Limburg · coe",
      // Only hub (and central member) tell all three apart; hub comes first.
      "Drenthe · around Org OD1", "Drenthe · around Org OD2", "Drenthe · around Org OD3"};
  EXPECT_EQ(labels, expected);
}

TEST(CommunityLabels, DistinctBaseLabelsAreLeftAlone) {
  const auto g = build();
  std::vector<model::NodeId> nodes;
  for (const auto& x : kInits) nodes.push_back(*g.find(x.id));
  // One community per province: Noord-Brabant (I0..I5), Utrecht, Zeeland, Limburg, Drenthe (ICT 2 of 9 = 22%).
  const std::vector<int> membership{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4};
  const auto out = query::summarise_communities(g, nodes, membership);
  std::vector<std::string> labels;
  for (const auto& c : out.communities) labels.push_back(c.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"Noord-Brabant", "Utrecht", "Zeeland", "Limburg", "Drenthe"}));
}

// Property on a realistic dataset: every label distinct, for Leiden and Louvain at several resolutions.
TEST(CommunityLabels, AlwaysUniqueOnTheKatapultDataset) {
  model::Diagnostics d;
  const auto g = synth::generate_katapult({.seed = 1, .scale = 0.5}, d);
  const auto proj = algo::project(g, {.weight = algo::ProjectionWeight::newman});
  std::size_t repeated_before = 0;
  for (double gamma : {1.0, 2.0, 4.0}) {
    for (const auto& part : {algo::leiden(proj.graph, {.resolution = gamma}),
                             algo::louvain(proj.graph, {.resolution = gamma})}) {
      const auto out = query::summarise_communities(g, proj.nodes, part.membership);
      std::set<std::string> seen;
      for (const auto& c : out.communities) EXPECT_TRUE(seen.insert(c.label).second) << c.label;
      for (const auto& c : out.communities)
        if (c.label.find(" · ") != std::string::npos || c.label.find(" (") != std::string::npos) ++repeated_before;
    }
  }
  EXPECT_GT(repeated_before, 0u);  // the dataset does produce equal base labels, so the rule was exercised
}
