// `ppsnet levels`, `reach`, `involvement` end to end on tests/data/impact (expected values worked out by hand in
// tests/data/impact/README.md), through ppsnet::cli::run with stdout captured.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "unit/cli_run.hpp"

namespace {

using Run = ppsnet::test::CliRun;
Run run(std::vector<std::string> args) { return ppsnet::test::run_cli(std::move(args)); }

const std::string kData = std::string(PPSNET_TEST_DATA_DIR) + "/impact";

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> f;
  std::string cur;
  for (char c : line) {
    if (c == sep) {
      f.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  f.push_back(cur);
  return f;
}

}  // namespace

TEST(ImpactCli, LevelsBySectorCsv) {
  const auto r = run({"levels", kData, "--by", "sector", "--format", "csv", "-q"});
  ASSERT_EQ(r.rc, 0) << r.out;
  EXPECT_EQ(r.out,
            "sector,initiatives,mbo_hbo,mbo_hbo_share,hbo_wo,hbo_wo_share,mbo_wo,mbo_wo_share,mbo_hbo_wo,"
            "mbo_hbo_wo_share,vo_mbo,vo_mbo_share,mbo_initiatives,mbo_without_hbo,mbo_without_hbo_share\n"
            "all initiatives,5,1,0.2,1,0.2,2,0.4,1,0.2,0,0,4,3,0.75\n"
            "Chemie,1,0,0,0,0,0,0,0,0,0,0,1,1,1\n"
            "Energie,2,1,0.5,1,0.5,1,0.5,1,0.5,0,0,2,1,0.5\n"
            "(no sector),3,0,0,0,0,1,0.3333333333333333,0,0,0,0,2,2,1\n");
}

TEST(ImpactCli, ReachCsvUtrechtRow) {
  const auto r = run({"reach", kData, "--format", "csv", "-q"});
  ASSERT_EQ(r.rc, 0) << r.out;
  const auto at = r.out.find("\nUtrecht,");
  ASSERT_NE(at, std::string::npos) << r.out;
  const auto f = split(r.out.substr(at + 1, r.out.find('\n', at + 1) - at - 1), ',');
  // name, code, initiatives, participants, 5 pooled shares, own+neighbouring, 5 counts, 5 mean shares
  ASSERT_EQ(f.size(), 20u);
  EXPECT_EQ(f[1], "CR17");
  EXPECT_EQ(f[2], "3");
  EXPECT_EQ(f[3], "9");
  const double pooled[] = {3.0 / 9, 2.0 / 9, 1.0 / 9, 2.0 / 9, 1.0 / 9, 5.0 / 9};
  for (int c = 0; c < 6; ++c) EXPECT_NEAR(std::stod(f[4 + c]), pooled[c], 1e-15) << c;
  const std::vector<std::string> counts{"3", "2", "1", "2", "1"};
  EXPECT_EQ(std::vector<std::string>(f.begin() + 10, f.begin() + 15), counts);
  const double mean[] = {0.35, 0.225, 0.1, 0.225, 0.1};
  for (int c = 0; c < 5; ++c) EXPECT_NEAR(std::stod(f[15 + c]), mean[c], 1e-15) << c;
}

TEST(ImpactCli, ReachTableIsReadable) {
  const auto r = run({"reach", kData, "--level", "province", "-q"});
  ASSERT_EQ(r.rc, 0) << r.out;
  // Utrecht province (PV26) holds R1, R2, R5 (R2 through its COROP region): the same shares as CR17.
  const auto at = r.out.find("\nUtrecht ");
  ASSERT_NE(at, std::string::npos) << r.out;
  std::istringstream line(r.out.substr(at + 1, r.out.find('\n', at + 1) - at - 1));
  std::vector<std::string> w;
  for (std::string s; line >> s;) w.push_back(s);
  EXPECT_EQ(w, (std::vector<std::string>{"Utrecht", "3", "9", "33.3%", "22.2%", "11.1%", "22.2%", "11.1%", "55.6%"}));
  EXPECT_NE(r.out.find("mean of the initiatives' shares"), std::string::npos);
}

TEST(ImpactCli, InvolvementCsv) {
  const auto r = run({"involvement", kData, "--kind", "mbo", "--type", "company", "--format", "csv", "-q"});
  ASSERT_EQ(r.rc, 0) << r.out;
  EXPECT_EQ(r.out,
            "kind,type,rank,organisation,id,initiatives\n"
            "mbo,company,1,Own Region BV,own,3\n"
            "mbo,company,2,Belgian NV,be,1\n"
            "mbo,company,2,Deutsche GmbH,de,1\n"
            "mbo,company,2,Own Two BV,own2,1\n"
            "mbo,company,2,Unknown BV,unk,1\n");
}

TEST(ImpactCli, CountryReachJson) {
  const auto j = run({"reach", kData, "--level", "country", "--format", "json", "-q"});
  ASSERT_EQ(j.rc, 0);
  rapidjson::Document doc;
  doc.Parse(j.out.c_str());
  ASSERT_FALSE(doc.HasParseError()) << j.out;
  const auto& tables = doc["tables"];
  ASSERT_EQ(tables.Size(), 2u);
  EXPECT_STREQ(tables[0]["name"].GetString(), "reach_by_country");
  const auto& rows = tables[0]["rows"];
  ASSERT_EQ(rows.Size(), 2u);  // all, Netherlands (format v1: an empty country means NL)
  // README: own country 10 of 13, neighbouring 3 (DE in R1 and R3, BE in R2), nothing else.
  EXPECT_NEAR(rows[0]["own_country"].GetDouble(), 10.0 / 13, 1e-15);
  EXPECT_NEAR(rows[0]["neighbouring_country"].GetDouble(), 3.0 / 13, 1e-15);
  EXPECT_EQ(rows[0]["unknown"].GetDouble(), 0.0);
  EXPECT_STREQ(rows[1]["country"].GetString(), "Netherlands");
  EXPECT_STREQ(rows[1]["country_code"].GetString(), "NL");
  EXPECT_EQ(rows[1]["initiatives"].GetInt(), 5);
  EXPECT_EQ(rows[1]["participations"].GetInt(), 13);
  // R5 has no partners: the mean is over R1..R4: own (4/5 + 3/4 + 1/2 + 2/2)/4 = 3.05/4 = 0.7625.
  EXPECT_NEAR(rows[1]["mean_own_country"].GetDouble(), 0.7625, 1e-15);
  // The pooled table's "Own+neighbouring" is 1 here; JSON keeps the fraction.
  EXPECT_NEAR(rows[1]["own_or_neighbouring_country"].GetDouble(), 1.0, 1e-15);
}

TEST(ImpactCli, UsageErrors) {
  EXPECT_EQ(run({"levels", kData, "--by", "colour"}).rc, 1);
  EXPECT_EQ(run({"reach", kData + "/no-such-folder", "-q"}).rc, 2);  // invalid input
  EXPECT_EQ(run({"involvement", kData, "--kind", "nonsense", "-q"}).rc, 1);
  EXPECT_EQ(run({"involvement", kData, "--type", "spaceship", "-q"}).rc, 1);
}

TEST(ImpactCli, CordisCountryReachMatchesPythonReference) {
  // Expected counts: tests/reference/impact_cordis_reach.py (an independent re-implementation in Python, reading
  // the CSV with Python's csv module) -> tests/reference/expected/impact_cordis_reach.json.
  const std::string csv = std::string(PPSNET_SHARED_DATA_DIR) + "/derived_cordis_h2020_participations_NLprojects.csv";
  if (!std::ifstream(csv)) GTEST_SKIP() << csv << " not found (the real data lives in ../shared)";
  std::ifstream ef(std::string(PPSNET_SOURCE_DIR) + "/tests/reference/expected/impact_cordis_reach.json");
  ASSERT_TRUE(ef);
  const std::string expected_text((std::istreambuf_iterator<char>(ef)), std::istreambuf_iterator<char>());
  rapidjson::Document want;
  want.Parse(expected_text.c_str());
  ASSERT_FALSE(want.HasParseError());

  const auto r = run({"reach", "cordis:" + csv, "--level", "country", "--format", "csv", "-q"});
  ASSERT_EQ(r.rc, 0);
  // CSV columns: country, country_code, initiatives, participations, 5 pooled shares, own+neighbouring,
  // 5 pooled counts (own, neighbouring, elsewhere EU, outside EU, unknown), 5 mean shares.
  std::map<std::string, std::vector<std::string>> rows;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    auto f = split(line, ',');
    rows[f[1]] = f;
  }
  ASSERT_TRUE(rows.count("all"));
  ASSERT_TRUE(rows.count("NL"));
  const auto& all = rows["all"];
  EXPECT_EQ(std::stoll(all[2]), want["initiatives"].GetInt64());
  EXPECT_EQ(std::stoll(all[3]), want["participations"].GetInt64());
  EXPECT_EQ(std::stoll(all[10]), want["own_country"].GetInt64());
  const auto& nl = rows["NL"];
  const auto& wn = want["netherlands"];
  EXPECT_EQ(std::stoll(nl[2]), wn["initiatives"].GetInt64());
  EXPECT_EQ(std::stoll(nl[3]), wn["participations"].GetInt64());
  const char* keys[] = {"own_country", "neighbouring_country", "elsewhere_eu", "outside_eu", "unknown"};
  for (int c = 0; c < 5; ++c) EXPECT_EQ(std::stoll(nl[10 + c]), wn[keys[c]].GetInt64()) << keys[c];
}
