#include "commands.hpp"
namespace ppsnet::cli {
void register_evaluate_recommender(CLI::App&) {}
}  // namespace ppsnet::cli
