// ppsnet centrality DATASET: centrality scores of the nodes of the bipartite partnership graph, one column per
// measure (query::centrality; docs/algorithms.md has every formula and convention).
#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "table_output.hpp"
#include "ppsnet/query/centrality.hpp"

namespace ppsnet::cli {
namespace {

struct CentralityArgs {
  DatasetArgs data;
  query::CentralityRequest request;
  std::string projection;  ///< empty: the bipartite graph
  query::TableFormat format = query::TableFormat::text;
  bool quiet = false;
};

int run_centrality(CentralityArgs& a) {
  if (!a.projection.empty()) a.request.projection = query::parse_name<query::ProjectionSide>(a.projection);
  const auto imported = load(a.data, !a.quiet);
  const auto result = query::centrality(imported.graph, a.request);
  if (result.skipped_connectors > 0)
    std::cerr << "ppsnet: left out " << result.skipped_connectors << " connectors with more than "
              << a.request.max_connector_degree << " distinct neighbours from the projection\n";
  return print_tables({&result.table, 1}, a.format);
}

}  // namespace

void register_centrality(CLI::App& app) {
  auto args = std::make_shared<CentralityArgs>();
  auto* cmd = app.add_subcommand("centrality",
                                 "centrality of initiatives and organisations in the bipartite graph "
                                 "(docs/algorithms.md)");
  add_dataset_options(*cmd, args->data);
  auto& r = args->request;
  add_enum_option(*cmd, "--measure,-m", r.measures,
                  "one or more of " + query::name_list<query::CentralityMeasure>() +
                      " (repeat or separate by commas); the first one sorts the rows");
  add_enum_option(*cmd, "--side", r.side, "which nodes to list: " + query::name_list<query::NodeSide>());
  cmd->add_option("--top", r.top, "list only the N highest (0 = all)")->capture_default_str();
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv or json");
  cmd->add_flag("--bipartite-normalised,--bipartite-normalized", r.bipartite_normalised,
                "degree, betweenness and closeness normalised per side as NetworkX's bipartite module");
  add_enum_option(*cmd, "--closeness-convention", r.closeness_convention,
                  "disconnected graphs: networkx (Wasserman-Faust scaled) or igraph (reachable nodes only)");
  cmd->add_flag("--harmonic-normalised,--harmonic-normalized", r.harmonic_normalised,
                "divide harmonic centrality by n - 1 (igraph); default: raw sum of 1/d (NetworkX)");
  cmd->add_flag("--weighted", r.weighted,
                "use edge weights (participations, or projection weights) as tie strengths: betweenness with "
                "lengths 1/w, weights in pagerank, eigenvector and birank");
  add_enum_option(*cmd, "--weights-as", r.weights_as,
                  "with --weighted, how betweenness reads a weight: strength (path length 1/w, stronger ties are "
                  "shorter) or distance (path length w, as NetworkX/igraph weight=)");
  cmd->add_option("--damping", r.damping, "PageRank damping factor in [0, 1)")->capture_default_str();
  cmd->add_option("--personalise,--personalize", r.personalise,
                  "personalised PageRank: reset to these initiative/organisation ids (comma-separated)")
      ->delimiter(',');
  cmd->add_option("--projection", args->projection,
                  "run the measures on the projection onto initiatives or organisations instead of the bipartite "
                  "graph (not with birank or --bipartite-normalised)")
      ->check(enum_names<query::ProjectionSide>());
  add_enum_option(*cmd, "--projection-weight", r.projection_weight,
                  "link weight of the projection: " + query::name_list<query::ProjectionWeight>());
  cmd->add_option("--max-connector-degree", r.max_connector_degree,
                  "projection: leave out connectors with more than D distinct neighbours (0 = no cap)")
      ->capture_default_str();
  cmd->add_option("--betweenness-sample", r.betweenness_sample,
                  "approximate betweenness by sampling shortest paths (Riondato & Kornaropoulos 2016): an estimate "
                  "of BC/(n(n-1)/2) with an error of about EPSILON in (0, 1); 0 = exact. When the sample would need "
                  "more paths than exact betweenness needs nodes, the exact values are computed instead (the note "
                  "says so)")
      ->capture_default_str();
  cmd->add_option("--delta", r.delta, "--betweenness-sample: δ in (0, 1) of the sample size (c/ε²)(log2(VD-2)+1+ln(1/δ))")
      ->capture_default_str();
  cmd->add_option("--seed", r.seed, "random seed of --betweenness-sample (same seed, same data: same output)")
      ->capture_default_str();
  cmd->add_option("--threads", r.threads, "worker threads for betweenness/closeness (0 = all cores)")
      ->capture_default_str();
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_centrality(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
