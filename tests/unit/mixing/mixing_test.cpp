// Type mixing: hand-computed fixtures (calculation in the comments) and NetworkX reference values
// (tests/reference/mixing_reference.py -> tests/reference/expected/mixing_networkx.json).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <sstream>

#include "fixtures.hpp"
#include "ppsnet/query/mixing.hpp"

using namespace ppsnet;
using model::OrganisationType;
using query::GroupAttribute;
using test_mixing::build;

namespace {

constexpr std::size_t kCompany = 0, kHogeschool = 2, kMbo = 3;

// Graph A. Organisations m1, m2 (mbo-school), h1 (hogeschool), c1, c2 (company), iso (company, no initiative).
//   I1 {m1, h1, c1}, I2 {m1, c1}, I3 {m2, c2}, I4 {h1}, I5 {c1, c2}
// Organisation projection (weight = shared initiatives):
//   m1-h1 1 (I1), m1-c1 2 (I1, I2), h1-c1 1 (I1), m2-c2 1 (I3), c1-c2 1 (I5): 5 links, W = 6.
model::PartnerGraph graph_a() {
  return build({{"m1", OrganisationType::mbo_school},
                {"m2", OrganisationType::mbo_school},
                {"h1", OrganisationType::hogeschool},
                {"c1", OrganisationType::company},
                {"c2", OrganisationType::company},
                {"iso", OrganisationType::company}},
               {{"I1", "m1"}, {"I1", "h1"}, {"I1", "c1"}, {"I2", "m1"}, {"I2", "c1"}, {"I3", "m2"}, {"I3", "c2"},
                {"I4", "h1"}, {"I5", "c1"}, {"I5", "c2"}});
}

double at(const std::vector<double>& m, std::size_t k, std::size_t a, std::size_t b) { return m[a * k + b]; }

}  // namespace

TEST(Mixing, HandComputedMatrixAndAssortativity) {
  const auto g = graph_a();
  const auto r = query::type_mixing(g);
  const std::size_t k = 10;
  ASSERT_EQ(r.groups, k);
  EXPECT_EQ(r.organisations, 6U);
  EXPECT_EQ(r.links, 5U);
  EXPECT_DOUBLE_EQ(r.total_weight, 6.0);
  // Observed, each link once: company-company 1 (c1-c2), company-mbo 2 + 1 = 3, company-hbo 1, mbo-hbo 1.
  EXPECT_DOUBLE_EQ(at(r.observed, k, kCompany, kCompany), 1.0);
  EXPECT_DOUBLE_EQ(at(r.observed, k, kCompany, kMbo), 3.0);
  EXPECT_DOUBLE_EQ(at(r.observed, k, kMbo, kCompany), 3.0);
  EXPECT_DOUBLE_EQ(at(r.observed, k, kCompany, kHogeschool), 1.0);
  EXPECT_DOUBLE_EQ(at(r.observed, k, kMbo, kHogeschool), 1.0);
  EXPECT_DOUBLE_EQ(at(r.observed, k, kMbo, kMbo), 0.0);
  // e: e_cc = 1/6, e_cm = 3/12 = 1/4, e_ch = 1/12, e_mh = 1/12.
  EXPECT_DOUBLE_EQ(at(r.e, k, kCompany, kCompany), 1.0 / 6);
  EXPECT_DOUBLE_EQ(at(r.e, k, kMbo, kCompany), 0.25);
  EXPECT_DOUBLE_EQ(at(r.e, k, kHogeschool, kCompany), 1.0 / 12);
  EXPECT_DOUBLE_EQ(at(r.e, k, kHogeschool, kMbo), 1.0 / 12);
  // Marginals: a_c = 1/6 + 1/4 + 1/12 = 1/2, a_m = 1/4 + 1/12 = 1/3, a_h = 1/12 + 1/12 = 1/6.
  EXPECT_DOUBLE_EQ(r.a[kCompany], 0.5);
  EXPECT_DOUBLE_EQ(r.a[kMbo], 1.0 / 3);
  EXPECT_DOUBLE_EQ(r.a[kHogeschool], 1.0 / 6);
  EXPECT_DOUBLE_EQ(r.a[1], 0.0);
  // Expected: company-mbo 2 W a_c a_m = 12 / 6 = 2 (ratio 3/2); company-company W a_c^2 = 1.5 (ratio 2/3);
  // mbo-hbo 12 / 18 = 2/3 (ratio 3/2); mbo-mbo 6 / 9 = 2/3 with nothing observed (ratio 0).
  EXPECT_DOUBLE_EQ(at(r.expected, k, kCompany, kMbo), 2.0);
  EXPECT_DOUBLE_EQ(*r.ratio[kCompany * k + kMbo], 1.5);
  EXPECT_DOUBLE_EQ(at(r.expected, k, kCompany, kCompany), 1.5);
  EXPECT_DOUBLE_EQ(*r.ratio[kCompany * k + kCompany], 2.0 / 3);
  EXPECT_DOUBLE_EQ(*r.ratio[kMbo * k + kHogeschool], 1.5);
  EXPECT_DOUBLE_EQ(*r.ratio[kMbo * k + kMbo], 0.0);
  EXPECT_FALSE(r.ratio[1 * k + 1].has_value());  // university: expected 0
  // r = (trace - sum a^2) / (1 - sum a^2): trace = 1/6 = 3/18, sum a^2 = 1/4 + 1/9 + 1/36 = 7/18,
  // r = (-4/18) / (11/18) = -4/11.
  ASSERT_TRUE(r.assortativity.has_value());
  EXPECT_NEAR(*r.assortativity, -4.0 / 11, 1e-12);
}

TEST(Mixing, HandComputedEIByGroup) {
  const auto r = query::type_mixing(graph_a());
  ASSERT_EQ(r.ei_by_group.size(), 3U);  // company, hogeschool, mbo-school (groups with organisations)
  const auto& c = r.ei_by_group[0];
  EXPECT_EQ(c.group, kCompany);
  EXPECT_EQ(c.organisations, 3U);  // c1, c2, iso
  // company: I = {c1-c2} = 1, E = {m1-c1, h1-c1, m2-c2} = 3 -> (3 - 1) / 4 = 0.5;
  // weighted I = 1, E = 2 + 1 + 1 = 4 -> 3/5.
  EXPECT_EQ(c.internal_links, 1U);
  EXPECT_EQ(c.external_links, 3U);
  EXPECT_DOUBLE_EQ(*c.ei, 0.5);
  EXPECT_DOUBLE_EQ(*c.ei_weighted, 0.6);
  // hogeschool: I = 0, E = 2 -> 1; mbo-school: I = 0, E = 3 -> 1.
  EXPECT_EQ(r.ei_by_group[1].group, kHogeschool);
  EXPECT_DOUBLE_EQ(*r.ei_by_group[1].ei, 1.0);
  EXPECT_EQ(r.ei_by_group[2].group, kMbo);
  EXPECT_EQ(r.ei_by_group[2].external_links, 3U);
  EXPECT_DOUBLE_EQ(*r.ei_by_group[2].ei, 1.0);
  // Whole network: I = 1 link, E = 4 links -> 3/5; weighted I = 1, E = 5 -> 4/6.
  EXPECT_DOUBLE_EQ(*r.ei_overall.ei, 0.6);
  EXPECT_DOUBLE_EQ(*r.ei_overall.ei_weighted, 4.0 / 6);
}

TEST(Mixing, HandComputedEIByInitiative) {
  // One initiative J1 with m1, m2 (mbo), h1 (hbo), c1, c2 (company): C(5,2) = 10 pairs, same type: m1-m2, c1-c2
  // -> I = 2, E = 8, EI = 6/10. Plus J2 {h1} (one partner: undefined) and J3 {c1, c2} (I = 1, E = 0: -1).
  const auto g = build({{"m1", OrganisationType::mbo_school},
                        {"m2", OrganisationType::mbo_school},
                        {"h1", OrganisationType::hogeschool},
                        {"c1", OrganisationType::company},
                        {"c2", OrganisationType::company}},
                       {{"J1", "m1"}, {"J1", "m2"}, {"J1", "h1"}, {"J1", "c1"}, {"J1", "c2"}, {"J2", "h1"},
                        {"J3", "c1"}, {"J3", "c2"}});
  const auto r = query::type_mixing(g);
  ASSERT_EQ(r.ei_by_initiative.size(), 3U);
  EXPECT_EQ(r.ei_by_initiative[0].partners, 5U);
  EXPECT_EQ(r.ei_by_initiative[0].same_pairs, 2U);
  EXPECT_EQ(r.ei_by_initiative[0].different_pairs, 8U);
  EXPECT_DOUBLE_EQ(*r.ei_by_initiative[0].ei, 0.6);
  EXPECT_FALSE(r.ei_by_initiative[1].ei.has_value());
  EXPECT_DOUBLE_EQ(*r.ei_by_initiative[2].ei, -1.0);
  // By group on the projection (clique on J1, c1-c2 weight 2): company I = 1 link, E = c1,c2 x {m1, m2, h1} = 6
  // -> 5/7; weighted I = 2, E = 6 -> 4/8.
  const auto& c = r.ei_by_group[0];
  EXPECT_DOUBLE_EQ(*c.ei, 5.0 / 7);
  EXPECT_DOUBLE_EQ(*c.ei_weighted, 0.5);
  // By level the five organisations fall in none (c1, c2), mbo (m1, m2), hbo (h1): the same partition.
  query::MixingOptions opt;
  opt.by = GroupAttribute::level;
  const auto rl = query::type_mixing(g, opt);
  EXPECT_DOUBLE_EQ(*rl.ei_by_initiative[0].ei, 0.6);
  EXPECT_EQ(rl.groups, 5U);
}

TEST(Mixing, UndefinedAssortativity) {
  // All companies: every link end in one group, 1 - sum a^2 = 0.
  const auto g = build({{"a", OrganisationType::company}, {"b", OrganisationType::company}}, {{"I", "a"}, {"I", "b"}});
  EXPECT_FALSE(query::type_mixing(g).assortativity.has_value());
  // No link at all.
  const auto g2 = build({{"a", OrganisationType::company}, {"b", OrganisationType::hogeschool}}, {{"I", "a"}, {"J", "b"}});
  const auto r2 = query::type_mixing(g2);
  EXPECT_FALSE(r2.assortativity.has_value());
  EXPECT_FALSE(r2.ei_overall.ei.has_value());
}

TEST(Mixing, ConnectorCapIsAppliedAndReported) {
  // With max_connector_degree 2, I1 (3 organisations) is left out: links m1-c1 1 (I2), m2-c2 1, c1-c2 1.
  query::MixingOptions opt;
  opt.max_connector_degree = 2;
  const auto g = graph_a();
  const auto r = query::type_mixing(g, opt);
  ASSERT_EQ(r.skipped_initiatives.size(), 1U);
  EXPECT_EQ(g.external_id(r.skipped_initiatives[0]), "I1");
  EXPECT_EQ(r.links, 3U);
  EXPECT_DOUBLE_EQ(r.total_weight, 3.0);
  EXPECT_DOUBLE_EQ(*r.ei_by_initiative[0].ei, 1.0);  // per initiative: every initiative, cap or not
  const auto tables = query::to_tables(g, r);
  const auto* s = query::find_table(tables, "mixing_summary");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->rows[0].back().integer, 1);
}

TEST(Mixing, TablesJson) {
  const auto g = graph_a();
  const auto tables = query::to_tables(g, query::type_mixing(g));
  ASSERT_EQ(tables.size(), 4U);
  std::ostringstream out;
  query::write_tables(out, tables, query::TableFormat::json);
  rapidjson::Document d;
  d.Parse(out.str().c_str());
  ASSERT_FALSE(d.HasParseError());
  // 3 groups with link ends -> 9 ordered pairs.
  EXPECT_EQ(d["tables"][0]["rows"].Size(), 9U);
  EXPECT_NEAR(d["tables"][1]["rows"][0]["assortativity"].GetDouble(), -4.0 / 11, 1e-12);
  // ei_by_initiative lists initiatives with >= 2 partners: I1, I2, I3, I5.
  EXPECT_EQ(d["tables"][3]["rows"].Size(), 4U);
}

// ---- NetworkX reference ----

namespace {

rapidjson::Document load_reference() {
  std::ifstream in(std::string(PPSNET_SOURCE_DIR) + "/tests/reference/expected/mixing_networkx.json");
  std::stringstream ss;
  ss << in.rdbuf();
  rapidjson::Document d;
  d.Parse(ss.str().c_str());
  return d;
}

model::PartnerGraph graph_of(const rapidjson::Value& c) {
  std::vector<test_mixing::OrgSpec> orgs;
  for (const auto& o : c["organisations"].GetArray())
    orgs.push_back({o[0].GetString(), *model::parse_organisation_type(o[1].GetString())});
  std::vector<std::pair<std::string, std::string>> parts;
  for (const auto& p : c["participations"].GetArray()) parts.emplace_back(p[0].GetString(), p[1].GetString());
  return build(orgs, parts);
}

}  // namespace

TEST(MixingReference, MatrixAndAssortativityMatchNetworkX) {
  const auto d = load_reference();
  ASSERT_TRUE(d.IsObject());
  ASSERT_GE(d["cases"].Size(), 5U);
  for (const auto& c : d["cases"].GetArray()) {
    SCOPED_TRACE("seed " + std::to_string(c["seed"].GetInt()));
    const auto g = graph_of(c);
    for (auto by : {GroupAttribute::type, GroupAttribute::level}) {
      query::MixingOptions opt;
      opt.by = by;
      const auto r = query::type_mixing(g, opt);
      EXPECT_EQ(r.links, c["links"].GetUint());
      EXPECT_DOUBLE_EQ(r.total_weight, c["total_weight"].GetDouble());
      const auto& e = c[by == GroupAttribute::type ? "e_type" : "e_level"];
      const auto& rr = c[by == GroupAttribute::type ? "r_type" : "r_level"];
      const std::size_t k = r.groups;
      ASSERT_EQ(e.Size(), k);
      for (std::size_t a = 0; a < k; ++a)
        for (std::size_t b = 0; b < k; ++b)
          EXPECT_NEAR(r.e[a * k + b], e[static_cast<rapidjson::SizeType>(a)][static_cast<rapidjson::SizeType>(b)].GetDouble(), 1e-12);
      if (rr.IsNull()) EXPECT_FALSE(r.assortativity.has_value());
      else {
        ASSERT_TRUE(r.assortativity.has_value());
        EXPECT_NEAR(*r.assortativity, rr.GetDouble(), 1e-12);
      }
    }
  }
}
