// similar_initiatives / all_similar_initiatives: hand-computed fixture (fixture.hpp) and NetworkX reference values
// (tests/reference/recommend_reference.py -> tests/reference/expected/recommend_networkx.json).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "fixture.hpp"
#include "ppsnet/query/similar.hpp"
#include "ppsnet/synth/katapult.hpp"

using namespace ppsnet;
using query::PartnerIndex;
using query::RegionRelation;
using query::SimilarityOptions;

namespace {

model::NodeId id(const model::PartnerGraph& g, const char* s) { return *g.find(s); }

// Hand calculation for A, N(A) = {o1, o2, o3}, |N(A)| = 3:
//   A-B: shared {o1 (d 2), o3 (d 4)}, c = 2, |N(B)| = 4, union 3 + 4 - 2 = 5
//        jaccard 2/5 = 0.4; cosine 2/sqrt(12) = 0.5773503; AA 1/ln 2 + 1/ln 4 = 1.4426950 + 0.7213475 = 2.1640425;
//        RA 1/2 + 1/4 = 0.75
//   A-C: shared {o2 (d 2), o3 (d 4)}, c = 2, |N(C)| = 3, union 4: jaccard 0.5; cosine 2/3; AA 2.1640425; RA 0.75
//   A-D: shared {o3}, c = 1, |N(D)| = 3, union 5: jaccard 0.2; cosine 1/3; AA 1/ln 4 = 0.7213475; RA 0.25
// Partner score (RA / best RA of A's candidates = 0.75): B 1, C 1, D 1/3.
// Attribute score = (sector Jaccard + region score + same kind) / 3:
//   B: sectors {Agri, Energie} vs {Energie} = 1/2; same COROP 1; both mbo 1      -> (0.5 + 1 + 1) / 3 = 0.8333333
//   C: sectors 1/2; CR23 neighbours CR17: 0.75; both mbo 1                       -> 2.25 / 3 = 0.75
//   D: sectors {..} vs {} = 0/2 = 0; D's location unknown: 0; coe vs mbo 0       -> 0
// Combined 0.7 P + 0.3 A: B 0.7 + 0.25 = 0.95; C 0.7 + 0.225 = 0.925; D 0.2333333.
TEST(Similar, HandComputedScoresAndEvidence) {
  const auto g = test::recommend_fixture();
  const auto r = query::similar_initiatives(g, id(g, "A"));
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(g.external_id(r[0].initiative), "B");
  EXPECT_EQ(g.external_id(r[1].initiative), "C");
  EXPECT_EQ(g.external_id(r[2].initiative), "D");
  EXPECT_NEAR(r[0].jaccard, 0.4, 1e-12);
  EXPECT_NEAR(r[0].cosine, 0.5773503, 1e-7);
  EXPECT_NEAR(r[0].adamic_adar, 2.1640425, 1e-7);
  EXPECT_NEAR(r[0].resource_allocation, 0.75, 1e-12);
  EXPECT_NEAR(r[1].jaccard, 0.5, 1e-12);
  EXPECT_NEAR(r[1].cosine, 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(r[2].jaccard, 0.2, 1e-12);
  EXPECT_NEAR(r[2].adamic_adar, 0.7213475, 1e-7);
  EXPECT_NEAR(r[2].resource_allocation, 0.25, 1e-12);
  EXPECT_NEAR(r[0].partner_score, 1.0, 1e-12);
  EXPECT_NEAR(r[2].partner_score, 1.0 / 3.0, 1e-12);
  EXPECT_NEAR(r[0].attribute_score, 0.8333333, 1e-7);
  EXPECT_NEAR(r[1].attribute_score, 0.75, 1e-12);
  EXPECT_NEAR(r[2].attribute_score, 0.0, 1e-12);
  EXPECT_NEAR(r[0].score, 0.95, 1e-12);
  EXPECT_NEAR(r[1].score, 0.925, 1e-12);
  EXPECT_NEAR(r[2].score, 0.7 / 3.0, 1e-12);
  EXPECT_EQ(r[0].region, RegionRelation::same_corop);
  EXPECT_EQ(r[1].region, RegionRelation::neighbouring_corop);
  EXPECT_EQ(r[2].region, RegionRelation::unknown);
  EXPECT_EQ(r[0].shared_partners, 2u);
  // Evidence rarest first: o1 (d 2) before o3 (d 4).
  ASSERT_EQ(r[0].evidence.size(), 2u);
  EXPECT_EQ(g.external_id(r[0].evidence[0]), "o1");
  EXPECT_EQ(g.external_id(r[0].evidence[1]), "o3");
  EXPECT_EQ(r[0].shared_sectors, std::vector<std::string>{"Energie"});
  EXPECT_EQ(r[1].shared_sectors, std::vector<std::string>{"Agri & Food"});
}

// With only Jaccard and the attributes ignored (partner_weight 1): scores are jaccard / best jaccard (0.5):
// C 1, B 0.8, D 0.4.
TEST(Similar, JaccardOnlyRanking) {
  const auto g = test::recommend_fixture();
  SimilarityOptions opt;
  opt.partner_index = PartnerIndex::jaccard;
  opt.partner_weight = 1.0;
  const auto r = query::similar_initiatives(g, id(g, "A"), opt);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(g.external_id(r[0].initiative), "C");
  EXPECT_NEAR(r[0].score, 1.0, 1e-12);
  EXPECT_NEAR(r[1].score, 0.8, 1e-12);
  EXPECT_NEAR(r[2].score, 0.4, 1e-12);
}

// Hub cap 3 removes o3 (d 4): N(A) = {o1, o2}, N(B) = {o1, o4, o6}, N(C) = {o2, o5}, N(D) = {o4, o7}.
// A-B: c 1, union 4, jaccard 0.25; A-C: c 1, union 3, jaccard 1/3; A-D share nothing -> not listed.
TEST(Similar, HubCapRemovesTheHubEverywhere) {
  const auto g = test::recommend_fixture();
  SimilarityOptions opt;
  opt.max_partner_degree = 3;
  query::SimilarityStats stats;
  const auto r = query::similar_initiatives(g, id(g, "A"), opt, &stats);
  EXPECT_EQ(stats.capped_partners, 1u);
  EXPECT_EQ(stats.largest_partner_degree, 4u);
  ASSERT_EQ(r.size(), 2u);
  std::map<std::string, double> jac;
  for (const auto& x : r) jac[g.external_id(x.initiative)] = x.jaccard;
  EXPECT_NEAR(jac["B"], 0.25, 1e-12);
  EXPECT_NEAR(jac["C"], 1.0 / 3.0, 1e-12);
}

TEST(Similar, TopKAndErrors) {
  const auto g = test::recommend_fixture();
  SimilarityOptions opt;
  opt.top_k = 1;
  EXPECT_EQ(query::similar_initiatives(g, id(g, "A"), opt).size(), 1u);
  EXPECT_THROW(query::similar_initiatives(g, id(g, "o1")), std::invalid_argument);
  opt.partner_weight = 1.5;
  EXPECT_THROW(query::similar_initiatives(g, id(g, "A"), opt), std::invalid_argument);
}

TEST(Similar, RegionRelationRules) {
  model::Location utrecht{"", 17, 0, ""}, amsterdam{"", 23, 0, ""}, groningen{"", 1, 0, ""};
  model::Location amersfoort{"", 17, 26, "NL"}, unknown{}, be{"", 0, 0, "BE"}, de{"", 0, 0, "DE"};
  EXPECT_EQ(query::region_relation(utrecht, amersfoort), RegionRelation::same_corop);
  EXPECT_EQ(query::region_relation(utrecht, amsterdam), RegionRelation::neighbouring_corop);
  EXPECT_EQ(query::region_relation(utrecht, groningen), RegionRelation::same_country);  // CR01 is in PV20, CR17 PV26
  EXPECT_EQ(query::region_relation(utrecht, unknown), RegionRelation::unknown);
  EXPECT_EQ(query::region_relation(utrecht, be), RegionRelation::other);
  EXPECT_EQ(query::region_relation(be, be), RegionRelation::same_country);
  EXPECT_EQ(query::region_relation(be, de), RegionRelation::other);
  // CR18 Kop van Noord-Holland and CR24 Het Gooi en Vechtstreek: both Noord-Holland (PV27), no shared border
  // (tests/reference: derived_corop_adjacency_2015_landborders.csv has no 18-24 pair; no crossing listed).
  model::Location kop{"", 18, 0, ""}, gooi{"", 24, 0, ""};
  EXPECT_EQ(query::region_relation(kop, gooi), RegionRelation::same_province);
}

// all_similar_initiatives gives the same lists as the single queries, for any number of threads.
TEST(Similar, AllPairsEqualsSingleQueriesAndIsThreadIndependent) {
  const auto g = test::recommend_fixture();
  SimilarityOptions one;
  one.threads = 1;
  SimilarityOptions two = one;
  two.threads = 2;
  const auto a = query::all_similar_initiatives(g, one);
  const auto b = query::all_similar_initiatives(g, two);
  ASSERT_EQ(a.size(), g.num_initiatives());
  for (model::NodeId u = 0; u < g.num_initiatives(); ++u) {
    const auto s = query::similar_initiatives(g, u);
    ASSERT_EQ(a[u].size(), s.size());
    ASSERT_EQ(b[u].size(), s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
      EXPECT_EQ(a[u][i].initiative, s[i].initiative);
      EXPECT_EQ(a[u][i].score, s[i].score);
      EXPECT_EQ(b[u][i].score, s[i].score);
      EXPECT_EQ(b[u][i].evidence, s[i].evidence);
    }
  }
  std::ostringstream x, y;
  query::write_csv(x, query::all_similar_table(g, a, one, {}));
  query::write_csv(y, query::all_similar_table(g, b, two, {}));
  EXPECT_EQ(x.str(), y.str());
}

// On builtin:katapult (191 initiatives, handed out in chunks of 64) 1, 2 and 3 workers really run in parallel; the
// CSV must be byte-identical, and every list must equal the single query's.
TEST(Similar, AllPairsThreadIndependentOnKatapult) {
  model::Diagnostics diag;
  const auto g = synth::generate_katapult({}, diag);
  std::string first;
  for (unsigned t : {1u, 2u, 3u}) {
    SimilarityOptions opt;
    opt.threads = t;
    const auto all = query::all_similar_initiatives(g, opt);
    std::ostringstream out;
    query::write_csv(out, query::all_similar_table(g, all, opt, {}));
    if (first.empty()) {
      first = out.str();
      for (model::NodeId u = 0; u < g.num_initiatives(); u += 37) {
        const auto one = query::similar_initiatives(g, u, opt);
        ASSERT_EQ(one.size(), all[u].size());
        for (std::size_t i = 0; i < one.size(); ++i) EXPECT_EQ(one[i].initiative, all[u][i].initiative);
      }
    } else {
      EXPECT_EQ(out.str(), first) << t << " threads";
    }
  }
  EXPECT_GT(first.size(), 1000u);
}

// ---- NetworkX reference on a seeded random bipartite graph -------------------------------------------------------

model::PartnerGraph load_edge_list(const std::string& path) {
  std::ifstream f(path);
  EXPECT_TRUE(f.good()) << path;
  std::string line;
  std::getline(f, line);  // header
  std::vector<std::pair<std::string, std::string>> edges;
  std::vector<std::string> inits, orgs;
  while (std::getline(f, line)) {
    const auto comma = line.find(',');
    edges.emplace_back(line.substr(0, comma), line.substr(comma + 1));
  }
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
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

rapidjson::Document load_reference() {
  std::ifstream f(std::string(PPSNET_SOURCE_DIR) + "/tests/reference/expected/recommend_networkx.json");
  std::stringstream ss;
  ss << f.rdbuf();
  rapidjson::Document d;
  d.Parse(ss.str().c_str());
  EXPECT_FALSE(d.HasParseError());
  return d;
}

TEST(SimilarNetworkX, IndicesMatchNetworkXOnTheBipartiteGraph) {
  const auto g = load_edge_list(std::string(PPSNET_TEST_DATA_DIR) + "/recommend/random_bipartite.csv");
  const auto ref = load_reference();
  SimilarityOptions opt;
  opt.top_k = 0;  // every candidate
  const auto all = query::all_similar_initiatives(g, opt);
  std::map<std::pair<std::string, std::string>, const query::SimilarInitiative*> mine;
  std::size_t listed = 0;
  for (model::NodeId u = 0; u < all.size(); ++u) {
    for (const auto& r : all[u]) {
      mine[{g.external_id(u), g.external_id(r.initiative)}] = &r;
      ++listed;
    }
  }
  const auto& pairs = ref["pairs"].GetArray();
  // Every pair sharing a partner appears in both directions, nothing else appears.
  EXPECT_EQ(listed, 2 * pairs.Size());
  for (const auto& p : pairs) {
    const std::string u = p["u"].GetString(), v = p["v"].GetString();
    for (const auto& key : {std::make_pair(u, v), std::make_pair(v, u)}) {
      const auto it = mine.find(key);
      ASSERT_NE(it, mine.end()) << key.first << "-" << key.second;
      const auto& r = *it->second;
      EXPECT_EQ(r.shared_partners, static_cast<std::size_t>(p["shared"].GetInt()));
      EXPECT_NEAR(r.jaccard, p["jaccard"].GetDouble(), 1e-12);
      EXPECT_NEAR(r.cosine, p["cosine"].GetDouble(), 1e-12);
      EXPECT_NEAR(r.adamic_adar, p["adamic_adar"].GetDouble(), 1e-12);
      EXPECT_NEAR(r.resource_allocation, p["resource_allocation"].GetDouble(), 1e-12);
    }
  }
}

}  // namespace
