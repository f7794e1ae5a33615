// recommend / node_scores: hand-computed fixture (fixture.hpp) for scores, linking, filters and reasons; random
// walk with restart and 3-path counts against NetworkX / brute force (tests/reference/recommend_reference.py).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "fixture.hpp"
#include "ppsnet/query/recommend.hpp"

using namespace ppsnet;
using query::RecommendOptions;
using query::RecommendScorer;
using query::RecommendTarget;
using query::RegionScope;

namespace {

model::NodeId id(const model::PartnerGraph& g, const char* s) { return *g.find(s); }

RecommendOptions opts(RecommendTarget t, RecommendScorer s) {
  RecommendOptions o;
  o.target = t;
  o.scorer = s;
  return o;
}

// Companies not partners of A: o4, o5.
// 3-paths A-w-i-o: o4 is in B and D. Through B: w in N(A)∩N(B) = {o1, o3} -> 2; through D: w in {o3} -> 1; o4 = 3.
// o5 is in C only: w in N(A)∩N(C) = {o2, o3} -> 2.
// L3 weights 1/sqrt(d_w d_i): o4 = 1/sqrt(2*4) + 1/sqrt(4*4) + 1/sqrt(4*3) = 0.3535534 + 0.25 + 0.2886751 = 0.8922285;
// o5 = 1/sqrt(2*3) + 1/sqrt(4*3) = 0.4082483 + 0.2886751 = 0.6969234.
TEST(Recommend, PathScoresHandComputed) {
  const auto g = test::recommend_fixture();
  const auto p = query::node_scores(g, id(g, "A"), RecommendScorer::paths);
  EXPECT_DOUBLE_EQ(p[id(g, "o4")], 3.0);
  EXPECT_DOUBLE_EQ(p[id(g, "o5")], 2.0);
  const auto l3 = query::node_scores(g, id(g, "A"), RecommendScorer::l3);
  EXPECT_NEAR(l3[id(g, "o4")], 0.8922285, 1e-7);
  EXPECT_NEAR(l3[id(g, "o5")], 0.6969234, 1e-7);
  const auto r = query::recommend(g, id(g, "A"), opts(RecommendTarget::company, RecommendScorer::paths));
  EXPECT_EQ(r.candidates, 4u);       // o1, o2, o4, o5
  EXPECT_EQ(r.already_linked, 2u);   // o1, o2
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_EQ(g.external_id(r.items[0].candidate), "o4");
  EXPECT_EQ(g.external_id(r.items[1].candidate), "o5");
}

// Reasons for o4 (paths): partners of A with a path to o4: o1 (A-o1-B-o4: 1 path), o3 (via B and via D: 2 paths),
// listed by paths: o3, o1. o4 is active in B's and D's sectors = {Energie}; A has {Agri & Food, Energie} -> Energie.
// o4 is in CR17 like A -> same COROP.
TEST(Recommend, ReasonsHandComputed) {
  const auto g = test::recommend_fixture();
  const auto r = query::recommend(g, id(g, "A"), opts(RecommendTarget::company, RecommendScorer::paths));
  const auto& x = r.items.at(0);
  EXPECT_EQ(x.via_count, 2u);
  ASSERT_EQ(x.via.size(), 2u);
  EXPECT_EQ(g.external_id(x.via[0]), "o3");
  EXPECT_EQ(g.external_id(x.via[1]), "o1");
  EXPECT_EQ(x.shared_sectors, std::vector<std::string>{"Energie"});
  EXPECT_EQ(x.region, query::RegionRelation::same_corop);
  ASSERT_EQ(x.reasons.size(), 3u);
  EXPECT_EQ(x.reasons[0], "works with 2 of your partners: Org o3, Org o1");
  EXPECT_EQ(x.reasons[1], "active in Energie");
  EXPECT_EQ(x.reasons[2], "in your COROP region (Utrecht)");
}

// Filters on the same query: o5 is in CR01 (not CR17, not a neighbour, other province) -> removed by
// --region neighbouring; sector Agri & Food: o5 is active in it (through C), o4 is not -> only o5; exclude o4 -> o5.
TEST(Recommend, Filters) {
  const auto g = test::recommend_fixture();
  auto o = opts(RecommendTarget::company, RecommendScorer::paths);
  o.region = RegionScope::neighbouring;
  auto r = query::recommend(g, id(g, "A"), o);
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(g.external_id(r.items[0].candidate), "o4");
  EXPECT_EQ(r.filtered_out, 1u);
  o = opts(RecommendTarget::company, RecommendScorer::paths);
  o.sectors = {"Agri & Food"};
  r = query::recommend(g, id(g, "A"), o);
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(g.external_id(r.items[0].candidate), "o5");
  o = opts(RecommendTarget::company, RecommendScorer::paths);
  o.exclude = {"o4"};
  r = query::recommend(g, id(g, "A"), o);
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(g.external_id(r.items[0].candidate), "o5");
}

// CoE target. The only CoE is o6 standing for initiative D. For A it is not linked (o6 is not A's partner; the
// initiative link is B -> D). Its paths score = 3-paths to o6 (through B: w in {o1, o3} -> 2) + 2-paths to D
// (w in N(A)∩N(D) = {o3} -> 1) = 3. For B it is linked (o6 is B's partner). For C: linked? No; D and C share o3.
TEST(Recommend, CoEUnitLinkedThroughPartnerOrInitiativeLink) {
  const auto g = test::recommend_fixture();
  auto r = query::recommend(g, id(g, "A"), opts(RecommendTarget::coe, RecommendScorer::paths));
  EXPECT_EQ(r.candidates, 1u);
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(g.external_id(r.items[0].candidate), "o6");
  EXPECT_EQ(g.external_id(r.items[0].coe_initiative), "D");
  EXPECT_DOUBLE_EQ(r.items[0].score, 3.0);
  r = query::recommend(g, id(g, "B"), opts(RecommendTarget::coe, RecommendScorer::paths));
  EXPECT_EQ(r.already_linked, 1u);
  EXPECT_TRUE(r.items.empty());
  // D itself: the CoE stands for D -> linked.
  r = query::recommend(g, id(g, "D"), opts(RecommendTarget::coe, RecommendScorer::paths));
  EXPECT_EQ(r.already_linked, 1u);
}

// Target initiative for A: B, C, D (no initiative links involve A). Paths = shared partners: B 2, C 2, D 1.
TEST(Recommend, InitiativeTarget) {
  const auto g = test::recommend_fixture();
  const auto r = query::recommend(g, id(g, "A"), opts(RecommendTarget::initiative, RecommendScorer::paths));
  EXPECT_EQ(r.candidates, 4u);
  EXPECT_EQ(r.already_linked, 1u);  // A itself
  ASSERT_EQ(r.items.size(), 3u);
  EXPECT_EQ(g.external_id(r.items[0].candidate), "B");  // tie 2 = 2: lower node id first
  EXPECT_EQ(g.external_id(r.items[1].candidate), "C");
  EXPECT_EQ(g.external_id(r.items[2].candidate), "D");
  EXPECT_EQ(r.items[2].reasons.at(0), "shares 1 partner with you: Org o3");
  // B links to D (o6): for B, D is linked and not listed.
  const auto rb = query::recommend(g, id(g, "B"), opts(RecommendTarget::initiative, RecommendScorer::paths));
  for (const auto& x : rb.items) EXPECT_NE(g.external_id(x.candidate), "D");
}

// Similar neighbours for A, company target: similar(A) = B 0.95, C 0.925, D 0.7/3 (similar_test.cpp).
// o4 is in B and D: 0.95 + 0.2333333 = 1.1833333; o5 is in C: 0.925.
TEST(Recommend, SimilarNeighboursHandComputed) {
  const auto g = test::recommend_fixture();
  const auto s = query::node_scores(g, id(g, "A"), RecommendScorer::similar_neighbours);
  EXPECT_NEAR(s[id(g, "o4")], 0.95 + 0.7 / 3.0, 1e-12);
  EXPECT_NEAR(s[id(g, "o5")], 0.925, 1e-12);
}

// Random walk with restart on a single edge u - w: r_u = α + (1-α) r_w, r_w = (1-α) r_u
// -> r_u = α / (1 - (1-α)^2) = 0.15 / 0.2775 = 0.5405405, r_w = 0.85 r_u = 0.4594595.
TEST(Recommend, RandomWalkOnOneEdge) {
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  model::Initiative i;
  i.id = "u";
  b.add_initiative(i);
  model::Organisation o;
  o.id = "w";
  b.add_organisation(o);
  model::ParticipationRecord p;
  p.initiative_id = "u";
  p.organisation_id = "w";
  b.add_participation(p);
  const auto g = b.build();
  // Defaults stop after 100 iterations: the L1 error is at most 2 (1-α)^100 = 2 * 0.85^100 = 1.7e-7.
  const auto r = query::node_scores(g, 0, RecommendScorer::random_walk);
  EXPECT_NEAR(r[0], 0.15 / 0.2775, 1.7e-7);
  EXPECT_NEAR(r[1], 0.85 * 0.15 / 0.2775, 1.7e-7);
  RecommendOptions opt;
  opt.max_iterations = 1000;
  opt.tolerance = 1e-15;
  const auto r2 = query::node_scores(g, 0, RecommendScorer::random_walk, opt);
  EXPECT_NEAR(r2[0], 0.15 / 0.2775, 1e-12);
  EXPECT_NEAR(r2[1], 0.85 * 0.15 / 0.2775, 1e-12);
}

TEST(Recommend, BaselinesAndErrors) {
  const auto g = test::recommend_fixture();
  const auto p = query::node_scores(g, id(g, "A"), RecommendScorer::popularity);
  EXPECT_EQ(p[id(g, "o3")], 4.0);
  EXPECT_EQ(p[id(g, "o5")], 1.0);
  RecommendOptions o;
  o.seed = 5;
  const auto r1 = query::node_scores(g, id(g, "A"), RecommendScorer::random, o);
  const auto r2 = query::node_scores(g, id(g, "A"), RecommendScorer::random, o);
  EXPECT_EQ(r1, r2);
  o.seed = 6;
  EXPECT_NE(r1, query::node_scores(g, id(g, "A"), RecommendScorer::random, o));
  EXPECT_THROW(query::node_scores(g, id(g, "o1"), RecommendScorer::paths), std::invalid_argument);
  o.restart = 0;
  EXPECT_THROW(query::recommend(g, id(g, "A"), o), std::invalid_argument);
}

// ---- against NetworkX / brute force (recommend_reference.py) -------------------------------------------------------

model::PartnerGraph load_edges() {
  std::ifstream f(std::string(PPSNET_TEST_DATA_DIR) + "/recommend/random_bipartite.csv");
  std::string line;
  std::getline(f, line);
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  std::vector<std::pair<std::string, std::string>> edges;
  while (std::getline(f, line)) {
    const auto c = line.find(',');
    edges.emplace_back(line.substr(0, c), line.substr(c + 1));
  }
  for (const auto& [u, o] : edges) {
    if (!b.initiative_index(u)) {
      model::Initiative i;
      i.id = u;
      b.add_initiative(i);
    }
    if (!b.organisation_index(o)) {
      model::Organisation x;
      x.id = o;
      b.add_organisation(x);
    }
    model::ParticipationRecord p;
    p.initiative_id = u;
    p.organisation_id = o;
    b.add_participation(p);
  }
  return b.build();
}

TEST(RecommendNetworkX, RandomWalkWithRestartEqualsPersonalisedPageRank) {
  const auto g = load_edges();
  std::ifstream f(std::string(PPSNET_SOURCE_DIR) + "/tests/reference/expected/recommend_networkx.json");
  std::stringstream ss;
  ss << f.rdbuf();
  rapidjson::Document d;
  d.Parse(ss.str().c_str());
  ASSERT_FALSE(d.HasParseError());
  RecommendOptions o;
  o.restart = d["restart"].GetDouble();
  o.tolerance = 1e-14;
  o.max_iterations = 100000;
  const auto r = query::node_scores(g, *g.find(d["rwr_from"].GetString()), RecommendScorer::random_walk, o);
  std::size_t checked = 0;
  for (const auto& m : d["rwr"].GetObject()) {
    const auto v = g.find(m.name.GetString());
    if (!v) continue;  // organisations without any link are not in the edge list
    EXPECT_NEAR(r[*v], m.value.GetDouble(), 1e-10) << m.name.GetString();
    ++checked;
  }
  EXPECT_EQ(checked, g.num_nodes());
  const auto p = query::node_scores(g, *g.find("i00"), RecommendScorer::paths);
  for (const auto& m : d["paths3_from_i00"].GetObject()) {
    EXPECT_DOUBLE_EQ(p[*g.find(m.name.GetString())], m.value.GetDouble()) << m.name.GetString();
  }
}

}  // namespace
