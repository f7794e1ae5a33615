#include <iostream>
#include <string>

#include "commands.hpp"
#include "output_file.hpp"
#include "ppsnet/model/diagnostics.hpp"

namespace ppsnet::cli {
namespace {

// True when `message` is already a formatted diagnostic ("file:1:6: error[kind]: ..." or "error[kind]: ..."), which
// says "error" itself: printed after "ppsnet: " without a second "error: ".
bool is_formatted_diagnostic(const std::string& message) {
  const std::string first = message.substr(0, message.find('\n'));
  for (const char* severity : {"error[", "warning["}) {
    if (first.rfind(severity, 0) == 0) return true;
    if (first.find(std::string(": ") + severity) != std::string::npos) return true;
  }
  return false;
}

void print_error(const std::string& message) {
  std::cerr << (is_formatted_diagnostic(message) ? "ppsnet: " : "ppsnet: error: ") << message << '\n';
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"ppsnet: network analysis of partnership ecosystems (PPS, CoE, research projects)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "ppsnet 0.1.0");
  register_analyze(app);
  register_generate(app);
  register_levels(app);
  register_reach(app);
  register_involvement(app);
  register_draw(app);
  register_centrality(app);
  register_project(app);
  register_communities(app);
  register_export(app);
  register_similar(app);
  register_recommend(app);
  register_evaluate_recommender(app);
  register_mix(app);
  register_brokers(app);
  register_diff(app);
  register_view(app);
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    if (sub->get_name() == "analyze") sub->alias("analyse");  // British spelling
  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();
  } catch (const CLI::ParseError& e) {
    // `ppsnet WORD ...` where WORD is no command: CLI11 would only say that a subcommand is required.
    const bool help_or_version = dynamic_cast<const CLI::CallForHelp*>(&e) != nullptr ||
                                 dynamic_cast<const CLI::CallForAllHelp*>(&e) != nullptr ||
                                 dynamic_cast<const CLI::CallForVersion*>(&e) != nullptr;
    if (!help_or_version && app.get_subcommands().empty() && (argc < 2 || argv[1][0] != '-')) {
      if (argc < 2) std::cerr << "ppsnet: error: a command is required; the commands are:";
      else std::cerr << "ppsnet: error: unknown command \"" << argv[1] << "\"; the commands are:";
      for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
        std::cerr << ' ' << sub->get_name();
      std::cerr << "\n(ppsnet --help says what each does; ppsnet COMMAND --help lists its options)\n";
      return kUsage;
    }
    return app.exit(e) == 0 ? kOk : kUsage;
  } catch (const OutputError& e) {
    print_error(e.what());
    return kIoError;
  } catch (const model::InvalidInput& e) {
    print_error(e.what());
    return kInvalidInput;
  } catch (const std::exception& e) {
    std::cerr << "ppsnet: internal error: " << e.what() << "\n(this is a bug in ppsnet; please report it)\n";
    return kInternalError;
  }
  return kOk;
}

}  // namespace ppsnet::cli
