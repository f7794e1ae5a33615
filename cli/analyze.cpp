#include "commands.hpp"
namespace ppsnet::cli {
void register_analyze(CLI::App& app) { app.add_subcommand("analyze", "analyse a dataset and write a report folder"); }
}  // namespace ppsnet::cli
