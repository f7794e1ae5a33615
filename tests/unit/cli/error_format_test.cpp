// --error-format json: every way a command can fail prints one JSON object per line on stderr, with the exit
// code unchanged; data problems carry their diagnostics (file, line, column, kind, message, hint).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "unit/cli_run.hpp"

namespace ppsnet::cli {
namespace {

struct Run {
  int rc = 0;
  std::vector<rapidjson::Document> lines;  // stderr, one JSON document per line
  std::string err;
};

Run run_json(std::vector<std::string> args) {
  args.push_back("--error-format");
  args.push_back("json");
  std::ostringstream captured;
  auto* old = std::cerr.rdbuf(captured.rdbuf());
  const auto r = test::run_cli(args);
  std::cerr.rdbuf(old);
  Run out{r.rc, {}, captured.str()};
  std::istringstream in(out.err);
  for (std::string line; std::getline(in, line);) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    EXPECT_FALSE(d.HasParseError()) << "not JSON: " << line;
    if (!d.HasParseError()) out.lines.push_back(std::move(d));
  }
  return out;
}

std::filesystem::path bad_dataset() {
  const auto dir = std::filesystem::temp_directory_path() / "ppsnet_error_format_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "initiatives.csv") << "id,name,kind\nI1,Zorg,mbo\n";
  std::ofstream(dir / "organisations.csv") << "id,name,type\nO1,A,company\nO1,B,company\n";
  std::ofstream(dir / "participations.csv") << "initiative_id,organisation_id\nI1,O1\nI1,O9\n";
  return dir;
}

TEST(ErrorFormatJson, InvalidRequestNamesTheOption) {
  const auto r = run_json({"centrality", "builtin:katapult", "--damping", "1", "-q"});
  EXPECT_EQ(r.rc, 1);
  ASSERT_EQ(r.lines.size(), 1u) << r.err;
  const auto& e = r.lines[0];
  EXPECT_STREQ(e["type"].GetString(), "error");
  EXPECT_STREQ(e["category"].GetString(), "invalid-request");
  EXPECT_EQ(e["exit_code"].GetInt(), 1);
  EXPECT_STREQ(e["parameter"].GetString(), "--damping");
}

TEST(ErrorFormatJson, UnknownOptionAndCommandAreUsageErrors) {
  auto r = run_json({"centrality", "builtin:katapult", "--no-such-option"});
  EXPECT_EQ(r.rc, 1);
  ASSERT_EQ(r.lines.size(), 1u) << r.err;
  EXPECT_STREQ(r.lines[0]["category"].GetString(), "usage");
  r = run_json({"no-such-command"});
  EXPECT_EQ(r.rc, 1);
  ASSERT_EQ(r.lines.size(), 1u) << r.err;
  EXPECT_NE(std::string(r.lines[0]["message"].GetString()).find("unknown command"), std::string::npos);
}

TEST(ErrorFormatJson, DataProblemsAreDiagnosticObjects) {
  const auto dir = bad_dataset().string();
  // collect: two diagnostics (duplicate organisation id, unknown organisation), then the answer on stdout.
  auto r = run_json({"levels", dir});
  EXPECT_EQ(r.rc, 0);
  ASSERT_EQ(r.lines.size(), 2u) << r.err;
  EXPECT_STREQ(r.lines[0]["type"].GetString(), "diagnostic");
  EXPECT_STREQ(r.lines[0]["kind"].GetString(), "duplicate-id");
  EXPECT_EQ(r.lines[0]["line"].GetUint64(), 3u);
  EXPECT_STREQ(r.lines[1]["kind"].GetString(), "unknown-organisation");
  EXPECT_EQ(r.lines[1]["line"].GetUint64(), 3u);
  EXPECT_EQ(r.lines[1]["column"].GetUint64(), 2u);
  EXPECT_STREQ(r.lines[1]["column_name"].GetString(), "organisation_id");
  EXPECT_STREQ(r.lines[1]["field"].GetString(), "O9");
  EXPECT_FALSE(std::string(r.lines[1]["hint"].GetString()).empty());
  // fail: exit 2 and one error object that carries the diagnostic that stopped the import.
  r = run_json({"levels", dir, "--on-error", "fail"});
  EXPECT_EQ(r.rc, 2);
  ASSERT_EQ(r.lines.size(), 1u) << r.err;
  const auto& e = r.lines[0];
  EXPECT_STREQ(e["category"].GetString(), "invalid-input");
  EXPECT_EQ(e["exit_code"].GetInt(), 2);
  ASSERT_EQ(e["diagnostics"].Size(), 1u);
  EXPECT_STREQ(e["diagnostics"][0]["kind"].GetString(), "duplicate-id");
  EXPECT_EQ(e["diagnostics"][0]["line"].GetUint64(), 3u);
}

TEST(ErrorFormatJson, NotFoundIsExitTwo) {
  const auto r = run_json({"centrality", "builtin:katapult", "-m", "pagerank", "--personalise", "NOPE", "-q"});
  EXPECT_EQ(r.rc, 2);
  ASSERT_EQ(r.lines.size(), 1u) << r.err;
  EXPECT_STREQ(r.lines[0]["category"].GetString(), "not-found");
  EXPECT_STREQ(r.lines[0]["parameter"].GetString(), "--personalise");
}

TEST(ErrorFormatJson, TextIsTheDefault) {
  std::ostringstream captured;
  auto* old = std::cerr.rdbuf(captured.rdbuf());
  const auto r = test::run_cli({"centrality", "builtin:katapult", "--damping", "1", "-q"});
  std::cerr.rdbuf(old);
  EXPECT_EQ(r.rc, 1);
  EXPECT_EQ(captured.str(), "ppsnet: error: --damping: must be in [0, 1)\nRun with --help for more information.\n");
}

}  // namespace
}  // namespace ppsnet::cli
