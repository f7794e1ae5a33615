// ppsnet project DATASET: the one-mode projection onto initiatives or organisations as an edge list with
// external ids and labels (query::project; docs/algorithms.md, "Projections"). Connectors left out by
// --max-connector-degree are reported on stderr.
#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "table_output.hpp"
#include "ppsnet/query/project.hpp"

namespace ppsnet::cli {
namespace {

struct ProjectArgs {
  DatasetArgs data;
  query::ProjectRequest request;
  query::TableFormat format = query::TableFormat::csv;
  bool quiet = false;
};

int run_project(const ProjectArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  const auto& r = a.request;
  const auto result = query::project(g, r);
  const std::string side(query::name_of(r.side));
  if (!a.quiet)
    std::cerr << "ppsnet: projection onto " << side << ": " << result.nodes.size() << " nodes, "
              << result.links.size() << " links (weight " << query::name_of(r.weight) << ")\n";
  if (!result.skipped.empty()) {
    std::cerr << "ppsnet: left out " << result.skipped.size() << " connecting "
              << (r.side == query::ProjectionSide::initiatives ? "organisations" : "initiatives") << " with more than "
              << r.max_connector_degree << " distinct neighbours:";
    std::size_t shown = 0;
    for (model::NodeId v : result.skipped) {
      if (++shown > 20) {
        std::cerr << " ... (" << result.skipped.size() - 20 << " more)";
        break;
      }
      std::cerr << (shown > 1 ? ", " : " ") << g.external_id(v) << " (" << g.graph().degree(v) << ")";
    }
    std::cerr << '\n';
  }
  return print_tables({&result.table, 1}, a.format);
}

}  // namespace

void register_project(CLI::App& app) {
  auto args = std::make_shared<ProjectArgs>();
  auto* cmd = app.add_subcommand("project",
                                 "one-mode projection (initiatives linked through shared organisations, or the "
                                 "reverse) as an edge list");
  add_dataset_options(*cmd, args->data);
  auto& r = args->request;
  add_enum_option(*cmd, "--side", r.side, "the nodes of the projection: " + query::name_list<query::ProjectionSide>())
      ->required()
      ->default_str("");
  add_enum_option(*cmd, "--weight", r.weight,
                  "link weight: count (shared neighbours), jaccard, overlap (shared / smaller set) or newman "
                  "(sum of 1/(d-1) over shared connectors)");
  cmd->add_option("--min-weight", r.min_weight, "keep only links with weight >= X")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--top-k", r.top_k, "every node keeps its K strongest links (0 = all)")->capture_default_str();
  cmd->add_option("--max-connector-degree", r.max_connector_degree,
                  "leave out connecting nodes with more than D distinct neighbours (0 = no cap); listed on stderr")
      ->capture_default_str();
  add_enum_option(*cmd, "--format", args->format, "output: csv, json or table (aligned text)");
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_project(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
