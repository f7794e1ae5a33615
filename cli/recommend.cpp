#include "commands.hpp"
namespace ppsnet::cli {
void register_recommend(CLI::App&) {}
}  // namespace ppsnet::cli
