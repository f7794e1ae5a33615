// Tests of ppsnet/import/csv_reader.hpp: one test per hygiene rule. Expected values are read off the
// inline inputs by hand (line numbers counted in the literal, fields as written).
#include "ppsnet/import/csv_reader.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace ppsnet::import {
namespace {

using model::DiagnosticKind;
using model::Diagnostics;
using model::Severity;

CsvTable parse(std::string_view text, Diagnostics& d, CsvOptions o = {}) {
  return read_csv_text(text, "t.csv", d, o);
}

TEST(CsvReader, DetectsCommaSemicolonAndTab) {
  Diagnostics d;
  EXPECT_EQ(parse("a,b,c\n1,2,3\n", d).delimiter, ',');
  EXPECT_EQ(parse("a;b;c\n1;2,5;3\n", d).delimiter, ';');
  EXPECT_EQ(parse("a\tb\tc\n1\t2\t3\n", d).delimiter, '\t');
  // The header decides: ',' inside a quoted header name is not counted.
  EXPECT_EQ(parse("\"x,y\";b\n1;2\n", d).delimiter, ';');
  auto t = parse("a;b\n1,5;2\n", d);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "1,5");
  EXPECT_EQ(d.error_count(), 0u);
}

TEST(CsvReader, ForcedDelimiter) {
  Diagnostics d;
  CsvOptions o;
  o.delimiter = ';';
  auto t = parse("a,b;c\n1,2;3\n", d, o);
  EXPECT_EQ(t.delimiter, ';');
  ASSERT_EQ(t.header.size(), 2u);
  EXPECT_EQ(t.header[0], "a,b");
  EXPECT_EQ(t.rows[0].fields[1], "3");
}

TEST(CsvReader, TabFileKeepsInnerSpacesAndTrimsPadding) {
  Diagnostics d;
  auto t = parse("a\tb\n  x y \t z\n", d);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "x y");
  EXPECT_EQ(t.rows[0].fields[1], "z");
}

TEST(CsvReader, StripsUtf8Bom) {
  Diagnostics d;
  auto t = parse("\xEF\xBB\xBFid;name\n1;x\n", d);
  EXPECT_TRUE(t.had_bom);
  EXPECT_EQ(t.header[0], "id");
  EXPECT_TRUE(t.column("id").has_value());
  EXPECT_EQ(d.items().size(), 0u);
}

TEST(CsvReader, ConvertsWindows1252OnceWithWarning) {
  Diagnostics d;
  // Two Latin-1 é (E9) in two rows: one converted-encoding warning for the file.
  auto t = parse("name;city\nCaf\xE9;Li\xE8ge\nAndr\xE9;x\n", d);
  EXPECT_TRUE(t.converted_encoding);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].fields[0], "Caf\xC3\xA9");
  EXPECT_EQ(t.rows[0].fields[1], "Li\xC3\xA8ge");
  EXPECT_EQ(d.count(DiagnosticKind::converted_encoding), 1u);
  EXPECT_EQ(d.items()[0].severity, Severity::warning);
  EXPECT_EQ(d.error_count(), 0u);
}

TEST(CsvReader, RepairsMojibakePerFieldWithWarning) {
  Diagnostics d;
  // Line 3, column 2 (name) holds "CommerciÃ«le".
  auto t = parse("id,name\n1,ok\n2,Commerci\xC3\x83\xC2\xABle\n", d);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[1].fields[1], "Commerci\xC3\xABle");
  ASSERT_EQ(d.count(DiagnosticKind::repaired_encoding), 1u);
  const auto& w = d.items()[0];
  EXPECT_EQ(w.severity, Severity::warning);
  EXPECT_EQ(w.line, 3u);
  EXPECT_EQ(w.column, 2u);
  EXPECT_EQ(w.column_name, "name");
}

TEST(CsvReader, Utf16IsRejectedWithInvalidEncoding) {
  Diagnostics d;
  EXPECT_THROW(parse(std::string_view("\xFF\xFEi\0d\0", 6), d), model::InvalidInput);
  EXPECT_EQ(d.count(DiagnosticKind::invalid_encoding), 1u);
}

TEST(CsvReader, CrlfAndLfGiveSameRowsAndLines) {
  Diagnostics d;
  auto a = parse("a,b\r\n1,2\r\n3,4\r\n", d);
  auto b = parse("a,b\n1,2\n3,4", d);  // no final newline
  ASSERT_EQ(a.rows.size(), 2u);
  ASSERT_EQ(b.rows.size(), 2u);
  EXPECT_EQ(a.rows[1].fields[1], "4");
  EXPECT_EQ(b.rows[1].fields[1], "4");
  EXPECT_EQ(a.rows[1].line, 3u);
  EXPECT_EQ(b.rows[1].line, 3u);
}

TEST(CsvReader, QuotedFieldsWithDelimiterQuotesAndNewlines) {
  Diagnostics d;
  // Line 1 header; record at line 2 spans lines 2-3 (newline in quotes); next record starts on line 4.
  auto t = parse("id,name,note\n1,\"Smit, Jansen & Co\",\"says \"\"hi\"\"\nand bye\"\n2,b,c\n", d);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].fields[1], "Smit, Jansen & Co");
  EXPECT_EQ(t.rows[0].fields[2], "says \"hi\"\nand bye");
  EXPECT_EQ(t.rows[0].line, 2u);
  EXPECT_EQ(t.rows[1].line, 4u);
  EXPECT_EQ(d.items().size(), 0u);
}

TEST(CsvReader, CodesWithLeadingZerosStayText) {
  Diagnostics d;
  auto t = parse("gemeente;brin;corop\n0080;00IC;03\n", d);
  EXPECT_EQ(t.rows[0].fields[0], "0080");
  EXPECT_EQ(t.rows[0].fields[1], "00IC");
  EXPECT_EQ(t.rows[0].fields[2], "03");
}

TEST(CsvReader, MissingMarkersBecomeEmpty) {
  Diagnostics d;
  auto t = parse("a,b,c,d,e\nNA,n/a,NULL,,x\n", d);
  ASSERT_EQ(t.rows.size(), 1u);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(t.rows[0].fields[static_cast<std::size_t>(i)], "") << i;
  EXPECT_EQ(t.rows[0].fields[4], "x");
  CsvOptions keep;
  keep.missing_markers = false;
  EXPECT_EQ(parse("a\nNA\n", d, keep).rows[0].fields[0], "NA");
}

TEST(CsvReader, TrimsPaddingAndHeaderNamesCaseInsensitive) {
  Diagnostics d;
  auto t = parse("  ID , Name \n  7 ,  \"  x \"  \n", d);
  EXPECT_EQ(t.header[0], "ID");
  EXPECT_EQ(t.header[1], "Name");
  EXPECT_EQ(t.column("id").value_or(99), 0u);
  EXPECT_EQ(t.column(" NAME").value_or(99), 1u);
  EXPECT_FALSE(t.column("kind").has_value());
  EXPECT_EQ(t.column_any({"kind", "name"}).value_or(99), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "7");
  EXPECT_EQ(t.rows[0].fields[1], "x");
}

TEST(CsvReader, WrongFieldCountIsMalformedRowSkipped) {
  Diagnostics d;
  auto t = parse("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,,\n", d);
  // Line 3 has 2 fields, line 4 has 4 with a non-empty extra: both skipped; line 5's extras are empty: kept.
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].line, 2u);
  EXPECT_EQ(t.rows[1].line, 5u);
  EXPECT_EQ(t.records_read, 4u);
  ASSERT_EQ(t.rejected.size(), 2u);
  EXPECT_EQ(t.rejected[0].line, 3u);
  EXPECT_EQ(t.rejected[0].raw, "4,5");
  EXPECT_EQ(t.rejected[1].line, 4u);
  ASSERT_EQ(d.count(DiagnosticKind::malformed_row), 2u);
  EXPECT_EQ(d.items()[0].line, 3u);
  EXPECT_EQ(d.items()[0].format().rfind("t.csv:3: error[malformed-row]: the row has 2 fields, the header has 3", 0),
            0u);
}

TEST(CsvReader, ShortRowsPaddedWhenRequiredColumnsPresent) {
  Diagnostics d;
  CsvOptions o;
  o.pad_short_rows = true;
  o.required_columns = {{"initiative_id"}, {"organisation_id"}};
  // line 1 header (5 columns); line 2 complete; line 3 "I5,O5" 2 fields, both required present -> kept,
  // 3 trailing fields empty, warning; line 4 "I6" 1 field, organisation_id (column 2) missing -> error;
  // line 5 6 fields with a non-empty extra -> error; line 6 "I7,O7,lead" 3 fields -> kept, warning (2 missing).
  auto t = parse("initiative_id,organisation_id,role,year,contribution_eur\nI1,O1,lead,2019,10\nI5,O5\nI6\n"
                 "I8,O8,lead,2019,5,extra\nI7,O7,lead\n",
                 d, o);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].line, 3u);
  EXPECT_EQ(t.rows[1].fields, (std::vector<std::string>{"I5", "O5", "", "", ""}));
  EXPECT_EQ(t.rows[2].line, 6u);
  EXPECT_EQ(t.rows[2].fields, (std::vector<std::string>{"I7", "O7", "lead", "", ""}));
  EXPECT_EQ(t.records_read, 5u);
  ASSERT_EQ(t.rejected.size(), 2u);
  EXPECT_EQ(t.rejected[0].line, 4u);
  EXPECT_EQ(t.rejected[0].raw, "I6");
  EXPECT_EQ(t.rejected[1].line, 5u);
  ASSERT_EQ(d.items().size(), 4u);
  EXPECT_EQ(d.warning_count(), 2u);
  EXPECT_EQ(d.items()[0].format(),
            "t.csv:3: warning[malformed-row]: the row has 2 fields, the header has 5; the missing 3 last fields "
            "(role, year, contribution_eur) were read as empty (if a value was meant for one of these columns, add "
            "it at its place in the row)");
  EXPECT_EQ(d.items()[1].format(),
            "t.csv:4: error[malformed-row]: the row has 1 field, the header has 5; the required column "
            "\"organisation_id\" (column 2) is not among them; row skipped (fill in the organisation_id field; write "
            "the fields in the header's order)");
  EXPECT_EQ(d.items()[2].format().rfind("t.csv:5: error[malformed-row]: the row has 6 fields, the header has 5; row skipped", 0), 0u);
  EXPECT_EQ(d.items()[3].format().rfind("t.csv:6: warning[malformed-row]: the row has 3 fields, the header has 5; "
                                        "the missing 2 last fields (year, contribution_eur) were read as empty", 0),
            0u);
}

TEST(CsvReader, ShortRowRequiredColumnByAlternativeName) {
  // Header "alias;id" (';' file); {"canonical_id","canonical","id"} resolves to "id", column 2.
  // line 2 "x" has 1 field: id missing -> error naming "id"; line 3 "y;O1" complete.
  Diagnostics d;
  CsvOptions o;
  o.pad_short_rows = true;
  o.required_columns = {{"alias"}, {"canonical_id", "canonical", "id"}};
  auto t = parse("alias;id\nx\ny;O1\n", d, o);
  ASSERT_EQ(t.rows.size(), 1u);
  ASSERT_EQ(t.rejected.size(), 1u);
  EXPECT_NE(d.items()[0].message.find("the required column \"id\" (column 2)"), std::string::npos) << d.items()[0].format();
  // Without pad_short_rows every short row is an error, whatever the required columns.
  Diagnostics d2;
  CsvOptions o2;
  o2.required_columns = o.required_columns;
  auto u = parse("alias;id;note\ny;O1\n", d2, o2);
  EXPECT_EQ(u.rows.size(), 0u);
  EXPECT_EQ(d2.error_count(), 1u);
}

TEST(CsvReader, UnterminatedQuoteAtEofIsMalformed) {
  Diagnostics d;
  auto t = parse("a,b\n1,2\n3,\"open\nmore\n", d);
  ASSERT_EQ(t.rows.size(), 1u);
  ASSERT_EQ(t.rejected.size(), 1u);
  EXPECT_EQ(t.rejected[0].line, 3u);
  EXPECT_EQ(d.count(DiagnosticKind::malformed_row), 1u);
  EXPECT_NE(d.items()[0].message.find("unterminated"), std::string::npos);
}

TEST(CsvReader, TextAfterClosingQuoteIsMalformed) {
  Diagnostics d;
  auto t = parse("a,b\n\"x\"y,2\n3,4\n", d);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "3");
  EXPECT_EQ(d.count(DiagnosticKind::malformed_row), 1u);
  // A quote inside an unquoted field is an ordinary character.
  Diagnostics d2;
  auto u = parse("a,b\n5\" screen,2\n", d2);
  EXPECT_EQ(u.rows[0].fields[0], "5\" screen");
  EXPECT_EQ(d2.items().size(), 0u);
}

TEST(CsvReader, BlankLinesAndEmptyRowsSkippedButLinesCounted) {
  Diagnostics d;
  auto t = parse("\n a;b\n\n;;\n1;2\n", d);
  EXPECT_EQ(t.header.size(), 2u);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].line, 5u);
  EXPECT_EQ(d.items().size(), 0u);
}

TEST(CsvReader, DiagnosticHelperAndRaw) {
  Diagnostics d;
  auto t = parse("id;name\n1;\"a;b\"\n", d);
  auto diag = t.diagnostic(t.rows[0], 1, DiagnosticKind::invalid_type, Severity::error, "bad", "fix");
  EXPECT_EQ(diag.format(), "t.csv:2:2: error[invalid-type]: bad [column name] (fix)");
  EXPECT_EQ(diag.field, "a;b");
  EXPECT_EQ(t.raw(t.rows[0]), "1;\"a;b\"");
}

TEST(CsvReader, ReadsFilesAndReportsMissingFile) {
  const auto path = std::filesystem::temp_directory_path() / ("ppsnet_csv_reader_test_" + std::to_string(::getpid()) + ".csv");
  {
    std::ofstream f(path, std::ios::binary);
    f << "\xEF\xBB\xBFid;naam\r\n01;Caf\xE9\r\n";
  }
  Diagnostics d;
  auto t = read_csv(path.string(), d);
  std::filesystem::remove(path);
  EXPECT_EQ(t.delimiter, ';');
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "01");
  EXPECT_EQ(t.rows[0].fields[1], "Caf\xC3\xA9");
  EXPECT_EQ(d.count(DiagnosticKind::converted_encoding), 1u);
  Diagnostics d2;
  EXPECT_THROW(read_csv("/nonexistent/ppsnet/x.csv", d2), model::InvalidInput);
  EXPECT_EQ(d2.count(DiagnosticKind::io_error), 1u);
}

TEST(CsvReader, EmptyInput) {
  Diagnostics d;
  auto t = parse("", d);
  EXPECT_TRUE(t.header.empty());
  EXPECT_TRUE(t.rows.empty());
}

TEST(FieldParsers, Decimal) {
  EXPECT_DOUBLE_EQ(parse_decimal("1234.5", false).value(), 1234.5);
  EXPECT_DOUBLE_EQ(parse_decimal(" -12 ", false).value(), -12.0);
  EXPECT_FALSE(parse_decimal("1,5", false).has_value());
  EXPECT_DOUBLE_EQ(parse_decimal("1,5", true).value(), 1.5);
  EXPECT_DOUBLE_EQ(parse_decimal("1.234.567,50", true).value(), 1234567.5);
  EXPECT_DOUBLE_EQ(parse_decimal("1.500", true).value(), 1500.0);  // '.' groups thousands
  EXPECT_DOUBLE_EQ(parse_decimal("12.5", true).value(), 12.5);     // single '.', not a group of 3
  EXPECT_DOUBLE_EQ(parse_decimal("\xE2\x82\xAC 250", false).value(), 250.0);
  EXPECT_DOUBLE_EQ(parse_decimal("250 EUR", false).value(), 250.0);
  EXPECT_FALSE(parse_decimal("", false).has_value());
  EXPECT_FALSE(parse_decimal("abc", false).has_value());
  EXPECT_FALSE(parse_decimal("inf", false).has_value());
  EXPECT_FALSE(parse_decimal("1.2.3", true).has_value());
  EXPECT_FALSE(parse_decimal("-", false).has_value());
}

TEST(FieldParsers, IntAndList) {
  EXPECT_EQ(parse_int("2019").value(), 2019);
  EXPECT_EQ(parse_int(" 2019.0 ").value(), 2019);
  EXPECT_FALSE(parse_int("2019.5").has_value());
  EXPECT_FALSE(parse_int("20x").has_value());
  EXPECT_FALSE(parse_int("").has_value());
  EXPECT_FALSE(parse_int("99999999999").has_value());
  EXPECT_EQ(split_list(" Energie | Chemie||Energie "), (std::vector<std::string>{"Energie", "Chemie"}));
  EXPECT_TRUE(split_list("").empty());
}

}  // namespace
}  // namespace ppsnet::import

namespace ppsnet::import {
namespace {

TEST(CsvReader, DuplicateColumnsNotReadAreRenamedWithWarning) {
  // Line 1 is blank, so the header is line 2: id,a,A,b,a. "A" (column 3) repeats "a" (column 2) -> "A_2";
  // "a" (column 5) repeats it too -> "a_2" is taken ("A_2", names compare ignoring case) -> "a_3".
  Diagnostics d;
  CsvTable t = parse("\nid,a,A,b,a\n1,2,3,4,5\n", d);
  EXPECT_EQ(t.header_line, 2u);
  static constexpr std::string_view kRead[] = {"id", "b"};
  check_duplicate_columns(t, kRead, d);
  EXPECT_EQ(t.header, (std::vector<std::string>{"id", "a", "A_2", "b", "a_3"}));
  ASSERT_EQ(d.count(DiagnosticKind::duplicate_column), 2u);
  EXPECT_EQ(d.warning_count(), 2u);
  const auto& first = d.items()[0];
  EXPECT_EQ(first.line, 2u);
  EXPECT_EQ(first.column, 3u);
  EXPECT_EQ(first.format(), "t.csv:2:3: warning[duplicate-column]: columns 2 and 3 are both named \"A\"; column 3 is "
                            "kept as \"A_2\" [column A] (rename one of the two columns)");
  EXPECT_EQ(d.items()[1].column, 5u);
  EXPECT_EQ(t.rows[0].fields[4], "5");  // values stay where they were
}

TEST(CsvReader, DuplicateColumnsThatAreReadThrowAfterListingAll) {
  // "name" at columns 1, 3 and 4 -> two errors (columns 3 and 4 repeat column 1); the first is thrown.
  Diagnostics d;
  CsvTable t = parse("name;x;NAME;name\n", d);
  static constexpr std::string_view kRead[] = {"name"};
  try {
    check_duplicate_columns(t, kRead, d);
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    EXPECT_EQ(std::string(e.what()),
              "t.csv:1:3: error[duplicate-column]: columns 1 and 3 are both named \"NAME\"; ppsnet cannot tell which "
              "one to read, so the file is not read [column NAME] (rename or delete one of the two columns) (and 1 "
              "more duplicate columns)");
  }
  EXPECT_EQ(d.error_count(), 2u);
  // No duplicates: nothing reported.
  Diagnostics d2;
  CsvTable ok = parse("a,b\n", d2);
  EXPECT_NO_THROW(check_duplicate_columns(ok, kRead, d2));
  EXPECT_EQ(d2.items().size(), 0u);
}

}  // namespace
}  // namespace ppsnet::import
