// ppsnet diff on the hand-computed fixtures tests/data/diff/old and new (every expected number is worked out in
// tests/data/diff/README.md; the key steps are repeated in the comments) and on small graphs built here.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "ppsnet/import/dataset.hpp"
#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/query/diff.hpp"

using namespace ppsnet;
using model::OrganisationType;
using query::LevelCombination;
using query::MatchKey;

namespace {

const std::string kData = std::string(PPSNET_TEST_DATA_DIR) + "/diff/";

model::PartnerGraph load(const std::string& name) {
  auto r = import::load_dataset(kData + name, {});
  EXPECT_EQ(r.diagnostics.error_count(), 0u) << name;
  return std::move(r.graph);
}

std::size_t t(OrganisationType type) { return static_cast<std::size_t>(type); }
std::size_t c(LevelCombination comb) { return static_cast<std::size_t>(comb); }

std::vector<std::string> ids(const model::PartnerGraph& g, const std::vector<query::DiffEntry>& v) {
  std::vector<std::string> out;
  for (const auto& e : v) out.push_back(g.external_id(e.node));
  return out;
}

class DiffFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    old_g = new model::PartnerGraph(load("old"));
    new_g = new model::PartnerGraph(load("new"));
    r = new query::DiffResult(query::diff(*old_g, *new_g));
  }
  static void TearDownTestSuite() {
    delete r;
    delete new_g;
    delete old_g;
  }
  static model::PartnerGraph* old_g;
  static model::PartnerGraph* new_g;
  static query::DiffResult* r;
};
model::PartnerGraph* DiffFixture::old_g = nullptr;
model::PartnerGraph* DiffFixture::new_g = nullptr;
query::DiffResult* DiffFixture::r = nullptr;

TEST_F(DiffFixture, MatchingUsesKvkThenBrinThenId) {
  const auto& m = r->matching;
  // KvK: kvk-11111111 = c1 (re-keyed id). BRIN: roc-a = roc1, hs1 = hs1. id: c3, gov1.
  EXPECT_EQ(m.matched_by[static_cast<std::size_t>(MatchKey::kvk)], 1u);
  EXPECT_EQ(m.matched_by[static_cast<std::size_t>(MatchKey::brin)], 2u);
  EXPECT_EQ(m.matched_by[static_cast<std::size_t>(MatchKey::pic)], 0u);
  EXPECT_EQ(m.matched_by[static_cast<std::size_t>(MatchKey::id)], 2u);
  auto old_of = [&](const char* new_id) {
    const auto v = *new_g->find_organisation(new_id);
    const auto o = m.old_of_new[v - new_g->num_initiatives()];
    return o == model::kNoNode ? std::string("-") : old_g->external_id(o);
  };
  EXPECT_EQ(old_of("kvk-11111111"), "c1");
  EXPECT_EQ(old_of("roc-a"), "roc1");
  EXPECT_EQ(old_of("c3"), "c3");
  // Same id "c2" but KvK 22222222 (old) vs 55555555 (new): two different organisations.
  EXPECT_EQ(old_of("c2"), "-");
  // Old uni1 has no participation: not matched, so new uni1 counts as added.
  EXPECT_EQ(old_of("uni1"), "-");
  EXPECT_EQ(*m.key_of_new[*new_g->find_organisation("kvk-11111111") - new_g->num_initiatives()], MatchKey::kvk);
}

TEST_F(DiffFixture, SummaryCounts) {
  // Organisations 7 -> 9, kept 5, added 4, lost 2; growth 2/7*100.
  EXPECT_EQ(r->organisations.old_count, 7u);
  EXPECT_EQ(r->organisations.new_count, 9u);
  EXPECT_EQ(r->organisations.kept, 5u);
  EXPECT_EQ(r->organisations.added, 4u);
  EXPECT_EQ(r->organisations.lost, 2u);
  EXPECT_DOUBLE_EQ(*r->organisations.growth_percent(), 200.0 / 7.0);
  EXPECT_EQ(r->old_inactive, 2u);  // uni1, idle
  EXPECT_EQ(r->new_inactive, 0u);
  // Companies c1, c2, c3 -> kvk-11111111, c2', c3, c4: growth 1/3*100.
  const auto& co = r->by_type[t(OrganisationType::company)];
  EXPECT_EQ(co.old_count, 3u);
  EXPECT_EQ(co.new_count, 4u);
  EXPECT_EQ(co.kept, 2u);
  EXPECT_EQ(co.added, 2u);
  EXPECT_EQ(co.lost, 1u);
  EXPECT_DOUBLE_EQ(*co.growth_percent(), 100.0 / 3.0);
  // mbo schools roc1, roc2 -> roc-a: -50%. Universities 0 -> 1: growth undefined.
  EXPECT_DOUBLE_EQ(*r->by_type[t(OrganisationType::mbo_school)].growth_percent(), -50.0);
  EXPECT_FALSE(r->by_type[t(OrganisationType::university)].growth_percent().has_value());
  EXPECT_EQ(r->by_type[t(OrganisationType::university)].added, 1u);
  EXPECT_EQ(r->by_type[t(OrganisationType::vo_school)].added, 1u);
  EXPECT_EQ(r->type_changed, 0u);
  // Initiatives P1-P4 -> P1-P3, P5.
  EXPECT_EQ(r->initiatives.kept, 3u);
  EXPECT_EQ(r->initiatives.added, 1u);
  EXPECT_EQ(r->initiatives.lost, 1u);
  EXPECT_DOUBLE_EQ(*r->initiatives.growth_percent(), 0.0);
  // Links 11 -> 15: kept P1 3 + P2 2 + P3 3 = 8.
  EXPECT_EQ(r->links.old_count, 11u);
  EXPECT_EQ(r->links.new_count, 15u);
  EXPECT_EQ(r->links.kept, 8u);
  EXPECT_EQ(r->links.added, 7u);
  EXPECT_EQ(r->links.lost, 3u);
  // Participations: 9 rows + 3 leads; 11 rows + 4 leads.
  EXPECT_EQ(r->old_participations, 12u);
  EXPECT_EQ(r->new_participations, 15u);
}

TEST_F(DiffFixture, LevelLinks) {
  const auto& mh = r->level_links[c(LevelCombination::mbo_hbo)];
  // mbo-hbo: old P1, P3; new P1, P2; gained P2; lost P3 (roc2 gone).
  EXPECT_EQ(mh.old_count, 2u);
  EXPECT_EQ(mh.new_count, 2u);
  EXPECT_EQ(mh.gained, 1u);
  EXPECT_EQ(mh.lost, 1u);
  ASSERT_EQ(mh.gained_initiatives.size(), 1u);
  EXPECT_EQ(new_g->external_id(mh.gained_initiatives[0]), "P2");
  ASSERT_EQ(mh.lost_initiatives.size(), 1u);
  EXPECT_EQ(new_g->external_id(mh.lost_initiatives[0]), "P3");
  // hbo-wo, mbo-wo, mbo-hbo-wo: 0 -> 1, gained by P1.
  for (auto comb : {LevelCombination::hbo_wo, LevelCombination::mbo_wo, LevelCombination::mbo_hbo_wo}) {
    const auto& lc = r->level_links[c(comb)];
    EXPECT_EQ(lc.old_count, 0u);
    EXPECT_EQ(lc.new_count, 1u);
    EXPECT_EQ(lc.gained, 1u);
    EXPECT_EQ(lc.in_added, 0u);
  }
  // vo-mbo: only P5, an added initiative.
  const auto& vm = r->level_links[c(LevelCombination::vo_mbo)];
  EXPECT_EQ(vm.new_count, 1u);
  EXPECT_EQ(vm.gained, 0u);
  EXPECT_EQ(vm.in_added, 1u);
  // The identity new = old + gained - lost + in_added - in_lost holds for every combination.
  for (const auto& lc : r->level_links)
    EXPECT_EQ(lc.new_count + lc.lost + lc.in_lost, lc.old_count + lc.gained + lc.in_added);
}

TEST_F(DiffFixture, ListsAreSortedByInitiativesThenId) {
  EXPECT_EQ(ids(*new_g, r->organisations_added), (std::vector<std::string>{"c4", "c2", "uni1", "vo1"}));
  EXPECT_EQ(r->organisations_added[0].degree, 2u);  // c4 in P3 and P5
  EXPECT_EQ(ids(*old_g, r->organisations_lost), (std::vector<std::string>{"c2", "roc2"}));
  EXPECT_EQ(r->organisations_lost[0].degree, 2u);  // old c2 in P1 and P4
  EXPECT_EQ(ids(*new_g, r->initiatives_added), std::vector<std::string>{"P5"});
  EXPECT_EQ(r->initiatives_added[0].degree, 4u);
  EXPECT_EQ(ids(*old_g, r->initiatives_lost), std::vector<std::string>{"P4"});
}

TEST_F(DiffFixture, InstitutionPairs) {
  // New: Hogeschool B-University C, ROC A-University C, VO School-ROC A (roc-a-hs1 existed as roc1-hs1).
  ASSERT_EQ(r->new_pairs.size(), 3u);
  auto label = [&](const query::PairChange& p) { return new_g->label(p.a) + "|" + new_g->label(p.b); };
  EXPECT_EQ(label(r->new_pairs[0]), "Hogeschool B|University C");
  EXPECT_EQ(label(r->new_pairs[1]), "ROC A|University C");
  EXPECT_EQ(label(r->new_pairs[2]), "VO School|ROC A");
  EXPECT_FALSE(r->new_pairs[0].a_unmatched);
  EXPECT_TRUE(r->new_pairs[0].b_unmatched);
  EXPECT_TRUE(r->new_pairs[2].a_unmatched);
  ASSERT_EQ(r->lost_pairs.size(), 1u);
  EXPECT_EQ(old_g->label(r->lost_pairs[0].a), "ROC Two");
  EXPECT_EQ(old_g->label(r->lost_pairs[0].b), "Hogeschool B");
  ASSERT_EQ(r->lost_pairs[0].initiatives.size(), 1u);
  EXPECT_EQ(old_g->external_id(r->lost_pairs[0].initiatives[0]), "P3");
}

TEST_F(DiffFixture, TablesCsvAndJson) {
  const auto tables = query::to_tables(*old_g, *new_g, *r, 20);
  ASSERT_EQ(tables.size(), 9u);
  EXPECT_EQ(tables[0].name, "diff_summary");
  std::ostringstream csv;
  query::write_csv(csv, tables[0]);
  // Growth written as the percentage itself; the participations row has no kept/added/lost.
  EXPECT_NE(csv.str().find("measure,old,new,kept,added,lost,change,growth_pct\n"), std::string::npos) << csv.str();
  EXPECT_NE(csv.str().find("companies (distinct),3,4,2,2,1,1,33.3333333333333"), std::string::npos) << csv.str();
  EXPECT_NE(csv.str().find("participations,12,15,,,,3,25\n"), std::string::npos) << csv.str();
  std::ostringstream json;
  query::write_json(json, std::span(&tables[1], 1));
  // University 0 -> 1: growth undefined -> null, never NaN.
  EXPECT_NE(json.str().find("\"type\":\"university\",\"old\":0,\"new\":1,\"kept\":0,\"added\":1,\"lost\":0,"
                            "\"change\":1,\"growth_pct\":null"),
            std::string::npos)
      << json.str();
  EXPECT_EQ(json.str().find("NaN"), std::string::npos);
  // --top 1 keeps one row and says so.
  const auto top1 = query::to_tables(*old_g, *new_g, *r, 1);
  const auto* added = query::find_table(top1, "organisations_added");
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->rows.size(), 1u);
  EXPECT_NE(added->note.find("First 1 of 4."), std::string::npos);
}

TEST(Diff, IdenticalDatasetsChangeNothing) {
  const auto g = load("old");
  const auto r = query::diff(g, g);
  EXPECT_EQ(r.organisations.kept, 7u);
  EXPECT_EQ(r.organisations.added + r.organisations.lost, 0u);
  EXPECT_EQ(r.links.kept, 11u);
  EXPECT_EQ(r.links.added + r.links.lost, 0u);
  EXPECT_EQ(r.initiatives.added + r.initiatives.lost, 0u);
  EXPECT_DOUBLE_EQ(*r.organisations.growth_percent(), 0.0);
  for (const auto& lc : r.level_links) EXPECT_EQ(lc.gained + lc.lost + lc.in_added + lc.in_lost, 0u);
  EXPECT_TRUE(r.new_pairs.empty());
  EXPECT_TRUE(r.lost_pairs.empty());
  EXPECT_TRUE(r.organisations_added.empty());
}

TEST(Diff, EmptyOldMeansEverythingIsAddedAndGrowthUndefined) {
  const model::PartnerGraph empty;
  const auto g = load("new");
  const auto r = query::diff(empty, g);
  EXPECT_EQ(r.organisations.old_count, 0u);
  EXPECT_EQ(r.organisations.added, 9u);
  EXPECT_FALSE(r.organisations.growth_percent().has_value());
  EXPECT_EQ(r.initiatives.added, 4u);
  EXPECT_EQ(r.links.added, 15u);
  // Every level link of NEW is in an added initiative: mbo-hbo P1, P2.
  EXPECT_EQ(r.level_links[c(LevelCombination::mbo_hbo)].in_added, 2u);
  EXPECT_EQ(r.new_pairs.size(), 4u);  // all four pairs of NEW
  const auto tables = query::to_tables(empty, g, r);
  std::ostringstream json;
  query::write_json(json, tables);
  EXPECT_EQ(json.str().find("NaN"), std::string::npos);
  // Reverse: everything lost, growth -100%.
  const auto back = query::diff(g, empty);
  EXPECT_EQ(back.organisations.lost, 9u);
  EXPECT_DOUBLE_EQ(*back.organisations.growth_percent(), -100.0);
}

// Small graphs built here for the matching rules.
model::Organisation org(std::string id, OrganisationType type, std::string kvk = {}, std::string brin = {}) {
  model::Organisation o;
  o.id = std::move(id);
  o.type = type;
  o.kvk = std::move(kvk);
  o.brin = std::move(brin);
  return o;
}

/// One initiative "I" with the given organisations as partners.
model::PartnerGraph one_initiative(std::vector<model::Organisation> orgs,
                                   std::vector<std::pair<std::string, std::string>> aliases = {}) {
  model::Diagnostics d;
  model::GraphBuilder b(d);
  for (const auto& [alias, canonical] : aliases) b.add_alias(alias, canonical);
  model::Initiative i;
  i.id = "I";
  i.kind = model::InitiativeKind::project;
  b.add_initiative(i);
  std::vector<std::string> names;
  for (auto& o : orgs) {
    names.push_back(o.id);
    b.add_organisation(std::move(o));
  }
  for (const auto& n : names) b.add_participation({"I", n, model::Role::partner, std::nullopt, std::nullopt});
  return b.build();
}

TEST(MatchOrganisations, AliasIdMatchesOldId) {
  // NEW merged "acme" into "acme-bv" through the alias table; OLD still calls it "acme".
  const auto og = one_initiative({org("acme", OrganisationType::company)});
  const auto ng = one_initiative({org("acme-bv", OrganisationType::company), org("acme", OrganisationType::company)},
                                 {{"acme", "acme-bv"}});
  ASSERT_EQ(ng.num_organisations(), 1u);  // merged by the builder
  const auto m = query::match_organisations(og, ng);
  EXPECT_EQ(m.old_of_new[0], og.organisation_node(0));
  EXPECT_EQ(*m.key_of_new[0], MatchKey::id);
}

TEST(MatchOrganisations, DifferentStrongerKeyMeansDifferentOrganisation) {
  // OLD a: KvK 1, BRIN X. NEW a2: KvK 2, BRIN X. The BRIN pass finds a, but both carry a KvK and the numbers
  // differ: rejected. NEW "b" (KvK 3) finds OLD "b" (no KvK) by id: no stronger key on both sides, matched.
  const auto og = one_initiative({org("a", OrganisationType::hogeschool, "1", "X"), org("b", OrganisationType::company)});
  const auto ng = one_initiative({org("a2", OrganisationType::hogeschool, "2", "X"),
                                  org("b", OrganisationType::company, "3")});
  const auto m = query::match_organisations(og, ng);
  const auto ni = ng.num_initiatives();
  EXPECT_EQ(m.old_of_new[*ng.find_organisation("a2") - ni], model::kNoNode);
  EXPECT_EQ(m.old_of_new[*ng.find_organisation("b") - ni], *og.find_organisation("b"));
  EXPECT_EQ(*m.key_of_new[*ng.find_organisation("b") - ni], MatchKey::id);
  // Without the differing KvK (a2 carries none) the same BRIN matches.
  const auto ng2 = one_initiative({org("a2", OrganisationType::hogeschool, {}, "X")});
  const auto m2 = query::match_organisations(og, ng2);
  EXPECT_EQ(m2.old_of_new[0], *og.find_organisation("a"));
  EXPECT_EQ(*m2.key_of_new[0], MatchKey::brin);
}

TEST(MatchOrganisations, KvkMatchesAcrossIdsAndTypeChangeIsCounted) {
  // NEW "z" carries OLD a's KvK under another id and another type: kept (by KvK), one type change.
  const auto og = one_initiative({org("a", OrganisationType::hogeschool, "1", "X"), org("b", OrganisationType::company)});
  const auto ng = one_initiative({org("z", OrganisationType::company, "1"), org("b", OrganisationType::company)});
  const auto m = query::match_organisations(og, ng);
  const auto ni = ng.num_initiatives();
  EXPECT_EQ(m.old_of_new[*ng.find_organisation("z") - ni], *og.find_organisation("a"));
  EXPECT_EQ(*m.key_of_new[*ng.find_organisation("z") - ni], MatchKey::kvk);
  const auto r = query::diff(og, ng);
  EXPECT_EQ(r.organisations.kept, 2u);
  EXPECT_EQ(r.organisations.added, 0u);
  EXPECT_EQ(r.type_changed, 1u);
  // Per type: kept counted by NEW type (company 2), lost by OLD type (none): hogeschool 1 -> 0 with nothing lost.
  EXPECT_EQ(r.by_type[t(OrganisationType::company)].kept, 2u);
  EXPECT_EQ(r.by_type[t(OrganisationType::hogeschool)].old_count, 1u);
  EXPECT_EQ(r.by_type[t(OrganisationType::hogeschool)].lost, 0u);
}

TEST(MatchOrganisations, StrongerKeyPassRunsFirstAndMatchingIsOneToOne) {
  // OLD x (BRIN 25XX). NEW x (same id, no BRIN) and x2 (BRIN 25XX). The BRIN pass runs before the id pass, so x2
  // takes OLD x and NEW x finds it taken: one added, one kept.
  const auto og = one_initiative({org("x", OrganisationType::mbo_school, {}, "25XX")});
  const auto ng = one_initiative(
      {org("x", OrganisationType::mbo_school), org("x2", OrganisationType::mbo_school, {}, "25XX")});
  const auto m = query::match_organisations(og, ng);
  const auto ni = ng.num_initiatives();
  EXPECT_EQ(m.old_of_new[*ng.find_organisation("x2") - ni], *og.find_organisation("x"));
  EXPECT_EQ(m.old_of_new[*ng.find_organisation("x") - ni], model::kNoNode);
  EXPECT_EQ(m.matched_by[static_cast<std::size_t>(MatchKey::brin)], 1u);
  EXPECT_EQ(m.matched_by[static_cast<std::size_t>(MatchKey::id)], 0u);
}

TEST(Diff, KindLevelOption) {
  // Initiative K of kind mbo: OLD has only a company, NEW only a hogeschool. With the kind as a level: {mbo} ->
  // {mbo, hbo}, so mbo-hbo is gained. Without: {} -> {hbo}, no combination at all.
  auto build = [](OrganisationType type) {
    model::Diagnostics d;
    model::GraphBuilder b(d);
    model::Initiative i;
    i.id = "K";
    i.kind = model::InitiativeKind::mbo;
    b.add_initiative(i);
    b.add_organisation(org("o", type));
    b.add_participation({"K", "o", model::Role::partner, std::nullopt, std::nullopt});
    return b.build();
  };
  const auto og = build(OrganisationType::company), ng = build(OrganisationType::hogeschool);
  EXPECT_EQ(query::diff(og, ng).level_links[c(LevelCombination::mbo_hbo)].gained, 1u);
  query::DiffOptions no_kind;
  no_kind.initiative_kind_counts = false;
  EXPECT_EQ(query::diff(og, ng, no_kind).level_links[c(LevelCombination::mbo_hbo)].gained, 0u);
  // Same id, type company -> hogeschool: kept, one type change.
  EXPECT_EQ(query::diff(og, ng).type_changed, 1u);
}

TEST(Diff, PairBetweenExistingInstitutions) {
  // OLD: I1 {roc (mbo), c}, I2 {hs (hbo)}: roc and hs share nothing. NEW: I1 {roc, hs}. The pair roc-hs is new and
  // both institutions were in OLD: status "new pair". Reversed, the pair ended while both are still there.
  auto build = [](std::vector<std::pair<std::string, std::string>> links) {
    model::Diagnostics d;
    model::GraphBuilder b(d);
    for (const char* i : {"I1", "I2"}) {
      model::Initiative in;
      in.id = i;
      in.kind = model::InitiativeKind::project;
      b.add_initiative(in);
    }
    b.add_organisation(org("roc", OrganisationType::mbo_school));
    b.add_organisation(org("hs", OrganisationType::hogeschool));
    b.add_organisation(org("c", OrganisationType::company));
    for (const auto& [i, o] : links) b.add_participation({i, o, model::Role::partner, std::nullopt, std::nullopt});
    return b.build();
  };
  const auto og = build({{"I1", "roc"}, {"I1", "c"}, {"I2", "hs"}});
  const auto ng = build({{"I1", "roc"}, {"I1", "hs"}});
  const auto r = query::diff(og, ng);
  ASSERT_EQ(r.new_pairs.size(), 1u);
  EXPECT_FALSE(r.new_pairs[0].a_unmatched || r.new_pairs[0].b_unmatched);
  EXPECT_TRUE(r.lost_pairs.empty());
  const auto tables = query::to_tables(og, ng, r);
  const auto* t = query::find_table(tables, "institution_pairs_new");
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->rows.size(), 1u);
  EXPECT_EQ(t->rows[0][0].text, "roc");
  EXPECT_EQ(t->rows[0][5].text, "new pair");
  // c is lost (its only link I1-c is gone); links: OLD 3, NEW 2, kept I1-roc only.
  EXPECT_EQ(r.organisations.lost, 1u);
  EXPECT_EQ(r.links.kept, 1u);
  const auto back = query::diff(ng, og);
  ASSERT_EQ(back.lost_pairs.size(), 1u);
  const auto back_tables = query::to_tables(ng, og, back);
  EXPECT_EQ(query::find_table(back_tables, "institution_pairs_lost")->rows[0][5].text, "pair ended");
}

}  // namespace
