// ppsnet communities DATASET: Leiden (default) or Louvain communities (modularity) on the Newman-weighted
// projection onto initiatives or organisations (query::communities; docs/algorithms.md, "Leiden", "Louvain").
#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "table_output.hpp"
#include "ppsnet/query/communities.hpp"

namespace ppsnet::cli {
namespace {

struct CommunitiesArgs {
  DatasetArgs data;
  query::CommunitiesRequest request;
  query::TableFormat format = query::TableFormat::text;
  bool quiet = false;
};

int run_communities(const CommunitiesArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  const auto result = query::communities(imported.graph, a.request);
  if (result.skipped_connectors > 0)
    std::cerr << "ppsnet: left out " << result.skipped_connectors << " connectors with more than "
              << a.request.max_connector_degree << " distinct neighbours from the projection\n";
  return print_tables({&result.table, 1}, a.format);
}

}  // namespace

void register_communities(CLI::App& app) {
  auto args = std::make_shared<CommunitiesArgs>();
  auto* cmd = app.add_subcommand("communities",
                                 "Leiden or Louvain communities on the Newman-weighted projection, with size, label and "
                                 "members");
  add_dataset_options(*cmd, args->data);
  auto& r = args->request;
  add_enum_option(*cmd, "--side", r.side, "the nodes to group: " + query::name_list<query::ProjectionSide>());
  add_enum_option(*cmd, "--algorithm", r.algorithm,
                  "leiden (Traag et al. 2019, via igraph) or louvain (Blondel et al. 2008, ppsnet's own)");
  cmd->add_option("--resolution", r.resolution, "modularity resolution (larger: more, smaller communities)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--seed", r.seed, "random seed (same seed, same data: same output)")->capture_default_str();
  cmd->add_option("--starts", r.starts, "independent runs (seeds seed, seed+1, ...); the best modularity is kept")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--top", r.top, "list only the N largest communities (0 = all)")->capture_default_str();
  cmd->add_option("--members", r.members, "members listed per community (0 = all)")->capture_default_str();
  cmd->add_option("--max-connector-degree", r.max_connector_degree,
                  "leave connectors with more than D distinct neighbours out of the projection (0 = no cap)")
      ->capture_default_str();
  cmd->add_flag("--membership", r.membership, "print the community of every node instead of the summary");
  cmd->add_flag("--stability", r.stability,
                "add to the note how much the --starts agree: mean pairwise ARI and NMI, mean node certainty");
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv or json");
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_communities(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
