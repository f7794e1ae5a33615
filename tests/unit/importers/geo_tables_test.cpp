// Tests of importers/src/geo_tables.cpp: municipality table, DUO register, enrichment.
// Fixture expectations are worked out by hand from the fixture rows (tests/data/cordis/*_sample.csv);
// shared-file counts come from tests/reference/geo_tables_reference.py (Python csv module) and from the
// shared PROVENANCE.md (342 municipalities, 2,501 residences, 54 DUO rows: 36 hbo, 18 wo).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "ppsnet/import/geo_tables.hpp"

namespace imp = ppsnet::import;
namespace model = ppsnet::model;

namespace {

const std::string kData = std::string(PPSNET_TEST_DATA_DIR) + "/cordis/";
const std::string kShared = PPSNET_SHARED_DATA_DIR;

bool shared_present(const std::string& file) { return std::filesystem::exists(kShared + "/" + file); }

}  // namespace

TEST(GeoTables, NameKeys) {
  EXPECT_EQ(imp::name_key("'s-Gravenhage"), "s gravenhage");
  EXPECT_EQ(imp::name_key("S GRAVENHAGE"), "s gravenhage");
  EXPECT_EQ(imp::name_key("  Nuenen, Gerwen en Nederwetten "), "nuenen gerwen en nederwetten");
  EXPECT_EQ(imp::name_key("Fryslân"), "fryslan");
  EXPECT_EQ(imp::name_key("Middelburg (Z.)"), "middelburg z");
  EXPECT_EQ(imp::name_key(""), "");
  EXPECT_EQ(imp::institution_key("Stichting Wageningen University & Research"), "wageningen university en research");
  EXPECT_EQ(imp::institution_key("STICHTING HOGESCHOOL UTRECHT"), "hogeschool utrecht");
  EXPECT_EQ(imp::web_host("HTTPS://www.TUDelft.nl/en/?x=1"), "tudelft.nl");
  EXPECT_EQ(imp::web_host("www.nhl.nl"), "nhl.nl");
  EXPECT_EQ(imp::web_host("http://example.org:8080/a"), "example.org");
  EXPECT_EQ(imp::web_host(""), "");
}

TEST(GeoTables, DutchInstitutionTypeFromName) {
  using T = model::OrganisationType;
  EXPECT_EQ(imp::dutch_institution_type_from_name("STICHTING HOGESCHOOL UTRECHT"), T::hogeschool);
  EXPECT_EQ(imp::dutch_institution_type_from_name("HU University of Applied Sciences Utrecht"), T::hogeschool);
  EXPECT_EQ(imp::dutch_institution_type_from_name("Stichting Fontys"), T::hogeschool);
  EXPECT_EQ(imp::dutch_institution_type_from_name("Gerrit Rietveld Academie"), T::hogeschool);
  EXPECT_EQ(imp::dutch_institution_type_from_name("RIJKSUNIVERSITEIT GRONINGEN"), T::university);
  EXPECT_EQ(imp::dutch_institution_type_from_name("Stichting Katholieke Universiteit"), T::university);
  EXPECT_EQ(imp::dutch_institution_type_from_name("ACADEMISCH ZIEKENHUIS LEIDEN"), T::university);
  EXPECT_EQ(imp::dutch_institution_type_from_name("UMC Utrecht"), T::university);
  EXPECT_EQ(imp::dutch_institution_type_from_name("Shell Nederland BV"), std::nullopt);
  EXPECT_EQ(imp::dutch_institution_type_from_name(""), std::nullopt);
}

TEST(GeoTables, MunicipalityFixture) {
  model::Diagnostics diag;
  imp::MunicipalityTable t;
  const auto f = t.load(kData + "municipalities_sample.csv", diag);
  // 8 data rows; line 7 (COROP 41) rejected; line 9 repeats 0080 (first kept) -> 6 municipalities.
  EXPECT_EQ(f.rows_read, 8u);
  EXPECT_EQ(f.rows_rejected, 1u);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(diag.count(model::DiagnosticKind::invalid_region), 2u);  // line 7 error, line 8 province warning
  EXPECT_EQ(diag.count(model::DiagnosticKind::duplicate_id), 1u);    // line 9
  EXPECT_EQ(diag.error_count(), 1u);

  ASSERT_NE(t.find("Leeuwarden"), nullptr);
  EXPECT_EQ(t.find("Leeuwarden")->code, "0080");
  EXPECT_EQ(t.find("Leeuwarden")->corop, 4);  // first row kept, not COROP 05 of line 9
  EXPECT_EQ(t.find("Leeuwarden")->province, 21);
  EXPECT_EQ(t.find("80"), t.find("Leeuwarden"));
  EXPECT_EQ(t.find("GM0080"), t.find("Leeuwarden"));
  EXPECT_EQ(t.find_code("0080"), t.find("Leeuwarden"));
  for (const char* name : {"'s-Gravenhage", "S GRAVENHAGE", "Den Haag", "the hague"}) {
    ASSERT_NE(t.find(name), nullptr) << name;
    EXPECT_EQ(t.find(name)->code, "0518") << name;
  }
  ASSERT_NE(t.find("Middelburg"), nullptr);
  EXPECT_EQ(t.find("Middelburg")->code, "0687");
  EXPECT_EQ(t.find("Middelburg (Z.)")->code, "0687");
  ASSERT_NE(t.find("EDE GLD"), nullptr);
  EXPECT_EQ(t.find("EDE GLD")->code, "0228");
  EXPECT_EQ(t.find("nuenen, gerwen en nederwetten")->corop, 36);
  // Delft: the file says province 26 but COROP 27 lies in Zuid-Holland (28): the COROP's province is used.
  EXPECT_EQ(t.find("Delft")->province, 28);
  EXPECT_EQ(t.find("Atlantis"), nullptr);
  EXPECT_EQ(t.find("9999"), nullptr);
  EXPECT_EQ(t.find(""), nullptr);
}

TEST(GeoTables, ResidenceFixture) {
  model::Diagnostics diag;
  imp::MunicipalityTable t;
  t.load(kData + "municipalities_sample.csv", diag);
  t.load(kData + "woonplaatsen_sample.csv", diag);
  // Adds Rheden (0275) and Land van Cuijk (1982); Ede exists already.
  EXPECT_EQ(t.size(), 8u);
  EXPECT_EQ(t.find("Velp"), nullptr);  // residence in 0275 and 1982: ambiguous
  EXPECT_EQ(t.ambiguous_residences.count("velp"), 1u);
  ASSERT_NE(t.find("Bennekom"), nullptr);
  EXPECT_EQ(t.find("Bennekom")->code, "0228");
  ASSERT_NE(t.find("Dieren"), nullptr);
  EXPECT_EQ(t.find("Dieren")->name, "Rheden");
  EXPECT_EQ(t.find("Dieren")->corop, 15);
  EXPECT_EQ(t.find("Dieren")->province, 25);  // province of COROP 15 Arnhem/Nijmegen
  EXPECT_EQ(t.find("1982")->province, 30);
}

TEST(GeoTables, MunicipalityTableWrongHeaderThrows) {
  model::Diagnostics diag;
  imp::MunicipalityTable t;
  EXPECT_THROW(t.load(kData + "duo_sample.csv", diag), model::InvalidInput);
  EXPECT_EQ(diag.count(model::DiagnosticKind::missing_column), 1u);
  EXPECT_THROW(t.load(kData + "does_not_exist.csv", diag), model::InvalidInput);
}

TEST(GeoTables, DuoFixture) {
  model::Diagnostics diag;
  imp::DuoRegister duo;
  const auto f = duo.load(kData + "duo_sample.csv", diag);
  // 5 rows: mbo row (warning invalid-type) and repeated 21PF (error duplicate-id) skipped.
  EXPECT_EQ(f.rows_read, 5u);
  EXPECT_EQ(f.rows_rejected, 2u);
  ASSERT_EQ(duo.size(), 3u);
  EXPECT_EQ(diag.count(model::DiagnosticKind::converted_encoding), 1u);  // Latin-1 file
  EXPECT_EQ(diag.count(model::DiagnosticKind::invalid_type), 1u);
  EXPECT_EQ(diag.count(model::DiagnosticKind::duplicate_id), 1u);

  const auto* tud = duo.find_brin(" 21pf ");
  ASSERT_NE(tud, nullptr);
  EXPECT_EQ(tud->name, "Technische Universiteit Delft");
  EXPECT_EQ(tud->level, model::EducationLevel::wo);
  EXPECT_EQ(tud->corop, 27);
  EXPECT_EQ(tud->province, 28);
  EXPECT_EQ(tud->municipality_code, "0503");
  EXPECT_EQ(duo.find_name("Delft University of Technology"), tud);   // built-in alias
  EXPECT_EQ(duo.find_name("TECHNISCHE UNIVERSITEIT DELFT"), tud);
  EXPECT_EQ(duo.find_website("https://www.tudelft.nl/en/"), tud);
  const auto* frl = duo.find_brin("99ZZ");
  ASSERT_NE(frl, nullptr);
  EXPECT_EQ(frl->name, "Hegeskoalle Fryslân");  // converted from Latin-1
  EXPECT_EQ(frl->province, 21);                  // "Fryslân" parsed as Friesland
  EXPECT_EQ(frl->level, model::EducationLevel::hbo);
  EXPECT_EQ(duo.find_name("hegeskoalle fryslan"), frl);
  EXPECT_EQ(duo.find_website("http://example.frl"), frl);
  EXPECT_EQ(duo.find_name("NHL Stenden University of Applied Sciences")->brin, "31FR");
  EXPECT_EQ(duo.find_name("Hogeschool Utrecht"), nullptr);  // alias only for BRINs in the register
  EXPECT_EQ(duo.find_brin("12AB"), nullptr);
  EXPECT_EQ(duo.find_brin("0000"), nullptr);
}

TEST(GeoTables, Enrichment) {
  model::Diagnostics diag;
  imp::MunicipalityTable table;
  table.load(kData + "municipalities_sample.csv", diag);
  table.load(kData + "woonplaatsen_sample.csv", diag);
  imp::DuoRegister duo;
  duo.load(kData + "duo_sample.csv", diag);

  model::Diagnostics bd;
  model::GraphBuilder b(bd);
  auto org = [&](std::string id, std::string name, std::string country, std::string municipality,
                 std::string brin = {}) {
    model::Organisation o;
    o.id = std::move(id);
    o.name = std::move(name);
    o.location.country = std::move(country);
    o.location.municipality = std::move(municipality);
    o.brin = std::move(brin);
    ASSERT_TRUE(b.add_organisation(std::move(o)));
  };
  org("a", "TECHNISCHE UNIVERSITEIT DELFT", "NL", "");
  org("b", "Some company", "NL", "Den Haag");
  org("c", "x", "", "", "99ZZ");
  org("d", "y", "NL", "", "00XX");
  org("e", "z", "NL", "Velp");
  org("f", "Belgian firm", "BE", "Ede");
  org("g", "Stenden", "NL", "");
  {
    model::Organisation h;
    h.id = "h";
    h.location.corop = 13;
    ASSERT_TRUE(b.add_organisation(std::move(h)));
  }
  model::Initiative x;
  x.id = "i1";
  x.location.municipality = "Bennekom";
  ASSERT_TRUE(b.add_initiative(std::move(x)));

  const std::vector<std::string> websites = {"", "", "", "", "", "", "https://www.nhl.nl/en", ""};
  model::Diagnostics ed;
  const auto s1 = imp::enrich_institutions(b, duo, ed, &websites);
  EXPECT_EQ(s1.institutions_matched, 3u);  // a by name, c by BRIN, g by web address
  EXPECT_EQ(ed.count(model::DiagnosticKind::unknown_organisation), 1u);  // d: BRIN 00XX
  const auto s2 = imp::enrich_locations(b, table, ed);
  EXPECT_EQ(s2.located, 2u);                // b, i1
  EXPECT_EQ(s2.unknown_municipality, 1u);   // e: Velp is ambiguous
  EXPECT_EQ(ed.count(model::DiagnosticKind::invalid_region), 1u);
  for (const auto& d : ed.items()) {
    if (d.kind != model::DiagnosticKind::invalid_region) continue;
    // Says why Velp does not resolve, not "not in the table".
    EXPECT_NE(d.message.find("\"Velp\" of organisation \"e\" is a place name that lies in more than one municipality ("),
              std::string::npos)
        << d.message;
  }

  const auto& a = b.organisation_at(0);
  EXPECT_EQ(a.type, model::OrganisationType::university);
  EXPECT_EQ(a.brin, "21PF");
  EXPECT_EQ(a.location.corop, 27);
  EXPECT_EQ(a.location.province, 28);
  EXPECT_EQ(a.location.municipality, "DELFT");
  const auto& bb = b.organisation_at(1);
  EXPECT_EQ(bb.location.corop, 26);
  EXPECT_EQ(bb.location.province, 28);
  EXPECT_EQ(bb.location.municipality, "'s-Gravenhage");
  EXPECT_EQ(bb.type, model::OrganisationType::other);
  const auto& c = b.organisation_at(2);
  EXPECT_EQ(c.type, model::OrganisationType::hogeschool);
  EXPECT_EQ(c.location.country, "NL");
  EXPECT_EQ(c.location.corop, 4);
  EXPECT_EQ(b.organisation_at(3).type, model::OrganisationType::other);
  EXPECT_EQ(b.organisation_at(4).location.corop, 0);
  EXPECT_EQ(b.organisation_at(5).location.corop, 0);  // not Dutch: left alone
  EXPECT_EQ(b.organisation_at(6).brin, "31FR");
  EXPECT_EQ(b.organisation_at(6).type, model::OrganisationType::hogeschool);
  EXPECT_EQ(b.organisation_at(7).location.province, 25);  // province of COROP 13 filled in
  EXPECT_EQ(b.initiative_at(0).location.corop, 13);
  EXPECT_EQ(b.initiative_at(0).location.municipality, "Ede");
}

TEST(GeoTables, ApplyOptions) {
  model::Diagnostics bd;
  model::GraphBuilder b(bd);
  model::Organisation o;
  o.id = "x";
  o.location.municipality = "Dieren";
  ASSERT_TRUE(b.add_organisation(std::move(o)));
  imp::ImportOptions opt;
  std::vector<imp::FileSummary> files;
  model::Diagnostics diag;
  EXPECT_EQ(imp::apply_geo_options(b, opt, diag, &files).located, 0u);  // nothing set: nothing done
  EXPECT_TRUE(files.empty());
  opt.municipality_table = kData + "woonplaatsen_sample.csv";
  opt.duo_register = kData + "duo_sample.csv";
  const auto s = imp::apply_geo_options(b, opt, diag, &files);
  EXPECT_EQ(s.located, 1u);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].rows_read, 5u);  // DUO first
  EXPECT_EQ(files[1].rows_read, 5u);  // woonplaatsen
  EXPECT_EQ(b.organisation_at(0).location.corop, 15);
}

TEST(GeoTables, SharedMunicipalityFiles) {
  if (!shared_present("derived_gemeente_corop_provincie_2024.csv") ||
      !shared_present("cbs_woonplaats_gemeente_corop_2024.csv")) {
    GTEST_SKIP() << "shared data absent: " << kShared;
  }
  model::Diagnostics diag;
  imp::MunicipalityTable t;
  const auto f = t.load(kShared + "/derived_gemeente_corop_provincie_2024.csv", diag);
  EXPECT_EQ(f.rows_read, 342u);
  EXPECT_EQ(t.size(), 342u);
  EXPECT_EQ(diag.error_count() + diag.warning_count(), 0u);  // provinces agree with the COROP regions
  EXPECT_EQ(t.find("Leeuwarden")->corop, 4);
  EXPECT_EQ(t.find("Almere")->corop, 40);
  EXPECT_EQ(t.find("Almere")->province, 24);
  EXPECT_EQ(t.find("Den Haag")->code, "0518");
  EXPECT_EQ(t.find("Middelburg")->code, "0687");
  EXPECT_EQ(t.find("Nuenen, Gerwen en Nederwetten")->corop, 36);  // quoted name with a comma
  t.load(kShared + "/cbs_woonplaats_gemeente_corop_2024.csv", diag);
  EXPECT_EQ(t.size(), 342u);  // same municipalities
  // tests/reference/geo_tables_reference.py: 2,352 residence names in one municipality, 72 in several
  // (by name_key: "Kapel-Avezaath" in 0214 and "Kapel Avezaath" in 0281 are one ambiguous name).
  EXPECT_EQ(t.by_residence.size(), 2352u);
  EXPECT_EQ(t.ambiguous_residences.size(), 72u);
  EXPECT_EQ(t.find("Velp"), nullptr);
  ASSERT_NE(t.find("Bennekom"), nullptr);
  EXPECT_EQ(t.find("Bennekom")->name, "Ede");
}

TEST(GeoTables, SharedDuoRegister) {
  if (!shared_present("duo_01-instellingen-hbo-en-wo.csv") ||
      !shared_present("derived_gemeente_corop_provincie_2024.csv")) {
    GTEST_SKIP() << "shared data absent: " << kShared;
  }
  model::Diagnostics diag;
  imp::DuoRegister duo;
  duo.load(kShared + "/duo_01-instellingen-hbo-en-wo.csv", diag);
  ASSERT_EQ(duo.size(), 54u);
  std::size_t wo = 0, hbo = 0;
  for (const auto& i : duo.institutions) (i.level == model::EducationLevel::wo ? wo : hbo)++;
  EXPECT_EQ(wo, 18u);
  EXPECT_EQ(hbo, 36u);
  EXPECT_EQ(diag.count(model::DiagnosticKind::converted_encoding), 1u);
  EXPECT_EQ(diag.error_count(), 0u);
  imp::MunicipalityTable t;
  t.load(kShared + "/derived_gemeente_corop_provincie_2024.csv", diag);
  // geo_tables_reference.py: all 54 municipality codes are in the CBS 2024 table with DUO's COROP code.
  std::size_t same = 0;
  for (const auto& i : duo.institutions) {
    const auto* m = t.find_code(i.municipality_code);
    if (m != nullptr && m->corop == i.corop) ++same;
    EXPECT_NE(i.province, 0) << i.name;
  }
  EXPECT_EQ(same, 54u);
  EXPECT_EQ(duo.find_name("STICHTING HOGESCHOOL UTRECHT")->brin, "25DW");
  EXPECT_EQ(duo.find_name("Stichting Katholieke Universiteit")->brin, "21PM");
  EXPECT_EQ(duo.find_name("University of Groningen")->brin, "21PC");
  EXPECT_EQ(duo.find_brin("00IC")->name, "Katholieke PABO Zwolle");
  EXPECT_EQ(duo.find_website("http://www.hanze.nl/eng")->brin, "25BE");
}
