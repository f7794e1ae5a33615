// Year snapshots of one dataset (ppsnet diff DATASET --years A B) on tests/data/diff/years; the expected numbers
// are worked out in tests/data/diff/README.md, section "years/", and repeated in the comments.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "ppsnet/import/dataset.hpp"
#include "ppsnet/query/diff.hpp"

using namespace ppsnet;
using model::OrganisationType;
using query::LevelCombination;

namespace {

const std::string kData = std::string(PPSNET_TEST_DATA_DIR) + "/diff/";

model::PartnerGraph load(const std::string& name) {
  auto r = import::load_dataset(kData + name, {});
  EXPECT_EQ(r.diagnostics.error_count(), 0u) << name;
  return std::move(r.graph);
}

std::vector<std::string> organisation_ids(const model::PartnerGraph& g) {
  std::vector<std::string> out;
  for (const auto& o : g.organisations()) out.push_back(o.id);
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t company(const query::DiffResult& r, bool new_side) {
  const auto& c = r.by_type[static_cast<std::size_t>(OrganisationType::company)];
  return new_side ? c.new_count : c.old_count;
}

TEST(YearSnapshot, YearRangeUsesStartYearForUndated) {
  // Years 2019, 2020, 2021 on participations; Y3 c3 has none but Y3 starts 2021.
  const auto g = load("years");
  const auto range = query::participation_year_range(g);
  ASSERT_TRUE(range.has_value());
  EXPECT_EQ(range->first, 2019);
  EXPECT_EQ(range->second, 2021);
  EXPECT_FALSE(query::participation_year_range(load("undated")).has_value());
  EXPECT_FALSE(query::participation_year_range(model::PartnerGraph{}).has_value());
}

TEST(YearSnapshot, ExactYear) {
  const auto g = load("years");
  // 2019: Y1 roc1 (lead), c1.
  const auto a = query::year_snapshot(g, 2019, false);
  EXPECT_EQ(a.participations, 2u);
  EXPECT_EQ(a.graph.num_initiatives(), 1u);
  EXPECT_EQ(organisation_ids(a.graph), (std::vector<std::string>{"c1", "roc1"}));
  // 2021: Y1 hs1; Y2 uni1 + undated lead hs1; Y3 c3 (by start_year), c1. Y2 c3 is undated and left out.
  const auto b = query::year_snapshot(g, 2021, false);
  EXPECT_EQ(b.participations, 5u);
  EXPECT_EQ(b.dated_by_start_year, 1u);
  EXPECT_EQ(b.undated_leads, 1u);
  EXPECT_EQ(b.undated_left_out, 1u);
  EXPECT_EQ(b.graph.num_initiatives(), 3u);
  EXPECT_EQ(organisation_ids(b.graph), (std::vector<std::string>{"c1", "c3", "hs1", "uni1"}));
  // The builder must not add the lead again from lead_organisation_id: Y2 has exactly uni1 and hs1.
  EXPECT_EQ(b.graph.graph().degree(*b.graph.find_initiative("Y2")), 2u);
  EXPECT_EQ(b.graph.participations().size(), 5u);

  const auto r = query::diff(a.graph, b.graph);
  // Organisations 2 -> 4: kept c1, added hs1, uni1, c3, lost roc1; +100%. Companies 1 -> 2: +100%.
  EXPECT_EQ(r.organisations.kept, 1u);
  EXPECT_EQ(r.organisations.added, 3u);
  EXPECT_EQ(r.organisations.lost, 1u);
  EXPECT_DOUBLE_EQ(*r.organisations.growth_percent(), 100.0);
  EXPECT_EQ(company(r, false), 1u);
  EXPECT_EQ(company(r, true), 2u);
  EXPECT_EQ(r.initiatives.added, 2u);
  // Y1 {mbo} -> {mbo, hbo}: mbo-hbo gained. Y2 {hbo, wo} is added: hbo-wo in an added initiative.
  EXPECT_EQ(r.level_links[static_cast<std::size_t>(LevelCombination::mbo_hbo)].gained, 1u);
  EXPECT_EQ(r.level_links[static_cast<std::size_t>(LevelCombination::hbo_wo)].in_added, 1u);
}

TEST(YearSnapshot, Cumulative) {
  const auto g = load("years");
  const auto a = query::year_snapshot(g, 2019, true);
  EXPECT_EQ(a.participations, 2u);
  // Up to 2021: Y1 3 + Y2 3 (c2 2020, uni1, lead hs1) + Y3 2 = 8.
  const auto b = query::year_snapshot(g, 2021, true);
  EXPECT_EQ(b.participations, 8u);
  EXPECT_EQ(organisation_ids(b.graph), (std::vector<std::string>{"c1", "c2", "c3", "hs1", "roc1", "uni1"}));
  const auto r = query::diff(a.graph, b.graph);
  // 2 -> 6: kept 2, added 4, +200%; companies 1 -> 3, +200%.
  EXPECT_EQ(r.organisations.kept, 2u);
  EXPECT_EQ(r.organisations.added, 4u);
  EXPECT_EQ(r.organisations.lost, 0u);
  EXPECT_DOUBLE_EQ(*r.organisations.growth_percent(), 200.0);
  EXPECT_DOUBLE_EQ(*r.by_type[static_cast<std::size_t>(OrganisationType::company)].growth_percent(), 200.0);
  EXPECT_EQ(r.level_links[static_cast<std::size_t>(LevelCombination::mbo_hbo)].gained, 1u);
  // Before the first year the snapshot is empty.
  const auto none = query::year_snapshot(g, 2010, true);
  EXPECT_EQ(none.graph.num_nodes(), 0u);
}

TEST(YearSnapshot, SnapshotOfAllYearsEqualsTheDatasetWithoutUndated) {
  // Up to the last year every dated participation is in; only Y2-c3 (undated, not lead) is missing: the links of
  // the full graph minus that one, and the organisations the same (c3 is still in Y3).
  const auto g = load("years");
  const auto all = query::year_snapshot(g, 2021, true);
  EXPECT_EQ(all.graph.num_edges(), g.num_edges() - 1);
  const auto r = query::diff(g, all.graph);
  EXPECT_EQ(r.organisations.added + r.organisations.lost, 0u);
  EXPECT_EQ(r.links.lost, 1u);
  EXPECT_EQ(r.links.added, 0u);
}

}  // namespace
