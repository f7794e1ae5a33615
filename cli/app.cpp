#include <iostream>
#include <string>

#include "commands.hpp"
#include "error_output.hpp"
#include "output_file.hpp"
#include "ppsnet/error.hpp"

namespace ppsnet::cli {
namespace {

// A request parameter as the option that sets it: "betweenness_sample" -> "--betweenness-sample".
std::string option_name(std::string parameter) {
  if (parameter.empty()) return parameter;
  for (char& c : parameter)
    if (c == '_') c = '-';
  return "--" + parameter;
}

// Exit codes by category: invalid request 1 (as a bad command line), invalid input and not found 2, internal 3.
int report_error(const Error& e) {
  switch (e.category()) {
    case ErrorCategory::invalid_request:
      print_error("invalid-request", kUsage, e.what(), option_name(e.parameter()), e.diagnostics(),
                  "Run with --help for more information.");
      return kUsage;
    case ErrorCategory::invalid_input:
    case ErrorCategory::not_found:
      print_error(std::string(to_string(e.category())), kInvalidInput, e.what(), option_name(e.parameter()),
                  e.diagnostics());
      return kInvalidInput;
    case ErrorCategory::internal:
      break;
  }
  print_error("internal", kInternalError, e.what(), option_name(e.parameter()), e.diagnostics(),
              "(this is a bug in ppsnet; please report it)");
  return kInternalError;
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
  std::string error_format_name = "text";
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_name() == "analyze") sub->alias("analyse");  // British spelling
    sub->add_option("--error-format", error_format_name,
                    "how problems are printed on stderr: text, or json (JSON Lines: one object per diagnostic "
                    "and one for the error; docs/guide.md)")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
  }
  error_format() = ErrorFormat::text;  // each run starts from the default (tests run several in one process)
  scan_error_format(argc, argv);
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
      std::string commands;
      for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) commands += " " + sub->get_name();
      print_error("usage", kUsage,
                  (argc < 2 ? std::string("a command is required") : "unknown command \"" + std::string(argv[1]) + "\"") +
                      "; the commands are:" + commands,
                  {}, {}, "(ppsnet --help says what each does; ppsnet COMMAND --help lists its options)");
      return kUsage;
    }
    if (help_or_version || error_format() == ErrorFormat::text) return app.exit(e) == 0 ? kOk : kUsage;
    print_error("usage", kUsage, e.what());
    return kUsage;
  } catch (const OutputError& e) {
    print_error("output", kIoError, e.what());
    return kIoError;
  } catch (const Error& e) {
    return report_error(e);
  } catch (const std::exception& e) {
    print_error("internal", kInternalError, e.what(), {}, {},
                "(this is a bug in ppsnet; please report it)");
    return kInternalError;
  }
  return kOk;
}

}  // namespace ppsnet::cli
