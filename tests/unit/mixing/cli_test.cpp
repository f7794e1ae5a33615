// ppsnet mix / ppsnet brokers on the format-v1 dataset tests/data/impact (hand calculation below).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "unit/cli_run.hpp"

namespace {

using Run = ppsnet::test::CliRun;
Run run(std::vector<std::string> args) { return ppsnet::test::run_cli(std::move(args)); }

const std::string kData = std::string(PPSNET_TEST_DATA_DIR) + "/impact";

}  // namespace

// tests/data/impact: R1 {own, nb, far, de, unk}, R2 {own, own2, nb2, be}, R3 {own, de}, R4 {own, far}, R5 {}.
// Projection: clique on R1 (10 links), clique on R2 (6 links), own-de and own-far weight 2: 16 links, W = 18.
// Levels: none = own, own2, de, be, unk (companies); mbo = nb2; hbo = nb; wo = far.
// Observed: none-none own-de 2 + own-unk + de-unk + own-own2 + own-be + own2-be = 7; none-hbo own-nb, nb-de, nb-unk
// = 3; none-wo own-far 2 + far-de + far-unk = 4; hbo-wo nb-far = 1; none-mbo own-nb2, own2-nb2, nb2-be = 3.
// e = 7/18, 3/36, 4/36, 1/36, 3/36 -> a_none = 24/36, a_hbo = 4/36, a_wo = 5/36, a_mbo = 3/36.
// sum a^2 = (576 + 16 + 25 + 9) / 1296 = 626/1296, trace = 504/1296, r = (504 - 626) / (1296 - 626) = -61/335.
// Network E-I: internal links 6 (the none-none ones), external 10 -> (10 - 6) / 16 = 0.25.
TEST(MixCli, LevelSummaryJson) {
  const auto r = run({"mix", kData, "--by", "level", "--format", "json", "-q"});
  ASSERT_EQ(r.rc, 0);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  ASSERT_FALSE(d.HasParseError()) << r.out;
  ASSERT_EQ(d["tables"].Size(), 4U);
  const auto& s = d["tables"][1]["rows"][0];
  EXPECT_EQ(std::string(d["tables"][1]["name"].GetString()), "mixing_summary");
  EXPECT_EQ(s["links"].GetInt(), 16);
  EXPECT_DOUBLE_EQ(s["weight"].GetDouble(), 18.0);
  EXPECT_NEAR(s["assortativity"].GetDouble(), -61.0 / 335, 1e-12);
  EXPECT_NEAR(s["ei"].GetDouble(), 0.25, 1e-12);
}

// mbo = nb2, hbo = nb: only own has both as neighbours, and nb-nb2 share no initiative: one pair.
TEST(BrokersCli, MboHboCsv) {
  const auto r = run({"brokers", kData, "--groups", "level", "--table", "mbo-hbo", "--format", "csv", "-q"});
  ASSERT_EQ(r.rc, 0);
  std::istringstream in(r.out);
  std::string header, row, extra;
  std::getline(in, header);
  std::getline(in, row);
  EXPECT_EQ(header, "rank,organisation,type,mbo_hbo_pairs,degree,effective_size,constraint,id");
  EXPECT_EQ(row.rfind("1,Own Region BV,company,1,", 0), 0U) << row;
  EXPECT_FALSE(std::getline(in, extra));
}
