// The CSV reader on the real public files in ../shared/data/raw (skipped when absent). Expected values come
// from Python's csv module, independently of ppsnet:
//   /usr/bin/python3 -c "import csv,io; t=open(F,'rb').read().decode(ENC);
//                        r=list(csv.reader(io.StringIO(t,newline=''),delimiter=D)); print(len(r)-1, len(r[0]), r[-1])"
// DUO (ENC cp1252, D ';'): 54 data rows, 30 columns, row 1 field 22 (RPA-GEBIED NAAM) = "Fryslân".
// CORDIS eunets (ENC utf-8, D ','): 144726 data rows, 15 columns, no field with a line break (so the last
// record starts on line 144727), last row ['205548','partner','923233294','OTH','NA','UK',...].
#include <gtest/gtest.h>

#include <filesystem>

#include "ppsnet/import/csv_reader.hpp"

namespace ppsnet::import {
namespace {

const std::string kRaw = PPSNET_SHARED_DATA_DIR;

TEST(CsvReaderRealData, DuoRegisterLatin1Semicolon) {
  const std::string path = kRaw + "/duo_01-instellingen-hbo-en-wo.csv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not available: " << path;
  model::Diagnostics d;
  CsvTable t = read_csv(path, d);
  EXPECT_EQ(t.delimiter, ';');
  EXPECT_TRUE(t.converted_encoding);
  EXPECT_EQ(t.header.size(), 30u);
  ASSERT_EQ(t.rows.size(), 54u);
  EXPECT_TRUE(t.rejected.empty());
  EXPECT_EQ(d.count(model::DiagnosticKind::converted_encoding), 1u);
  EXPECT_EQ(d.error_count(), 0u);
  const auto col = t.column("rpa-gebied naam");
  ASSERT_TRUE(col.has_value());
  EXPECT_EQ(*col, 21u);
  EXPECT_EQ(t.rows[0].fields[*col], "Frysl\xC3\xA2n");
  EXPECT_EQ(t.rows[0].fields[*t.column("BRIN NUMMER")], "31FR");
  EXPECT_EQ(t.rows[0].line, 2u);
}

TEST(CsvReaderRealData, CordisEunetsTable) {
  const std::string path = kRaw + "/cordis_h2020_participations_eunets.csv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not available: " << path;
  model::Diagnostics d;
  CsvTable t = read_csv(path, d);
  EXPECT_EQ(t.delimiter, ',');
  EXPECT_FALSE(t.converted_encoding);
  EXPECT_EQ(t.header.size(), 15u);
  ASSERT_EQ(t.rows.size(), 144726u);
  EXPECT_TRUE(t.rejected.empty());
  const auto& last = t.rows.back();
  EXPECT_EQ(last.line, 144727u);
  EXPECT_EQ(last.fields[0], "205548");
  EXPECT_EQ(last.fields[2], "923233294");
  EXPECT_EQ(last.fields[4], "");  // "NA" is missing
  EXPECT_EQ(last.fields[5], "UK");
}

}  // namespace
}  // namespace ppsnet::import
