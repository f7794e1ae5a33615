// query::Dataset: cached projections and analysis shared by concurrent queries. Several threads run the same
// queries on one Dataset at once (run under AddressSanitizer in CI: scripts/test.sh --sanitize); every answer must
// equal the one computed alone on the bare graph, and each cached structure is computed once.
#include "ppsnet/query/dataset.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "unit/algo/algo_test_util.hpp"
#include "ppsnet/query/centrality.hpp"
#include "ppsnet/query/communities.hpp"
#include "ppsnet/query/project.hpp"
#include "ppsnet/util/random.hpp"

namespace ppsnet::query {
namespace {

// 40 initiatives and 120 organisations, each initiative linked to 2..7 organisations drawn from a skewed
// distribution (low ids more often), so that the projection is connected-ish with hubs.
model::PartnerGraph random_graph() {
  util::SplitMix64 rng(2026);
  std::vector<algo_test::BiEdge> edges;
  for (std::size_t i = 0; i < 40; ++i) {
    const std::size_t k = 2 + rng.below(6);
    for (std::size_t j = 0; j < k; ++j) {
      const std::size_t a = rng.below(120), b = rng.below(120);
      edges.push_back({i, std::min(a, b), 1});
    }
  }
  return algo_test::partner_graph(40, 120, edges);
}

CentralityRequest centrality_request() {
  CentralityRequest r;
  r.measures = {CentralityMeasure::betweenness, CentralityMeasure::pagerank, CentralityMeasure::degree};
  r.projection = ProjectionSide::initiatives;
  r.threads = 1;
  return r;
}

ProjectRequest project_request() {
  ProjectRequest r;
  r.side = ProjectionSide::organisations;
  r.weight = ProjectionWeight::jaccard;
  return r;
}

TEST(Dataset, ConcurrentQueriesGiveTheAnswersComputedAlone) {
  const auto g = random_graph();
  const auto want_c = centrality(g, centrality_request());
  const auto want_m = communities(g, CommunitiesRequest{});
  const auto want_p = project(g, project_request());
  AnalysisOptions ao;
  ao.threads = 1;
  const auto want_a = analyse(g, ao);

  const Dataset dataset(random_graph(), model::Diagnostics(), "random test graph");
  constexpr int kThreads = 4, kRounds = 3;
  std::vector<int> failures(kThreads, 0);
  std::vector<std::thread> pool;
  for (int t = 0; t < kThreads; ++t) {
    pool.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        const auto c = centrality(dataset, centrality_request());
        const auto m = communities(dataset, CommunitiesRequest{});
        const auto p = project(dataset, project_request());
        const auto a = dataset.analysis(ao);
        bool same = c.nodes == want_c.nodes && m.community == want_m.community && m.count == want_m.count &&
                    p.links.size() == want_p.links.size() && a->betweenness == want_a.betweenness &&
                    a->projection_membership == want_a.projection_membership;
        for (std::size_t k = 0; same && k < c.columns.size(); ++k) same = c.columns[k].values == want_c.columns[k].values;
        for (std::size_t k = 0; same && k < p.links.size(); ++k)
          same = p.links[k].source == want_p.links[k].source && p.links[k].target == want_p.links[k].target &&
                 p.links[k].weight == want_p.links[k].weight;
        if (!same) ++failures[static_cast<std::size_t>(t)];
      }
    });
  }
  for (auto& th : pool) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(failures[static_cast<std::size_t>(t)], 0) << "thread " << t;
  // Structures computed once each: the Newman projection onto initiatives (shared by centrality and
  // communities), the Jaccard projection onto organisations, and one analysis.
  EXPECT_EQ(dataset.cached(), 3u);
}

TEST(Dataset, CachedPointersOutliveTheDataset) {
  std::shared_ptr<const algo::Projection> kept;
  {
    const Dataset dataset(random_graph());
    algo::ProjectionOptions po;
    kept = dataset.projection(po);
    EXPECT_EQ(dataset.projection(po), kept);  // the same object the second time
  }
  EXPECT_EQ(kept->nodes.size(), 40u);
}

TEST(Dataset, AFailedComputationReportsTheSameErrorToEveryCaller) {
  const Dataset dataset(random_graph());
  algo::ProjectionOptions po;
  po.min_weight = -1;  // algo::project rejects it
  EXPECT_ANY_THROW(dataset.projection(po));
  EXPECT_ANY_THROW(dataset.projection(po));
}

}  // namespace
}  // namespace ppsnet::query
