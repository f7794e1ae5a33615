#pragma once
// The CLI: one registration function per subcommand (cli/<name>.cpp), wired up in cli/app.cpp.
#include <CLI/CLI.hpp>

namespace ppsnet::cli {

/// Stable exit codes.
enum ExitCode : int {
  kOk = 0,
  kUsage = 1,          ///< bad command line
  kInvalidInput = 2,   ///< the user's data cannot be used (see the diagnostics printed)
  kInternalError = 3,  ///< a bug in ppsnet: please report it
  kIoError = 4,        ///< cannot write the output
};

/// Parses argv and runs the chosen subcommand; returns the exit code.
int run(int argc, char** argv);

// One per subcommand file. Each adds its subcommand to `app` with a callback that runs it.
void register_analyze(CLI::App& app);
void register_generate(CLI::App& app);
void register_levels(CLI::App& app);
void register_reach(CLI::App& app);
void register_involvement(CLI::App& app);
void register_draw(CLI::App& app);
void register_centrality(CLI::App& app);
void register_project(CLI::App& app);
void register_communities(CLI::App& app);
void register_export(CLI::App& app);
void register_similar(CLI::App& app);
void register_recommend(CLI::App& app);
void register_evaluate_recommender(CLI::App& app);
void register_mix(CLI::App& app);
void register_brokers(CLI::App& app);
void register_diff(CLI::App& app);
void register_view(CLI::App& app);

}  // namespace ppsnet::cli
