// ppsnet project DATASET: the one-mode projection onto initiatives or organisations as an edge list with
// external ids and labels (docs/algorithms.md, "Projections"). Connectors left out by --max-connector-degree are
// reported on stderr.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "ppsnet/algo/projection.hpp"
#include "ppsnet/query/impact_table.hpp"

namespace ppsnet::cli {
namespace {

struct ProjectArgs {
  DatasetArgs data;
  std::string side;
  std::string weight = "count";
  double min_weight = 0;
  std::size_t top_k = 0;
  std::size_t max_connector_degree = 0;
  std::string format = "csv";
  bool quiet = false;
};

algo::ProjectionWeight parse_weight(const std::string& w) {
  if (w == "jaccard") return algo::ProjectionWeight::jaccard;
  if (w == "overlap") return algo::ProjectionWeight::overlap;
  if (w == "newman") return algo::ProjectionWeight::newman;
  return algo::ProjectionWeight::count;
}

int run_project(const ProjectArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  algo::ProjectionOptions po;
  po.side = a.side == "organisations" ? algo::Side::organisations : algo::Side::initiatives;
  po.weight = parse_weight(a.weight);
  po.min_weight = a.min_weight;
  po.top_k = a.top_k;
  po.max_connector_degree = a.max_connector_degree;
  const auto proj = algo::project(g, po);

  if (!a.quiet)
    std::cerr << "ppsnet: projection onto " << a.side << ": " << proj.nodes.size() << " nodes, "
            << proj.graph.num_edges() << " links (weight " << a.weight << ")\n";
  if (proj.skipped_connectors > 0) {
    std::cerr << "ppsnet: left out " << proj.skipped_connectors << " connecting "
              << (po.side == algo::Side::initiatives ? "organisations" : "initiatives") << " with more than "
              << a.max_connector_degree << " distinct neighbours:";
    std::size_t shown = 0;
    for (model::NodeId v : proj.skipped) {
      if (++shown > 20) {
        std::cerr << " ... (" << proj.skipped.size() - 20 << " more)";
        break;
      }
      std::cerr << (shown > 1 ? ", " : " ") << g.external_id(v) << " (" << g.graph().degree(v) << ")";
    }
    std::cerr << '\n';
  }

  query::Table t;
  t.name = "projection";
  t.title = "Projection onto " + a.side + " (weight " + a.weight + ")";
  t.note = "Links between " + a.side + " that share " +
           (po.side == algo::Side::initiatives ? std::string("organisations") : std::string("initiatives")) +
           "; weight as NetworkX bipartite projections (docs/algorithms.md).";
  t.columns = {{"Source id", "source", 0}, {"Source label", "source_label", 0}, {"Target id", "target", 0},
               {"Target label", "target_label", 0}, {"Weight", "weight", 4}};
  for (const auto& e : proj.graph.edges()) {
    const model::NodeId u = proj.nodes[e.u], v = proj.nodes[e.v];
    t.rows.push_back({query::TableCell::of_text(g.external_id(u)), query::TableCell::of_text(g.label(u)),
                      query::TableCell::of_text(g.external_id(v)), query::TableCell::of_text(g.label(v)),
                      query::TableCell::of_number(e.weight)});
  }
  const std::vector<query::Table> tables{std::move(t)};
  return print_tables(tables, a.format);
}

}  // namespace

void register_project(CLI::App& app) {
  auto args = std::make_shared<ProjectArgs>();
  auto* cmd = app.add_subcommand("project",
                                 "one-mode projection (initiatives linked through shared organisations, or the "
                                 "reverse) as an edge list");
  add_dataset_options(*cmd, args->data);
  cmd->add_option("--side", args->side, "the nodes of the projection: initiatives or organisations")
      ->required()
      ->check(CLI::IsMember({"initiatives", "organisations"}));
  cmd->add_option("--weight", args->weight,
                  "link weight: count (shared neighbours), jaccard, overlap (shared / smaller set) or newman "
                  "(sum of 1/(d-1) over shared connectors)")
      ->check(CLI::IsMember({"count", "jaccard", "overlap", "newman"}))
      ->capture_default_str();
  cmd->add_option("--min-weight", args->min_weight, "keep only links with weight >= X")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--top-k", args->top_k, "every node keeps its K strongest links (0 = all)")->capture_default_str();
  cmd->add_option("--max-connector-degree", args->max_connector_degree,
                  "leave out connecting nodes with more than D distinct neighbours (0 = no cap); listed on stderr")
      ->capture_default_str();
  cmd->add_option("--format", args->format, "output: csv, json or table (aligned text)")
      ->check(CLI::IsMember({"csv", "json", "table"}))
      ->capture_default_str();
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_project(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
