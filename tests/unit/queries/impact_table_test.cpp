// The Table writers: expected outputs written out by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "ppsnet/query/impact_table.hpp"

using namespace ppsnet::query;

namespace {

Table sample() {
  Table t;
  t.name = "sample";
  t.title = "Sample";
  t.note = "A note.";
  t.columns = {{"Region", "region", 0}, {"N", "n", 0}, {"Share", "share", 1}, {"Mean", "mean", 2},
               {"Hidden", "hidden", 0, false}};
  t.rows.push_back({TableCell::of_text("Fryslân"), TableCell::of_integer(12), TableCell::of_share(0.25),
                    TableCell::of_number(3.14159), TableCell::of_integer(1)});
  t.rows.push_back({TableCell::of_text("a,\"b\""), TableCell::of_integer(3), TableCell::none(),
                    TableCell::of_number(-0.001), TableCell::of_integer(2)});
  return t;
}

}  // namespace

TEST(ImpactTable, TextIsAlignedAndCountsCodePoints) {
  std::ostringstream out;
  write_text(out, sample());
  // Widths: Region max("Region" 6, "Fryslân" 7 code points, a,"b" 7) = 7; N max(1, "12") = 2;
  // Share max(5, "25.0%") = 5; Mean max(4, "3.14", "-0.00" -> "0.00") = 4. Hidden column not shown.
  // -0.001 with 2 decimals prints "0.00" (no negative zero).
  EXPECT_EQ(out.str(),
            "Sample\n\n"
            "Region    N  Share  Mean\n"
            "------------------------\n"
            "Fryslân  12  25.0%  3.14\n"
            "a,\"b\"     3      -  0.00\n"
            "\nA note.\n");
}

TEST(ImpactTable, CsvQuotesAndKeepsFractions) {
  std::ostringstream out;
  write_csv(out, sample());
  EXPECT_EQ(out.str(),
            "region,n,share,mean,hidden\n"
            "Fryslân,12,0.25,3.14159,1\n"
            "\"a,\"\"b\"\"\",3,,-0.001,2\n");
}

TEST(ImpactTable, JsonHasNullsAndEscapes) {
  Table t = sample();
  t.rows[0][3] = TableCell::of_number(std::nan(""));
  t.note = "line\nbreak\x01";
  std::ostringstream out;
  const std::vector<Table> tables{t};
  write_json(out, tables);
  EXPECT_EQ(out.str(),
            "{\"tables\":[\n"
            "{\"name\":\"sample\",\"title\":\"Sample\",\"note\":\"line\\nbreak\\u0001\",\"rows\":[\n"
            " {\"region\":\"Fryslân\",\"n\":12,\"share\":0.25,\"mean\":null,\"hidden\":1},\n"
            " {\"region\":\"a,\\\"b\\\"\",\"n\":3,\"share\":null,\"mean\":-0.001,\"hidden\":2}]}\n"
            "]}\n");
  EXPECT_EQ(find_table(tables, "sample"), &tables[0]);
  EXPECT_EQ(find_table(tables, "other"), nullptr);
}

TEST(ImpactTable, CellText) {
  EXPECT_EQ(format_cell_text(TableCell::of_share(1.0 / 3.0), 0), "33.3%");
  EXPECT_EQ(format_cell_text(TableCell::of_share(0.6666666), 0), "66.7%");
  EXPECT_EQ(format_cell_text(TableCell::of_number(2.5), 0), "2");  // printf rounds half to even: 2.5 -> "2"
  EXPECT_EQ(format_cell_text(TableCell::none(), 1), "-");
}

TEST(ImpactTable, LongNotesAreWrappedAt100) {
  Table t;
  t.columns = {{"A", "a", 0}};
  std::string note;
  for (int k = 0; k < 30; ++k) note += (k ? " word" : "word");
  t.note = note;
  std::ostringstream out;
  write_text(out, t);
  // 20 words take 20 * 4 + 19 spaces = 99 code points; a 21st would make 104 > 100. So 20 words, then 10.
  std::string line20, line10;
  for (int k = 0; k < 20; ++k) line20 += (k ? " word" : "word");
  for (int k = 0; k < 10; ++k) line10 += (k ? " word" : "word");
  EXPECT_EQ(out.str(), "A\n-\n(no rows)\n\n" + line20 + "\n" + line10 + "\n");
}

TEST(ImpactTable, ColumnWithOnlyEmptyCellsIsRightAligned) {
  Table t;
  t.columns = {{"Name", "name", 0}, {"Share %", "share", 1}};
  t.rows.push_back({TableCell::of_text("x"), TableCell::none()});
  std::ostringstream out;
  write_text(out, t);
  // "Name" 4 wide, "Share %" 7 wide; the "-" is padded on the left to 7.
  EXPECT_EQ(out.str(), "Name  Share %\n-------------\nx           -\n");
}

TEST(ImpactTable, JsonReplacesInvalidUtf8) {
  Table t;
  t.name = "n";
  t.columns = {{"A", "a", 0}};
  // "Caf\xE9" is Latin-1 (invalid UTF-8): the lone 0xE9 byte becomes U+FFFD (EF BF BD); "ë" (C3 AB) stays.
  t.rows.push_back({TableCell::of_text("Caf\xE9 \xC3\xAB")});
  std::ostringstream out;
  write_json(out, std::vector<Table>{t});
  EXPECT_NE(out.str().find("{\"a\":\"Caf\xEF\xBF\xBD \xC3\xAB\"}"), std::string::npos) << out.str();
}
