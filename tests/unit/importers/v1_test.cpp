// Tests of the format v1 folder importer (ppsnet/import/v1.hpp).
// The fixture tests/data/importers/v1_basic/ is small enough to count by hand; the expected values below
// are derived from its rows (line numbers include the header as line 1):
//  initiatives.csv  (`,`, LF): I1 ok (CR40 -> province 24 Flevoland, country "" -> NL, extra website),
//      I2 ok (39 + Limburg, consistent: CR39 Zuid-Limburg lies in PV31), I3 line 4 kind "unicorn" ->
//      error invalid-kind (rejected), I4 ok (COROP by name "Agglomeratie Haarlem" = 21, province 27) with
//      start_year "twenty" line 5 -> warning invalid-number.          => read 4, kept 3, rejected 1.
//  organisations.csv (`;`, CRLF, UTF-8 BOM): O1..O7; O4 has O3's KvK 01234567 -> merged (warning
//      merged-organisation); O5 type "spaceship" line 6 -> error invalid-type; O7 line 8 has CR99,
//      Atlantis, XX -> three warnings invalid-region.              => read 7, kept 6, rejected 1, merged 1.
//  participations.csv (`,`, LF): 10 records; line 5 "2,5" in a `,` file -> warning invalid-number; line 6
//      role "observer" -> warning invalid-role; line 8 I9 -> error unknown-initiative; line 9 O5 (rejected)
//      -> error unknown-organisation; line 10 "abc" -> warning invalid-number; line 11 has 6 fields (one
//      more than the header, non-empty "surplus") -> error malformed-row.                                           => read 10, kept 7, rejected 3.
//  Graph: initiatives I1, I2, I4; organisations O1, O2, O3 (= O4), O6, O7; edges (pairs)
//      I1-O1, I1-O3 (twice: O3 and O4, folded), I2-O2, I2-O6, I4-O7, I2-O3 -> 6 edges.
#include "ppsnet/import/v1.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "ppsnet/import/rejects.hpp"

namespace ppsnet::import {
namespace {

using model::DiagnosticKind;
using model::Severity;
namespace fs = std::filesystem;

const std::string kBasic = std::string(PPSNET_TEST_DATA_DIR) + "/importers/v1_basic";

const FileSummary& summary_of(const ImportResult& r, std::string_view file_name) {
  for (const auto& f : r.files)
    if (fs::path(f.file).filename() == file_name) return f;
  throw std::runtime_error("no summary for " + std::string(file_name));
}

TEST(V1Folder, BasicFixtureCounts) {
  ImportResult r = import_v1_folder(kBasic, {});
  EXPECT_EQ(r.graph.num_initiatives(), 3u);
  EXPECT_EQ(r.graph.num_organisations(), 5u);
  EXPECT_EQ(r.graph.num_edges(), 6u);
  const auto& fi = summary_of(r, "initiatives.csv");
  EXPECT_EQ(fi.rows_read, 4u);
  EXPECT_EQ(fi.rows_kept, 3u);
  EXPECT_EQ(fi.rows_rejected, 1u);
  const auto& fo = summary_of(r, "organisations.csv");
  EXPECT_EQ(fo.rows_read, 7u);
  EXPECT_EQ(fo.rows_kept, 6u);
  EXPECT_EQ(fo.rows_rejected, 1u);
  EXPECT_EQ(fo.rows_merged, 1u);
  const auto& fp = summary_of(r, "participations.csv");
  EXPECT_EQ(fp.rows_read, 10u);
  EXPECT_EQ(fp.rows_kept, 7u);
  EXPECT_EQ(fp.rows_rejected, 3u);
  EXPECT_EQ(r.rejects.size(), 5u);
}

TEST(V1Folder, BasicFixtureDiagnostics) {
  ImportResult r = import_v1_folder(kBasic, {});
  const auto& d = r.diagnostics;
  EXPECT_EQ(d.count(DiagnosticKind::invalid_kind), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::invalid_type), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::invalid_region), 3u);
  EXPECT_EQ(d.count(DiagnosticKind::invalid_role), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::invalid_number), 3u);  // twenty, "2,5", abc
  EXPECT_EQ(d.count(DiagnosticKind::merged_organisation), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::unknown_initiative), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::unknown_organisation), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::malformed_row), 1u);
  EXPECT_EQ(d.error_count(), 5u);
  bool found = false;
  for (const auto& x : d.items()) {
    if (x.kind != DiagnosticKind::invalid_kind) continue;
    found = true;
    EXPECT_EQ(x.line, 4u);
    EXPECT_EQ(x.column, 3u);
    EXPECT_EQ(x.column_name, "kind");
    EXPECT_EQ(x.field, "unicorn");
    EXPECT_EQ(x.severity, Severity::error);
  }
  EXPECT_TRUE(found);
}

TEST(V1Folder, BasicFixtureValues) {
  ImportResult r = import_v1_folder(kBasic, {});
  const auto& g = r.graph;
  const auto& i1 = g.initiative(*g.find_initiative("I1"));
  EXPECT_EQ(i1.kind, model::InitiativeKind::mbo);
  EXPECT_EQ(i1.location.corop, 40);
  EXPECT_EQ(i1.location.province, 24);
  EXPECT_EQ(i1.location.country, "NL");
  EXPECT_EQ(i1.sectors, (std::vector<std::string>{"Agri & Food", "ICT"}));
  EXPECT_EQ(i1.start_year.value_or(0), 2019);
  ASSERT_EQ(i1.extra.size(), 1u);
  EXPECT_EQ(i1.extra[0].first, "website");
  EXPECT_EQ(i1.extra[0].second, "https://a.example");
  const auto& i4 = g.initiative(*g.find_initiative("I4"));
  EXPECT_EQ(i4.location.corop, 21);
  EXPECT_EQ(i4.location.province, 27);
  EXPECT_FALSE(i4.start_year.has_value());
  const auto& o1 = g.organisation(*g.find_organisation("O1"));
  EXPECT_EQ(o1.type, model::OrganisationType::mbo_school);
  EXPECT_EQ(o1.brin, "01OE");
  ASSERT_EQ(o1.extra.size(), 1u);
  EXPECT_EQ(o1.extra[0].second, "large");
  const auto& o3 = g.organisation(*g.find_organisation("O3"));
  EXPECT_EQ(o3.kvk, "01234567");  // leading zero kept
  EXPECT_TRUE(g.find_organisation("O4").has_value());  // alias of O3
  const auto& o6 = g.organisation(*g.find_organisation("O6"));
  EXPECT_EQ(o6.location.country, "DE");
  EXPECT_EQ(o6.pic, "999999999");
  const auto& o7 = g.organisation(*g.find_organisation("O7"));
  EXPECT_EQ(o7.location.corop, 0);
  EXPECT_EQ(o7.location.province, 0);
  EXPECT_EQ(o7.location.country, "");
  EXPECT_FALSE(g.find_organisation("O5").has_value());
  // contribution 1500.50 on I1-O3 (line 3).
  bool seen = false;
  for (const auto& p : g.participations())
    if (p.contribution_eur) {
      seen = true;
      EXPECT_DOUBLE_EQ(*p.contribution_eur, 1500.5);
    }
  EXPECT_TRUE(seen);
}

TEST(V1Folder, RejectsListAndFile) {
  ImportResult r = import_v1_folder(kBasic, {});
  // Order: initiatives (line 4), organisations (line 6), participations: the reader's malformed row (11)
  // first, then lines 8 and 9.
  ASSERT_EQ(r.rejects.size(), 5u);
  EXPECT_EQ(r.rejects[0].line, 4u);
  EXPECT_EQ(r.rejects[0].raw, "I3,Broken,unicorn,,,,,,,2019,");
  EXPECT_NE(r.rejects[0].reason.find("error[invalid-kind]"), std::string::npos);
  EXPECT_EQ(r.rejects[1].line, 6u);
  EXPECT_EQ(r.rejects[1].raw, "O5;Mystery;spaceship;;;;;;;;;;");
  EXPECT_EQ(r.rejects[2].line, 11u);
  EXPECT_EQ(r.rejects[2].raw, "I1,O2,partner,2019,10,surplus");
  EXPECT_EQ(r.rejects[3].line, 8u);
  EXPECT_NE(r.rejects[3].reason.find("unknown-initiative"), std::string::npos);
  EXPECT_EQ(r.rejects[4].line, 9u);
  const std::string csv = rejects_csv(r);
  EXPECT_EQ(csv.substr(0, csv.find('\n')), "file,line,reason,raw");
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 6);
  const auto path = fs::temp_directory_path() / "ppsnet_v1_rejects.csv";
  write_rejects(r, path.string());
  std::ifstream in(path);
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first, "file,line,reason,raw");
  fs::remove(path);
  EXPECT_THROW(write_rejects(r, "/nonexistent-dir/x/rejects.csv"), model::InvalidInput);
}

// A temporary v1 folder with the given file texts ("" = file absent).
class TempFolder {
 public:
  TempFolder(const std::string& ini, const std::string& org, const std::string& par) {
    dir_ = fs::temp_directory_path() / ("ppsnet_v1_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    put("initiatives.csv", ini);
    put("organisations.csv", org);
    put("participations.csv", par);
  }
  ~TempFolder() { fs::remove_all(dir_); }
  std::string path() const { return dir_.string(); }

 private:
  void put(const char* name, const std::string& text) {
    if (text.empty()) return;
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  fs::path dir_;
  static inline int counter_ = 0;
};

TEST(V1Folder, MissingFolderAndFilesThrowWithHint) {
  try {
    import_v1_folder("/nonexistent/ppsnet", {});
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    EXPECT_NE(std::string(e.what()).find("initiatives.csv"), std::string::npos);
  }
  TempFolder t("id,kind\n", "id,type\n", "");
  try {
    import_v1_folder(t.path(), {});
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    EXPECT_NE(std::string(e.what()).find("lacks participations.csv"), std::string::npos) << e.what();
  }
}

TEST(V1Folder, MissingRequiredColumnThrows) {
  TempFolder t("id,name\nI1,x\n", "id,type\n", "initiative_id,organisation_id\n");
  try {
    import_v1_folder(t.path(), {});
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("error[missing-column]"), std::string::npos) << m;
    EXPECT_NE(m.find("\"kind\""), std::string::npos) << m;
    EXPECT_NE(m.find("columns found: id, name"), std::string::npos) << m;
    // One sentence, then the hint in brackets: no brackets nested inside the hint.
    EXPECT_NE(m.find(":1: error[missing-column]: required column \"kind\" is missing; columns found: id, name "
                     "(add a column named kind to the header line)"),
              std::string::npos)
        << m;
    EXPECT_EQ(m.find("(("), std::string::npos) << m;
    EXPECT_EQ(m.find("))"), std::string::npos) << m;
  }
}

TEST(V1Folder, EmptyFileSaysItIsEmpty) {
  // initiatives.csv has 0 bytes: there is no header, so the error is at line 1 and says the file is empty
  // (before the fix: 'required column "id" is missing (add a column ... (columns found: none))').
  TempFolder t("x", "id,type\n", "initiative_id,organisation_id\n");
  std::ofstream(fs::path(t.path()) / "initiatives.csv", std::ios::binary | std::ios::trunc);
  ASSERT_EQ(fs::file_size(fs::path(t.path()) / "initiatives.csv"), 0u);
  try {
    import_v1_folder(t.path(), {});
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("initiatives.csv:1: error[missing-column]: the file is empty; it needs a header line naming at "
                     "least the columns id, kind (write a header line such as id,kind first, then one record per "
                     "line)"),
              std::string::npos)
        << m;
    EXPECT_EQ(m.find("(("), std::string::npos) << m;
    EXPECT_EQ(std::count(m.begin(), m.end(), '('), 1) << m;  // only the hint's brackets
  }
}

TEST(V1Folder, ShortRowsKeptWhenTheyHoldTheRequiredColumns) {
  // initiatives.csv (header = line 1, 4 columns id,name,kind,start_year):
  //   line 2 "A,Alpha,mbo"  3 fields: id and kind (column 3) present -> kept, start_year read as empty,
  //                          warning malformed-row at :2 naming 1 missing field;
  //   line 3 "B,Beta"       2 fields: kind (column 3) missing -> error malformed-row, rejected.
  // participations.csv (5 columns, the last three optional):
  //   line 2 "A,X"          2 fields: both ids present -> kept with role/year/contribution empty, warning;
  //   line 3 "A"            1 field: organisation_id (column 2) missing -> error, rejected;
  //   line 4 "A,X,lead,2019,5,extra"  6 fields, extra non-empty -> error (more fields than the header).
  TempFolder t("id,name,kind,start_year\nA,Alpha,mbo\nB,Beta\n", "id,type\nX,company\n",
               "initiative_id,organisation_id,role,year,contribution_eur\nA,X\nA\nA,X,lead,2019,5,extra\n");
  ImportResult r = import_v1_folder(t.path(), {});
  EXPECT_EQ(r.graph.num_initiatives(), 1u);
  ASSERT_EQ(r.graph.participations().size(), 1u);
  const auto& p = r.graph.participations()[0];
  EXPECT_FALSE(p.contribution_eur.has_value());
  EXPECT_FALSE(p.year.has_value());
  EXPECT_EQ(p.role, model::Role::partner);  // empty role = partner
  EXPECT_EQ(summary_of(r, "initiatives.csv").rows_kept, 1u);
  EXPECT_EQ(summary_of(r, "initiatives.csv").rows_rejected, 1u);
  EXPECT_EQ(summary_of(r, "participations.csv").rows_read, 3u);
  EXPECT_EQ(summary_of(r, "participations.csv").rows_kept, 1u);
  EXPECT_EQ(summary_of(r, "participations.csv").rows_rejected, 2u);
  EXPECT_EQ(r.rejects.size(), 3u);
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::malformed_row), 5u);  // 2 warnings + 3 errors
  EXPECT_EQ(r.diagnostics.warning_count(), 2u);
  EXPECT_EQ(r.diagnostics.error_count(), 3u);
  std::vector<std::string> texts;
  for (const auto& d : r.diagnostics.items()) texts.push_back(fs::path(d.file).filename().string() + ":" + d.format().substr(d.file.size() + 1));
  const auto has = [&](const std::string& text) {
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& x) { return x.rfind(text, 0) == 0; });
  };
  EXPECT_TRUE(has("initiatives.csv:2: warning[malformed-row]: the row has 3 fields, the header has 4; the missing "
                  "last field (start_year) was read as empty"));
  EXPECT_TRUE(has("initiatives.csv:3: error[malformed-row]: the row has 2 fields, the header has 4; the required "
                  "column \"kind\" (column 3) is not among them; row skipped (fill in the kind field"));
  EXPECT_TRUE(has("participations.csv:2: warning[malformed-row]: the row has 2 fields, the header has 5; the missing "
                  "3 last fields (role, year, contribution_eur) were read as empty"));
  EXPECT_TRUE(has("participations.csv:3: error[malformed-row]: the row has 1 field, the header has 5; the required "
                  "column \"organisation_id\" (column 2) is not among them; row skipped"));
  EXPECT_TRUE(has("participations.csv:4: error[malformed-row]: the row has 6 fields, the header has 5; row skipped"));
}

TEST(V1Folder, NegativeOrAbsurdContributionDroppedWithWarning) {
  // participations.csv lines: 2 -5 (negative -> warning, field empty, row kept); 3 99999999999999999999999
  // (about 1e23 > 1e12 -> warning, field empty, row kept); 4 1000000000000 (= 1e12 exactly, the limit ->
  // kept as the value); 5 "-0" (zero, not negative -> kept as 0).
  TempFolder t("id,kind\nA,mbo\n", "id,type\nW,company\nX,company\nY,company\nZ,company\n",
               "initiative_id,organisation_id,contribution_eur\nA,W,-5\nA,X,99999999999999999999999\n"
               "A,Y,1000000000000\nA,Z,-0\n");
  ImportResult r = import_v1_folder(t.path(), {});
  ASSERT_EQ(r.graph.participations().size(), 4u);
  EXPECT_EQ(r.diagnostics.error_count(), 0u);
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::invalid_number), 2u);
  std::size_t with_value = 0;
  double sum = 0;
  for (const auto& p : r.graph.participations())
    if (p.contribution_eur) {
      ++with_value;
      sum += *p.contribution_eur;
    }
  EXPECT_EQ(with_value, 2u);  // lines 4 and 5
  EXPECT_DOUBLE_EQ(sum, 1e12);
  std::vector<std::size_t> lines;
  for (const auto& d : r.diagnostics.items())
    if (d.kind == DiagnosticKind::invalid_number) {
      lines.push_back(d.line);
      EXPECT_EQ(d.severity, Severity::warning);
      EXPECT_EQ(d.column, 3u);
      EXPECT_EQ(d.column_name, "contribution_eur");
    }
  EXPECT_EQ(lines, (std::vector<std::size_t>{2, 3}));
  ASSERT_FALSE(r.diagnostics.items().empty());
  EXPECT_NE(r.diagnostics.items()[0].message.find("\"-5\" is negative"), std::string::npos)
      << r.diagnostics.items()[0].format();
  EXPECT_EQ(r.rejects.size(), 0u);
}

TEST(V1Folder, ColumnOrderFreeCaseInsensitiveAndDecimalComma) {
  // `;` file: contribution "1.250,75" = 1250.75 (decimal comma, '.' groups thousands).
  TempFolder t("KIND,ID\ncoe,A\n", "Type;Id;Country\nuniversity;U;be\n",
               "role;contribution_eur;organisation_id;initiative_id;year\nLead;1.250,75;U;A;2021,0\n");
  ImportResult r = import_v1_folder(t.path(), {});
  EXPECT_EQ(r.diagnostics.items().size(), 0u) << r.diagnostics.items()[0].format();
  ASSERT_EQ(r.graph.participations().size(), 1u);
  const auto& p = r.graph.participations()[0];
  EXPECT_DOUBLE_EQ(p.contribution_eur.value_or(0), 1250.75);
  EXPECT_EQ(p.year.value_or(0), 2021);
  EXPECT_EQ(p.role, model::Role::lead);
  EXPECT_EQ(r.graph.organisation(*r.graph.find_organisation("U")).location.country, "BE");
}

TEST(V1Folder, MissingValuesAndDuplicateIds) {
  TempFolder t("id,kind\nA,mbo\n,mbo\nB,\nA,coe\nC,NA\n", "id,type\nX,company\n",
               "initiative_id,organisation_id\nA,\nA,X\n");
  ImportResult r = import_v1_folder(t.path(), {});
  // line 3: empty id; line 4: empty kind; line 6: kind NA = missing; participations line 2: empty org.
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::missing_value), 4u);
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::duplicate_id), 1u);  // line 5: A again
  EXPECT_EQ(r.graph.num_initiatives(), 1u);
  EXPECT_EQ(summary_of(r, "initiatives.csv").rows_rejected, 4u);
  EXPECT_EQ(summary_of(r, "participations.csv").rows_rejected, 1u);
  EXPECT_EQ(r.rejects.size(), 5u);
}

TEST(V1Folder, OnErrorFailThrowsFirstError) {
  ImportOptions o;
  o.on_error = OnError::fail;
  try {
    import_v1_folder(kBasic, o);
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("initiatives.csv:4:3: error[invalid-kind]"), std::string::npos) << m;
    // The import stops: the text must not claim that the row was skipped.
    EXPECT_NE(m.find("initiative kind \"unicorn\" is not recognised; import stopped at the first error (--on-error fail)"),
              std::string::npos)
        << m;
    EXPECT_EQ(m.find("skipped"), std::string::npos) << m;
  }
  // Warnings alone do not fail.
  TempFolder t("id,kind,start_year\nA,mbo,soon\n", "id,type\nX,company\n", "initiative_id,organisation_id\nA,X\n");
  EXPECT_NO_THROW(import_v1_folder(t.path(), o));
}

TEST(V1Folder, OnErrorSkipCapsListedDiagnostics) {
  ImportOptions o;
  o.on_error = OnError::skip;
  o.max_listed = 2;
  ImportResult r = import_v1_folder(kBasic, o);
  EXPECT_EQ(r.diagnostics.items().size(), 2u);
  EXPECT_EQ(r.diagnostics.error_count(), 5u);  // counts stay exact
  EXPECT_EQ(r.rejects.size(), 5u);
}

TEST(V1Folder, MalformedRowUnderFailThrows) {
  ImportOptions o;
  o.on_error = OnError::fail;
  TempFolder t("id,kind\nA,mbo\nB\n", "id,type\n", "initiative_id,organisation_id\n");
  try {
    import_v1_folder(t.path(), o);
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find(":3: error[malformed-row]"), std::string::npos) << m;
    // Line 3 "B" has 1 field; kind (column 2) is missing, so the short row is an error.
    EXPECT_NE(m.find("the row has 1 field, the header has 2; the required column \"kind\" (column 2) is not among "
                     "them; import stopped at the first error (--on-error fail)"),
              std::string::npos)
        << m;
    EXPECT_EQ(m.find("row skipped"), std::string::npos) << m;
  }
}

TEST(V1Folder, AliasFileMergesOrganisations) {
  // "Gemeente Delft" and "GEM-DELFT" are declared the same organisation G1.
  TempFolder t("id,kind\nA,mbo\n", "id,name,type\nG1,Gemeente Delft,government\nGEM-DELFT,Delft,government\n",
               "initiative_id,organisation_id\nA,GEM-DELFT\n");
  const auto alias = fs::temp_directory_path() / "ppsnet_aliases_test.csv";
  std::ofstream(alias) << "alias,canonical_id\nGEM-DELFT,G1\n,G1\n";
  ImportOptions o;
  o.alias_file = alias.string();
  ImportResult r = import_v1_folder(t.path(), o);
  fs::remove(alias);
  EXPECT_EQ(r.graph.num_organisations(), 1u);
  EXPECT_EQ(r.graph.num_edges(), 1u);
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::merged_organisation), 1u);
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::missing_value), 1u);  // alias file line 3
  EXPECT_EQ(summary_of(r, "ppsnet_aliases_test.csv").rows_kept, 1u);
  EXPECT_EQ(summary_of(r, "ppsnet_aliases_test.csv").rows_rejected, 1u);
}

TEST(V1Folder, AliasFileShortRows) {
  // Alias file header alias,canonical_id,note (3 columns; note is not read):
  //   line 2 "GEM-DELFT,G1"  2 fields, both required present -> kept, warning (note read as empty);
  //   line 3 "DELFT"         1 field, canonical_id (column 2) missing -> error malformed-row, rejected.
  TempFolder t("id,kind\nA,mbo\n", "id,name,type\nG1,Gemeente Delft,government\nGEM-DELFT,Delft,government\n",
               "initiative_id,organisation_id\nA,GEM-DELFT\n");
  const auto alias = fs::temp_directory_path() / ("ppsnet_aliases_short_" + std::to_string(::getpid()) + ".csv");
  std::ofstream(alias) << "alias,canonical_id,note\nGEM-DELFT,G1\nDELFT\n";
  ImportOptions o;
  o.alias_file = alias.string();
  ImportResult r = import_v1_folder(t.path(), o);
  fs::remove(alias);
  EXPECT_EQ(r.graph.num_organisations(), 1u);  // GEM-DELFT merged into G1 by the kept short row
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::merged_organisation), 1u);
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::malformed_row), 2u);
  EXPECT_EQ(r.diagnostics.warning_count(), 2u);  // the short row + merged-organisation
  EXPECT_EQ(r.diagnostics.error_count(), 1u);
  const FileSummary& s = summary_of(r, alias.filename().string());
  EXPECT_EQ(s.rows_kept, 1u);
  EXPECT_EQ(s.rows_rejected, 1u);
  ASSERT_GE(r.diagnostics.items().size(), 2u);
  EXPECT_NE(r.diagnostics.items()[1].message.find("the required column \"canonical_id\" (column 2)"), std::string::npos)
      << r.diagnostics.items()[1].format();
}

TEST(V1Folder, Latin1AndMojibakeFiles) {
  // organisations.csv in Windows-1252 (Caf\xE9 = Café), initiatives with a mojibake name.
  TempFolder t("id,name,kind\nA,Commerci\xC3\x83\xC2\xABle Dienstverlening,mbo\n",
               "id;name;type\nX;Caf\xE9 De Boer;company\n", "initiative_id,organisation_id\nA,X\n");
  ImportResult r = import_v1_folder(t.path(), {});
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::converted_encoding), 1u);
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::repaired_encoding), 1u);
  EXPECT_EQ(r.graph.organisation(*r.graph.find_organisation("X")).name, "Caf\xC3\xA9 De Boer");
  EXPECT_EQ(r.graph.initiative(*r.graph.find_initiative("A")).name, "Commerci\xC3\xABle Dienstverlening");
}

}  // namespace
}  // namespace ppsnet::import

namespace ppsnet::import {
namespace {

TEST(V1Folder, MunicipalityTableFillsCoropAndProvince) {
  // gemeenten_small.csv (copied from CBS rows of derived_gemeente_corop_provincie_2024.csv):
  // Almere -> COROP 40 Flevoland, PV24; Haarlem -> COROP 21, PV27. "Atlantis" resolves to nothing.
  TempFolder t("id,kind,municipality\nA,mbo,Almere\n",
               "id,type,municipality\nX,company,Haarlem\nY,company,Atlantis\nZ,company,\n",
               "initiative_id,organisation_id\nA,X\n");
  ImportOptions o;
  o.municipality_table = std::string(PPSNET_TEST_DATA_DIR) + "/importers/gemeenten_small.csv";
  ImportResult r = import_v1_folder(t.path(), o);
  const auto& g = r.graph;
  EXPECT_EQ(g.initiative(*g.find_initiative("A")).location.corop, 40);
  EXPECT_EQ(g.initiative(*g.find_initiative("A")).location.province, 24);
  EXPECT_EQ(g.organisation(*g.find_organisation("X")).location.corop, 21);
  EXPECT_EQ(g.organisation(*g.find_organisation("X")).location.province, 27);
  EXPECT_EQ(g.organisation(*g.find_organisation("Y")).location.corop, 0);
  EXPECT_GE(r.diagnostics.count(DiagnosticKind::invalid_region), 1u);  // Atlantis
  EXPECT_EQ(r.files.size(), 4u);  // three v1 files + the municipality table
}

}  // namespace
}  // namespace ppsnet::import

namespace ppsnet::import {
namespace {

TEST(V1Folder, CoropProvinceContradictionWarns) {
  // CR17 (Utrecht) lies in PV26 Utrecht (CBS derived_corop_provincie_2015.csv), not in Limburg (PV31).
  TempFolder t("id,kind,corop,province\nA,mbo,CR17,Limburg\nB,mbo,17,\n", "id,type\n",
               "initiative_id,organisation_id\n");
  ImportResult r = import_v1_folder(t.path(), {});
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::invalid_region), 1u);
  EXPECT_EQ(r.diagnostics.items()[0].line, 2u);
  EXPECT_EQ(r.graph.initiative(*r.graph.find_initiative("A")).location.province, 31);  // kept as given
  EXPECT_EQ(r.graph.initiative(*r.graph.find_initiative("B")).location.province, 26);  // filled from CR17
}

}  // namespace
}  // namespace ppsnet::import

// Findings of the newcomer test (rejected rows named by participations, municipality warnings at the data row,
// duplicate header columns).
namespace ppsnet::import {
namespace {

const model::Diagnostic* find_diagnostic(const ImportResult& r, DiagnosticKind kind, std::string_view field) {
  for (const auto& d : r.diagnostics.items())
    if (d.kind == kind && d.field == field) return &d;
  return nullptr;
}

TEST(V1Folder, ParticipationNamingARejectedOrganisationSaysWhereAndWhy) {
  // Basic fixture: organisations.csv line 6 is O5 with type "spaceship" (rejected, invalid-type);
  // participations.csv line 9 names O5. I9 (line 8) was never defined at all.
  ImportResult r = import_v1_folder(kBasic, {});
  const auto* d = find_diagnostic(r, DiagnosticKind::unknown_organisation, "O5");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->line, 9u);
  EXPECT_EQ(d->column, 2u);  // organisation_id is the 2nd column of participations.csv
  const std::string at = kBasic + "/organisations.csv:6";
  EXPECT_NE(d->message.find("organisation \"O5\" is not in the network because its own row at " + at +
                            " was rejected (organisation type \"spaceship\" is not recognised)"),
            std::string::npos)
      << d->message;
  EXPECT_EQ(d->message.find("not defined"), std::string::npos) << d->message;
  const auto* undefined = find_diagnostic(r, DiagnosticKind::unknown_initiative, "I9");
  ASSERT_NE(undefined, nullptr);
  EXPECT_NE(undefined->message.find("\"I9\" is not defined"), std::string::npos) << undefined->message;
  // The rejects file carries the same reason for line 9.
  ASSERT_EQ(r.rejects.size(), 5u);
  EXPECT_EQ(r.rejects[4].line, 9u);
  EXPECT_NE(r.rejects[4].reason.find("organisations.csv:6 was rejected"), std::string::npos) << r.rejects[4].reason;
}

TEST(V1Folder, ParticipationAndLeadNamingRejectedRows) {
  // initiatives.csv line 2: A with kind "unicorn" (rejected); line 3: B whose lead is X.
  // organisations.csv line 2: X without a type (rejected, missing-value); line 3: Y ok.
  // participations.csv line 2: A-Y -> A rejected at initiatives.csv:2; line 3: B-X -> X rejected at
  // organisations.csv:2; the lead X of B -> warning at initiatives.csv:3 naming organisations.csv:2.
  TempFolder t("id,kind,lead_organisation_id\nA,unicorn,\nB,mbo,X\n", "id,type\nX,\nY,company\n",
               "initiative_id,organisation_id\nA,Y\nB,X\n");
  ImportResult r = import_v1_folder(t.path(), {});
  const std::string ini = t.path() + "/initiatives.csv", org = t.path() + "/organisations.csv";
  const auto* a = find_diagnostic(r, DiagnosticKind::unknown_initiative, "A");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->line, 2u);
  EXPECT_NE(a->message.find("its own row at " + ini + ":2 was rejected (initiative kind \"unicorn\" is not recognised)"),
            std::string::npos)
      << a->message;
  EXPECT_NE(a->hint.find("fix the initiative's row"), std::string::npos) << a->hint;
  const model::Diagnostic* x_participation = nullptr;
  const model::Diagnostic* x_lead = nullptr;
  for (const auto& d : r.diagnostics.items()) {
    if (d.kind != DiagnosticKind::unknown_organisation || d.field != "X") continue;
    (d.severity == Severity::error ? x_participation : x_lead) = &d;
  }
  ASSERT_NE(x_participation, nullptr);
  EXPECT_EQ(x_participation->line, 3u);
  EXPECT_NE(x_participation->message.find("its own row at " + org + ":2 was rejected (organisation type is empty)"),
            std::string::npos)
      << x_participation->message;
  ASSERT_NE(x_lead, nullptr);
  EXPECT_EQ(x_lead->file, ini);
  EXPECT_EQ(x_lead->line, 3u);
  EXPECT_NE(x_lead->message.find("lead organisation \"X\" of initiative \"B\" is not in the network because its own "
                                 "row at " + org + ":2 was rejected"),
            std::string::npos)
      << x_lead->message;
}

TEST(V1Folder, UnknownMunicipalityIsReportedAtTheDataRow) {
  // gemeenten_small.csv knows Almere and Haarlem only.
  // initiatives.csv line 3: B in "Gotham" (3rd column); organisations.csv line 3: Y in "Atlantis" (4th
  // column); Z (line 4, no municipality, KvK 1) and Z2 (line 5, KvK 1, "Nergenshuizen") merge: Z takes over
  // Z2's municipality, so that warning points at line 5.
  TempFolder t("id,kind,municipality\nA,mbo,Almere\nB,coe,Gotham\n",
               "id,type,kvk,municipality\nX,company,,Haarlem\nY,company,,Atlantis\nZ,company,1,\nZ2,company,1,Nergenshuizen\n",
               "initiative_id,organisation_id\nA,X\n");
  ImportOptions o;
  o.municipality_table = std::string(PPSNET_TEST_DATA_DIR) + "/importers/gemeenten_small.csv";
  ImportResult r = import_v1_folder(t.path(), o);
  const auto* y = find_diagnostic(r, DiagnosticKind::invalid_region, "Atlantis");
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(y->file, t.path() + "/organisations.csv");
  EXPECT_EQ(y->line, 3u);
  EXPECT_EQ(y->column, 4u);
  EXPECT_EQ(y->column_name, "municipality");
  EXPECT_EQ(y->severity, Severity::warning);
  EXPECT_NE(y->message.find("municipality \"Atlantis\" of organisation \"Y\" is not in the municipality table " +
                            o.municipality_table),
            std::string::npos)
      << y->message;
  const auto* b = find_diagnostic(r, DiagnosticKind::invalid_region, "Gotham");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->file, t.path() + "/initiatives.csv");
  EXPECT_EQ(b->line, 3u);
  EXPECT_EQ(b->column, 3u);
  const auto* z = find_diagnostic(r, DiagnosticKind::invalid_region, "Nergenshuizen");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->line, 5u);
  EXPECT_NE(z->message.find("organisation \"Z\""), std::string::npos) << z->message;
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::invalid_region), 3u);
}

TEST(V1Folder, DuplicateColumnThatIsReadStopsTheImport) {
  // initiatives.csv header: id,name,kind,name -> columns 2 and 4 are both "name".
  TempFolder t("id,name,kind,Name\nA,x,mbo,y\n", "id,type\n", "initiative_id,organisation_id\n");
  try {
    import_v1_folder(t.path(), {});
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    const std::string m = e.what();
    EXPECT_EQ(m.rfind(t.path() + "/initiatives.csv:1:4: error[duplicate-column]: columns 2 and 4 are both named "
                                 "\"Name\"",
                      0),
              0u)
        << m;
    EXPECT_NE(m.find("rename or delete one of the two columns"), std::string::npos) << m;
  }
}

TEST(V1Folder, DuplicateExtraColumnIsKeptUnderANewName) {
  // organisations.csv header: id;type;notes;notes -> column 4 kept as "notes_2" (warning).
  TempFolder t("id,kind\nA,mbo\n", "id;type;notes;notes\nX;company;first;second\n",
               "initiative_id,organisation_id\nA,X\n");
  ImportResult r = import_v1_folder(t.path(), {});
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::duplicate_column), 1u);
  EXPECT_EQ(r.diagnostics.error_count(), 0u);
  const auto& x = r.graph.organisation(*r.graph.find_organisation("X"));
  ASSERT_EQ(x.extra.size(), 2u);
  EXPECT_EQ(x.extra[0], (std::pair<std::string, std::string>{"notes", "first"}));
  EXPECT_EQ(x.extra[1], (std::pair<std::string, std::string>{"notes_2", "second"}));
}

}  // namespace
}  // namespace ppsnet::import
