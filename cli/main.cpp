// ppsnet command-line entry point. Subcommands live in cli/<name>.cpp; see cli/commands.hpp.
#include "commands.hpp"

int main(int argc, char** argv) { return ppsnet::cli::run(argc, argv); }
