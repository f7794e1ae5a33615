// ppsnet involvement DATASET: which universities, hogescholen, mbo schools and companies take part in the most
// initiatives, per initiative kind, and how many partners initiatives have (docs/metrics.md, "Involvement").
#include <algorithm>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "error_output.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "ppsnet/query/involvement.hpp"

namespace ppsnet::cli {
namespace {

struct InvolvementArgs {
  DatasetArgs data;
  std::string kind;
  std::vector<std::string> types;
  std::size_t top = 10;
  query::TableFormat format = query::TableFormat::text;
  std::string table;
  bool quiet = false;
};

int run_involvement(const InvolvementArgs& a) {
  query::InvolvementOptions opt;
  if (!a.kind.empty()) {
    const auto k = model::parse_initiative_kind(a.kind);
    if (!k) {
      print_error("usage", kUsage, "unknown initiative kind \"" + a.kind + "\" (use mbo, coe, fieldlab, project or other)",
                  "--kind");
      return kUsage;
    }
    opt.kind = *k;
  }
  if (!a.types.empty()) {
    opt.types.clear();
    for (const auto& s : a.types) {
      const auto t = model::parse_organisation_type(s);
      if (!t) {
        print_error("usage", kUsage,
                    "unknown organisation type \"" + s +
                        "\" (use company, university, hogeschool, mbo-school, coe, vo-school, government, "
                        "research-institute, branch-organisation or other)",
                    "--type");
        return kUsage;
      }
      if (std::find(opt.types.begin(), opt.types.end(), *t) == opt.types.end()) opt.types.push_back(*t);
    }
  }
  opt.top = a.top;
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  const auto r = query::involvement(g, opt);
  const auto fmt = a.format;
  std::vector<query::Table> tables = query::to_tables(g, r);  // [rankings, partners]
  if (a.table == "partners") {
    tables = {tables[1]};
  } else if (a.table == "rankings" || fmt == query::TableFormat::csv) {
    tables = {tables[0]};
  } else if (fmt == query::TableFormat::text) {
    // One block per ranking reads better than one long table.
    std::vector<query::Table> blocks;
    for (const auto& rk : r.rankings) blocks.push_back(query::ranking_table(g, rk));
    blocks.push_back(tables[1]);
    tables = std::move(blocks);
  }
  return print_tables(tables, fmt);
}

}  // namespace

void register_involvement(CLI::App& app) {
  auto args = std::make_shared<InvolvementArgs>();
  auto* cmd = app.add_subcommand(
      "involvement", "organisations ranked by the number of initiatives they take part in, and partners per "
                     "initiative (docs/metrics.md)");
  add_dataset_options(*cmd, args->data);
  cmd->add_option("--kind", args->kind,
                  "only initiatives of this kind (mbo, coe, fieldlab, project, other); default: all, then each kind");
  cmd->add_option("--type", args->types,
                  "organisation types ranked (repeatable; default: university, hogeschool, mbo-school, company)");
  cmd->add_option("--top", args->top, "organisations listed per ranking (0 = all; ties with the last are kept)")
      ->capture_default_str();
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv (one table, see --table) or json");
  cmd->add_option("--table", args->table,
                  "print only this table: rankings or partners (partners per initiative); csv prints rankings "
                  "unless told")
      ->check(CLI::IsMember({"rankings", "partners"}));
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_involvement(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
