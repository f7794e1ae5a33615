// Betweenness, degree, strength and the bipartite normalisations.
// Expected values: hand calculations (written out below), a brute-force enumeration of all simple paths
// (independent of Brandes), and NetworkX 2.8.8 values from tests/reference/algo_reference.py.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <random>

#include "algo_test_util.hpp"
#include "ppsnet/algo/centrality.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {

void expect_all_near(const std::vector<double>& got, const std::vector<double>& want, double tol, const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (std::size_t i = 0; i < got.size(); ++i)
    EXPECT_NEAR(got[i], want[i], tol * std::max(1.0, std::fabs(want[i]))) << what << " node " << i;
}

// Brute force: enumerate every simple path between every pair s < t, keep the shortest ones (lengths equal
// within 1e-9 relative), and credit each interior node with (paths through it) / (shortest paths).
// Exponential; only for graphs of <= 10 nodes.
std::vector<double> brute_force_betweenness(const CsrGraph& g, Weighting w) {
  const std::size_t n = g.num_nodes();
  std::vector<double> bc(n, 0.0);
  auto len = [&](NodeId u, std::size_t k) {
    const double x = g.weights(u)[k];
    return w == Weighting::unweighted ? 1.0 : w == Weighting::distance ? x : 1.0 / x;
  };
  for (NodeId s = 0; s < n; ++s) {
    for (NodeId t = s + 1; t < n; ++t) {
      std::vector<std::pair<double, std::vector<NodeId>>> paths;
      std::vector<NodeId> path{s};
      std::vector<char> on(n, 0);
      on[s] = 1;
      std::function<void(NodeId, double)> dfs = [&](NodeId v, double d) {
        if (v == t) {
          paths.emplace_back(d, path);
          return;
        }
        auto nb = g.neighbours(v);
        for (std::size_t k = 0; k < nb.size(); ++k) {
          if (on[nb[k]]) continue;
          on[nb[k]] = 1;
          path.push_back(nb[k]);
          dfs(nb[k], d + len(v, k));
          path.pop_back();
          on[nb[k]] = 0;
        }
      };
      dfs(s, 0.0);
      if (paths.empty()) continue;
      double best = paths[0].first;
      for (auto& p : paths) best = std::min(best, p.first);
      double total = 0;
      std::vector<double> through(n, 0.0);
      for (auto& p : paths) {
        if (std::fabs(p.first - best) > 1e-9 * best) continue;
        total += 1;
        for (std::size_t i = 1; i + 1 < p.second.size(); ++i) through[p.second[i]] += 1;
      }
      for (NodeId v = 0; v < n; ++v) bc[v] += through[v] / total;
    }
  }
  return bc;
}

// Random graph families for the brute-force comparison. Weights are small integers so that ties happen,
// also after 1/w (e.g. 1/2 + 1/2 = 1).
CsrGraph random_graph(std::mt19937& rng, int family) {
  std::uniform_int_distribution<int> wdist(1, 3);
  std::vector<WeightedEdge> e;
  std::size_t n = 0;
  auto add = [&](NodeId a, NodeId b) { e.push_back({a, b, static_cast<double>(wdist(rng))}); };
  switch (family) {
    case 0: {  // G(n, p)
      n = std::uniform_int_distribution<std::size_t>(1, 9)(rng);
      std::bernoulli_distribution coin(std::uniform_real_distribution<double>(0.15, 0.6)(rng));
      for (NodeId u = 0; u < n; ++u)
        for (NodeId v = u + 1; v < n; ++v)
          if (coin(rng)) add(u, v);
      break;
    }
    case 1: {  // star with k leaves, maybe a second star and an isolated node
      const std::size_t k = std::uniform_int_distribution<std::size_t>(1, 7)(rng);
      n = k + 1;
      for (NodeId v = 1; v <= k; ++v) add(0, v);
      if (rng() % 2) {
        n += 3;
        add(static_cast<NodeId>(k + 1), static_cast<NodeId>(k + 2));
      }
      break;
    }
    case 2: {  // path
      n = std::uniform_int_distribution<std::size_t>(1, 9)(rng);
      for (NodeId v = 0; v + 1 < n; ++v) add(v, v + 1);
      break;
    }
    case 3: {  // small core (cycle or clique-ish) with many leaves, plus a K2 and isolated nodes
      const std::size_t c = std::uniform_int_distribution<std::size_t>(2, 4)(rng);
      n = c;
      for (NodeId u = 0; u < c; ++u)
        for (NodeId v = u + 1; v < c; ++v)
          if (v == u + 1 || rng() % 2) add(u, v);
      const std::size_t leaves = std::uniform_int_distribution<std::size_t>(1, 5)(rng);
      for (std::size_t i = 0; i < leaves; ++i) add(static_cast<NodeId>(rng() % c), static_cast<NodeId>(n++));
      if (rng() % 2) {
        add(static_cast<NodeId>(n), static_cast<NodeId>(n + 1));
        n += 2;
      }
      n += rng() % 2;
      break;
    }
    default: {  // random tree (every internal node is a hub of leaves) plus a separate triangle
      n = std::uniform_int_distribution<std::size_t>(2, 7)(rng);
      for (NodeId v = 1; v < n; ++v) add(static_cast<NodeId>(rng() % v), v);
      add(static_cast<NodeId>(n), static_cast<NodeId>(n + 1));
      add(static_cast<NodeId>(n + 1), static_cast<NodeId>(n + 2));
      add(static_cast<NodeId>(n), static_cast<NodeId>(n + 2));
      n += 3;
      break;
    }
  }
  return CsrGraph::from_edges(n, e);
}

}  // namespace

// P4 0-1-2-3: node 1 lies on the single shortest path of pairs {0,2} and {0,3}: BC = 2; likewise node 2.
TEST(Betweenness, PathP4) {
  auto g = graph(4, {{0, 1}, {1, 2}, {2, 3}});
  expect_all_near(betweenness(g), {0, 2, 2, 0}, 1e-15, "P4");
  // normalised by (n-1)(n-2)/2 = 3
  expect_all_near(betweenness(g, {.normalized = true}), {0, 2.0 / 3, 2.0 / 3, 0}, 1e-15, "P4 normalised");
}

// K3,3 (0,1,2 | 3,4,5): for node 0, each of the 3 pairs on the other side has 3 shortest paths (one via each
// of 0,1,2), one through 0: 3 * 1/3 = 1. The pair {1,2} of its own side never passes through 0. BC = 1.
TEST(Betweenness, CompleteBipartiteK33) {
  std::vector<WeightedEdge> e;
  for (NodeId a = 0; a < 3; ++a)
    for (NodeId b = 3; b < 6; ++b) e.push_back({a, b, 1});
  expect_all_near(betweenness(graph(6, e)), std::vector<double>(6, 1.0), 1e-15, "K3,3");
}

// C4: each node is on one of the two shortest paths of the opposite pair: BC = 1/2.
TEST(Betweenness, CycleC4) {
  expect_all_near(betweenness(graph(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}})), {0.5, 0.5, 0.5, 0.5}, 1e-15, "C4");
}

// Star with 5 leaves: the centre is on every leaf pair, C(5,2) = 10; leaves 0.
TEST(Betweenness, Star) {
  auto g = graph(6, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}});
  expect_all_near(betweenness(g), {10, 0, 0, 0, 0, 0}, 1e-15, "star");
  // weighted modes give the same on a tree (one path per pair)
  expect_all_near(betweenness(g, {.weighting = Weighting::strength}), {10, 0, 0, 0, 0, 0}, 1e-15, "star strength");
}

// Disconnected: P3 (0-1-2), K2 (3-4), isolated 5, triangle 6-7-8. Only node 1 is between anything (pair {0,2}).
TEST(Betweenness, DisconnectedPiecesAndIsolatedNodes) {
  auto g = graph(9, {{0, 1}, {1, 2}, {3, 4}, {6, 7}, {7, 8}, {6, 8}});
  expect_all_near(betweenness(g), {0, 1, 0, 0, 0, 0, 0, 0, 0}, 1e-15, "pieces");
  // normalised by (9-1)(9-2)/2 = 28
  expect_all_near(betweenness(g, {.normalized = true}), {0, 1.0 / 28, 0, 0, 0, 0, 0, 0, 0}, 1e-15, "pieces norm");
}

TEST(Betweenness, EmptyAndTinyGraphs) {
  EXPECT_TRUE(betweenness(CsrGraph{}).empty());
  EXPECT_EQ(betweenness(graph(1, {}), {.normalized = true}), std::vector<double>{0.0});
  EXPECT_EQ(betweenness(graph(2, {{0, 1}}), {.normalized = true}), (std::vector<double>{0.0, 0.0}));
}

// Weighted: square 0-1-2-3-0 with a heavy edge 0-1 (w=3) and the others 1.
// distance: 0->1 costs 3 directly or 3 via 3-2: a tie, so pair {0,1} has 2 paths, 2 and 3 each on one: +1/2.
//   Pairs {0,2}: 0-3-2 (2) beats 0-1-2 (4): node 3 +1. {1,3}: 1-2-3 (2) beats 1-0-3 (4): node 2 +1.
//   BC = {0, 0, 1.5, 1.5}.
// strength (length 1/w): 0-1 has length 1/3, the rest 1. {0,2}: 0-1-2 = 4/3 < 2: node 1 +1.
//   {1,3}: 1-0-3 = 4/3 < 2: node 0 +1. {0,1}: direct. {2,3}: direct. BC = {1, 1, 0, 0}.
TEST(Betweenness, WeightedDistanceAndStrength) {
  auto g = graph(4, {{0, 1, 3}, {1, 2, 1}, {2, 3, 1}, {3, 0, 1}});
  expect_all_near(betweenness(g, {.weighting = Weighting::distance}), {0, 0, 1.5, 1.5}, 1e-15, "distance");
  expect_all_near(betweenness(g, {.weighting = Weighting::strength}), {1, 1, 0, 0}, 1e-15, "strength");
  expect_all_near(betweenness(g), {0.5, 0.5, 0.5, 0.5}, 1e-15, "unweighted ignores weights");
}

TEST(Betweenness, RejectsNonPositiveWeightsInWeightedModes) {
  auto g = graph(3, {{0, 1, 0.0}, {1, 2, 1}});
  EXPECT_THROW(betweenness(g, {.weighting = Weighting::distance}), std::invalid_argument);
  EXPECT_THROW(betweenness(g, {.weighting = Weighting::strength}), std::invalid_argument);
  EXPECT_NO_THROW(betweenness(g));
}

// Brandes with degree-1 folding against brute-force path enumeration, 1000 random small graphs per mode.
TEST(Betweenness, MatchesBruteForceOnRandomSmallGraphs) {
  std::mt19937 rng(12345);
  for (int iter = 0; iter < 1000; ++iter) {
    const int family = iter % 5;
    CsrGraph g = random_graph(rng, family);
    for (Weighting w : {Weighting::unweighted, Weighting::distance, Weighting::strength}) {
      const auto want = brute_force_betweenness(g, w);
      for (unsigned threads : {1u, 3u}) {
        const auto got = betweenness(g, {.weighting = w, .threads = threads});
        expect_all_near(got, want, 1e-9,
                        str("iter ", iter, " family ", family, " mode ", static_cast<int>(w)));
      }
    }
    if (HasFailure()) break;
  }
}

// Same bytes for every thread count (fixed source blocks summed in block order).
TEST(Betweenness, BitIdenticalAcrossThreadCounts) {
  std::mt19937 rng(7);
  std::vector<WeightedEdge> e;
  const NodeId n = 400;
  for (NodeId v = 1; v < 300; ++v) e.push_back({static_cast<NodeId>(rng() % v), v, double(1 + rng() % 5)});
  for (int i = 0; i < 250; ++i) {
    NodeId a = rng() % 300, b = rng() % 300;
    if (a != b) e.push_back({a, b, double(1 + rng() % 5)});
  }
  for (NodeId v = 300; v < 390; ++v) e.push_back({static_cast<NodeId>(rng() % 300), v, 1.0});  // leaves
  auto g = CsrGraph::from_edges(n, e);
  for (Weighting w : {Weighting::unweighted, Weighting::distance, Weighting::strength}) {
    const auto one = betweenness(g, {.weighting = w, .threads = 1});
    for (unsigned t : {2u, 3u, 5u, 64u, 100u, 0u}) {
      const auto other = betweenness(g, {.weighting = w, .threads = t});
      ASSERT_EQ(one.size(), other.size());
      EXPECT_EQ(0, std::memcmp(one.data(), other.data(), one.size() * sizeof(double))) << "threads " << t;
    }
  }
}

// NetworkX betweenness_centrality on the reference graphs (bipartite ones and general weighted ones).
TEST(Betweenness, MatchesNetworkX) {
  const auto& ref = reference();
  ASSERT_TRUE(ref.IsObject()) << "tests/reference/expected/algo_reference.json missing or invalid";
  auto check = [](const CsrGraph& g, const rapidjson::Value& e, const std::string& name) {
    expect_all_near(betweenness(g), doubles(e["betweenness"]), 1e-9, str(name, " raw"));
    expect_all_near(betweenness(g, {.normalized = true}), doubles(e["betweenness_normalized"]), 1e-9, str(name, " norm"));
    expect_all_near(betweenness(g, {.weighting = Weighting::distance}), doubles(e["betweenness_distance"]), 1e-9,
                    str(name, " distance"));
    expect_all_near(betweenness(g, {.weighting = Weighting::strength}), doubles(e["betweenness_strength"]), 1e-9,
                    str(name, " strength"));
  };
  int i = 0;
  for (const auto& e : ref["bipartite"].GetArray()) {
    auto pg = reference_partner_graph(e);
    check(pg.graph(), e, str("bipartite ", i++));
  }
  i = 0;
  for (const auto& e : ref["general"].GetArray()) check(reference_general_graph(e), e, str("general ", i++));
}

TEST(DegreeAndStrength, CountDistinctNeighboursAndSumWeights) {
  // 0-1 twice (folded, weight 2), 0-2 weight 0.5, 3 isolated
  auto g = graph(4, {{0, 1, 1}, {0, 1, 1}, {0, 2, 0.5}});
  EXPECT_EQ(degree(g), (std::vector<double>{2, 1, 1, 0}));
  EXPECT_EQ(strength(g), (std::vector<double>{2.5, 2, 0.5, 0}));
}

// REFERENCE.md checks of NetworkX's bipartite normalisation.
// P4 0-1-2-3 with top {1,3}: raw {0,2,2,0}; n = m = 2, (s,t) = divmod(1,2) = (0,1):
// max = ½[4·1 + 2·1·(2−0−1) − 1·(0−1+3)] = ½[4 + 2 − 2] = 2 on both sides -> {0:0, 1:1, 2:1, 3:0}.
// PartnerGraph ids: initiatives I0 = node 1, I1 = node 3; organisations O0 = node 0 (id 2), O1 = node 2 (id 3).
TEST(BipartiteBetweenness, PathP4) {
  auto pg = partner_graph(2, 2, {{0, 0}, {0, 1}, {1, 1}});
  expect_all_near(bipartite_betweenness(pg), {1, 0, 0, 1}, 1e-15, "P4");
}

// K3,3: raw 1 each (see above); n = m = 3, (s,t) = (0,2): max = ½[9 + 3·(4−1) − 2·(0−2+3)] = ½[9+9−2] = 8;
// 1/8 = 0.125.
TEST(BipartiteBetweenness, K33) {
  std::vector<BiEdge> e;
  for (std::size_t i = 0; i < 3; ++i)
    for (std::size_t j = 0; j < 3; ++j) e.push_back({i, j, 1 + static_cast<int>(i)});  // multiplicities ignored
  expect_all_near(bipartite_betweenness(partner_graph(3, 3, e), 2), std::vector<double>(6, 0.125), 1e-15, "K3,3");
}

// C4 with top {0,2}: raw 1/2 each; n = m = 2: max = 2 (as for P4) -> 0.25.
TEST(BipartiteBetweenness, C4) {
  auto pg = partner_graph(2, 2, {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
  expect_all_near(bipartite_betweenness(pg), std::vector<double>(4, 0.25), 1e-15, "C4");
}

// K1,1: NetworkX divides 0 by 0; ppsnet reports 0.
TEST(BipartiteBetweenness, RawScoresOfWrongSizeThrow) {
  auto pg = partner_graph(2, 2, {{0, 0}, {0, 1}, {1, 1}});
  EXPECT_THROW(bipartite_betweenness(pg, std::vector<double>{1, 2}), std::invalid_argument);
}

TEST(BipartiteBetweenness, ZeroDivisorGivesZero) {
  EXPECT_EQ(bipartite_betweenness(partner_graph(1, 1, {{0, 0}})), (std::vector<double>{0, 0}));
  EXPECT_EQ(bipartite_betweenness(partner_graph(2, 0, {})), (std::vector<double>{0, 0}));
}

// Degree centrality: star I0 with O0..O2 plus I1 alone: I0 = 3/3, I1 = 0, each O = 1/2.
TEST(BipartiteDegree, Star) {
  auto pg = partner_graph(2, 3, {{0, 0, 2}, {0, 1}, {0, 2}});
  expect_all_near(bipartite_degree_centrality(pg), {1, 0, 0.5, 0.5, 0.5}, 1e-15, "star");
}

TEST(BipartiteCentrality, MatchesNetworkX) {
  const auto& ref = reference();
  ASSERT_TRUE(ref.IsObject());
  int i = 0;
  for (const auto& e : ref["bipartite"].GetArray()) {
    auto pg = reference_partner_graph(e);
    const std::string name = str("bipartite ", i++);
    expect_all_near(bipartite_degree_centrality(pg), doubles(e["bipartite_degree"]), 1e-12, str(name, " degree"));
    if (e.HasMember("bipartite_betweenness")) {
      expect_all_near(bipartite_betweenness(pg), doubles(e["bipartite_betweenness"]), 1e-9, str(name, " betweenness"));
      // from precomputed raw scores: the same values
      expect_all_near(bipartite_betweenness(pg, betweenness(pg.graph())), doubles(e["bipartite_betweenness"]), 1e-9,
                      str(name, " betweenness from raw"));
    }
  }
}
