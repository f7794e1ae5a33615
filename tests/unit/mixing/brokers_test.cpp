// Brokers: hand-computed brokerage roles, constraint and effective size (calculation in the comments), and
// NetworkX / brute-force reference values (tests/reference/mixing_reference.py).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <sstream>

#include "fixtures.hpp"
#include "ppsnet/query/brokers.hpp"

using namespace ppsnet;
using model::OrganisationType;
using query::BrokerageRole;
using query::GroupAttribute;
using test_mixing::build;

namespace {

// Graph B: broker x (government) shares one initiative with each of m1, m2, m3 (mbo-school), h1 (hogeschool),
// g2, g3 (government), c1 (company); J6 links m1 and m2. iso (company) takes part in nothing.
// Projection: x-m1, x-m2, x-m3, x-h1, x-g2, x-g3, x-c1, m1-m2, all weight 1.
model::PartnerGraph graph_b() {
  return build({{"x", OrganisationType::government},
                {"m1", OrganisationType::mbo_school},
                {"m2", OrganisationType::mbo_school},
                {"m3", OrganisationType::mbo_school},
                {"h1", OrganisationType::hogeschool},
                {"g2", OrganisationType::government},
                {"g3", OrganisationType::government},
                {"c1", OrganisationType::company},
                {"iso", OrganisationType::company}},
               {{"J1", "x"}, {"J1", "m1"}, {"J2", "x"}, {"J2", "h1"}, {"J3", "x"}, {"J3", "m2"}, {"J4", "x"},
                {"J4", "g2"}, {"J5", "x"}, {"J5", "c1"}, {"J6", "m1"}, {"J6", "m2"}, {"J7", "x"}, {"J7", "g3"},
                {"J8", "x"}, {"J8", "m3"}});
}

const query::BrokerScores& of(const model::PartnerGraph& g, const query::BrokersResult& r, const char* id) {
  return r.organisations[*g.find_organisation(id) - g.num_initiatives()];
}

std::size_t role(const query::BrokerScores& s, BrokerageRole x) { return s.roles[static_cast<std::size_t>(x)]; }

}  // namespace

TEST(Brokers, HandComputedRolesByType) {
  const auto g = graph_b();
  const auto r = query::brokers(g);
  const auto& x = of(g, r, "x");
  // x has 7 neighbours: 21 pairs, 1 linked (m1-m2) -> 20 open. Groups: same as x (government) g2, g3; other 5.
  //   coordinator: {g2, g3} = 1
  //   itinerant:   mbo pairs C(3,2) = 3 minus the linked m1-m2 = 2
  //   gatekeeper = representative: same x other = 2 * 5 = 10
  //   liaison:     mbo x hbo 3 + mbo x company 3 + hbo x company 1 = 7;  1 + 2 + 10 + 7 = 20.
  EXPECT_EQ(x.degree, 7U);
  EXPECT_EQ(role(x, BrokerageRole::coordinator), 1U);
  EXPECT_EQ(role(x, BrokerageRole::itinerant), 2U);
  EXPECT_EQ(role(x, BrokerageRole::gatekeeper), 10U);
  EXPECT_EQ(role(x, BrokerageRole::representative), 10U);
  EXPECT_EQ(role(x, BrokerageRole::liaison), 7U);
  EXPECT_EQ(x.open_pairs, 20U);
  // mbo-hbo: {m1, m2, m3} x {h1}, none linked = 3.
  EXPECT_EQ(x.mbo_hbo_pairs, 3U);
  // m1: neighbours x and m2, linked: no open pair.
  EXPECT_EQ(of(g, r, "m1").open_pairs, 0U);
  EXPECT_EQ(of(g, r, "h1").open_pairs, 0U);
  // Only x brokers between mbo and hbo.
  ASSERT_EQ(r.top_mbo_hbo.size(), 1U);
  EXPECT_EQ(r.organisations[r.top_mbo_hbo[0]].organisation, *g.find_organisation("x"));
}

TEST(Brokers, HandComputedRolesByLevel) {
  const auto g = graph_b();
  query::BrokersOptions opt;
  opt.groups = GroupAttribute::level;
  const auto r = query::brokers(g, opt);
  const auto& x = of(g, r, "x");
  // By level x is "none" like g2, g3, c1 (same = 3); m1, m2, m3 (mbo), h1 (hbo) are the other 4.
  //   coordinator C(3,2) = 3; itinerant: mbo C(3,2) - 1 linked = 2; gatekeeper 3 * 4 = 12;
  //   liaison: mbo x hbo = 3. 3 + 2 + 12 + 3 = 20.
  EXPECT_EQ(role(x, BrokerageRole::coordinator), 3U);
  EXPECT_EQ(role(x, BrokerageRole::itinerant), 2U);
  EXPECT_EQ(role(x, BrokerageRole::gatekeeper), 12U);
  EXPECT_EQ(role(x, BrokerageRole::representative), 12U);
  EXPECT_EQ(role(x, BrokerageRole::liaison), 3U);
  EXPECT_EQ(x.open_pairs, 20U);
}

TEST(Brokers, HandComputedConstraintAndEffectiveSize) {
  const auto g = graph_b();
  const auto r = query::brokers(g);
  const auto& x = of(g, r, "x");
  // x: s = 7, p_xj = 1/7. For j = m1: indirect via m2 = p_x,m2 * p_m2,m1 = 1/7 * 1/2 = 1/14, so
  // (1/7 + 1/14)^2 = 9/196; the same for m2; the five others (1/7)^2 = 4/196 each.
  // c(x) = 18/196 + 20/196 = 19/98.
  EXPECT_NEAR(*x.constraint, 19.0 / 98, 1e-12);
  // Effective size: m1 and m2 each 1 - p_x,m2 * m_m1,m2 = 1 - 1/7 * 1 = 6/7; the others 1: 5 + 12/7 = 47/7
  // (= Borgatti's n - 2t/n = 7 - 2/7).
  EXPECT_NEAR(*x.effective_size, 47.0 / 7, 1e-12);
  // m1: neighbours x, m2 (linked), p_m1,x = p_m1,m2 = 1/2; p_m2,x = 1/2 (m2 has x, m1), p_x,m2 = 1/7.
  // l(m1, x) = (1/2 + p_m1,m2 p_m2,x)^2 = (1/2 + 1/4)^2 = 9/16; l(m1, m2) = (1/2 + p_m1,x p_x,m2)^2 =
  // (1/2 + 1/14)^2 = (8/14)^2 = 16/49; c(m1) = 9/16 + 16/49 = (441 + 256) / 784 = 697/784.
  // effective size (1 - p_m1,m2 m_x,m2) + (1 - p_m1,x m_m2,x) = (1 - 1/2) + (1 - 1/2) = 1 (all weights 1, m = 1).
  const auto& m1 = of(g, r, "m1");
  EXPECT_NEAR(*m1.constraint, 697.0 / 784, 1e-12);
  EXPECT_NEAR(*m1.effective_size, 1.0, 1e-12);
  // h1: one neighbour: constraint 1^2 = 1, effective size 1.
  EXPECT_NEAR(*of(g, r, "h1").constraint, 1.0, 1e-12);
  EXPECT_NEAR(*of(g, r, "h1").effective_size, 1.0, 1e-12);
  // iso: isolated, undefined (NaN in NetworkX).
  EXPECT_FALSE(of(g, r, "iso").constraint.has_value());
  EXPECT_FALSE(of(g, r, "iso").effective_size.has_value());
}

TEST(Brokers, ConnectorCapAndTables) {
  // Add an initiative K with all of x, m1, h1 so that m1-h1 becomes linked; with cap 2 it is left out again.
  auto g = build({{"x", OrganisationType::government},
                  {"m1", OrganisationType::mbo_school},
                  {"h1", OrganisationType::hogeschool}},
                 {{"J1", "x"}, {"J1", "m1"}, {"J2", "x"}, {"J2", "h1"}, {"K", "x"}, {"K", "m1"}, {"K", "h1"}});
  // No cap: m1-h1 linked through K, x has no open pair.
  EXPECT_EQ(of(g, query::brokers(g), "x").mbo_hbo_pairs, 0U);
  query::BrokersOptions opt;
  opt.max_connector_degree = 2;
  const auto r = query::brokers(g, opt);
  ASSERT_EQ(r.skipped_initiatives.size(), 1U);
  EXPECT_EQ(g.external_id(r.skipped_initiatives[0]), "K");
  // Cap 2: x-m1 (J1), x-h1 (J2) only: one open mbo-hbo pair, a liaison (government, mbo, hbo).
  EXPECT_EQ(of(g, r, "x").mbo_hbo_pairs, 1U);
  EXPECT_EQ(role(of(g, r, "x"), BrokerageRole::liaison), 1U);
  const auto tables = query::to_tables(g, r);
  ASSERT_EQ(tables.size(), 3U);
  EXPECT_EQ(tables[0].name, "mbo_hbo_brokers");
  ASSERT_EQ(tables[0].rows.size(), 1U);
  EXPECT_EQ(tables[0].rows[0][1].text, "x");
  EXPECT_NE(tables[0].note.find("1 skipped"), std::string::npos);
}

// ---- NetworkX / brute-force reference ----

TEST(BrokersReference, MatchNetworkXAndBruteForce) {
  std::ifstream in(std::string(PPSNET_SOURCE_DIR) + "/tests/reference/expected/mixing_networkx.json");
  std::stringstream ss;
  ss << in.rdbuf();
  rapidjson::Document d;
  d.Parse(ss.str().c_str());
  ASSERT_TRUE(d.IsObject());
  for (const auto& c : d["cases"].GetArray()) {
    SCOPED_TRACE("seed " + std::to_string(c["seed"].GetInt()));
    std::vector<test_mixing::OrgSpec> orgs;
    for (const auto& o : c["organisations"].GetArray())
      orgs.push_back({o[0].GetString(), *model::parse_organisation_type(o[1].GetString())});
    std::vector<std::pair<std::string, std::string>> parts;
    for (const auto& p : c["participations"].GetArray()) parts.emplace_back(p[0].GetString(), p[1].GetString());
    const auto g = build(orgs, parts);
    const auto r = query::brokers(g);
    for (const auto& o : orgs) {
      SCOPED_TRACE(o.id);
      const auto& s = of(g, r, o.id.c_str());
      const auto& con = c["constraint"][o.id.c_str()];
      const auto& esz = c["effective_size"][o.id.c_str()];
      if (con.IsNull()) EXPECT_FALSE(s.constraint.has_value());
      else EXPECT_NEAR(*s.constraint, con.GetDouble(), 1e-12);
      if (esz.IsNull()) EXPECT_FALSE(s.effective_size.has_value());
      else EXPECT_NEAR(*s.effective_size, esz.GetDouble(), 1e-12);
      const auto& roles = c["roles_type"][o.id.c_str()];
      for (rapidjson::SizeType x = 0; x < 5; ++x) EXPECT_EQ(s.roles[x], roles[x].GetUint());
      EXPECT_EQ(s.mbo_hbo_pairs, c["mbo_hbo"][o.id.c_str()].GetUint());
    }
  }
}
