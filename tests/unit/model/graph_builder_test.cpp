#include <gtest/gtest.h>

#include "ppsnet/model/graph_builder.hpp"

using namespace ppsnet::model;

namespace {
Organisation org(std::string id, OrganisationType t, std::string kvk = {}) {
  Organisation o;
  o.id = std::move(id);
  o.type = t;
  o.kvk = std::move(kvk);
  return o;
}
Initiative ini(std::string id, InitiativeKind k, std::string lead = {}) {
  Initiative i;
  i.id = std::move(id);
  i.kind = k;
  i.lead_organisation_id = std::move(lead);
  return i;
}
}  // namespace

TEST(GraphBuilder, BuildsBipartiteAdjacencyWithDenseIds) {
  Diagnostics d;
  GraphBuilder b(d);
  ASSERT_TRUE(b.add_initiative(ini("P1", InitiativeKind::mbo)));
  ASSERT_TRUE(b.add_initiative(ini("P2", InitiativeKind::coe)));
  ASSERT_TRUE(b.add_organisation(org("A", OrganisationType::company)));
  ASSERT_TRUE(b.add_organisation(org("B", OrganisationType::hogeschool)));
  ASSERT_TRUE(b.add_participation({"P1", "A"}));
  ASSERT_TRUE(b.add_participation({"P1", "B"}));
  ASSERT_TRUE(b.add_participation({"P2", "B"}));
  auto g = b.build();
  EXPECT_EQ(g.num_initiatives(), 2u);
  EXPECT_EQ(g.num_organisations(), 2u);
  EXPECT_EQ(g.num_edges(), 3u);
  EXPECT_EQ(*g.find_organisation("B"), 3u);  // organisations follow the 2 initiatives
  EXPECT_EQ(g.graph().degree(3), 2u);
  EXPECT_EQ(g.graph().degree(0), 2u);
  EXPECT_FALSE(d.has_errors());
}

TEST(GraphBuilder, FoldsRepeatedParticipationsIntoOneWeightedEdge) {
  Diagnostics d;
  GraphBuilder b(d);
  b.add_initiative(ini("P1", InitiativeKind::mbo));
  b.add_organisation(org("A", OrganisationType::company));
  b.add_participation({"P1", "A", Role::partner, 2019});
  b.add_participation({"P1", "A", Role::partner, 2020});
  auto g = b.build();
  EXPECT_EQ(g.num_edges(), 1u);
  EXPECT_EQ(g.participations().size(), 2u);
  EXPECT_DOUBLE_EQ(g.graph().weights(0)[0], 2.0);
  EXPECT_EQ(d.count(DiagnosticKind::duplicate_participation), 0u);
}

TEST(GraphBuilder, IdenticalDuplicateParticipationWarns) {
  Diagnostics d;
  GraphBuilder b(d);
  b.add_initiative(ini("P1", InitiativeKind::mbo));
  b.add_organisation(org("A", OrganisationType::company));
  b.add_participation({"P1", "A"}, {"p.csv", 2});
  b.add_participation({"P1", "A"}, {"p.csv", 5});
  b.build();
  ASSERT_EQ(d.count(DiagnosticKind::duplicate_participation), 1u);
  EXPECT_EQ(d.items()[0].line, 5u);  // the repeat is reported, naming the first
  EXPECT_NE(d.items()[0].message.find("as on line 2"), std::string::npos);
}

TEST(GraphBuilder, RejectsUnknownIdsAndDuplicateIdsWithDiagnostics) {
  Diagnostics d;
  GraphBuilder b(d);
  b.add_initiative(ini("P1", InitiativeKind::mbo));
  EXPECT_FALSE(b.add_initiative(ini("P1", InitiativeKind::coe), {"initiatives.csv", 3}));
  b.add_organisation(org("A", OrganisationType::company));
  EXPECT_FALSE(b.add_participation({"P9", "A"}, {"participations.csv", 2}));
  SourceRef where{"participations.csv", 3};
  where.organisation_column = 2;
  EXPECT_FALSE(b.add_participation({"P1", "Z"}, where));
  EXPECT_EQ(d.count(DiagnosticKind::duplicate_id), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::unknown_initiative), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::unknown_organisation), 1u);
  EXPECT_EQ(d.items()[1].format().rfind("participations.csv:2: error[unknown-initiative]", 0), 0u);
  EXPECT_EQ(d.items()[2].format().rfind("participations.csv:3:2: error[unknown-organisation]", 0), 0u);
  EXPECT_NE(d.items()[2].format().find("[column organisation_id]"), std::string::npos);
  auto g = b.build();
  EXPECT_EQ(g.num_edges(), 0u);
}

TEST(GraphBuilder, MergesOrganisationsSharingKvkAndResolvesBothIds) {
  Diagnostics d;
  GraphBuilder b(d);
  b.add_initiative(ini("P1", InitiativeKind::mbo));
  b.add_organisation(org("inholland", OrganisationType::hogeschool, "41152217"));
  EXPECT_TRUE(b.add_organisation(org("Hogeschool INHOLLAND", OrganisationType::hogeschool, "41152217")));
  b.add_participation({"P1", "Hogeschool INHOLLAND"});
  auto g = b.build();
  EXPECT_EQ(g.num_organisations(), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::merged_organisation), 1u);
  EXPECT_EQ(g.find_organisation("Hogeschool INHOLLAND"), g.find_organisation("inholland"));
  EXPECT_EQ(g.num_edges(), 1u);
}

TEST(GraphBuilder, AliasTableMergesByName) {
  Diagnostics d;
  GraphBuilder b(d);
  b.add_alias("Hogeschool  INHOLLAND", "inholland");
  b.add_organisation(org("inholland", OrganisationType::hogeschool));
  auto o = org("X17", OrganisationType::hogeschool);
  o.name = "hogeschool inholland";
  EXPECT_TRUE(b.add_organisation(o));
  auto g = b.build();
  EXPECT_EQ(g.num_organisations(), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::merged_organisation), 1u);
}

TEST(GraphBuilder, LeadCountsAsParticipantAndInitiativeLinksAreKept) {
  Diagnostics d;
  GraphBuilder b(d);
  b.add_initiative(ini("MBO1", InitiativeKind::mbo, "ROC1"));
  b.add_initiative(ini("COE1", InitiativeKind::coe));
  b.add_organisation(org("ROC1", OrganisationType::mbo_school));
  auto coe = org("COE1-org", OrganisationType::coe);
  coe.initiative_id = "COE1";
  b.add_organisation(coe);
  b.add_participation({"MBO1", "COE1-org"});
  auto g = b.build();
  EXPECT_EQ(g.num_edges(), 2u);  // ROC1 as lead, COE1-org as partner
  ASSERT_EQ(g.initiative_links().size(), 1u);
  EXPECT_EQ(g.initiative_links()[0].from, *g.find_initiative("MBO1"));
  EXPECT_EQ(g.initiative_links()[0].to, *g.find_initiative("COE1"));
  EXPECT_EQ(b.summary().leads_added, 1u);
}

TEST(CsrGraph, RejectsSelfLoops) {
  std::vector<WeightedEdge> e{{0, 0, 1.0}};
  EXPECT_THROW(CsrGraph::from_edges(1, e), std::invalid_argument);
}

TEST(GraphBuilder, AliasMergesWhateverTheOrderOfTheRecords) {
  // The aliased record (O1) comes before its canonical one (O3): merged in build(), participations follow.
  Diagnostics d;
  GraphBuilder b(d);
  b.add_alias("O1", "O3");
  b.add_alias("ghost", "NOPE");
  b.add_initiative(ini("P1", InitiativeKind::mbo));
  b.add_organisation(org("O1", OrganisationType::company));
  b.add_organisation(org("O2", OrganisationType::company));
  b.add_organisation(org("O3", OrganisationType::mbo_school));
  b.add_participation({"P1", "O1"});
  b.add_participation({"P1", "O2"});
  auto g = b.build();
  EXPECT_EQ(g.num_organisations(), 2u);  // O2 and O3 (with O1 merged in)
  EXPECT_EQ(d.count(DiagnosticKind::merged_organisation), 1u);
  EXPECT_NE(d.items()[0].message.find("types differ"), std::string::npos) << d.items()[0].message;
  ASSERT_TRUE(g.find_organisation("O1"));
  EXPECT_EQ(g.find_organisation("O1"), g.find_organisation("O3"));
  EXPECT_EQ(g.organisation(*g.find_organisation("O1")).id, "O3");
  EXPECT_EQ(g.num_edges(), 2u);  // P1-O3 (via O1) and P1-O2
  EXPECT_EQ(d.count(DiagnosticKind::unknown_organisation), 1u);  // the alias to NOPE
}

TEST(GraphBuilder, CyclicAliasesMergeOnce) {
  Diagnostics d;
  GraphBuilder b(d);
  b.add_alias("A", "B");
  b.add_alias("B", "A");
  b.add_organisation(org("A", OrganisationType::company));
  b.add_organisation(org("B", OrganisationType::company));
  auto g = b.build();
  EXPECT_EQ(g.num_organisations(), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::merged_organisation), 1u);
}

TEST(GraphBuilder, UnknownLeadIsReportedAtTheInitiativesRow) {
  Diagnostics d;
  GraphBuilder b(d);
  b.add_initiative(ini("P1", InitiativeKind::mbo, "NOPE"), {"initiatives.csv", 4});
  b.build();
  ASSERT_EQ(d.count(DiagnosticKind::unknown_organisation), 1u);
  EXPECT_EQ(d.items()[0].format().rfind("initiatives.csv:4: warning[unknown-organisation]: lead organisation", 0), 0u)
      << d.items()[0].format();
}

// organisation.initiative_id names an initiative that is not defined: warning unknown-link, nothing linked.
TEST(GraphBuilder, UnknownInitiativeOfAnOrganisationIsAnUnknownLinkWarning) {
  Diagnostics d;
  GraphBuilder b(d);
  ASSERT_TRUE(b.add_initiative(ini("P1", InitiativeKind::mbo)));
  auto coe = org("C", OrganisationType::coe);
  coe.initiative_id = "NO-SUCH";
  ASSERT_TRUE(b.add_organisation(coe));
  ASSERT_TRUE(b.add_participation({"P1", "C"}));
  const auto g = b.build();
  EXPECT_EQ(d.count(DiagnosticKind::unknown_link), 1u);
  EXPECT_EQ(d.error_count(), 0u);
  EXPECT_EQ(g.num_edges(), 1u);  // the participation is kept
}

// A CoE organisation that stands for initiative P2 and takes part in P2 itself: warning self-loop; it takes part
// in P1 too, which gives the one initiative link P1-P2.
TEST(GraphBuilder, OrganisationInItsOwnInitiativeIsASelfLoopWarning) {
  Diagnostics d;
  GraphBuilder b(d);
  ASSERT_TRUE(b.add_initiative(ini("P1", InitiativeKind::mbo)));
  ASSERT_TRUE(b.add_initiative(ini("P2", InitiativeKind::coe)));
  auto coe = org("C", OrganisationType::coe);
  coe.initiative_id = "P2";
  ASSERT_TRUE(b.add_organisation(coe));
  ASSERT_TRUE(b.add_participation({"P1", "C"}));
  ASSERT_TRUE(b.add_participation({"P2", "C"}));
  const auto g = b.build();
  EXPECT_EQ(d.count(DiagnosticKind::self_loop), 1u);
  EXPECT_EQ(g.num_edges(), 2u);
  ASSERT_EQ(g.initiative_links().size(), 1u);
  EXPECT_EQ(g.initiative_links()[0].from, 0u);
  EXPECT_EQ(g.initiative_links()[0].to, 1u);
}
