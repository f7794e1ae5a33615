// evaluate_recommender: the split is reproducible from its seed and keeps node ids; metrics of one query are
// hand-computed.
#include <gtest/gtest.h>

#include <sstream>

#include "fixture.hpp"
#include "ppsnet/query/evaluate.hpp"

using namespace ppsnet;
using query::EvaluationOptions;
using query::SplitMode;

namespace {

model::NodeId id(const model::PartnerGraph& g, const char* s) { return *g.find(s); }

// The fixture has 13 links; holdout 0.25 hides round(3.25) = 3.
TEST(Evaluate, RandomSplitIsReproducibleFromItsSeed) {
  const auto g = test::recommend_fixture();
  EvaluationOptions opt;
  opt.holdout = 0.25;
  opt.seed = 11;
  const auto a = query::split_links(g, opt);
  const auto b = query::split_links(g, opt);
  EXPECT_EQ(a.links, 13u);
  ASSERT_EQ(a.hidden.size(), 3u);
  EXPECT_EQ(a.hidden, b.hidden);
  EXPECT_EQ(a.queries, b.queries);
  EXPECT_EQ(a.train.num_edges(), 10u);
  // Same node ids in the training graph; hidden links are gone from it, the others are kept.
  ASSERT_EQ(a.train.num_nodes(), g.num_nodes());
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) EXPECT_EQ(a.train.external_id(v), g.external_id(v));
  for (const auto& [u, o] : a.hidden) {
    const auto nb = a.train.graph().neighbours(u);
    EXPECT_FALSE(std::binary_search(nb.begin(), nb.end(), o));
  }
  // Some seed among the next ten gives another split (a test that the seed is used at all).
  bool differs = false;
  for (std::uint64_t s = 12; s < 22 && !differs; ++s) {
    opt.seed = s;
    differs = query::split_links(g, opt).hidden != a.hidden;
  }
  EXPECT_TRUE(differs);
  opt.holdout = 1.0;
  EXPECT_THROW(query::split_links(g, opt), std::invalid_argument);
}

// Newest-year split: links A-o1 2018, A-o2 2019, B-o1 2019 (and 2016: earliest 2016), B-o2 2017.
// Newest year 2019; earliest years: A-o1 2018, A-o2 2019, B-o1 2016, B-o2 2017 -> only A-o2 is hidden.
// A keeps o1 and o2 keeps B, so A is the one query.
TEST(Evaluate, NewestYearSplit) {
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  for (const char* i : {"A", "B"}) {
    model::Initiative x;
    x.id = i;
    b.add_initiative(x);
  }
  for (const char* o : {"o1", "o2"}) {
    model::Organisation x;
    x.id = o;
    b.add_organisation(x);
  }
  auto add = [&](const char* i, const char* o, int year) {
    model::ParticipationRecord p;
    p.initiative_id = i;
    p.organisation_id = o;
    p.year = year;
    b.add_participation(p);
  };
  add("A", "o1", 2018);
  add("A", "o2", 2019);
  add("B", "o1", 2019);
  add("B", "o1", 2016);
  add("B", "o2", 2017);
  const auto g = b.build();
  EvaluationOptions opt;
  opt.split = SplitMode::newest_year;
  const auto s = query::split_links(g, opt);
  EXPECT_EQ(s.hidden_year, 2019);
  ASSERT_EQ(s.hidden.size(), 1u);
  EXPECT_EQ(g.external_id(s.hidden[0].first), "A");
  EXPECT_EQ(g.external_id(s.hidden[0].second), "o2");
  ASSERT_EQ(s.queries.size(), 1u);
  EXPECT_EQ(g.external_id(s.queries[0]), "A");
  // No years at all: refused.
  EXPECT_THROW(query::split_links(test::recommend_fixture(), opt), std::invalid_argument);
}

// Query A on the fixture: candidates = organisations with a link that are not A's partners = o4, o5, o6, o7.
// Scores o4 3, o5 2, o6 2, o7 0.
// Positive {o4}: it beats all 3 negatives -> AUC 3/3 = 1; rank 1 -> precision@1 1, recall@1 1, MRR 1.
// Positive {o5}: beats o7 (1), ties o6 (1/2), loses to o4 (0) -> AUC 1.5/3 = 0.5; with k = 4 every candidate is in
// the top k -> precision@4 = 1/4, recall@4 = 1; o5 is 2nd or 3rd depending on the seeded tie-break -> MRR 1/2 or 1/3.
TEST(Evaluate, QueryMetricsHandComputed) {
  const auto g = test::recommend_fixture();
  std::vector<double> s(g.num_nodes(), 0.0);
  s[id(g, "o4")] = 3;
  s[id(g, "o5")] = 2;
  s[id(g, "o6")] = 2;
  const auto a = query::query_metrics(g, id(g, "A"), s, {id(g, "o4")}, 1, 1);
  EXPECT_DOUBLE_EQ(a.auc, 1.0);
  EXPECT_DOUBLE_EQ(a.precision_at_k, 1.0);
  EXPECT_DOUBLE_EQ(a.recall_at_k, 1.0);
  EXPECT_DOUBLE_EQ(a.mrr, 1.0);
  const auto b = query::query_metrics(g, id(g, "A"), s, {id(g, "o5")}, 4, 1);
  EXPECT_DOUBLE_EQ(b.auc, 0.5);
  EXPECT_DOUBLE_EQ(b.precision_at_k, 0.25);
  EXPECT_DOUBLE_EQ(b.recall_at_k, 1.0);
  EXPECT_TRUE(b.mrr == 0.5 || b.mrr == 1.0 / 3.0) << b.mrr;
  EXPECT_THROW(query::query_metrics(g, id(g, "A"), s, {}, 4, 1), std::invalid_argument);
}

// The whole evaluation gives the same table for the same seed, with 1 or 2 threads.
TEST(Evaluate, SameSeedSameTable) {
  const auto g = test::recommend_fixture();
  EvaluationOptions opt;
  opt.holdout = 0.3;
  opt.seed = 4;
  opt.threads = 1;
  std::ostringstream x, y;
  query::write_csv(x, query::evaluation_table(query::evaluate_recommender(g, opt), opt));
  opt.threads = 2;
  query::write_csv(y, query::evaluation_table(query::evaluate_recommender(g, opt), opt));
  EXPECT_EQ(x.str(), y.str());
  EXPECT_NE(x.str().find("similar-neighbours"), std::string::npos);
}

}  // namespace
