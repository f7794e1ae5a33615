#include <iostream>

#include "commands.hpp"
#include "output_file.hpp"
#include "ppsnet/model/diagnostics.hpp"

namespace ppsnet::cli {

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
  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kOk : kUsage;
  } catch (const OutputError& e) {
    std::cerr << "ppsnet: error: " << e.what() << '\n';
    return kIoError;
  } catch (const model::InvalidInput& e) {
    std::cerr << "ppsnet: error: " << e.what() << '\n';
    return kInvalidInput;
  } catch (const std::exception& e) {
    std::cerr << "ppsnet: internal error: " << e.what() << "\n(this is a bug in ppsnet; please report it)\n";
    return kInternalError;
  }
  return kOk;
}

}  // namespace ppsnet::cli
