// ppsnet recommend DATASET ID --target ...: organisations or initiatives ID is not yet linked to, ranked by a
// bipartite-aware score, filtered and explained (docs/recommendations.md, "Recommendations").
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/query/recommend.hpp"

namespace ppsnet::cli {
namespace {

struct RecommendArgs {
  DatasetArgs data;
  std::string id;
  query::RecommendTarget target = query::RecommendTarget::coe;
  query::RecommendScorer scorer = query::kDefaultRecommendScorer;
  std::size_t top = 10;
  query::RegionScope region = query::RegionScope::any;
  std::vector<std::string> sectors;
  std::vector<std::string> exclude;
  double restart = 0.15;
  query::TableFormat format = query::TableFormat::text;
  bool quiet = false;
};

int run_recommend(const RecommendArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  const auto u = g.find_initiative(a.id);
  if (!u) throw not_found("", "no initiative with id '" + a.id + "' in the dataset");
  query::RecommendOptions opt;
  opt.target = a.target;
  opt.scorer = a.scorer;
  opt.top_k = a.top;
  opt.region = a.region;
  opt.sectors = a.sectors;
  opt.exclude = a.exclude;
  opt.restart = a.restart;
  for (const auto& id : a.exclude) {
    if (!g.find(id) && !a.quiet) std::cerr << "ppsnet: warning: --exclude " << id << " is not in the dataset\n";
  }
  const auto result = query::recommend(g, *u, opt);
  const std::vector<query::Table> tables{query::recommend_table(g, result, opt)};
  return print_tables(tables, a.format);
}

}  // namespace

void register_recommend(CLI::App& app) {
  auto args = std::make_shared<RecommendArgs>();
  auto* cmd = app.add_subcommand(
      "recommend", "organisations or initiatives an initiative could work with, ranked, filtered and explained "
                   "(docs/recommendations.md)");
  add_dataset_options(*cmd, args->data);
  cmd->add_option("ID,--id", args->id, "external id of the initiative (as the first argument after DATASET or with --id)")->required();
  add_enum_option(*cmd, "--target", args->target, "what to recommend");
  cmd->add_option("--top,-k", args->top, "recommendations to list (0 = all)")->capture_default_str();
  add_enum_option(*cmd, "--scorer", args->scorer,
                  "ranking: " + query::name_list<query::RecommendScorer>() + " (docs/recommendations.md)");
  add_enum_option(*cmd, "--region", args->region,
                  "only candidates in: any, same-corop, neighbouring (same or neighbouring COROP region), province, "
                  "country (relative to the initiative)");
  cmd->add_option("--sector", args->sectors, "only candidates active in this sector (repeat for several)");
  cmd->add_option("--exclude", args->exclude, "never recommend this id (repeat for several)");
  cmd->add_option("--restart", args->restart, "random-walk restart probability")
      ->check(CLI::Range(0.000001, 1.0))
      ->capture_default_str();
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv or json");
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_recommend(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
