// Tests of importers/src/cordis.cpp.
// Fixture expectations are worked out by hand from the rows of tests/data/cordis/ (comments give the
// reasoning); the full-table numbers come from tests/reference/geo_cordis_reference.py (Python csv module)
// and the shared PROVENANCE.md (144,726 rows, 31,451 projects, 35,871 organisations).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "ppsnet/import/cordis.hpp"

namespace imp = ppsnet::import;
namespace model = ppsnet::model;

namespace {

const std::string kData = std::string(PPSNET_TEST_DATA_DIR) + "/cordis/";
const std::string kShared = PPSNET_SHARED_DATA_DIR;

const model::Organisation& org(const imp::ImportResult& r, const std::string& id) {
  const auto v = r.graph.find_organisation(id);
  if (!v) throw std::runtime_error("no organisation " + id);
  return r.graph.organisation(*v);
}

const model::Initiative& project(const imp::ImportResult& r, const std::string& id) {
  const auto v = r.graph.find_initiative(id);
  if (!v) throw std::runtime_error("no initiative " + id);
  return r.graph.initiative(*v);
}

/// The participation of (project, organisation); the first when there are several.
const model::Participation* participation(const imp::ImportResult& r, const std::string& p, const std::string& o) {
  const auto pi = r.graph.find_initiative(p);
  const auto oi = r.graph.find_organisation(o);
  for (const auto& x : r.graph.participations()) {
    if (pi && oi && x.initiative == *pi && x.organisation == *oi) return &x;
  }
  return nullptr;
}

}  // namespace

TEST(Cordis, ExportLayoutSample) {
  const auto r = imp::import_cordis(kData + "organization_sample.csv", {});
  // 13 rows: project 101000001 has 6, 101000002 has 7; TU Delft (999977366) is in both -> 12 organisations.
  EXPECT_EQ(r.graph.num_initiatives(), 2u);
  EXPECT_EQ(r.graph.num_organisations(), 12u);
  EXPECT_EQ(r.graph.participations().size(), 13u);
  EXPECT_EQ(r.graph.num_edges(), 13u);
  EXPECT_EQ(r.diagnostics.items().size(), 0u);
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_EQ(r.files[0].rows_read, 13u);
  EXPECT_EQ(r.files[0].rows_kept, 13u);
  EXPECT_NE(r.source.find("organization.csv export"), std::string::npos);

  const auto& aqua = project(r, "101000001");
  EXPECT_EQ(aqua.name, "AQUAFLEX");
  EXPECT_EQ(aqua.kind, model::InitiativeKind::project);
  EXPECT_EQ(aqua.lead_organisation_id, "999977366");
  EXPECT_EQ(project(r, "101000002").lead_organisation_id, "999955555");

  using T = model::OrganisationType;
  // Dutch HES: TU Delft and Erasmus MC by PIC table; HU, Hanze, Fontys by name -> hogeschool.
  EXPECT_EQ(org(r, "999977366").type, T::university);
  EXPECT_EQ(org(r, "999988424").type, T::university);
  EXPECT_EQ(org(r, "999911111").type, T::hogeschool);
  EXPECT_EQ(org(r, "999955555").type, T::hogeschool);
  EXPECT_EQ(org(r, "999999002").type, T::hogeschool);
  // Non-Dutch HES stay university; other activity types map directly.
  EXPECT_EQ(org(r, "999991722").type, T::university);
  EXPECT_EQ(org(r, "999944444").type, T::university);
  EXPECT_EQ(org(r, "999922222").type, T::company);
  EXPECT_EQ(org(r, "999933333").type, T::research_institute);
  EXPECT_EQ(org(r, "999966666").type, T::government);

  // Names with a quoted ';' and doubled quotes; PIC kept; city as municipality for Dutch organisations.
  EXPECT_EQ(org(r, "999922222").name, "Water; Energy & Co B.V.");
  EXPECT_EQ(org(r, "999977777").name, "ACME \"Solutions\" BV");
  EXPECT_EQ(org(r, "999977366").pic, "999977366");
  EXPECT_EQ(org(r, "999977366").location.municipality, "DELFT");
  const auto& ex = org(r, "999977366").extra;
  EXPECT_NE(std::find(ex.begin(), ex.end(), std::pair<std::string, std::string>{"nutsCode", "NL333"}), ex.end());
  EXPECT_NE(std::find(ex.begin(), ex.end(), std::pair<std::string, std::string>{"shortName", "TU Delft"}), ex.end());
  EXPECT_EQ(org(r, "999991722").location.municipality, "");  // not Dutch
  // Countries: EL -> GR, UK -> GB, NA = Namibia.
  EXPECT_EQ(org(r, "999933333").location.country, "GR");
  EXPECT_EQ(org(r, "999944444").location.country, "GB");
  EXPECT_EQ(org(r, "999999001").location.country, "NA");
  EXPECT_EQ(org(r, "999991722").location.country, "BE");

  // Decimal commas and roles.
  const auto* p = participation(r, "101000001", "999977366");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, model::Role::coordinator);
  EXPECT_DOUBLE_EQ(*p->contribution_eur, 1250000.50);
  EXPECT_DOUBLE_EQ(*participation(r, "101000001", "999991722")->contribution_eur, 420000.25);
  EXPECT_DOUBLE_EQ(*participation(r, "101000002", "999977366")->contribution_eur, 199999.99);
  EXPECT_DOUBLE_EQ(*participation(r, "101000002", "999999001")->contribution_eur, 35977.5);
  EXPECT_EQ(participation(r, "101000001", "999944444")->role, model::Role::partner);  // associatedPartner
  EXPECT_EQ(participation(r, "101000002", "999999002")->role, model::Role::partner);  // thirdParty
  EXPECT_FALSE(participation(r, "101000002", "999999002")->contribution_eur.has_value());
  std::size_t coordinators = 0;
  for (const auto& x : r.graph.participations()) coordinators += x.role == model::Role::coordinator ? 1 : 0;
  EXPECT_EQ(coordinators, 2u);
}

TEST(Cordis, ExportLayoutWithSharedGeoTables) {
  const std::string gem = kShared + "/derived_gemeente_corop_provincie_2024.csv";
  const std::string duo = kShared + "/duo_01-instellingen-hbo-en-wo.csv";
  if (!std::filesystem::exists(gem) || !std::filesystem::exists(duo)) GTEST_SKIP() << "shared data absent";
  imp::ImportOptions opt;
  opt.municipality_table = gem;
  opt.duo_register = duo;
  const auto r = imp::import_cordis(kData + "organization_sample.csv", opt);
  EXPECT_EQ(r.files.size(), 3u);  // the CORDIS file, the DUO register, the municipality table
  // DUO matches by name: TU Delft (21PF), Hogeschool Utrecht (25DW), Hanzehogeschool (25BE), Fontys (30GB).
  EXPECT_EQ(org(r, "999977366").brin, "21PF");
  EXPECT_EQ(org(r, "999911111").brin, "25DW");
  EXPECT_EQ(org(r, "999955555").brin, "25BE");
  EXPECT_EQ(org(r, "999999002").brin, "30GB");
  EXPECT_EQ(org(r, "999988424").brin, "");  // academic hospital: not in the DUO register
  // COROP regions (CBS): Delft 27, Utrecht 17, Rotterdam 29, Groningen 3, Eindhoven 36.
  EXPECT_EQ(org(r, "999977366").location.corop, 27);
  EXPECT_EQ(org(r, "999911111").location.corop, 17);
  EXPECT_EQ(org(r, "999922222").location.corop, 29);
  EXPECT_EQ(org(r, "999955555").location.corop, 3);
  EXPECT_EQ(org(r, "999977777").location.corop, 36);
  EXPECT_EQ(org(r, "999977777").location.province, 30);
  EXPECT_EQ(org(r, "999977777").location.municipality, "Eindhoven");
  EXPECT_EQ(org(r, "999991722").location.corop, 0);  // Leuven, BE
  EXPECT_EQ(r.diagnostics.count(model::DiagnosticKind::invalid_region), 0u);
}

TEST(Cordis, ExportLayoutErrors) {
  const auto r = imp::import_cordis(kData + "organization_errors.csv", {});
  // Lines: 2 ok; 3 identical repeat of 2 (warning, ignored); 4 same pair, other role (warning, kept);
  // 5 role "observer" (error, rejected); 6 no organisationID (error, rejected); 7 type XYZ (warning, other);
  // 8 country QQ (warning, unknown); 9 contribution "abc" (warning, empty); 10 four fields (malformed,
  // rejected by the reader); 11 organisation 999900001 again with type PUB (warning, first kept).
  ASSERT_GE(r.files.size(), 1u);
  const auto& f = r.files[0];
  EXPECT_EQ(f.rows_read, 10u);
  EXPECT_EQ(f.rows_rejected, 3u);
  EXPECT_EQ(f.rows_merged, 1u);
  EXPECT_EQ(f.rows_kept, 6u);
  ASSERT_EQ(r.rejects.size(), 3u);
  std::vector<std::size_t> lines;
  for (const auto& x : r.rejects) lines.push_back(x.line);
  std::sort(lines.begin(), lines.end());
  EXPECT_EQ(lines, (std::vector<std::size_t>{5, 6, 10}));
  using K = model::DiagnosticKind;
  EXPECT_EQ(r.diagnostics.count(K::duplicate_participation), 2u);
  EXPECT_EQ(r.diagnostics.count(K::invalid_role), 1u);
  EXPECT_EQ(r.diagnostics.count(K::missing_value), 1u);
  EXPECT_EQ(r.diagnostics.count(K::invalid_type), 2u);
  EXPECT_EQ(r.diagnostics.count(K::invalid_region), 1u);
  EXPECT_EQ(r.diagnostics.count(K::invalid_number), 1u);
  EXPECT_EQ(r.diagnostics.count(K::malformed_row), 1u);
  EXPECT_EQ(r.diagnostics.error_count(), 3u);

  EXPECT_EQ(r.graph.num_initiatives(), 2u);    // 101000003, 101000004
  EXPECT_EQ(r.graph.num_organisations(), 4u);  // 999900001..999900004
  EXPECT_EQ(r.graph.participations().size(), 6u);
  EXPECT_EQ(r.graph.num_edges(), 5u);  // lines 2 and 4 fold into one edge
  EXPECT_EQ(org(r, "999900001").type, model::OrganisationType::company);
  EXPECT_EQ(org(r, "999900002").type, model::OrganisationType::other);
  EXPECT_EQ(org(r, "999900003").location.country, "");
  EXPECT_FALSE(participation(r, "101000003", "999900004")->contribution_eur.has_value());
}

TEST(Cordis, ErrorPolicies) {
  imp::ImportOptions fail;
  fail.on_error = imp::OnError::fail;
  EXPECT_THROW(imp::import_cordis(kData + "organization_errors.csv", fail), model::InvalidInput);
  EXPECT_NO_THROW(imp::import_cordis(kData + "organization_sample.csv", fail));
  imp::ImportOptions skip;
  skip.on_error = imp::OnError::skip;
  skip.max_listed = 2;
  const auto r = imp::import_cordis(kData + "organization_errors.csv", skip);
  EXPECT_EQ(r.diagnostics.items().size(), 2u);
  EXPECT_EQ(r.diagnostics.error_count(), 3u);  // counts stay exact
  EXPECT_EQ(r.graph.participations().size(), 6u);
}

TEST(Cordis, EunetsLayoutSample) {
  const auto r = imp::import_cordis(kData + "eunets_sample.csv", {});
  // 10 rows; line 9 repeats line 8 exactly (ignored); line 10 role "observer" (rejected).
  EXPECT_EQ(r.graph.num_initiatives(), 3u);
  EXPECT_EQ(r.graph.num_organisations(), 7u);
  EXPECT_EQ(r.graph.participations().size(), 8u);
  EXPECT_EQ(r.files[0].rows_read, 10u);
  EXPECT_EQ(r.files[0].rows_kept, 8u);
  EXPECT_EQ(r.files[0].rows_rejected, 1u);
  EXPECT_EQ(r.files[0].rows_merged, 1u);
  EXPECT_EQ(r.diagnostics.count(model::DiagnosticKind::duplicate_participation), 1u);
  EXPECT_EQ(r.diagnostics.count(model::DiagnosticKind::invalid_role), 1u);
  EXPECT_EQ(r.diagnostics.count(model::DiagnosticKind::invalid_number), 1u);  // contribution "abc"
  EXPECT_NE(r.source.find("participation table"), std::string::npos);

  using T = model::OrganisationType;
  EXPECT_EQ(org(r, "999977366").type, T::university);
  EXPECT_EQ(org(r, "999977366").name, "Delft University of Technology");  // built-in PIC table
  EXPECT_EQ(org(r, "900000001").type, T::hogeschool);  // Dutch HES, unknown PIC, 1 row < 20
  EXPECT_EQ(org(r, "900000001").name, "PIC 900000001");
  EXPECT_EQ(org(r, "999596738").type, T::university);  // Namibian HES
  EXPECT_EQ(org(r, "999596738").location.country, "NA");
  EXPECT_EQ(org(r, "900000002").location.country, "GR");
  EXPECT_EQ(org(r, "900000002").type, T::company);
  EXPECT_EQ(org(r, "900000003").location.country, "GB");
  EXPECT_EQ(org(r, "900000003").type, T::research_institute);
  EXPECT_EQ(org(r, "900000004").type, T::government);
  EXPECT_EQ(org(r, "900000006").type, T::other);
  EXPECT_EQ(org(r, "999596738").extra, (model::ExtraAttributes{{"country_group", "tc"}}));

  EXPECT_EQ(project(r, "300001").start_year, 2019);
  EXPECT_FALSE(project(r, "300002").start_year.has_value());  // NA
  EXPECT_EQ(project(r, "300003").start_year, 2020);
  EXPECT_EQ(project(r, "300001").lead_organisation_id, "999977366");
  EXPECT_EQ(project(r, "300002").lead_organisation_id, "900000003");
  EXPECT_EQ(project(r, "300001").name, "");
  const auto& extra = project(r, "300001").extra;
  ASSERT_GE(extra.size(), 2u);
  EXPECT_EQ(extra[0], (std::pair<std::string, std::string>{"start_date", "2019-01-01"}));
  EXPECT_TRUE(project(r, "300002").extra.size() == 2u);  // only max_contribution and total_cost are not NA

  const auto* p = participation(r, "300001", "999596738");
  ASSERT_NE(p, nullptr);
  EXPECT_DOUBLE_EQ(*p->contribution_eur, 35977.5);
  EXPECT_EQ(p->year, 2019);
  EXPECT_EQ(p->role, model::Role::partner);
  EXPECT_FALSE(participation(r, "300001", "900000002")->contribution_eur.has_value());  // NA
  EXPECT_EQ(participation(r, "300001", "900000002")->role, model::Role::partner);       // "partner"
  EXPECT_FALSE(participation(r, "300002", "999977366")->year.has_value());
  EXPECT_FALSE(participation(r, "300003", "900000006")->contribution_eur.has_value());  // "abc"
}

TEST(Cordis, EunetsLayoutErrors) {
  const auto r = imp::import_cordis(kData + "eunets_errors.csv", {});
  // Line 3: project 400001 again with start_year 2019 (first row said 2018): warning invalid-number.
  // Line 4: organisation 910000001 again with country DE (first NL): warning invalid-region.
  // Line 5: start_year "20x8": warning invalid-number, no year. Line 6: empty rcn: error, rejected.
  // Line 7: empty type: warning invalid-type, type other.
  using K = model::DiagnosticKind;
  EXPECT_EQ(r.diagnostics.count(K::invalid_number), 2u);
  EXPECT_EQ(r.diagnostics.count(K::invalid_region), 1u);
  EXPECT_EQ(r.diagnostics.count(K::missing_value), 1u);
  EXPECT_EQ(r.diagnostics.count(K::invalid_type), 1u);
  EXPECT_EQ(r.diagnostics.error_count(), 1u);
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].line, 6u);
  EXPECT_EQ(r.graph.num_initiatives(), 4u);
  EXPECT_EQ(r.graph.num_organisations(), 4u);
  EXPECT_EQ(r.graph.participations().size(), 5u);
  EXPECT_EQ(project(r, "400001").start_year, 2018);
  EXPECT_FALSE(project(r, "400003").start_year.has_value());
  EXPECT_EQ(org(r, "910000001").location.country, "NL");
  EXPECT_EQ(org(r, "910000005").type, model::OrganisationType::other);
}

TEST(Cordis, EunetsDutchHesThreshold) {
  // Unknown Dutch HES PICs: 20 participation rows -> university, 19 -> hogeschool (docs/cordis.md).
  const auto dir = std::filesystem::temp_directory_path() / ("ppsnet_cordis_threshold_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = (dir / "t.csv").string();
  {
    std::ofstream out(path);
    out << "rcn,role,pic,type,contribution,country,start_year\n";
    for (int i = 0; i < 20; ++i) out << 500000 + i << ",participant,900000099,HES,1,NL,2018\n";
    for (int i = 0; i < 19; ++i) out << 600000 + i << ",participant,900000098,HES,1,NL,2018\n";
    out << "700000,participant,900000097,HES,1,BE,2018\n";
  }
  const auto r = imp::import_cordis(path, {});
  EXPECT_EQ(r.graph.num_initiatives(), 40u);
  EXPECT_EQ(org(r, "900000099").type, model::OrganisationType::university);
  EXPECT_EQ(org(r, "900000098").type, model::OrganisationType::hogeschool);
  EXPECT_EQ(org(r, "900000097").type, model::OrganisationType::university);
  std::filesystem::remove_all(dir);
}

TEST(Cordis, UnknownLayoutAndMissingFile) {
  try {
    imp::import_cordis(kData + "municipalities_sample.csv", {});
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    EXPECT_NE(std::string(e.what()).find("missing-column"), std::string::npos) << e.what();
  }
  EXPECT_THROW(imp::import_cordis(kData + "no_such_file.csv", {}), model::InvalidInput);
}

TEST(Cordis, FullEunetsTable) {
  const std::string path = kShared + "/cordis_h2020_participations_eunets.csv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data absent: " << path;
  const auto t0 = std::chrono::steady_clock::now();
  const auto r = imp::import_cordis(path, {});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cout << "[ info ] full CORDIS table imported in " << seconds << " s\n";
  // Values from tests/reference/geo_cordis_reference.py.
  EXPECT_EQ(r.graph.num_initiatives(), 31451u);
  EXPECT_EQ(r.graph.num_organisations(), 35871u);
  EXPECT_EQ(r.graph.participations().size(), 144726u);
  EXPECT_EQ(r.graph.num_edges(), 144726u);  // no repeated (rcn, pic) pair
  EXPECT_EQ(r.diagnostics.items().size(), 0u);  // every country, type, role, number parses
  std::size_t coord = 0, partner = 0, with_contribution = 0;
  double sum = 0;
  for (const auto& p : r.graph.participations()) {
    (p.role == model::Role::coordinator ? coord : partner)++;
    if (p.contribution_eur) {
      ++with_contribution;
      sum += *p.contribution_eur;
    }
  }
  EXPECT_EQ(coord, 31476u);
  EXPECT_EQ(partner, 113250u);
  EXPECT_EQ(with_contribution, 130972u);
  EXPECT_NEAR(sum, 59062053006.72, 1.0);
  std::map<std::string, std::size_t> countries;
  std::size_t nl_uni = 0, nl_hbo = 0, uni = 0;
  for (const auto& o : r.graph.organisations()) {
    ++countries[o.location.country];
    if (o.type == model::OrganisationType::university) ++uni;
    if (o.location.country == "NL" && o.type == model::OrganisationType::university) ++nl_uni;
    if (o.location.country == "NL" && o.type == model::OrganisationType::hogeschool) ++nl_hbo;
  }
  EXPECT_EQ(countries["NA"], 8u);
  EXPECT_EQ(countries["GR"], 878u);
  EXPECT_EQ(countries["GB"], 2953u);
  EXPECT_EQ(countries["EL"], 0u);
  EXPECT_EQ(countries["UK"], 0u);
  EXPECT_EQ(nl_uni, 18u);
  EXPECT_EQ(nl_hbo, 30u);
  EXPECT_EQ(uni, 2587u);
  std::size_t no_year = 0;
  for (const auto& x : r.graph.initiatives()) no_year += x.start_year ? 0 : 1;
  EXPECT_EQ(no_year, 6u);
}

namespace {

TEST(Cordis, UnknownCityIsReportedAtTheOrganisationsFirstRow) {
  // organization.csv layout: line 2 Alpha BV in "Nergenshuizen", not in gemeenten_small.csv (Almere, Haarlem), so
  // the warning points at line 2 (the organisation's first row; no column: the city may come from any of its
  // rows); line 3 Beta BV in Haarlem resolves.
  const auto path = std::filesystem::temp_directory_path() / ("ppsnet_cordis_city_" + std::to_string(::getpid()) + ".csv");
  std::ofstream(path) << "projectID;projectAcronym;organisationID;name;activityType;city;country;role;ecContribution\n"
                         "101;P;999900001;Alpha BV;PRC;Nergenshuizen;NL;coordinator;1000\n"
                         "101;P;999900002;Beta BV;PRC;Haarlem;NL;participant;500\n";
  imp::ImportOptions opt;
  opt.municipality_table = std::string(PPSNET_TEST_DATA_DIR) + "/importers/gemeenten_small.csv";
  const auto r = imp::import_cordis(path.string(), opt);
  std::filesystem::remove(path);
  const model::Diagnostic* d = nullptr;
  for (const auto& x : r.diagnostics.items())
    if (x.kind == model::DiagnosticKind::invalid_region) d = &x;
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(r.diagnostics.count(model::DiagnosticKind::invalid_region), 1u);
  EXPECT_EQ(d->file, path.string());
  EXPECT_EQ(d->line, 2u);
  EXPECT_NE(d->message.find("municipality \"Nergenshuizen\" of organisation \"999900001\""), std::string::npos)
      << d->message;
}

}  // namespace
