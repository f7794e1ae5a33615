// `ppsnet generate` through the CLI entry point (cli::run), compared with the library calls.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"  // cli/ (ppsnet_cli_lib include directory)
#include "ppsnet/output/dataset_v1.hpp"
#include "ppsnet/synth/katapult.hpp"

namespace {

using namespace ppsnet;

/// A path in the temporary folder, unique per test process (several build trees may run the suite at once).
std::filesystem::path tmp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
}

int run_cli(std::vector<std::string> args) {
  args.insert(args.begin(), "ppsnet");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  return cli::run(static_cast<int>(argv.size()), argv.data());
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

TEST(GenerateCli, WritesTheSameBytesAsTheLibrary) {
  const auto base = tmp_path("ppsnet_generate_cli_test");
  std::filesystem::remove_all(base);
  testing::internal::CaptureStdout();
  const int rc = run_cli({"generate", "--preset", "katapult", "--seed", "3", "--scale", "0.1", "--out",
                          (base / "cli").string()});
  const std::string out = testing::internal::GetCapturedStdout();
  ASSERT_EQ(rc, 0);
  EXPECT_NE(out.find("19 initiatives (15 mbo, 4 CoE)"), std::string::npos) << out;

  model::Diagnostics d;
  synth::KatapultOptions o;
  o.seed = 3;
  o.scale = 0.1;
  output::write_dataset_v1(synth::generate_katapult(o, d), (base / "lib").string());
  for (const char* f : {"initiatives.csv", "organisations.csv", "participations.csv"})
    EXPECT_EQ(slurp(base / "cli" / f), slurp(base / "lib" / f)) << f;
  std::filesystem::remove_all(base);
}

TEST(GenerateCli, UnknownPresetIsAUsageError) {
  const auto dir = tmp_path("ppsnet_generate_cli_unknown");
  testing::internal::CaptureStderr();
  const int rc = run_cli({"generate", "--preset", "nope", "--out", dir.string()});
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_EQ(rc, cli::kUsage);
  EXPECT_NE(err.find("unknown preset \"nope\""), std::string::npos) << err;
  EXPECT_FALSE(std::filesystem::exists(dir));
}

TEST(GenerateCli, UnwritableOutputIsAnIoError) {
  const auto file = tmp_path("ppsnet_generate_cli_file");
  std::ofstream(file) << "x";
  testing::internal::CaptureStderr();
  const int rc = run_cli({"generate", "--scale", "0.05", "--out", (file / "sub").string()});
  testing::internal::GetCapturedStderr();
  EXPECT_EQ(rc, cli::kIoError);
  std::filesystem::remove(file);
}

}  // namespace
