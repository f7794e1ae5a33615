// ppsnet reach DATASET: how regional the partnerships are — the shares of partners in the initiative's own COROP
// region, a neighbouring region, elsewhere in the Netherlands, abroad, unknown; per COROP region or province; or at
// country level for international data (docs/metrics.md, "Regional reach").
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "ppsnet/query/reach.hpp"

namespace ppsnet::cli {
namespace {

struct ReachArgs {
  DatasetArgs data;
  query::ReachRequest request;
  query::TableFormat format = query::TableFormat::text;
  bool quiet = false;
};

int run_reach(const ReachArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  const auto result = query::reach(imported.graph, a.request);
  if (result.fell_back_to_country && !a.quiet)
    std::cerr << "ppsnet: no initiative has a home COROP region: showing reach by country (--level country)\n";
  return print_tables(result.tables, a.format);
}

}  // namespace

void register_reach(CLI::App& app) {
  auto args = std::make_shared<ReachArgs>();
  auto* cmd = app.add_subcommand(
      "reach", "how regional the partnerships are: partners in the own, a neighbouring or another region, abroad "
               "(docs/metrics.md)");
  add_dataset_options(*cmd, args->data);
  auto& r = args->request;
  add_enum_option(*cmd, "--level", r.level,
                  "corop: per home COROP region; province: per province; country: own/neighbouring country, EU, "
                  "outside the EU (international data such as CORDIS); auto: corop when initiatives have a home "
                  "COROP region, else country");
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv (one table, see --table) or json");
  cmd->add_option_function<std::string>(
         "--table", [&r](const std::string& name) { r.table = query::parse_name<query::ReachTable>(name); },
         "print only this table: pooled (shares of all partners; in csv also counts and means), mean (mean "
         "of the initiatives' shares) or initiatives (every initiative); csv prints pooled unless told")
      ->check(enum_names<query::ReachTable>());
  cmd->add_flag("--all-regions", r.all_regions, "list every COROP region and province, also those without initiatives");
  cmd->add_flag("--initiatives", r.initiatives, "also list the reach of every initiative");
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_reach(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
