#pragma once
// Measuring the recommenders (issue 5, item 3): hide some initiative–organisation links, score with the rest, and
// check how high the hidden links rank. Definitions and published results: docs/recommendations.md,
// "Measured quality".
//
// Split. A link is a distinct (initiative, organisation) pair (all its participations go together).
// - random: exactly round(holdout · links) links are hidden, chosen by a Fisher–Yates shuffle of the links in
//   (initiative, organisation) order driven by util::Rng(seed) (std::mt19937_64; portable, so the same seed gives
//   the same split everywhere).
// - newest_year: the links whose earliest participation year is the newest year in the data are hidden (links
//   without a year are kept). Throws std::invalid_argument when no participation has a year.
// The training graph has every initiative and organisation (same node ids) and the other links; initiative links
// are recomputed from it. Query initiatives: those with at least one hidden and at least one kept link (an
// initiative with no kept link is a cold start: counted, not scored; only hidden links to organisations with a kept
// link count); when there are more than max_queries, a
// seeded sample (same Rng stream, after the split) of max_queries of them, in node id order.
//
// Metrics, per query initiative u: candidates = the organisations with at least one link in the training graph
// that are not partners of u there (the hidden ones among them are the positives). Candidates are ranked by score descending; ties are broken by a
// hash of (seed, u, candidate), i.e. in a random but reproducible order, so a scorer gains nothing from ties.
// - AUC: P(score of a random positive > score of a random negative), ties counting 1/2 (Mann–Whitney; average ranks).
// - precision@k = hits in the top k / k; recall@k = hits in the top k / positives.
// - MRR: 1 / rank of the first positive (reciprocal rank).
// Each is averaged over the query initiatives (macro average). Source: Lü & Zhou, Physica A 390:1150 (2011),
// doi:10.1016/j.physa.2010.11.027 (AUC, precision for link prediction).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/impact_table.hpp"
#include "ppsnet/query/recommend.hpp"

namespace ppsnet::query {

enum class SplitMode : std::uint8_t { random, newest_year };
template <> struct EnumNames<SplitMode> {
  static constexpr std::array<NamedValue<SplitMode>, 2> values{
      {{"random", SplitMode::random}, {"newest-year", SplitMode::newest_year}}};
};

struct EvaluationOptions {
  SplitMode split = SplitMode::random;
  double holdout = 0.1;             ///< random: share of links hidden, in (0, 1)
  std::uint64_t seed = 1;
  std::size_t k = 10;               ///< cut-off of precision@k and recall@k (>= 1)
  std::size_t max_queries = 500;    ///< 0 = every eligible initiative
  std::vector<RecommendScorer> scorers = all_recommend_scorers();
  RecommendOptions recommend;       ///< scorer parameters (restart, similarity, ...)
  unsigned threads = 0;             ///< 0 = hardware concurrency; results do not depend on it
};

/// The split: hidden links and the training graph.
struct EvaluationSplit {
  model::PartnerGraph train;
  /// Hidden (initiative, organisation node) pairs, sorted.
  std::vector<std::pair<model::NodeId, model::NodeId>> hidden;
  std::size_t links = 0;              ///< distinct links in the full graph
  std::optional<int> hidden_year;     ///< newest_year: the year hidden
  std::vector<model::NodeId> queries; ///< query initiatives (sorted)
  std::size_t eligible = 0;           ///< initiatives with >= 1 hidden and >= 1 kept link
  std::size_t cold_start = 0;         ///< initiatives whose links were all hidden (not scored)
  std::size_t cold_start_links = 0;   ///< hidden links whose organisation has no kept link (cannot be ranked)
};

/// Makes the split described above. Throws std::invalid_argument for holdout outside (0, 1) or newest_year
/// without years. O(links log links) time, O(graph) memory.
EvaluationSplit split_links(const model::PartnerGraph& g, const EvaluationOptions& opt);

struct ScorerMetrics {
  RecommendScorer scorer = RecommendScorer::random;
  double auc = 0, precision_at_k = 0, recall_at_k = 0, mrr = 0;
  std::size_t queries = 0;
  double seconds = 0;  ///< wall time of the scoring (informative only; not part of table output)
};

/// Metrics of one query: `scores` indexed by node id of the training graph, `positives` the hidden organisations.
/// Exposed for tests. Throws std::invalid_argument when positives is empty.
ScorerMetrics query_metrics(const model::PartnerGraph& train, model::NodeId u, const std::vector<double>& scores,
                            const std::vector<model::NodeId>& positives, std::size_t k, std::uint64_t seed);

struct EvaluationResult {
  std::vector<ScorerMetrics> scorers;  ///< in the order of EvaluationOptions::scorers
  std::size_t links = 0, hidden = 0, queries = 0, eligible = 0, cold_start = 0, cold_start_links = 0;
  std::optional<int> hidden_year;
};

/// Splits, scores every query initiative with every scorer (in parallel over queries) and averages the metrics.
/// Throws as split_links. Time O(queries · Σ scorer cost) (see node_scores) plus O(queries · orgs log orgs).
EvaluationResult evaluate_recommender(const model::PartnerGraph& g, const EvaluationOptions& opt = {});

/// Table "evaluation": scorer, auc, precision_at_k, recall_at_k, mrr, queries; note with the split.
Table evaluation_table(const EvaluationResult& r, const EvaluationOptions& opt);

}  // namespace ppsnet::query
