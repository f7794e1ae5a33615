// Tests of the long CSV importer. tests/data/importers/long/data.csv (`;`, decimal commas), read through
// mapping.txt; expected values by hand, per line of data.csv:
//  2 P1 (mbo) + "Boer BV" (bedrijf = company) + lead ("penvoerder"), 1.250,50 = 1250.5 EUR   kept
//  3 P1 again + "ROC Flevoland" (roc = mbo-school)                                              kept
//  4 P2 (coe) + "Boer BV" again; contribution "abc" -> warning invalid-number                   kept
//  5 P3 kind "spaceship" -> error invalid-kind: row rejected (listed once)
//  6 P3 again (already rejected) + "Y BV" added; participation -> error unknown-initiative      rejected
//  7 empty project -> error missing-value                                                       rejected
//  8 P2 + "W" type "alien" -> error invalid-type                                                rejected
// => initiatives P1, P2; organisations Boer BV, ROC Flevoland, Y BV; edges P1-Boer, P1-ROC, P2-Boer.
#include "ppsnet/import/long_csv.hpp"

#include <gtest/gtest.h>

namespace ppsnet::import {
namespace {

using model::DiagnosticKind;

const std::string kDir = std::string(PPSNET_TEST_DATA_DIR) + "/importers/long/";

TEST(LongCsv, KeyValueMapping) {
  ImportOptions o;
  o.mapping_file = kDir + "mapping.txt";
  ImportResult r = import_long_csv(kDir + "data.csv", o);
  const auto& g = r.graph;
  EXPECT_EQ(g.num_initiatives(), 2u);
  EXPECT_EQ(g.num_organisations(), 3u);
  EXPECT_EQ(g.num_edges(), 3u);
  const auto& boer = g.organisation(*g.find_organisation("Boer BV"));
  EXPECT_EQ(boer.type, model::OrganisationType::company);
  EXPECT_EQ(boer.kvk, "01234567");
  EXPECT_EQ(boer.location.municipality, "Dronten");
  EXPECT_EQ(g.organisation(*g.find_organisation("ROC Flevoland")).type, model::OrganisationType::mbo_school);
  bool lead = false;
  for (const auto& p : g.participations())
    if (p.role == model::Role::lead) {
      lead = true;
      EXPECT_DOUBLE_EQ(p.contribution_eur.value_or(0), 1250.5);
    }
  EXPECT_TRUE(lead);

  const auto& d = r.diagnostics;
  EXPECT_EQ(d.count(DiagnosticKind::invalid_kind), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::invalid_type), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::missing_value), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::unknown_initiative), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::invalid_number), 1u);
  EXPECT_EQ(d.error_count(), 4u);
  // Diagnostics name the data file's column.
  for (const auto& x : d.items())
    if (x.kind == DiagnosticKind::invalid_kind) {
      EXPECT_EQ(x.line, 5u);
      EXPECT_EQ(x.column, 2u);
      EXPECT_EQ(x.column_name, "Soort");
    }

  ASSERT_EQ(r.rejects.size(), 4u);
  EXPECT_EQ(r.rejects[0].line, 5u);
  EXPECT_EQ(r.rejects[1].line, 6u);
  EXPECT_EQ(r.rejects[2].line, 7u);
  EXPECT_EQ(r.rejects[3].line, 8u);
  ASSERT_EQ(r.files.size(), 3u);
  EXPECT_EQ(r.files[0].rows_read, 4u);  // P1, P2, P3, empty id
  EXPECT_EQ(r.files[0].rows_kept, 2u);
  EXPECT_EQ(r.files[1].rows_read, 4u);  // Boer BV, ROC Flevoland, Y BV, W
  EXPECT_EQ(r.files[1].rows_rejected, 1u);
  EXPECT_EQ(r.files[2].rows_read, 7u);
  EXPECT_EQ(r.files[2].rows_kept, 3u);
  EXPECT_EQ(r.files[2].rows_rejected, 4u);
}

TEST(LongCsv, CsvMapping) {
  model::Diagnostics d;
  ColumnMapping m = parse_mapping(kDir + "mapping.csv", d);
  ASSERT_EQ(m.entries.size(), 4u);
  EXPECT_EQ(m.find("initiative.id")->column, "Project");
  EXPECT_EQ(m.find("organisation_id")->column, "Partner");
  ImportResult r = import_long_csv(kDir + "data.csv", m, {});
  EXPECT_EQ(r.graph.num_initiatives(), 2u);
  EXPECT_EQ(r.graph.num_organisations(), 3u);
}

TEST(LongCsv, MappingErrors) {
  model::Diagnostics d;
  // Unknown field, duplicate field, line without '=' -> three mapping errors, thrown.
  EXPECT_THROW(parse_mapping_text("initiative.id = A\norganisation.colour = B\ninitiative_id = C\noops\n", "m.txt", d),
               model::InvalidInput);
  EXPECT_EQ(d.count(DiagnosticKind::mapping_error), 3u);
  // A mapped column that is not in the data file.
  model::Diagnostics d2;
  ColumnMapping m = parse_mapping_text(
      "initiative.id = Projectcode\ninitiative.kind = Soort\norganisation.id = Partner\norganisation.type = Partnertype\n",
      "m.txt", d2);
  try {
    import_long_csv(kDir + "data.csv", m, {});
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("m.txt:1: error[mapping-error]: column \"Projectcode\""), std::string::npos) << msg;
  }
  // Required fields not mapped.
  model::Diagnostics d3;
  ColumnMapping m3 = parse_mapping_text("initiative.id = Project\norganisation.id = Partner\n", "m.txt", d3);
  try {
    import_long_csv(kDir + "data.csv", m3, {});
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    EXPECT_NE(std::string(e.what()).find("\"initiative.kind\" is not mapped"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("and 1 more"), std::string::npos) << e.what();
  }
  // No mapping file given.
  EXPECT_THROW(import_long_csv(kDir + "data.csv", ImportOptions{}), model::InvalidInput);
}

}  // namespace
}  // namespace ppsnet::import

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace ppsnet::import {
namespace {

TEST(LongCsv, LaterRowOfARejectedInitiativeSaysWhere) {
  // data.csv line 5: P3 with kind "spaceship" (rejected); line 6 names P3 again (see the file comment).
  ImportOptions o;
  o.mapping_file = kDir + "mapping.txt";
  ImportResult r = import_long_csv(kDir + "data.csv", o);
  const model::Diagnostic* p3 = nullptr;
  for (const auto& d : r.diagnostics.items())
    if (d.kind == DiagnosticKind::unknown_initiative) p3 = &d;
  ASSERT_NE(p3, nullptr);
  EXPECT_EQ(p3->line, 6u);
  EXPECT_EQ(p3->column, 1u);           // the mapped column Project
  EXPECT_EQ(p3->column_name, "Project");
  EXPECT_NE(p3->message.find("initiative \"P3\" is not in the network because its own row at " + kDir +
                             "data.csv:5 was rejected (initiative kind \"spaceship\" is not recognised)"),
            std::string::npos)
      << p3->message;
}

TEST(LongCsv, DuplicateMappedColumnStopsTheImport) {
  // Header: Project;Soort;Partner;Partnertype;Partner -> "Partner" (mapped) at columns 3 and 5.
  const auto path = std::filesystem::temp_directory_path() / ("ppsnet_long_dup_" + std::to_string(::getpid()) + ".csv");
  std::ofstream(path) << "Project;Soort;Partner;Partnertype;Partner\nP1;mbo;A;bedrijf;B\n";
  model::Diagnostics d;
  ColumnMapping m = parse_mapping_text(
      "initiative.id = Project\ninitiative.kind = Soort\norganisation.id = Partner\norganisation.type = Partnertype\n",
      "m.txt", d);
  try {
    import_long_csv(path.string(), m, {});
    ADD_FAILURE() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    const std::string msg = e.what();
    EXPECT_EQ(msg.rfind(path.string() + ":1:5: error[duplicate-column]: columns 3 and 5 are both named \"Partner\"", 0), 0u)
        << msg;
  }
  std::filesystem::remove(path);
}

TEST(LongCsv, ShortRowKeptWhenItHoldsTheMappedRequiredColumns) {
  // Header Project;Soort;Partner;Partnertype;Bedrag (5 columns); mapped and required: Project, Soort,
  // Partner, Partnertype (columns 1-4); Bedrag (contribution) is optional.
  //  line 2 "P1;mbo;A;bedrijf"  4 fields: Bedrag read as empty, warning malformed-row at :2   kept
  //  line 3 "P1;mbo;B"          3 fields: Partnertype (column 4) missing -> error               rejected
  const auto path = std::filesystem::temp_directory_path() / ("ppsnet_long_short_" + std::to_string(::getpid()) + ".csv");
  std::ofstream(path) << "Project;Soort;Partner;Partnertype;Bedrag\nP1;mbo;A;bedrijf\nP1;mbo;B\n";
  model::Diagnostics d;
  ColumnMapping m = parse_mapping_text(
      "initiative.id = Project\ninitiative.kind = Soort\norganisation.id = Partner\norganisation.type = Partnertype\n"
      "contribution_eur = Bedrag\n",
      "m.txt", d);
  ImportResult r = import_long_csv(path.string(), m, {});
  std::filesystem::remove(path);
  EXPECT_EQ(r.graph.participations().size(), 1u);
  EXPECT_EQ(r.rejects.size(), 1u);
  ASSERT_EQ(r.diagnostics.count(DiagnosticKind::malformed_row), 2u);
  const auto& w = r.diagnostics.items()[0];
  EXPECT_EQ(w.severity, model::Severity::warning);
  EXPECT_EQ(w.line, 2u);
  EXPECT_EQ(w.message, "the row has 4 fields, the header has 5; the missing last field (Bedrag) was read as empty");
  const auto& e = r.diagnostics.items()[1];
  EXPECT_EQ(e.severity, model::Severity::error);
  EXPECT_EQ(e.line, 3u);
  EXPECT_NE(e.message.find("the required column \"Partnertype\" (column 4) is not among them"), std::string::npos)
      << e.format();
}

}  // namespace
}  // namespace ppsnet::import
