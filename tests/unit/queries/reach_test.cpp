// Regional and country reach on hand-built fixtures; expected values are worked out by hand in the comments.
// Neighbour facts used (CBS 2015 COROP map; docs/geography.md): Utrecht (CR17) borders Veluwe (CR13),
// Zuidwest-Gelderland (CR16) and Groot-Amsterdam (CR23); Oost-Groningen (CR01) borders none of CR17, CR23.
// Countries: BE and DE border NL; DE borders NL, FR, CH, BE; FR and GB are linked (Channel Tunnel);
// NL-FR, NL-GB, SE-CH are not neighbours; CH and GB are outside the EU.
#include <gtest/gtest.h>

#include <sstream>

#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/query/reach.hpp"

using namespace ppsnet;
using model::InitiativeKind;
using model::OrganisationType;
using query::ReachShares;

namespace {

model::Organisation org(std::string id, std::uint8_t corop, std::string country) {
  model::Organisation o;
  o.id = std::move(id);
  o.type = OrganisationType::company;
  o.location.corop = corop;
  o.location.country = std::move(country);
  return o;
}

model::Initiative ini(std::string id, std::uint8_t corop, std::uint8_t province, std::string lead = {},
                      std::string country = {}) {
  model::Initiative i;
  i.id = std::move(id);
  i.kind = InitiativeKind::mbo;
  i.location.corop = corop;
  i.location.province = province;
  i.location.country = std::move(country);
  i.lead_organisation_id = std::move(lead);
  return i;
}

void expect_shares(const std::optional<ReachShares>& got, ReachShares want) {
  ASSERT_TRUE(got.has_value());
  double sum = 0;
  for (std::size_t c = 0; c < 5; ++c) {
    EXPECT_NEAR((*got)[c], want[c], 1e-12) << "class " << c;
    sum += (*got)[c];
  }
  EXPECT_NEAR(sum, 1.0, 1e-12);
}

// Organisations: own (CR17, no country), own2 (CR17, "NL"), nb (CR13 Veluwe), nb2 (CR16 Zuidwest-Gelderland),
// far (CR01 Oost-Groningen), de (country DE, no COROP), be (country "be" lower case), unk (NL, no COROP).
// Initiatives:
//   R1 CR17 PV26: lead own; nb, far, de, unk            -> 1 own, 1 neighbour, 1 elsewhere, 1 abroad, 1 unknown
//   R2 CR17 (province not given): own (twice, two years), own2, nb2, be
//                                                       -> 4 distinct: 2 own, 1 neighbour, 0, 1 abroad, 0
//   R3 no location: own, de                             -> 1 unknown (no home region), 1 abroad
//   R4 CR23 (Groot-Amsterdam, so PV27): own, far        -> CR17 borders CR23: 1 neighbour; 1 elsewhere
//   R5 CR17 PV26, no participants                        -> no shares
model::PartnerGraph regional_fixture() {
  model::Diagnostics d;
  model::GraphBuilder b(d);
  b.add_organisation(org("own", 17, ""));
  b.add_organisation(org("own2", 17, "NL"));
  b.add_organisation(org("nb", 13, "NL"));
  b.add_organisation(org("nb2", 16, ""));
  b.add_organisation(org("far", 1, "NL"));
  b.add_organisation(org("de", 0, "DE"));
  b.add_organisation(org("be", 0, "be"));
  b.add_organisation(org("unk", 0, "NL"));
  b.add_initiative(ini("R1", 17, 26, "own"));
  b.add_initiative(ini("R2", 17, 0));
  b.add_initiative(ini("R3", 0, 0));
  b.add_initiative(ini("R4", 23, 0));
  b.add_initiative(ini("R5", 17, 26));
  for (const char* o : {"nb", "far", "de", "unk"}) EXPECT_TRUE(b.add_participation({"R1", o}));
  model::ParticipationRecord twice{"R2", "own"};
  twice.year = 2019;
  EXPECT_TRUE(b.add_participation(twice));
  twice.year = 2020;
  EXPECT_TRUE(b.add_participation(twice));
  for (const char* o : {"own2", "nb2", "be"}) EXPECT_TRUE(b.add_participation({"R2", o}));
  for (const char* o : {"own", "de"}) EXPECT_TRUE(b.add_participation({"R3", o}));
  for (const char* o : {"own", "far"}) EXPECT_TRUE(b.add_participation({"R4", o}));
  auto g = b.build();
  EXPECT_FALSE(d.has_errors());
  return g;
}

}  // namespace

TEST(RegionalReach, PerInitiativeSharesOfFiveClasses) {
  const auto r = query::regional_reach(regional_fixture());
  ASSERT_EQ(r.initiatives.size(), 5u);
  // R1: 5 distinct organisations, one in each class -> 1/5 each.
  EXPECT_EQ(r.initiatives[0].counts, (query::ReachCounts{1, 1, 1, 1, 1}));
  EXPECT_EQ(r.initiatives[0].home_corop, 17);
  expect_shares(r.initiatives[0].shares, {0.2, 0.2, 0.2, 0.2, 0.2});
  // R2: own counted once although it has two participations: 4 organisations, 2/4 own, 1/4 neighbour, 1/4 abroad.
  EXPECT_EQ(r.initiatives[1].organisations, 4u);
  expect_shares(r.initiatives[1].shares, {0.5, 0.25, 0, 0.25, 0});
  // R3: no home region: the Dutch partner is unknown, the German one abroad.
  EXPECT_EQ(r.initiatives[2].home_corop, 0);
  expect_shares(r.initiatives[2].shares, {0, 0, 0, 0.5, 0.5});
  // R4: home CR23; own (CR17) is a neighbouring region, far (CR01) elsewhere.
  expect_shares(r.initiatives[3].shares, {0, 0.5, 0.5, 0, 0});
  // R5: nothing to share.
  EXPECT_EQ(r.initiatives[4].organisations, 0u);
  EXPECT_FALSE(r.initiatives[4].shares.has_value());
}

TEST(RegionalReach, AggregatesPooledAndMean) {
  const auto r = query::regional_reach(regional_fixture());
  // Overall: 5 initiatives, 4 with organisations. Pooled counts: own 1+2 = 3, neighbour 1+1+1 = 3,
  // elsewhere 1+1 = 2, abroad 1+1+1 = 3, unknown 1+1 = 2; 13 participations.
  // Mean of the 4 share vectors: own (0.2+0.5+0+0)/4 = 0.175, neighbour (0.2+0.25+0+0.5)/4 = 0.2375,
  // elsewhere (0.2+0+0+0.5)/4 = 0.175, abroad (0.2+0.25+0.5+0)/4 = 0.2375, unknown (0.2+0+0.5+0)/4 = 0.175.
  EXPECT_EQ(r.overall.initiatives, 5u);
  EXPECT_EQ(r.overall.initiatives_with_organisations, 4u);
  EXPECT_EQ(r.overall.pooled_counts, (query::ReachCounts{3, 3, 2, 3, 2}));
  EXPECT_EQ(r.overall.participations, 13u);
  expect_shares(r.overall.pooled, {3.0 / 13, 3.0 / 13, 2.0 / 13, 3.0 / 13, 2.0 / 13});
  expect_shares(r.overall.mean, {0.175, 0.2375, 0.175, 0.2375, 0.175});

  // Per COROP region: CR17 (R1, R2, R5), CR23 (R4), unknown (R3).
  ASSERT_EQ(r.per_corop.size(), 3u);
  const auto& cr17 = r.per_corop[0];
  EXPECT_EQ(cr17.key, "CR17");
  EXPECT_EQ(cr17.name, "Utrecht");
  EXPECT_EQ(cr17.initiatives, 3u);
  EXPECT_EQ(cr17.initiatives_with_organisations, 2u);
  // Pooled R1 + R2: own 1+2, neighbour 1+1, elsewhere 1, abroad 1+1, unknown 1 of 9.
  expect_shares(cr17.pooled, {3.0 / 9, 2.0 / 9, 1.0 / 9, 2.0 / 9, 1.0 / 9});
  // Mean of R1 (0.2 each) and R2 (0.5, 0.25, 0, 0.25, 0).
  expect_shares(cr17.mean, {0.35, 0.225, 0.1, 0.225, 0.1});
  EXPECT_EQ(r.per_corop[1].key, "CR23");
  EXPECT_EQ(r.per_corop[1].name, "Groot-Amsterdam");
  expect_shares(r.per_corop[1].pooled, {0, 0.5, 0.5, 0, 0});
  EXPECT_EQ(r.per_corop[2].key, "unknown");
  expect_shares(r.per_corop[2].mean, {0, 0, 0, 0.5, 0.5});

  // Per province: R2 takes PV26 from CR17, R4 PV27 from CR23; same groups as above.
  ASSERT_EQ(r.per_province.size(), 3u);
  EXPECT_EQ(r.per_province[0].key, "PV26");
  EXPECT_EQ(r.per_province[0].initiatives, 3u);
  expect_shares(r.per_province[0].pooled, {3.0 / 9, 2.0 / 9, 1.0 / 9, 2.0 / 9, 1.0 / 9});
  EXPECT_EQ(r.per_province[1].name, "Noord-Holland");
  EXPECT_EQ(r.per_province[2].key, "unknown");
}

TEST(RegionalReach, EmptyRegionsOnRequest) {
  query::ReachOptions opt;
  opt.include_empty_regions = true;
  const auto r = query::regional_reach(regional_fixture(), opt);
  ASSERT_EQ(r.per_corop.size(), 41u);    // 40 regions + unknown
  ASSERT_EQ(r.per_province.size(), 13u); // 12 provinces + unknown
  EXPECT_EQ(r.per_corop[0].key, "CR01");
  EXPECT_EQ(r.per_corop[0].initiatives, 0u);
  EXPECT_FALSE(r.per_corop[0].pooled.has_value());
  EXPECT_FALSE(r.per_corop[0].mean.has_value());
  EXPECT_EQ(r.per_corop[16].key, "CR17");
  EXPECT_EQ(r.per_corop[16].initiatives, 3u);
}

namespace {

// Country fixture (CORDIS-like):
//   P1 coordinator nl (NL); nl2 (CR17, no country -> NL), be, fr, ch, unk (no country)
//        -> own 2, neighbour 1 (BE), elsewhere EU 1 (FR), outside EU 1 (CH), unknown 1: shares 2/6, 1/6 x4
//   P2 lead fr (role lead) but coordinator de: home DE; de, fr, nl, ch, be -> own 1, neighbours 4 (FR, NL, CH, BE)
//   P3 lead uk (country "UK" = GB, no coordinator): home GB; uk, nl -> own 1, elsewhere EU 1 (NL)
//   P4 nobody with a role, no location: home unknown; nl -> unknown 1
//   P5 nobody with a role, location country SE: nl (elsewhere EU), ch (outside EU) -> 1/2, 1/2
model::PartnerGraph country_fixture() {
  model::Diagnostics d;
  model::GraphBuilder b(d);
  b.add_organisation(org("nl", 0, "NL"));
  b.add_organisation(org("nl2", 17, ""));
  b.add_organisation(org("be", 0, "BE"));
  b.add_organisation(org("fr", 0, "FR"));
  b.add_organisation(org("ch", 0, "CH"));
  b.add_organisation(org("unk", 0, ""));
  b.add_organisation(org("de", 0, "DE"));
  b.add_organisation(org("uk", 0, "UK"));
  b.add_initiative(ini("P1", 0, 0));
  b.add_initiative(ini("P2", 0, 0, "fr"));
  b.add_initiative(ini("P3", 0, 0, "uk"));
  b.add_initiative(ini("P4", 0, 0));
  b.add_initiative(ini("P5", 0, 0, "", "SE"));
  model::ParticipationRecord coord{"P1", "nl"};
  coord.role = model::Role::coordinator;
  EXPECT_TRUE(b.add_participation(coord));
  for (const char* o : {"nl2", "be", "fr", "ch", "unk"}) EXPECT_TRUE(b.add_participation({"P1", o}));
  coord.initiative_id = "P2";
  coord.organisation_id = "de";
  EXPECT_TRUE(b.add_participation(coord));
  for (const char* o : {"nl", "ch", "be"}) EXPECT_TRUE(b.add_participation({"P2", o}));
  EXPECT_TRUE(b.add_participation({"P3", "nl"}));
  EXPECT_TRUE(b.add_participation({"P4", "nl"}));
  for (const char* o : {"nl", "ch"}) EXPECT_TRUE(b.add_participation({"P5", o}));
  auto g = b.build();
  EXPECT_FALSE(d.has_errors());
  return g;
}

}  // namespace

TEST(CountryReach, HomeIsTheCoordinatorsCountry) {
  const auto r = query::country_reach(country_fixture());
  ASSERT_EQ(r.initiatives.size(), 5u);
  EXPECT_EQ(r.initiatives[0].home_country, "NL");
  expect_shares(r.initiatives[0].shares, {2.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6});
  EXPECT_EQ(r.initiatives[1].home_country, "DE");  // coordinator preferred over the lead (fr)
  EXPECT_EQ(r.initiatives[1].counts, (query::ReachCounts{1, 4, 0, 0, 0}));
  EXPECT_EQ(r.initiatives[2].home_country, "GB");  // "UK" read as GB
  expect_shares(r.initiatives[2].shares, {0.5, 0, 0.5, 0, 0});
  EXPECT_EQ(r.initiatives[3].home_country, "");
  expect_shares(r.initiatives[3].shares, {0, 0, 0, 0, 1});
  EXPECT_EQ(r.initiatives[4].home_country, "SE");
  expect_shares(r.initiatives[4].shares, {0, 0, 0.5, 0.5, 0});
}

TEST(CountryReach, GroupsByHomeCountry) {
  const auto r = query::country_reach(country_fixture());
  // Groups in ISO order: DE (P2), GB (P3), NL (P1), SE (P5), then unknown (P4).
  ASSERT_EQ(r.per_country.size(), 5u);
  const std::vector<std::string> keys{"DE", "GB", "NL", "SE", "unknown"};
  for (std::size_t k = 0; k < keys.size(); ++k) EXPECT_EQ(r.per_country[k].key, keys[k]);
  EXPECT_EQ(r.per_country[0].name, "Germany");
  // Overall pooled counts: own 2+1+1 = 4, neighbour 1+4 = 5, EU 1+1+1 = 3, outside 1+1 = 2, unknown 1+1 = 2;
  // 6+5+2+1+2 = 16 participations.
  EXPECT_EQ(r.overall.pooled_counts, (query::ReachCounts{4, 5, 3, 2, 2}));
  EXPECT_EQ(r.overall.participations, 16u);
  // Mean of the five initiatives' shares: own (1/3 + 1/5 + 1/2 + 0 + 0)/5 = (31/30)/5 = 31/150;
  // neighbour (1/6 + 4/5)/5 = (29/30)/5 = 29/150; EU (1/6 + 1/2 + 1/2)/5 = (7/6)/5 = 35/150;
  // outside (1/6 + 1/2)/5 = (2/3)/5 = 20/150; unknown (1/6 + 1)/5 = (7/6)/5 = 35/150.
  expect_shares(r.overall.mean, {31.0 / 150, 29.0 / 150, 35.0 / 150, 20.0 / 150, 35.0 / 150});
}

TEST(Reach, TablesFormatSharesAsPercentages) {
  const auto g = regional_fixture();
  const auto tables = query::to_tables(g, query::regional_reach(g), query::ReachTableLevel::corop, true);
  ASSERT_EQ(tables.size(), 3u);
  EXPECT_EQ(tables[0].name, "reach_by_corop");
  EXPECT_EQ(tables[1].name, "reach_mean_by_corop");
  EXPECT_EQ(tables[2].name, "initiative_reach");
  ASSERT_EQ(tables[0].rows.size(), 4u);  // all, CR17, CR23, unknown
  std::ostringstream text;
  query::write_text(text, tables[0]);
  // CR17 row: 3 initiatives, 9 partners, 3/9 = 33.3%, 2/9 = 22.2%, 1/9 = 11.1%, 22.2%, 11.1%, own+neighbour 5/9 = 55.6%.
  EXPECT_NE(text.str().find("Utrecht"), std::string::npos);
  const std::string t = text.str();
  const auto line = t.substr(t.find("Utrecht"), t.find('\n', t.find("Utrecht")) - t.find("Utrecht"));
  std::istringstream fields(line);
  std::vector<std::string> f;
  for (std::string w; fields >> w;) f.push_back(w);
  EXPECT_EQ(f, (std::vector<std::string>{"Utrecht", "3", "9", "33.3%", "22.2%", "11.1%", "22.2%", "11.1%", "55.6%"}));
  std::ostringstream csv;
  query::write_csv(csv, tables[2]);
  // R5 has no partners: empty share fields.
  EXPECT_NE(csv.str().find("\nR5,R5,Utrecht,0,,,,,,0,0,0,0,0\n"), std::string::npos) << csv.str();

  const auto ct = query::to_tables(country_fixture(), query::country_reach(country_fixture()));
  ASSERT_EQ(ct.size(), 2u);
  EXPECT_EQ(ct[0].name, "reach_by_country");
  EXPECT_EQ(ct[0].rows.size(), 6u);  // all + 5 countries
}
