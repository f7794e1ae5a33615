// Closeness (NetworkX and igraph conventions), harmonic and bipartite closeness.
// Expected values: hand calculations written out below, and NetworkX 2.8.8 / python-igraph 0.10.2 values from
// tests/reference/algo2_reference.py (tests/reference/expected/algo2_reference.json).
#include <gtest/gtest.h>

#include <cmath>

#include "algo_test_util.hpp"
#include "ppsnet/algo/closeness.hpp"

using namespace ppsnet::algo;
using namespace algo_test;

namespace {

// null (undefined) -> NaN
std::vector<double> values(const rapidjson::Value& a) {
  std::vector<double> out;
  for (const auto& x : a.GetArray()) out.push_back(x.IsNull() ? std::nan("") : x.GetDouble());
  return out;
}

void expect_near_all(const std::vector<double>& got, const std::vector<double>& want, double tol, const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (std::isnan(want[i])) {
      EXPECT_TRUE(std::isnan(got[i])) << what << " node " << i << " got " << got[i];
    } else {
      EXPECT_NEAR(got[i], want[i], tol * std::max(1.0, std::fabs(want[i]))) << what << " node " << i;
    }
  }
}

ClosenessOptions conv(ClosenessConvention c, unsigned threads = 0) {
  ClosenessOptions o;
  o.convention = c;
  o.threads = threads;
  return o;
}

}  // namespace

// P4 0-1-2-3: Σd(0) = 1+2+3 = 6, Σd(1) = 1+1+2 = 4 -> closeness 3/6 = 0.5, 3/4 = 0.75 (connected: both conventions).
// Harmonic: H(0) = 1 + 1/2 + 1/3 = 11/6, H(1) = 1 + 1 + 1/2 = 5/2; normalised by n − 1 = 3.
TEST(Closeness, PathP4) {
  const auto g = graph(4, {{0, 1}, {1, 2}, {2, 3}});
  for (auto c : {ClosenessConvention::networkx, ClosenessConvention::igraph})
    expect_near_all(closeness(g, conv(c)), {0.5, 0.75, 0.75, 0.5}, 1e-15, "P4");
  expect_near_all(harmonic(g), {11.0 / 6, 2.5, 2.5, 11.0 / 6}, 1e-15, "P4 harmonic");
  HarmonicOptions h;
  h.normalized = true;
  expect_near_all(harmonic(g, h), {11.0 / 18, 2.5 / 3, 2.5 / 3, 11.0 / 18}, 1e-15, "P4 harmonic normalised");
}

// Star K1,3 (centre 0): Σd(centre) = 3 -> 1; leaf: 1 + 2 + 2 = 5 -> 3/5. Harmonic: 3 and 1 + 1/2 + 1/2 = 2.
TEST(Closeness, Star) {
  const auto g = graph(4, {{0, 1}, {0, 2}, {0, 3}});
  expect_near_all(closeness(g), {1.0, 0.6, 0.6, 0.6}, 1e-15, "star");
  expect_near_all(harmonic(g), {3.0, 2.0, 2.0, 2.0}, 1e-15, "star harmonic");
}

// Edge 0-1, path 2-3-4, isolated 5; n = 6.
// node 0: k = 2, Σd = 1 -> igraph 1/1 = 1, NetworkX (1/5)(1/1) = 0.2
// node 2: k = 3, Σd = 1+2 = 3 -> igraph 2/3, NetworkX (2/5)(2/3) = 4/15
// node 3: k = 3, Σd = 2 -> igraph 1, NetworkX (2/5)(2/2) = 0.4
// node 5: isolated -> igraph NaN (undefined), NetworkX 0. Harmonic: 1, 1, 1.5, 2, 1.5, 0.
TEST(Closeness, DisconnectedPiecesAndIsolatedNode) {
  const auto g = graph(6, {{0, 1}, {2, 3}, {3, 4}});
  const double nan = std::nan("");
  expect_near_all(closeness(g, conv(ClosenessConvention::igraph)), {1, 1, 2.0 / 3, 1, 2.0 / 3, nan}, 1e-15, "igraph");
  expect_near_all(closeness(g, conv(ClosenessConvention::networkx)), {0.2, 0.2, 4.0 / 15, 0.4, 4.0 / 15, 0}, 1e-15,
                  "networkx");
  expect_near_all(harmonic(g), {1, 1, 1.5, 2, 1.5, 0}, 1e-15, "harmonic");
}

// Degenerate sizes: no nodes; one node (NetworkX 0, igraph NaN, harmonic 0).
TEST(Closeness, EmptyAndSingleNode) {
  EXPECT_TRUE(closeness(graph(0, {})).empty());
  EXPECT_EQ(closeness(graph(1, {}))[0], 0.0);
  EXPECT_TRUE(std::isnan(closeness(graph(1, {}), conv(ClosenessConvention::igraph))[0]));
  HarmonicOptions h;
  h.normalized = true;
  EXPECT_EQ(harmonic(graph(1, {}), h)[0], 0.0);
}

// K3,3: every node has Σd = 3·1 + 2·2 = 7 and numerator m + 2(n − 1) = 3 + 4 = 7, all reached -> 1.
// P4 I0–O0–I1–O1 (n = m = 2): Σd(I0) = 1+2+3 = 6 -> (2 + 2)/6 = 2/3; Σd(I1) = 4 -> 1; Σd(O0) = 4 -> (2 + 2)/4 = 1;
// Σd(O1) = 6 -> 2/3 (NetworkX bipartite.closeness_centrality gives the same: REFERENCE.md formula).
TEST(BipartiteCloseness, TextbookGraphs) {
  std::vector<BiEdge> k33;
  for (std::size_t i = 0; i < 3; ++i)
    for (std::size_t j = 0; j < 3; ++j) k33.push_back({i, j});
  expect_near_all(bipartite_closeness(partner_graph(3, 3, k33)), std::vector<double>(6, 1.0), 1e-15, "K3,3");
  const auto p4 = partner_graph(2, 2, {{0, 0}, {1, 0}, {1, 1}});
  expect_near_all(bipartite_closeness(p4), {2.0 / 3, 1, 1, 2.0 / 3}, 1e-15, "P4");
  // An isolated initiative I2 (n = 3, m = 2, |G| = 5): 0 for it; I0 now (2 + 4)/6 · 3/4 = 0.75.
  const auto p4i = partner_graph(3, 2, {{0, 0}, {1, 0}, {1, 1}});
  EXPECT_NEAR(bipartite_closeness(p4i)[0], 0.75, 1e-15);
  EXPECT_EQ(bipartite_closeness(p4i)[2], 0.0);
}

TEST(Closeness, MatchesNetworkXAndIgraphOnRandomGraphs) {
  const auto& doc = reference2();
  int checked = 0;
  for (const char* family : {"bipartite", "general"}) {
    for (const auto& e : doc[family].GetArray()) {
      const bool bi = std::string(family) == "bipartite";
      const auto pg = bi ? reference_partner_graph(e) : PartnerGraph{};
      const auto g = bi ? pg.graph() : reference_general_graph(e);
      const std::string what = str(family, " graph ", checked);
      expect_near_all(closeness(g, conv(ClosenessConvention::networkx)), values(e["closeness_networkx"]), 1e-12,
                      what + " networkx");
      expect_near_all(closeness(g, conv(ClosenessConvention::igraph)), values(e["closeness_igraph"]), 1e-12,
                      what + " igraph");
      expect_near_all(harmonic(g), values(e["harmonic"]), 1e-12, what + " harmonic");
      HarmonicOptions h;
      h.normalized = true;
      expect_near_all(harmonic(g, h), values(e["harmonic_normalized"]), 1e-12, what + " harmonic normalised");
      if (bi) expect_near_all(bipartite_closeness(pg), values(e["bipartite_closeness"]), 1e-12, what + " bipartite");
      ++checked;
    }
  }
  EXPECT_EQ(checked, 11);
}

TEST(Closeness, ResultDoesNotDependOnThreads) {
  const auto g = reference_general_graph(reference2()["general"][2]);
  const auto one = closeness(g, conv(ClosenessConvention::networkx, 1));
  const auto three = closeness(g, conv(ClosenessConvention::networkx, 3));
  ASSERT_EQ(one.size(), three.size());
  for (std::size_t i = 0; i < one.size(); ++i) EXPECT_EQ(one[i], three[i]);  // bit-identical
  HarmonicOptions h1, h3;
  h1.threads = 1;
  h3.threads = 3;
  EXPECT_EQ(harmonic(g, h1), harmonic(g, h3));
}
