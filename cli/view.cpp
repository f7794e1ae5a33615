// ppsnet view: placeholder registration; the command is being built (see issues).
#include "commands.hpp"

namespace ppsnet::cli {

void register_view(CLI::App& app) { (void)app; }

}  // namespace ppsnet::cli
