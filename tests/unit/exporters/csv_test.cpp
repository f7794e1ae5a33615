#include "ppsnet/output/csv.hpp"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

#include "unit/exporters/fixture.hpp"

using namespace ppsnet;

namespace {

std::string node_table() {
  const auto g = test::fixture_graph();
  const auto metrics = test::fixture_metrics();
  const auto categories = test::fixture_categories();
  std::ostringstream out;
  output::write_node_table_csv(out, g, metrics, categories);
  return out.str();
}

std::string edge_table() {
  std::ostringstream out;
  output::write_edge_table_csv(out, test::fixture_graph());
  return out.str();
}

// Parses the CSV with Python's csv module (tests/unit/exporters/csv_read.py). Empty document when python3 is
// missing (the caller skips).
rapidjson::Document read_with_python(const std::string& csv_text, bool& available) {
  rapidjson::Document d;
  available = std::system("/usr/bin/python3 -c 'import csv' 2>/dev/null") == 0;
  if (!available) return d;
  const auto path = test::temp_path("table.csv");
  {
    std::ofstream f(path, std::ios::binary);
    f << csv_text;
  }
  const std::string command = "/usr/bin/python3 '" + std::string(PPSNET_SOURCE_DIR) +
                              "/tests/unit/exporters/csv_read.py' '" + path.string() + "'";
  std::string output;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buf[4096];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) output.append(buf, n);
    EXPECT_EQ(pclose(pipe), 0);
  }
  std::filesystem::remove(path);
  d.Parse(output.c_str());
  EXPECT_FALSE(d.HasParseError()) << output;
  return d;
}

std::string cell(const rapidjson::Document& rows, std::size_t row, const std::string& column) {
  const auto& header = rows[0];
  for (rapidjson::SizeType c = 0; c < header.Size(); ++c) {
    if (column == header[c].GetString()) return rows[static_cast<rapidjson::SizeType>(row)][c].GetString();
  }
  ADD_FAILURE() << "no column " << column;
  return {};
}

double to_double(const std::string& s) {
  double x = 0;
  std::from_chars(s.data(), s.data() + s.size(), x);
  return x;
}

}  // namespace

TEST(CsvField, QuotesOnlyWhenNeededAndDoublesQuotes) {
  EXPECT_EQ(output::csv_field("plain text"), "plain text");
  EXPECT_EQ(output::csv_field(""), "");
  EXPECT_EQ(output::csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(output::csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(output::csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(output::csv_field("cr\rx"), "\"cr\rx\"");
  EXPECT_EQ(output::csv_field("01234567"), "01234567");
  EXPECT_EQ(output::csv_field("Commerciële"), "Commerciële");
  EXPECT_EQ(output::csv_field("a;b"), "a;b");
}

TEST(CsvRow, JoinsWithCommasAndEndsWithNewline) {
  std::ostringstream out;
  const std::vector<std::string> row{"a", "b,c", ""};
  output::write_csv_row(out, row);
  output::write_csv_row(out, std::vector<std::string>{});
  EXPECT_EQ(out.str(), "a,\"b,c\",\n\n");
}

TEST(NodeTableCsv, MatchesGoldenFile) { test::expect_golden("fixture.nodes.csv", node_table()); }
TEST(EdgeTableCsv, MatchesGoldenFile) { test::expect_golden("fixture.edges.csv", edge_table()); }

TEST(NodeTableCsv, PythonCsvReadsEveryValueBack) {
  bool available = false;
  const auto rows = read_with_python(node_table(), available);
  if (!available) GTEST_SKIP() << "python3 not available";
  ASSERT_TRUE(rows.IsArray());
  ASSERT_EQ(rows.Size(), 8u);  // header + 7 nodes
  for (const auto& r : rows.GetArray()) EXPECT_EQ(r.Size(), rows[0].Size());
  EXPECT_EQ(std::string(rows[0][0].GetString()), "id");
  // Rows in node-id order: [1] 2030, [2] initiative:node, [3] P<3>, [4] 01234567, [5] Zuyd, [6] back\slash,
  // [7] organisation:node.
  EXPECT_EQ(cell(rows, 1, "id"), "2030");
  EXPECT_EQ(cell(rows, 1, "label"), test::kAgenda);
  EXPECT_EQ(cell(rows, 1, "sectors"), "Life Sciences & Health; ICT");
  EXPECT_EQ(cell(rows, 1, "corop"), "39");
  EXPECT_EQ(cell(rows, 1, "corop_name"), "Zuid-Limburg");
  EXPECT_EQ(cell(rows, 1, "budget"), "1,5 mln");
  EXPECT_EQ(cell(rows, 1, "extra_label"), "clash");
  EXPECT_EQ(cell(rows, 2, "id"), "initiative:node");
  EXPECT_EQ(cell(rows, 2, "budget"), "");  // extra column of another node: empty
  EXPECT_EQ(cell(rows, 2, "website"), "https://example.org/?a=1&b=2");
  EXPECT_EQ(cell(rows, 3, "label"), test::kScript);
  EXPECT_EQ(cell(rows, 3, "community"), "a,b\"c");
  EXPECT_EQ(cell(rows, 4, "id"), "01234567");
  EXPECT_EQ(cell(rows, 4, "kvk"), "01234567");
  EXPECT_EQ(cell(rows, 4, "label"), test::kCommercie);
  EXPECT_EQ(cell(rows, 5, "education_level"), "hbo");
  EXPECT_EQ(cell(rows, 6, "id"), "back\\slash");
  EXPECT_EQ(cell(rows, 6, "label"), test::kBackslash);
  EXPECT_EQ(cell(rows, 7, "id"), "organisation:node");
  EXPECT_EQ(cell(rows, 7, "label"), test::kEntity);
  // Metrics: shortest round-trip text; missing values (NaN, +inf, -inf) are empty.
  EXPECT_EQ(cell(rows, 1, "degree"), "3");
  EXPECT_EQ(to_double(cell(rows, 1, "score")), 1.0 / 3.0);
  EXPECT_EQ(cell(rows, 1, "score"), "0.3333333333333333");  // 16 digits suffice for 1/3 (shortest round trip)
  EXPECT_EQ(cell(rows, 2, "score"), "");
  EXPECT_EQ(cell(rows, 3, "score"), "0.1");
  EXPECT_EQ(cell(rows, 4, "score"), "");
  EXPECT_EQ(cell(rows, 5, "score"), "");
  EXPECT_EQ(cell(rows, 6, "score"), "1e-300");
  EXPECT_EQ(cell(rows, 7, "score"), "123456789.125");
  EXPECT_EQ(cell(rows, 2, "community"), "");
}

TEST(EdgeTableCsv, PythonCsvReadsEveryValueBack) {
  bool available = false;
  const auto rows = read_with_python(edge_table(), available);
  if (!available) GTEST_SKIP() << "python3 not available";
  ASSERT_EQ(rows.Size(), 8u);  // header + 7 edges (fixture.hpp)
  EXPECT_EQ(cell(rows, 1, "source"), "2030");
  EXPECT_EQ(cell(rows, 1, "target"), "01234567");
  EXPECT_EQ(cell(rows, 1, "weight"), "2");
  EXPECT_EQ(cell(rows, 1, "participations"), "2");
  EXPECT_EQ(cell(rows, 1, "target_label"), test::kCommercie);
  EXPECT_EQ(cell(rows, 3, "target"), "back\\slash");
  EXPECT_EQ(cell(rows, 3, "target_label"), test::kBackslash);
  EXPECT_EQ(cell(rows, 3, "weight"), "1");
  // Folded participations (fixture.hpp): row 1 = 2030-01234567 (partner 2019 EUR 1000.25, cofunder 2021 EUR 500.5),
  // row 2 = 2030-Zuyd (lead), row 3 = 2030-back\slash (2018), row 6 = P<3>-01234567 (EUR 0.1).
  EXPECT_EQ(cell(rows, 1, "roles"), "cofunder; partner");
  EXPECT_EQ(cell(rows, 1, "years"), "2019; 2021");
  EXPECT_EQ(cell(rows, 1, "first_year"), "2019");
  EXPECT_EQ(cell(rows, 1, "last_year"), "2021");
  EXPECT_EQ(cell(rows, 1, "contribution_eur"), "1500.75");
  EXPECT_EQ(cell(rows, 2, "roles"), "lead");
  EXPECT_EQ(cell(rows, 2, "years"), "");
  EXPECT_EQ(cell(rows, 2, "first_year"), "");
  EXPECT_EQ(cell(rows, 2, "contribution_eur"), "");
  EXPECT_EQ(cell(rows, 3, "years"), "2018");
  EXPECT_EQ(cell(rows, 3, "first_year"), "2018");
  EXPECT_EQ(cell(rows, 3, "last_year"), "2018");
  EXPECT_EQ(cell(rows, 6, "target"), "01234567");
  EXPECT_EQ(cell(rows, 6, "contribution_eur"), "0.1");
  EXPECT_EQ(cell(rows, 7, "roles"), "partner");
}

TEST(NodeTableCsv, RejectsBadColumns) {
  const auto g = test::fixture_graph();
  std::ostringstream out;
  const std::vector<output::MetricColumn> wrong_size{{"degree", {1}}};
  EXPECT_THROW(output::write_node_table_csv(out, g, wrong_size), std::invalid_argument);
  const std::vector<output::CategoryColumn> reserved{{"side", std::vector<std::string>(7)}};
  EXPECT_THROW(output::write_node_table_csv(out, g, {}, reserved), std::invalid_argument);
  const std::vector<output::MetricColumn> unnamed{{"", std::vector<double>(7, 1.0)}};
  EXPECT_THROW(output::write_node_table_csv(out, g, unnamed), std::invalid_argument);
}
