// Involvement rankings and partner distributions on a hand-built fixture; expected values worked out by hand.
#include <gtest/gtest.h>

#include <sstream>

#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/query/involvement.hpp"

using namespace ppsnet;
using model::InitiativeKind;
using model::OrganisationType;

namespace {

model::Organisation org(std::string id, std::string name, OrganisationType t) {
  model::Organisation o;
  o.id = std::move(id);
  o.name = std::move(name);
  o.type = t;
  return o;
}

model::Initiative ini(std::string id, InitiativeKind k, std::string lead = {}) {
  model::Initiative i;
  i.id = std::move(id);
  i.kind = k;
  i.lead_organisation_id = std::move(lead);
  return i;
}

// Initiatives and their distinct partners:
//   M1 mbo: Fontys, Inholland, Hogeschool Rotterdam, Bedrijf A                       (4)
//   M2 mbo: Fontys (two participations), Inholland, Hogeschool Rotterdam, Bedrijf A, Bedrijf B   (5)
//   M3 mbo: Fontys, Inholland, Zuyd, ROC X                                           (4)
//   M4 mbo: Bedrijf B, lead ROC X (only through lead_organisation_id)                (2)
//   C1 coe: Zuyd, TU Delft, Bedrijf A                                                (3)
// Avans takes part in nothing.
model::PartnerGraph fixture() {
  model::Diagnostics d;
  model::GraphBuilder b(d);
  b.add_organisation(org("fon", "Fontys", OrganisationType::hogeschool));
  b.add_organisation(org("inh", "Inholland", OrganisationType::hogeschool));
  b.add_organisation(org("hr", "Hogeschool Rotterdam", OrganisationType::hogeschool));
  b.add_organisation(org("zuyd", "Zuyd", OrganisationType::hogeschool));
  b.add_organisation(org("avans", "Avans", OrganisationType::hogeschool));
  b.add_organisation(org("tud", "TU Delft", OrganisationType::university));
  b.add_organisation(org("rocx", "ROC X", OrganisationType::mbo_school));
  b.add_organisation(org("coa", "Bedrijf A", OrganisationType::company));
  b.add_organisation(org("cob", "Bedrijf B", OrganisationType::company));
  b.add_initiative(ini("M1", InitiativeKind::mbo));
  b.add_initiative(ini("M2", InitiativeKind::mbo));
  b.add_initiative(ini("M3", InitiativeKind::mbo));
  b.add_initiative(ini("M4", InitiativeKind::mbo, "rocx"));
  b.add_initiative(ini("C1", InitiativeKind::coe));
  for (const char* o : {"fon", "inh", "hr", "coa"}) EXPECT_TRUE(b.add_participation({"M1", o}));
  model::ParticipationRecord p{"M2", "fon"};
  p.year = 2018;
  EXPECT_TRUE(b.add_participation(p));
  p.year = 2019;
  EXPECT_TRUE(b.add_participation(p));
  for (const char* o : {"inh", "hr", "coa", "cob"}) EXPECT_TRUE(b.add_participation({"M2", o}));
  for (const char* o : {"fon", "inh", "zuyd", "rocx"}) EXPECT_TRUE(b.add_participation({"M3", o}));
  EXPECT_TRUE(b.add_participation({"M4", "cob"}));
  for (const char* o : {"zuyd", "tud", "coa"}) EXPECT_TRUE(b.add_participation({"C1", o}));
  auto g = b.build();
  EXPECT_FALSE(d.has_errors());
  return g;
}

struct Expected {
  std::string name;
  std::size_t initiatives, rank;
};

void expect_ranking(const model::PartnerGraph& g, const query::InvolvementRanking& r, const std::vector<Expected>& want) {
  ASSERT_EQ(r.entries.size(), want.size());
  for (std::size_t k = 0; k < want.size(); ++k) {
    SCOPED_TRACE(k);
    EXPECT_EQ(g.label(r.entries[k].organisation), want[k].name);
    EXPECT_EQ(r.entries[k].initiatives, want[k].initiatives);
    EXPECT_EQ(r.entries[k].rank, want[k].rank);
  }
}

}  // namespace

TEST(Involvement, HogescholenInMboInitiativesWithTiesByName) {
  const auto g = fixture();
  query::InvolvementOptions opt;
  opt.kind = InitiativeKind::mbo;
  opt.types = {OrganisationType::hogeschool};
  const auto r = query::involvement(g, opt);
  ASSERT_EQ(r.rankings.size(), 1u);
  // mbo initiatives: Fontys M1 M2 M3 (3; M2 once despite two participations), Inholland M1 M2 M3 (3),
  // Hogeschool Rotterdam M1 M2 (2), Zuyd M3 (1; C1 is a CoE). Avans: none, not listed.
  // Competition ranks 1, 1, 3, 4; the tie Fontys/Inholland in name order.
  EXPECT_EQ(r.rankings[0].organisations, 4u);
  expect_ranking(g, r.rankings[0], {{"Fontys", 3, 1}, {"Inholland", 3, 1}, {"Hogeschool Rotterdam", 2, 3}, {"Zuyd", 1, 4}});
}

TEST(Involvement, TopKeepsTiesWithTheLastEntry) {
  const auto g = fixture();
  query::InvolvementOptions opt;
  opt.kind = InitiativeKind::mbo;
  opt.types = {OrganisationType::hogeschool};
  opt.top = 1;  // Inholland ties with Fontys, so both stay
  auto r = query::involvement(g, opt);
  expect_ranking(g, r.rankings[0], {{"Fontys", 3, 1}, {"Inholland", 3, 1}});
  EXPECT_EQ(r.rankings[0].organisations, 4u);
  opt.top = 3;
  r = query::involvement(g, opt);
  EXPECT_EQ(r.rankings[0].entries.size(), 3u);
}

TEST(Involvement, AllKindsThenEachKind) {
  const auto g = fixture();
  const auto r = query::involvement(g);  // default types: university, hogeschool, mbo-school, company
  ASSERT_EQ(r.rankings.size(), 12u);     // (all, mbo, coe) x 4 types
  EXPECT_FALSE(r.rankings[0].kind.has_value());
  EXPECT_EQ(r.rankings[0].type, OrganisationType::university);
  // All initiatives, hogescholen: Fontys 3, Inholland 3, Hogeschool Rotterdam 2 (M1 M2), Zuyd 2 (M3 C1).
  expect_ranking(g, r.rankings[1], {{"Fontys", 3, 1}, {"Inholland", 3, 1}, {"Hogeschool Rotterdam", 2, 3}, {"Zuyd", 2, 3}});
  // All initiatives, mbo schools: ROC X in M3 and M4 (the lead counts).
  expect_ranking(g, r.rankings[2], {{"ROC X", 2, 1}});
  // All initiatives, companies: Bedrijf A M1 M2 C1 (3), Bedrijf B M2 M4 (2).
  expect_ranking(g, r.rankings[3], {{"Bedrijf A", 3, 1}, {"Bedrijf B", 2, 2}});
  // mbo, universities: TU Delft only in the CoE -> empty ranking, still listed.
  EXPECT_EQ(r.rankings[4].kind, InitiativeKind::mbo);
  EXPECT_TRUE(r.rankings[4].entries.empty());
  // mbo, companies: Bedrijf A M1 M2 (2), Bedrijf B M2 M4 (2): tie, by name.
  expect_ranking(g, r.rankings[7], {{"Bedrijf A", 2, 1}, {"Bedrijf B", 2, 1}});
  // coe, universities: TU Delft 1.
  EXPECT_EQ(r.rankings[8].kind, InitiativeKind::coe);
  expect_ranking(g, r.rankings[8], {{"TU Delft", 1, 1}});
}

TEST(Involvement, SameNameTiesByExternalId) {
  model::Diagnostics d;
  model::GraphBuilder b(d);
  b.add_organisation(org("k2", "Bakker", OrganisationType::company));
  b.add_organisation(org("k1", "Bakker", OrganisationType::company));
  b.add_initiative(ini("X", InitiativeKind::other));
  b.add_participation({"X", "k2"});
  b.add_participation({"X", "k1"});
  const auto g = b.build();
  query::InvolvementOptions opt;
  opt.types = {OrganisationType::company};
  const auto r = query::involvement(g, opt);
  ASSERT_EQ(r.rankings[0].entries.size(), 2u);
  EXPECT_EQ(g.external_id(r.rankings[0].entries[0].organisation), "k1");
  EXPECT_EQ(g.external_id(r.rankings[0].entries[1].organisation), "k2");
}

TEST(Involvement, PartnerDistributionPerKind) {
  const auto r = query::involvement(fixture());
  ASSERT_EQ(r.partners.size(), 3u);  // all, mbo, coe
  // All: sorted 2, 3, 4, 4, 5; mean 18/5 = 3.6. Type 7 positions (n-1)p = 1, 2, 3 -> q1 3, median 4, q3 4.
  const auto& all = r.partners[0];
  EXPECT_FALSE(all.kind.has_value());
  EXPECT_EQ(all.initiatives, 5u);
  EXPECT_EQ(all.total, 18u);
  EXPECT_DOUBLE_EQ(all.mean, 3.6);
  EXPECT_DOUBLE_EQ(all.min, 2);
  EXPECT_DOUBLE_EQ(all.q1, 3);
  EXPECT_DOUBLE_EQ(all.median, 4);
  EXPECT_DOUBLE_EQ(all.q3, 4);
  EXPECT_DOUBLE_EQ(all.max, 5);
  // mbo: sorted 2, 4, 4, 5; mean 15/4 = 3.75. Positions 0.75, 1.5, 2.25:
  // q1 = 2 + 0.75 (4 - 2) = 3.5; median = 4 + 0.5 (4 - 4) = 4; q3 = 4 + 0.25 (5 - 4) = 4.25.
  const auto& mbo = r.partners[1];
  EXPECT_EQ(mbo.kind, InitiativeKind::mbo);
  EXPECT_DOUBLE_EQ(mbo.mean, 3.75);
  EXPECT_DOUBLE_EQ(mbo.q1, 3.5);
  EXPECT_DOUBLE_EQ(mbo.median, 4);
  EXPECT_DOUBLE_EQ(mbo.q3, 4.25);
  // coe: the single value 3.
  EXPECT_DOUBLE_EQ(r.partners[2].q1, 3);
  EXPECT_DOUBLE_EQ(r.partners[2].max, 3);
}

TEST(Involvement, QuantileType7) {
  // R: quantile(c(1, 2, 3, 4), 0.1) = 1 + 0.3 * (2 - 1) = 1.3 (position (4-1) * 0.1 = 0.3).
  EXPECT_DOUBLE_EQ(query::quantile_type7({1, 2, 3, 4}, 0.1), 1.3);
  EXPECT_DOUBLE_EQ(query::quantile_type7({1, 2, 3, 4}, 1.0), 4);
  EXPECT_DOUBLE_EQ(query::quantile_type7({7}, 0.5), 7);
  EXPECT_THROW(query::quantile_type7({}, 0.5), std::invalid_argument);
  EXPECT_THROW(query::quantile_type7({1}, 1.5), std::invalid_argument);
}

TEST(Involvement, Tables) {
  const auto g = fixture();
  query::InvolvementOptions opt;
  opt.kind = InitiativeKind::mbo;
  opt.types = {OrganisationType::hogeschool};
  const auto r = query::involvement(g, opt);
  const auto tables = query::to_tables(g, r);
  ASSERT_EQ(tables.size(), 2u);
  std::ostringstream csv;
  query::write_csv(csv, tables[0]);
  EXPECT_EQ(csv.str(),
            "kind,type,rank,organisation,id,initiatives\n"
            "mbo,hogeschool,1,Fontys,fon,3\n"
            "mbo,hogeschool,1,Inholland,inh,3\n"
            "mbo,hogeschool,3,Hogeschool Rotterdam,hr,2\n"
            "mbo,hogeschool,4,Zuyd,zuyd,1\n");
  std::ostringstream dist;
  query::write_csv(dist, tables[1]);
  EXPECT_EQ(dist.str(), "kind,initiatives,mean,min,q1,median,q3,max\nmbo,4,3.75,2,3.5,4,4.25,5\n");
  const auto rt = query::ranking_table(g, r.rankings[0]);
  EXPECT_EQ(rt.name, "involvement_mbo_hogeschool");
  EXPECT_EQ(rt.title, "Most involved hogescholen in mbo initiatives");
}
