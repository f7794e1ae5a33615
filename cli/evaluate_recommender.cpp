// ppsnet evaluate-recommender DATASET: hide links, re-rank, report AUC, precision@k, recall@k and MRR of every
// scorer against the random and popularity baselines (docs/recommendations.md, "Measured quality").
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "error_output.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "ppsnet/query/evaluate.hpp"

namespace ppsnet::cli {
namespace {

struct EvaluateArgs {
  DatasetArgs data;
  std::uint64_t seed = 1;
  double holdout = 0.1;
  std::size_t k = 10;
  query::SplitMode split = query::SplitMode::random;
  std::size_t max_queries = 500;
  std::vector<query::RecommendScorer> scorers;
  double restart = 0.15;
  unsigned threads = 0;
  query::TableFormat format = query::TableFormat::text;
  bool quiet = false;
};

int run_evaluate(const EvaluateArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  query::EvaluationOptions opt;
  opt.seed = a.seed;
  opt.holdout = a.holdout;
  opt.k = a.k;
  opt.split = a.split;
  opt.max_queries = a.max_queries;
  opt.threads = a.threads;
  opt.recommend.restart = a.restart;
  opt.recommend.seed = a.seed;
  if (!a.scorers.empty()) opt.scorers = a.scorers;
  query::EvaluationResult r;
  try {
    r = query::evaluate_recommender(imported.graph, opt);
  } catch (const std::invalid_argument& e) {
    print_error("usage", kUsage, e.what());
    return kUsage;
  }
  if (!a.quiet) {
    for (const auto& m : r.scorers) std::cerr << "evaluate: " << query::to_string(m.scorer) << " " << m.seconds << " s\n";
  }
  const std::vector<query::Table> tables{query::evaluation_table(r, opt)};
  return print_tables(tables, a.format);
}

}  // namespace

void register_evaluate_recommender(CLI::App& app) {
  auto args = std::make_shared<EvaluateArgs>();
  auto* cmd = app.add_subcommand(
      "evaluate-recommender", "hide links, re-rank and report AUC, precision@k, recall@k, MRR of every scorer and the "
                              "baselines (docs/recommendations.md)");
  add_dataset_options(*cmd, args->data);
  cmd->add_option("--seed", args->seed, "seed of the split (and of tie-breaking)")->capture_default_str();
  cmd->add_option("--holdout", args->holdout, "share of links hidden (random split)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--k", args->k, "cut-off of precision@k and recall@k")->check(CLI::PositiveNumber)->capture_default_str();
  add_enum_option(*cmd, "--split", args->split,
                  "random: a seeded random share; newest-year: links first seen in the last year");
  cmd->add_option("--max-queries", args->max_queries, "query initiatives at most (seeded sample; 0 = all)")
      ->capture_default_str();
  add_enum_option(*cmd, "--scorer", args->scorers, "evaluate only these scorers (repeat; default all)")
      ->default_str("all");
  cmd->add_option("--restart", args->restart, "random-walk restart probability")
      ->check(CLI::Range(0.000001, 1.0))
      ->capture_default_str();
  cmd->add_option("--threads", args->threads, "worker threads (0 = all cores); results do not depend on it")
      ->capture_default_str();
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv or json");
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_evaluate(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
