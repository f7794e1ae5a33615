// ppsnet mix DATASET: type mixing on the organisation projection: the group x group co-participation matrix
// (observed, expected, ratio), Newman's assortativity and the E-I index per group and per initiative
// (docs/metrics.md, "Type mixing").
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "ppsnet/query/mixing.hpp"

namespace ppsnet::cli {
namespace {

struct MixArgs {
  DatasetArgs data;
  query::GroupAttribute by = query::GroupAttribute::type;
  query::TableFormat format = query::TableFormat::text;
  std::string table;
  std::size_t max_connector_degree = 0;
  bool quiet = false;
};

int run_mix(const MixArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  query::MixingOptions opt;
  opt.by = a.by;
  opt.max_connector_degree = a.max_connector_degree;
  const auto r = query::type_mixing(g, opt);
  auto tables = query::to_tables(g, r);
  if (!a.table.empty()) {
    const std::string name = a.table == "matrix"      ? "mixing_matrix"
                             : a.table == "summary"   ? "mixing_summary"
                             : a.table == "groups"    ? "ei_by_group"
                                                      : "ei_by_initiative";
    tables = {*query::find_table(tables, name)};
  } else if (a.format == query::TableFormat::text) {
    tables.pop_back();  // the per-initiative list is long: only with --table initiatives or in JSON
  }
  return print_tables(tables, a.format);
}

}  // namespace

void register_mix(CLI::App& app) {
  auto args = std::make_shared<MixArgs>();
  auto* cmd = app.add_subcommand(
      "mix", "type mixing: co-participation matrix, assortativity and E-I index by organisation type or level "
             "(docs/metrics.md)");
  add_dataset_options(*cmd, args->data);
  add_enum_option(*cmd, "--by", args->by, "group organisations by organisation type or education level");
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv (one table, see --table) or json");
  cmd->add_option("--table", args->table,
                  "print only this table: matrix, summary, groups (E-I per group) or initiatives (E-I per "
                  "initiative); csv prints the matrix unless told")
      ->check(CLI::IsMember({"matrix", "summary", "groups", "initiatives"}));
  cmd->add_option("--max-connector-degree", args->max_connector_degree,
                  "leave initiatives with more organisations than this out of the projection (0 = no cap); the "
                  "number skipped is reported")
      ->capture_default_str();
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_mix(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
