#pragma once
// Runs the ppsnet command line in-process (cli::run, as main() does) for the CLI tests: the exit code and what the
// command printed on standard output (standard error is left alone).
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "commands.hpp"

namespace ppsnet::test {

struct CliRun {
  int rc = 0;
  std::string out;
};

/// `args` are the arguments after the program name, e.g. {"mix", DATASET, "--format", "json"}.
inline CliRun run_cli(std::vector<std::string> args) {
  args.insert(args.begin(), "ppsnet");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  std::ostringstream captured;
  auto* old = std::cout.rdbuf(captured.rdbuf());
  const int rc = cli::run(static_cast<int>(argv.size()), argv.data());
  std::cout.rdbuf(old);
  return {rc, captured.str()};
}

}  // namespace ppsnet::test
