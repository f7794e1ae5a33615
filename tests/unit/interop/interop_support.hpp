#pragma once
// Support for the interop exporter tests: golden files in tests/data/interop/ and reading an export back with a
// real consumer (tests/unit/interop/interop_read.py run by /usr/bin/python3).
//
// Golden files: compared byte for byte. To review and update them after an intended change:
//   PPSNET_UPDATE_GOLDEN=1 build-dir/tests/test_interop --gtest_filter='*MatchesGolden*'
//   build-dir/tests/test_interop && git diff -- tests/data/interop/
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include <sys/wait.h>
#include <unistd.h>

namespace ppsnet::test {

inline void expect_interop_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(PPSNET_TEST_DATA_DIR) + "/interop/" + name;
  const char* update = std::getenv("PPSNET_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << actual;
    ASSERT_TRUE(out.good()) << "cannot write " << path;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in.good()) << "missing golden file " << path << " (run with PPSNET_UPDATE_GOLDEN=1)";
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str()) << "output differs from " << path
                                    << "; if intended, rerun with PPSNET_UPDATE_GOLDEN=1 and review git diff";
}

/// Runs a command; returns (exit status, stdout).
inline std::pair<int, std::string> run_command(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return {-1, output};
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) output.append(buf, n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

/// Writes `content` to a temporary file, reads it with interop_read.py FORMAT and parses the printed JSON into
/// `out`. Returns false only when NetworkX is missing (the caller skips); a failing reader is a test failure and
/// leaves `out` not an object (callers ASSERT_TRUE(out.IsObject())).
inline bool read_back(const std::string& format, const std::string& content, rapidjson::Document& out) {
  const std::string path = "/tmp/ppsnet_interop_" + std::to_string(getpid()) + "_" + format;
  {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << content;
  }
  const std::string script = std::string(PPSNET_SOURCE_DIR) + "/tests/unit/interop/interop_read.py";
  const auto [status, text] = run_command("/usr/bin/python3 '" + script + "' " + format + " '" + path + "'");
  std::remove(path.c_str());
  if (status == 77) return false;
  EXPECT_EQ(status, 0) << text;
  out.Parse(text.c_str(), text.size());
  EXPECT_FALSE(out.HasParseError()) << text;
  if (status != 0 || out.HasParseError()) out.SetNull();
  return true;
}

}  // namespace ppsnet::test
