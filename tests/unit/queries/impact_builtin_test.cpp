// The built-in Katapult-shaped dataset through the impact metrics: the figures it was calibrated to (Katapult PPS
// impact measurement 2019, as listed in /work/shared/REFERENCE.md and ppsnet/synth/katapult.hpp) must come out of
// levels, reach and involvement. The expected values are the report's figures, not earlier ppsnet output.
#include <gtest/gtest.h>

#include <cctype>
#include <map>

#include "ppsnet/query/involvement.hpp"
#include "ppsnet/query/levels.hpp"
#include "ppsnet/query/reach.hpp"
#include "ppsnet/synth/katapult.hpp"

using namespace ppsnet;

namespace {

const model::PartnerGraph& katapult() {
  static const model::PartnerGraph g = [] {
    model::Diagnostics d;
    return synth::generate_katapult(synth::KatapultOptions{}, d);
  }();
  return g;
}

}  // namespace

TEST(ImpactBuiltin, QuarterOfMboInitiativesHaveNoHboPartner) {
  const auto r = query::education_levels(katapult());
  // Report: 152 mbo initiatives, 39 CoEs; 25% of mbo initiatives name no hbo partner (38 of 152).
  EXPECT_EQ(r.overall.mbo_initiatives, 152u);
  EXPECT_EQ(r.overall.initiatives, 152u + 39u);
  EXPECT_EQ(r.overall.mbo_without_hbo, 38u);
  ASSERT_TRUE(r.overall.mbo_without_hbo_share.has_value());
  EXPECT_DOUBLE_EQ(*r.overall.mbo_without_hbo_share, 0.25);
}

TEST(ImpactBuiltin, HogescholenNamedMostByMboInitiatives) {
  query::InvolvementOptions opt;
  opt.kind = model::InitiativeKind::mbo;
  opt.types = {model::OrganisationType::hogeschool};
  opt.top = 4;
  const auto& g = katapult();
  const auto r = query::involvement(g, opt);
  ASSERT_EQ(r.rankings.size(), 1u);
  ASSERT_GE(r.rankings[0].entries.size(), 4u);
  // Report: Inholland, Fontys, Hogeschool Rotterdam and Zuyd lead (in this order), strictly.
  // Names compared in lower case (the DUO register spells "Hogeschool INHOLLAND").
  const std::vector<std::string> expected{"inholland", "fontys", "rotterdam", "zuyd"};
  for (std::size_t k = 0; k < 4; ++k) {
    SCOPED_TRACE(k);
    std::string name = g.label(r.rankings[0].entries[k].organisation);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_NE(name.find(expected[k]), std::string::npos) << name;
    EXPECT_EQ(r.rankings[0].entries[k].rank, k + 1);
  }
}

TEST(ImpactBuiltin, PartnersPerInitiative) {
  const auto r = query::involvement(katapult());
  // Report: 48 partners per mbo initiative and 65.5 per CoE on average. ppsnet counts the lead as well (+1), and
  // the generator aims at 49 and 67 partners besides the lead (katapult.hpp explains the +1 and +1.5).
  std::map<std::string, double> mean;
  for (const auto& d : r.partners) mean[d.kind ? std::string(model::to_string(*d.kind)) : "all"] = d.mean;
  EXPECT_NEAR(mean["mbo"], 48.0 + 1.0, 2.0);
  EXPECT_NEAR(mean["coe"], 65.5 + 1.0, 2.5);
}

TEST(ImpactBuiltin, InitiativesPerProvinceAndRegionalReach) {
  const auto r = query::regional_reach(katapult());
  // Report: 7 initiatives in Flevoland (fewest) to 60 in Noord-Brabant (most); per province as the generator's
  // published table (katapult_initiatives_per_province, taken from the report).
  std::map<std::string, std::size_t> per_province;
  for (const auto& grp : r.per_province) per_province[grp.key] = grp.initiatives;
  for (const auto& p : synth::katapult_initiatives_per_province())
    EXPECT_EQ(per_province["PV" + std::to_string(p.province)], static_cast<std::size_t>(p.initiatives))
        << "PV" << int(p.province);
  EXPECT_EQ(per_province["PV24"], 7u);
  EXPECT_EQ(per_province["PV30"], 60u);

  // Report: 80-95% of partners from the own or a neighbouring COROP region in Gooi en Vechtstreek (CR24),
  // Zeeuwsch-Vlaanderen (CR31), Midden-Limburg (CR38), Zaanstreek (CR22), Agglomeratie Haarlem (CR21); 53-60% from
  // outside the own and neighbouring regions in Noord-Friesland (CR04), Zuidwest-Friesland (CR05),
  // Oost-Zuid-Holland (CR28), Noord-Overijssel (CR10), West-Noord-Brabant (CR33) (pooled over participations).
  std::map<std::string, const query::ReachGroup*> corop;
  for (const auto& grp : r.per_corop) corop[grp.key] = &grp;
  for (const char* key : {"CR24", "CR31", "CR38", "CR22", "CR21"}) {
    SCOPED_TRACE(key);
    ASSERT_TRUE(corop.count(key));
    ASSERT_TRUE(corop[key]->pooled.has_value());
    const double regional = (*corop[key]->pooled)[0] + (*corop[key]->pooled)[1];
    EXPECT_GE(regional, 0.80);
    EXPECT_LE(regional, 0.95);
  }
  for (const char* key : {"CR04", "CR05", "CR28", "CR10", "CR33"}) {
    SCOPED_TRACE(key);
    ASSERT_TRUE(corop.count(key));
    ASSERT_TRUE(corop[key]->pooled.has_value());
    const double outside = (*corop[key]->pooled)[2] + (*corop[key]->pooled)[3];  // elsewhere in NL + abroad
    EXPECT_GE(outside, 0.53);
    EXPECT_LE(outside, 0.60);
  }
}
