// ppsnet diff OLD NEW | ppsnet diff DATASET --years A B: change over time — new and lost organisations and
// initiatives, growth of distinct companies, initiatives that gained an education-level link, new institution
// pairs (docs/metrics.md, "Change over time (ppsnet diff)").
#include <algorithm>
#include <iostream>
#include <memory>
#include <vector>

#include "commands.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "table_output.hpp"
#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/query/diff.hpp"

namespace ppsnet::cli {
namespace {

struct DiffArgs {
  DatasetArgs data;            // OLD (or the one dataset with --years)
  std::string new_spec;        // NEW
  std::vector<int> years;      // --years A B
  bool cumulative = false;
  query::TableFormat format = query::TableFormat::text;
  std::string table;
  std::size_t top = 10;
  bool no_kind_level = false;
  bool quiet = false;
};

std::string table_name(const std::string& choice) {
  if (choice == "summary") return "diff_summary";
  if (choice == "types") return "diff_by_type";
  if (choice == "levels") return "diff_level_links";
  if (choice == "added") return "organisations_added";
  if (choice == "lost") return "organisations_lost";
  if (choice == "initiatives-added") return "initiatives_added";
  if (choice == "initiatives-lost") return "initiatives_lost";
  if (choice == "pairs-new") return "institution_pairs_new";
  return "institution_pairs_lost";
}

std::string year_label(int year, bool cumulative) {
  return cumulative ? "up to " + std::to_string(year) : std::to_string(year);
}

int run_diff(const DiffArgs& a) {
  const bool by_years = !a.years.empty();
  if (by_years == !a.new_spec.empty())
    throw CLI::ValidationError("diff", by_years ? "give either NEW or --years, not both"
                                                : "give a second dataset NEW, or --years A B to compare two years "
                                                  "of one dataset");
  if (by_years && a.years[0] > a.years[1])
    throw CLI::ValidationError("--years", "--years A B compares year A with a later year B (A <= B)");
  query::DiffOptions opt;
  opt.initiative_kind_counts = !a.no_kind_level;

  std::vector<query::Table> tables;
  if (!by_years) {
    const auto old_data = load(a.data, !a.quiet);
    DatasetArgs new_args = a.data;
    new_args.spec = a.new_spec;
    const auto new_data = load(new_args, !a.quiet);
    const auto r = query::diff(old_data.graph, new_data.graph, opt);
    tables = query::to_tables(old_data.graph, new_data.graph, r, a.top, "old", "new");
  } else {
    const auto data = load(a.data, !a.quiet);
    const auto range = query::participation_year_range(data.graph);
    if (!range)
      throw model::InvalidInput(
          "--years needs dated participations, but no participation in " + a.data.spec +
          " has a year and no initiative has a start_year (hint: fill the year column of participations.csv or "
          "start_year of initiatives.csv, or compare two datasets: ppsnet diff OLD NEW)");
    const auto before = query::year_snapshot(data.graph, a.years[0], a.cumulative);
    const auto after = query::year_snapshot(data.graph, a.years[1], a.cumulative);
    if (!a.quiet) {
      const auto parts = data.graph.participations();
      if (std::none_of(parts.begin(), parts.end(), [](const model::Participation& p) { return p.year.has_value(); }))
        std::cerr << "ppsnet: note: no participation has a year; each is dated by its initiative's start_year\n";
      for (int y : a.years)
        if (y < range->first || y > range->second)
          std::cerr << "ppsnet: warning: the participations are dated " << range->first << " to " << range->second
                    << "; " << y << " is outside that range\n";
      std::cerr << "ppsnet: " << year_label(a.years[0], a.cumulative) << ": " << before.participations
                << " participations; " << year_label(a.years[1], a.cumulative) << ": " << after.participations
                << " participations";
      if (before.undated_left_out > 0)
        std::cerr << "; left out: " << before.undated_left_out
                  << " participation(s) without a year whose initiative has no start_year";
      std::cerr << '\n';
    }
    const auto r = query::diff(before.graph, after.graph, opt);
    tables = query::to_tables(before.graph, after.graph, r, a.top, year_label(a.years[0], a.cumulative),
                              year_label(a.years[1], a.cumulative));
  }
  if (!a.table.empty()) {
    const auto* t = query::find_table(tables, table_name(a.table));
    tables = {*t};
  }
  return print_tables(tables, a.format);
}

}  // namespace

void register_diff(CLI::App& app) {
  auto args = std::make_shared<DiffArgs>();
  auto* cmd = app.add_subcommand(
      "diff",
      "change over time: compare two datasets (OLD NEW) or two years of one (DATASET --years A B): new and lost "
      "organisations, growth of companies, new links between education levels (docs/metrics.md)");
  add_dataset_options(*cmd, args->data);
  cmd->get_option("DATASET")->description(
      "OLD: the earlier dataset (or, with --years, the one dataset): a format-v1 folder, a .json file, "
      "cordis:PATH, long:PATH (with --mapping), or builtin:katapult");
  cmd->add_option("NEW", args->new_spec,
                  "the later dataset, same forms as OLD (read with the same --aliases/--municipalities/--duo/"
                  "--mapping)");
  cmd->add_option("--years", args->years,
                  "compare two years of one dataset: the participations dated A with those dated B (a participation "
                  "without a year is dated by its initiative's start_year)")
      ->expected(2)
      ->type_name("YEAR");
  cmd->add_flag("--cumulative", args->cumulative,
                "with --years: compare the network up to year A (all participations dated A or earlier) with the "
                "network up to year B");
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv (one table, see --table) or json");
  cmd->add_option("--table", args->table,
                  "print only this table: summary, types (organisations by type), levels (education-level links), "
                  "added / lost (organisations), initiatives-added, initiatives-lost, pairs-new, pairs-lost "
                  "(institution pairs); csv prints summary unless told")
      ->check(CLI::IsMember({"summary", "types", "levels", "added", "lost", "initiatives-added", "initiatives-lost",
                             "pairs-new", "pairs-lost"}));
  cmd->add_option("--top", args->top, "rows listed per organisation, initiative and pair list (0 = all)")
      ->capture_default_str();
  cmd->add_flag("--no-kind-level", args->no_kind_level,
                "do not count an initiative's own kind as a level (by default an mbo initiative counts as mbo, a "
                "CoE as hbo)");
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_diff(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
