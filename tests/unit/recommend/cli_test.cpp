// `ppsnet similar`, `recommend`, `evaluate-recommender` end to end on tests/data/recommend/fixture (the fixture of
// fixture.hpp as a format-v1 folder), through ppsnet::cli::run with stdout captured.
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

const std::string kData = std::string(PPSNET_TEST_DATA_DIR) + "/recommend/fixture";

// Same numbers as Similar.HandComputedScoresAndEvidence, except D: in a format-v1 folder an empty country means NL
// (docs/formats.md), so A (CR17, NL) and D (NL) are in the same country: region score 0.25, attribute score
// (0 + 0.25 + 0)/3 = 0.0833333, score 0.7/3 + 0.3 * 0.0833333 = 0.2583333.
TEST(RecommendCli, SimilarJson) {
  const auto r = run({"similar", kData, "A", "--format", "json", "-q"});
  ASSERT_EQ(r.rc, 0);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  ASSERT_FALSE(d.HasParseError()) << r.out;
  const auto& rows = d["tables"][0]["rows"];
  ASSERT_EQ(rows.Size(), 3u);
  EXPECT_STREQ(rows[0]["similar_id"].GetString(), "B");
  EXPECT_NEAR(rows[0]["score"].GetDouble(), 0.95, 1e-12);
  EXPECT_STREQ(rows[0]["evidence"].GetString(), "Org o1; Org o3");
  EXPECT_STREQ(rows[1]["similar_id"].GetString(), "C");
  EXPECT_STREQ(rows[1]["region"].GetString(), "neighbouring-corop");
  EXPECT_STREQ(rows[2]["region"].GetString(), "same-country");
  EXPECT_NEAR(rows[2]["score"].GetDouble(), 0.7 / 3.0 + 0.3 * 0.25 / 3.0, 1e-12);
}

// Paths scores o4 3, o5 2 (Recommend.PathScoresHandComputed); reasons as in Recommend.ReasonsHandComputed; o5 is in
// CR01 (Groningen), A in CR17 (Utrecht): same country only.
TEST(RecommendCli, RecommendCsvWithReasons) {
  const auto r = run({"recommend", kData, "A", "--target", "company", "--scorer", "paths", "--format", "csv", "-q"});
  ASSERT_EQ(r.rc, 0);
  EXPECT_EQ(r.out,
            "rank,id,name,type,score,via_count,via,shared_sectors,region,reasons\n"
            "1,o4,Org o4,company,3,2,Org o3; Org o1,Energie,same-corop,\"works with 2 of your partners: Org o3, Org o1; "
            "active in Energie; in your COROP region (Utrecht)\"\n"
            "2,o5,Org o5,company,2,2,Org o2; Org o3,Agri & Food,same-country,\"works with 2 of your partners: Org o2, "
            "Org o3; active in Agri & Food; in your country\"\n");
  const auto f = run({"recommend", kData, "A", "--target", "company", "--scorer", "paths", "--region", "neighbouring",
                      "--format", "csv", "-q"});
  ASSERT_EQ(f.rc, 0);
  EXPECT_EQ(f.out.find("o5"), std::string::npos);
  EXPECT_NE(f.out.find("o4"), std::string::npos);
}

TEST(RecommendCli, ExitCodes) {
  EXPECT_EQ(run({"recommend", kData, "nope", "-q"}).rc, 2);     // unknown initiative: invalid input
  EXPECT_EQ(run({"similar", kData, "-q"}).rc, 1);               // neither ID nor --all: usage
  EXPECT_EQ(run({"recommend", kData, "A", "--target", "ship", "-q"}).rc, 1);
  EXPECT_EQ(run({"evaluate-recommender", kData, "--split", "newest-year", "-q"}).rc, 1);  // the fixture has no years
}

TEST(RecommendCli, AllPairsAndEvaluationAreDeterministic) {
  const auto a = run({"similar", kData, "--all", "--format", "csv", "--threads", "1", "-q"});
  const auto b = run({"similar", kData, "--all", "--format", "csv", "--threads", "2", "-q"});
  ASSERT_EQ(a.rc, 0);
  EXPECT_EQ(a.out, b.out);
  // 4 initiatives; A, B, C, D each share a partner (o3) with the 3 others: 12 rows + header.
  EXPECT_EQ(std::count(a.out.begin(), a.out.end(), '\n'), 13);
  const auto e1 = run({"evaluate-recommender", kData, "--seed", "3", "--holdout", "0.3", "--format", "csv", "-q"});
  const auto e2 = run({"evaluate-recommender", kData, "--seed", "3", "--holdout", "0.3", "--format", "csv", "-q",
                       "--threads", "1"});
  ASSERT_EQ(e1.rc, 0);
  EXPECT_EQ(e1.out, e2.out);
}

}  // namespace
