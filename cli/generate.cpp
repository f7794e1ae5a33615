#include "commands.hpp"
namespace ppsnet::cli {
void register_generate(CLI::App& app) { app.add_subcommand("generate", "write a synthetic dataset"); }
}  // namespace ppsnet::cli
