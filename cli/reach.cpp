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
  std::string level = "auto";
  query::TableFormat format = query::TableFormat::text;
  std::string table;
  bool all_regions = false;
  bool initiatives = false;
  bool quiet = false;
};

int run_reach(const ReachArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  query::ReachOptions opt;
  opt.include_empty_regions = a.all_regions;
  const bool with_initiatives = a.initiatives || a.table == "initiatives";
  std::vector<query::Table> tables;
  std::string level = a.level;
  if (level == "auto") {
    // COROP regions when any initiative has a home region (Dutch data), else countries (e.g. CORDIS).
    level = "country";
    for (const auto& in : g.initiatives())
      if (in.location.corop != 0) level = "corop";
    if (!a.quiet && level == "country")
      std::cerr << "ppsnet: no initiative has a home COROP region: showing reach by country (--level country)\n";
  }
  if (level == "country") {
    tables = query::to_tables(g, query::country_reach(g, opt), with_initiatives);
  } else {
    tables = query::to_tables(g, query::regional_reach(g, opt),
                              level == "province" ? query::ReachTableLevel::province : query::ReachTableLevel::corop,
                              with_initiatives);
  }
  if (!a.table.empty()) {
    const std::size_t k = a.table == "pooled" ? 0 : a.table == "mean" ? 1 : 2;
    tables = {tables.at(k)};
  }
  return print_tables(tables, a.format);
}

}  // namespace

void register_reach(CLI::App& app) {
  auto args = std::make_shared<ReachArgs>();
  auto* cmd = app.add_subcommand(
      "reach", "how regional the partnerships are: partners in the own, a neighbouring or another region, abroad "
               "(docs/metrics.md)");
  add_dataset_options(*cmd, args->data);
  cmd->add_option("--level", args->level,
                  "corop: per home COROP region; province: per province; country: own/neighbouring country, EU, "
                  "outside the EU (international data such as CORDIS); auto: corop when initiatives have a home "
                  "COROP region, else country")
      ->check(CLI::IsMember({"auto", "corop", "province", "country"}))
      ->capture_default_str();
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv (one table, see --table) or json");
  cmd->add_option("--table", args->table,
                  "print only this table: pooled (shares of all partners; in csv also counts and means), mean (mean "
                  "of the initiatives' shares) or initiatives (every initiative); csv prints pooled unless told")
      ->check(CLI::IsMember({"pooled", "mean", "initiatives"}));
  cmd->add_flag("--all-regions", args->all_regions, "list every COROP region and province, also those without initiatives");
  cmd->add_flag("--initiatives", args->initiatives, "also list the reach of every initiative");
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_reach(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
