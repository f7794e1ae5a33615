// ppsnet brokers DATASET: Gould-Fernandez brokerage roles by organisation type or education level, Burt's
// constraint and effective size, and the top brokers between mbo and hbo (docs/metrics.md, "Brokers").
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "ppsnet/query/brokers.hpp"

namespace ppsnet::cli {
namespace {

struct BrokersArgs {
  DatasetArgs data;
  query::GroupAttribute groups = query::GroupAttribute::type;
  query::TableFormat format = query::TableFormat::text;
  std::string table;
  std::size_t top = 20;
  std::size_t max_connector_degree = 0;
  bool quiet = false;
};

int run_brokers(const BrokersArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  query::BrokersOptions opt;
  opt.groups = a.groups;
  opt.max_connector_degree = a.max_connector_degree;
  opt.top = a.top;
  const auto r = query::brokers(g, opt);
  if (!r.skipped_initiatives.empty() && !a.quiet)
    std::cerr << "ppsnet: " << r.skipped_initiatives.size() << " initiatives with more than "
              << a.max_connector_degree << " organisations left out of the projection (--max-connector-degree)\n";
  auto tables = query::to_tables(g, r, a.top);
  if (!a.table.empty()) {
    const std::string name = a.table == "mbo-hbo" ? "mbo_hbo_brokers"
                             : a.table == "roles" ? "brokerage"
                                                  : "brokerage_by_group";
    tables = {*query::find_table(tables, name)};
  }
  return print_tables(tables, a.format);
}

}  // namespace

void register_brokers(CLI::App& app) {
  auto args = std::make_shared<BrokersArgs>();
  auto* cmd = app.add_subcommand(
      "brokers", "brokerage roles (Gould-Fernandez), constraint and effective size (Burt), and the top brokers "
                 "between mbo and hbo (docs/metrics.md)");
  add_dataset_options(*cmd, args->data);
  add_enum_option(*cmd, "--groups", args->groups, "groups for the brokerage roles: organisation type or education level");
  cmd->add_option("--top", args->top, "rows listed in the broker tables (0 = all)")->capture_default_str();
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv (one table, see --table) or json");
  cmd->add_option("--table", args->table,
                  "print only this table: mbo-hbo (top mbo-hbo brokers), roles (per organisation) or groups (roles "
                  "summed per group); csv prints mbo-hbo unless told")
      ->check(CLI::IsMember({"mbo-hbo", "roles", "groups"}));
  cmd->add_option("--max-connector-degree", args->max_connector_degree,
                  "leave initiatives with more organisations than this out of the projection (0 = no cap); keeps "
                  "large data such as CORDIS feasible; the number skipped is reported")
      ->capture_default_str();
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_brokers(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
