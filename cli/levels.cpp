// ppsnet levels DATASET: education-level links (vo, mbo, hbo, wo) per initiative kind, province or sector, and the
// institution pairs of different levels that work together most (docs/metrics.md, "Education-level links").
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "ppsnet/query/levels.hpp"

namespace ppsnet::cli {
namespace {

struct LevelsArgs {
  DatasetArgs data;
  query::LevelGrouping by = query::LevelGrouping::kind;
  query::TableFormat format = query::TableFormat::text;
  std::string table;
  std::size_t pairs = 20;
  std::size_t min_shared = 1;
  bool no_kind_level = false;
  bool initiatives = false;
  bool quiet = false;
};

int run_levels(const LevelsArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  query::LevelsOptions opt;
  opt.initiative_kind_counts = !a.no_kind_level;
  opt.min_shared = a.min_shared;
  const auto r = query::education_levels(g, opt);
  const auto by = a.by;
  auto tables = query::to_tables(g, r, by, a.pairs, a.initiatives || a.table == "initiatives");
  if (!a.table.empty()) {
    const std::string name = a.table == "levels" ? tables.front().name
                             : a.table == "pairs" ? std::string("institution_pairs")
                                                  : std::string("initiative_levels");
    const auto* t = query::find_table(tables, name);
    tables = {*t};
  }
  return print_tables(tables, a.format);
}

}  // namespace

void register_levels(CLI::App& app) {
  auto args = std::make_shared<LevelsArgs>();
  auto* cmd = app.add_subcommand(
      "levels", "which education levels (vo, mbo, hbo, wo) work together in the initiatives (docs/metrics.md)");
  add_dataset_options(*cmd, args->data);
  add_enum_option(*cmd, "--by", args->by, "break the combinations down by initiative kind, province or sector");
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv (one table, see --table) or json");
  cmd->add_option("--table", args->table,
                  "print only this table: levels (the breakdown), pairs (institution pairs) or initiatives "
                  "(levels of every initiative); csv prints levels unless told")
      ->check(CLI::IsMember({"levels", "pairs", "initiatives"}));
  cmd->add_option("--pairs", args->pairs, "institution pairs listed (0 = all)")->capture_default_str();
  cmd->add_option("--min-shared", args->min_shared, "list institution pairs sharing at least this many initiatives")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))
      ->capture_default_str();
  cmd->add_flag("--no-kind-level", args->no_kind_level,
                "do not count an initiative's own kind as a level (by default an mbo initiative counts as mbo, a "
                "CoE as hbo)");
  cmd->add_flag("--initiatives", args->initiatives, "also list the levels of every initiative");
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_levels(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
