// Education-level links on a hand-built fixture; every expected value is worked out by hand in the comments.
#include <gtest/gtest.h>

#include <sstream>

#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/query/levels.hpp"

using namespace ppsnet;
using model::EducationLevel;
using model::InitiativeKind;
using model::OrganisationType;
using query::LevelCombination;

namespace {

model::Organisation org(std::string id, std::string name, OrganisationType t) {
  model::Organisation o;
  o.id = std::move(id);
  o.name = std::move(name);
  o.type = t;
  return o;
}

model::Initiative ini(std::string id, InitiativeKind k, std::string lead, std::uint8_t province, std::uint8_t corop,
                      std::vector<std::string> sectors) {
  model::Initiative i;
  i.id = std::move(id);
  i.kind = k;
  i.lead_organisation_id = std::move(lead);
  i.location.province = province;
  i.location.corop = corop;
  i.sectors = std::move(sectors);
  return i;
}

// Fixture (leads are given only through lead_organisation_id, so they take part only because the lead counts):
//   I1 mbo      PV27, sectors {Energie, Chemie}: lead roc1; hs1, co1          -> {mbo(kind), mbo, hbo} = mbo+hbo
//   I2 mbo      PV27, sectors {Energie}:          lead co1; co2               -> {mbo(kind)}           = mbo
//   I3 coe      CR17 (Utrecht, so PV26), no sector: lead hs2; uni1, roc2      -> {hbo, hbo, wo, mbo}   = mbo+hbo+wo
//   I4 fieldlab no location, {Chemie}:             vo1, roc1, hs1             -> vo+mbo+hbo
//   I5 mbo      PV26, no sector:                   lead roc2; uni1, vo1       -> vo+mbo+wo
//   I6 project  no location, no sector:            co2                        -> none
model::PartnerGraph fixture() {
  model::Diagnostics d;
  model::GraphBuilder b(d);
  b.add_organisation(org("roc1", "ROC A", OrganisationType::mbo_school));
  b.add_organisation(org("roc2", "ROC B", OrganisationType::mbo_school));
  b.add_organisation(org("hs1", "Hogeschool X", OrganisationType::hogeschool));
  b.add_organisation(org("hs2", "Hogeschool Y", OrganisationType::hogeschool));
  b.add_organisation(org("uni1", "Universiteit Z", OrganisationType::university));
  b.add_organisation(org("vo1", "Lyceum V", OrganisationType::vo_school));
  b.add_organisation(org("co1", "Bedrijf 1", OrganisationType::company));
  b.add_organisation(org("co2", "Bedrijf 2", OrganisationType::company));
  b.add_initiative(ini("I1", InitiativeKind::mbo, "roc1", 27, 0, {"Energie", "Chemie"}));
  b.add_initiative(ini("I2", InitiativeKind::mbo, "co1", 27, 0, {"Energie"}));
  b.add_initiative(ini("I3", InitiativeKind::coe, "hs2", 0, 17, {}));
  b.add_initiative(ini("I4", InitiativeKind::fieldlab, "", 0, 0, {"Chemie"}));
  b.add_initiative(ini("I5", InitiativeKind::mbo, "roc2", 26, 0, {}));
  b.add_initiative(ini("I6", InitiativeKind::project, "", 0, 0, {}));
  for (auto [i, o] : std::vector<std::pair<std::string, std::string>>{{"I1", "hs1"},  {"I1", "co1"},  {"I2", "co2"},
                                                                      {"I3", "uni1"}, {"I3", "roc2"}, {"I4", "vo1"},
                                                                      {"I4", "roc1"}, {"I4", "hs1"},  {"I5", "uni1"},
                                                                      {"I5", "vo1"},  {"I6", "co2"}})
    EXPECT_TRUE(b.add_participation({i, o}));
  auto g = b.build();
  EXPECT_FALSE(d.has_errors());
  return g;
}

query::LevelSet set(std::initializer_list<EducationLevel> ls) {
  query::LevelSet s;
  for (auto l : ls) s.add(l);
  return s;
}

std::size_t idx(LevelCombination c) { return static_cast<std::size_t>(c); }

void expect_counts(const query::LevelBreakdownRow& row, std::size_t n, std::array<std::size_t, 5> with,
                   std::size_t mbo, std::size_t mbo_without_hbo) {
  SCOPED_TRACE(row.key);
  EXPECT_EQ(row.initiatives, n);
  EXPECT_EQ(row.with, with);
  for (std::size_t c = 0; c < 5; ++c) EXPECT_DOUBLE_EQ(row.share[c], static_cast<double>(with[c]) / static_cast<double>(n));
  EXPECT_EQ(row.mbo_initiatives, mbo);
  EXPECT_EQ(row.mbo_without_hbo, mbo_without_hbo);
  if (mbo == 0) EXPECT_FALSE(row.mbo_without_hbo_share.has_value());
  else EXPECT_DOUBLE_EQ(*row.mbo_without_hbo_share, static_cast<double>(mbo_without_hbo) / static_cast<double>(mbo));
}

}  // namespace

TEST(Levels, LevelSetTextAndCombinations) {
  EXPECT_EQ(query::to_string(set({})), "none");
  EXPECT_EQ(query::to_string(set({EducationLevel::wo, EducationLevel::mbo})), "mbo+wo");
  EXPECT_EQ(query::to_string(set({EducationLevel::none})), "none");  // none is never stored
  EXPECT_EQ(query::levels_of(LevelCombination::mbo_hbo_wo), set({EducationLevel::mbo, EducationLevel::hbo, EducationLevel::wo}));
  EXPECT_EQ(query::to_string(LevelCombination::vo_mbo), "vo-mbo");
}

TEST(Levels, PerInitiativeLevelsCountTheLeadAndTheKind) {
  const auto g = fixture();
  const auto r = query::education_levels(g);
  ASSERT_EQ(r.initiatives.size(), 6u);
  using L = EducationLevel;
  EXPECT_EQ(r.initiatives[0].levels, set({L::mbo, L::hbo}));          // I1
  EXPECT_EQ(r.initiatives[1].levels, set({L::mbo}));                  // I2: the kind alone
  EXPECT_EQ(r.initiatives[2].levels, set({L::mbo, L::hbo, L::wo}));   // I3
  EXPECT_EQ(r.initiatives[3].levels, set({L::vo, L::mbo, L::hbo}));   // I4
  EXPECT_EQ(r.initiatives[4].levels, set({L::vo, L::mbo, L::wo}));    // I5
  EXPECT_EQ(r.initiatives[5].levels, set({}));                        // I6
  // I1's organisations by level: none (co1) 1, mbo (roc1, the lead) 1, hbo (hs1) 1.
  EXPECT_EQ(r.initiatives[0].organisations_by_level, (std::array<std::size_t, 5>{1, 0, 1, 1, 0}));
}

TEST(Levels, WithoutTheKindOnlyOrganisationsCount) {
  const auto g = fixture();
  query::LevelsOptions opt;
  opt.initiative_kind_counts = false;
  const auto r = query::education_levels(g, opt);
  using L = EducationLevel;
  EXPECT_EQ(r.initiatives[1].levels, set({}));                        // I2: two companies only
  EXPECT_EQ(r.initiatives[2].levels, set({L::mbo, L::hbo, L::wo}));   // I3: hbo from the lead hs2
  EXPECT_EQ(r.initiatives[4].levels, set({L::vo, L::mbo, L::wo}));    // I5: mbo from the lead roc2
  // I2 had no combination either way, so the totals are unchanged: mbo-hbo in I1, I3, I4.
  EXPECT_EQ(r.overall.with[idx(LevelCombination::mbo_hbo)], 3u);
}

TEST(Levels, OverallCombinationCountsAndMboWithoutHbo) {
  const auto r = query::education_levels(fixture());
  // Combination membership (a combination counts when all its levels are present):
  //          mbo-hbo hbo-wo mbo-wo mbo-hbo-wo vo-mbo
  //   I1       x
  //   I2
  //   I3       x       x      x        x
  //   I4       x                                x
  //   I5                      x                 x
  //   I6
  //   total    3       1      2        1        2   of 6 -> shares 1/2, 1/6, 1/3, 1/6, 1/3
  // mbo initiatives I1, I2, I5; without hbo: I2, I5 -> 2 of 3.
  expect_counts(r.overall, 6, {3, 1, 2, 1, 2}, 3, 2);
  EXPECT_EQ(r.overall.key, "all");
  EXPECT_DOUBLE_EQ(r.overall.share[idx(LevelCombination::mbo_hbo)], 0.5);
  EXPECT_DOUBLE_EQ(*r.overall.mbo_without_hbo_share, 2.0 / 3.0);
}

TEST(Levels, BreakdownByKind) {
  const auto r = query::education_levels(fixture());
  ASSERT_EQ(r.by_kind.size(), 4u);  // mbo, coe, fieldlab, project (no "other")
  EXPECT_EQ(r.by_kind[0].key, "mbo");
  expect_counts(r.by_kind[0], 3, {1, 0, 1, 0, 1}, 3, 2);  // I1 mbo-hbo; I5 mbo-wo, vo-mbo
  EXPECT_EQ(r.by_kind[1].key, "coe");
  expect_counts(r.by_kind[1], 1, {1, 1, 1, 1, 0}, 0, 0);  // I3
  EXPECT_EQ(r.by_kind[2].key, "fieldlab");
  expect_counts(r.by_kind[2], 1, {1, 0, 0, 0, 1}, 0, 0);  // I4
  EXPECT_EQ(r.by_kind[3].key, "project");
  expect_counts(r.by_kind[3], 1, {0, 0, 0, 0, 0}, 0, 0);  // I6
}

TEST(Levels, BreakdownByProvinceDerivesTheProvinceFromTheCorop) {
  const auto r = query::education_levels(fixture());
  ASSERT_EQ(r.by_province.size(), 3u);
  // PV26 Utrecht: I3 (from CR17 Utrecht) and I5. mbo-hbo I3; hbo-wo I3; mbo-wo I3, I5; chain I3; vo-mbo I5.
  EXPECT_EQ(r.by_province[0].key, "PV26");
  EXPECT_EQ(r.by_province[0].name, "Utrecht");
  expect_counts(r.by_province[0], 2, {1, 1, 2, 1, 1}, 1, 1);
  // PV27 Noord-Holland: I1, I2. mbo-hbo I1; mbo initiatives both, I2 without hbo.
  EXPECT_EQ(r.by_province[1].name, "Noord-Holland");
  expect_counts(r.by_province[1], 2, {1, 0, 0, 0, 0}, 2, 1);
  // unknown: I4, I6.
  EXPECT_EQ(r.by_province[2].key, "unknown");
  expect_counts(r.by_province[2], 2, {1, 0, 0, 0, 1}, 0, 0);
}

TEST(Levels, BreakdownBySectorCountsEverySector) {
  const auto r = query::education_levels(fixture());
  ASSERT_EQ(r.by_sector.size(), 3u);
  // Chemie: I1, I4. mbo-hbo both; vo-mbo I4; mbo initiatives I1 (has hbo) -> 0 of 1.
  EXPECT_EQ(r.by_sector[0].key, "Chemie");
  expect_counts(r.by_sector[0], 2, {2, 0, 0, 0, 1}, 1, 0);
  // Energie: I1, I2 (I1 counted in both sectors).
  EXPECT_EQ(r.by_sector[1].key, "Energie");
  expect_counts(r.by_sector[1], 2, {1, 0, 0, 0, 0}, 2, 1);
  // (no sector): I3, I5, I6.
  EXPECT_EQ(r.by_sector[2].name, "(no sector)");
  expect_counts(r.by_sector[2], 3, {1, 1, 2, 1, 1}, 1, 1);
}

TEST(Levels, InstitutionPairsByCountThenName) {
  const auto g = fixture();
  const auto r = query::education_levels(g);
  // Pairs of institutions of different levels per initiative (lower level first):
  //   I1: ROC A-Hogeschool X
  //   I3: ROC B-Hogeschool Y, Hogeschool Y-Universiteit Z, ROC B-Universiteit Z
  //   I4: Lyceum V-ROC A, Lyceum V-Hogeschool X, ROC A-Hogeschool X
  //   I5: ROC B-Universiteit Z, Lyceum V-ROC B, Lyceum V-Universiteit Z
  // Shared 2: ROC A-Hogeschool X (I1, I4), ROC B-Universiteit Z (I3, I5); the other six share 1.
  // Ties by the first institution's name, then the second's (byte order: "Hogeschool" < "Lyceum" < "ROC").
  const std::vector<std::pair<std::string, std::string>> expected{
      {"ROC A", "Hogeschool X"},  {"ROC B", "Universiteit Z"}, {"Hogeschool Y", "Universiteit Z"},
      {"Lyceum V", "Hogeschool X"}, {"Lyceum V", "ROC A"},      {"Lyceum V", "ROC B"},
      {"Lyceum V", "Universiteit Z"}, {"ROC B", "Hogeschool Y"}};
  ASSERT_EQ(r.institution_pairs.size(), expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    SCOPED_TRACE(k);
    EXPECT_EQ(g.label(r.institution_pairs[k].a), expected[k].first);
    EXPECT_EQ(g.label(r.institution_pairs[k].b), expected[k].second);
    EXPECT_LT(r.institution_pairs[k].level_a, r.institution_pairs[k].level_b);
  }
  EXPECT_EQ(r.institution_pairs[0].initiatives, (std::vector<model::NodeId>{0, 3}));  // I1, I4
  EXPECT_EQ(r.institution_pairs[1].initiatives, (std::vector<model::NodeId>{2, 4}));  // I3, I5
  EXPECT_EQ(r.institution_pairs[2].initiatives.size(), 1u);

  query::LevelsOptions opt;
  opt.min_shared = 2;
  EXPECT_EQ(query::education_levels(g, opt).institution_pairs.size(), 2u);
  opt.min_shared = 0;
  EXPECT_THROW(query::education_levels(g, opt), std::invalid_argument);
}

TEST(Levels, SameLevelInstitutionsAreNoPair) {
  model::Diagnostics d;
  model::GraphBuilder b(d);
  b.add_organisation(org("a", "A", OrganisationType::hogeschool));
  b.add_organisation(org("b", "B", OrganisationType::coe));  // a CoE is hbo too
  b.add_initiative(ini("X", InitiativeKind::other, "", 0, 0, {}));
  b.add_participation({"X", "a"});
  b.add_participation({"X", "b"});
  const auto r = query::education_levels(b.build());
  EXPECT_TRUE(r.institution_pairs.empty());
  EXPECT_EQ(query::to_string(r.initiatives[0].levels), "hbo");
}

TEST(Levels, EmptyGraph) {
  const auto r = query::education_levels(model::PartnerGraph{});
  EXPECT_EQ(r.overall.initiatives, 0u);
  EXPECT_TRUE(r.by_kind.empty());
  EXPECT_FALSE(r.overall.mbo_without_hbo_share.has_value());
}

TEST(Levels, TablesShowSharesWithOneDecimal) {
  const auto g = fixture();
  const auto tables = query::to_tables(g, query::education_levels(g), query::LevelGrouping::kind, 1, true);
  ASSERT_EQ(tables.size(), 3u);
  EXPECT_EQ(tables[0].name, "levels_by_kind");
  ASSERT_EQ(tables[0].rows.size(), 5u);  // all + 4 kinds
  std::ostringstream text;
  query::write_text(text, tables[0]);
  // Overall row: 6 initiatives, mbo-hbo 3/6 = 50.0%, hbo-wo 1/6 = 16.7%, mbo-wo 2/6 = 33.3%, chain 16.7%,
  // vo-mbo 33.3%, 3 mbo initiatives, 2 of 3 without hbo = 66.7%.
  // Column widths are those of the headers (all cells are narrower), numbers right-aligned, two spaces between:
  // "Kind" is as wide as "all initiatives" (15), "Initiatives" 11, "mbo-hbo %" 9, "hbo-wo %" 8, "mbo-wo %" 8,
  // "mbo-hbo-wo %" 12, "vo-mbo %" 8, "mbo initiatives" 15, "mbo without hbo %" 17.
  const std::string all_row = std::string("all initiatives") + "  " + std::string(10, ' ') + "6" + "  " +
                              "    50.0%" + "  " + "   16.7%" + "  " + "   33.3%" + "  " + "       16.7%" + "  " +
                              "   33.3%" + "  " + std::string(14, ' ') + "3" + "  " + std::string(12, ' ') + "66.7%\n";
  EXPECT_NE(text.str().find(all_row), std::string::npos) << text.str();
  std::ostringstream csv;
  query::write_csv(csv, tables[0]);
  EXPECT_EQ(csv.str().substr(0, csv.str().find('\n')),
            "kind,initiatives,mbo_hbo,mbo_hbo_share,hbo_wo,hbo_wo_share,mbo_wo,mbo_wo_share,mbo_hbo_wo,"
            "mbo_hbo_wo_share,vo_mbo,vo_mbo_share,mbo_initiatives,mbo_without_hbo,mbo_without_hbo_share");
  EXPECT_NE(csv.str().find("\ncoe,1,1,1,1,1,1,1,1,1,0,0,0,0,\n"), std::string::npos) << csv.str();
  EXPECT_EQ(tables[1].name, "institution_pairs");
  EXPECT_EQ(tables[1].rows.size(), 1u);  // top 1
  std::ostringstream pairs;
  query::write_csv(pairs, tables[1]);
  // The top pair: ROC A (roc1, mbo) and Hogeschool X (hs1, hbo) share I1 and I4.
  EXPECT_EQ(pairs.str(),
            "institution_a,level_a,institution_b,level_b,shared_initiatives,id_a,id_b,initiatives\n"
            "ROC A,mbo,Hogeschool X,hbo,2,roc1,hs1,I1;I4\n");
  EXPECT_EQ(tables[2].name, "initiative_levels");
  EXPECT_EQ(tables[2].rows.size(), 6u);
}
