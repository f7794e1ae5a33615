// The Boost.Graph adaptor (ppsnet/bgl/csr_graph.hpp): BGL's concept checks, and BGL algorithms run on ppsnet
// graphs give the values of a hand calculation and of ppsnet's own betweenness.
#include "ppsnet/bgl/csr_graph.hpp"

#include <gtest/gtest.h>

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/graph_concepts.hpp>

#include <map>
#include <vector>

#include "ppsnet/algo/closeness.hpp"
#include "ppsnet/util/random.hpp"
#include "unit/algo/algo_test_util.hpp"

namespace ppsnet::bgl {
namespace {

using model::WeightedEdge;

BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<CsrGraph>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<CsrGraph>));
BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<CsrGraph>));
BOOST_CONCEPT_ASSERT((boost::ReadablePropertyMapConcept<EdgeWeightMap, Edge>));

TEST(BglAdaptor, BiconnectedComponentsAndArticulationPointsByHand) {
  // Triangles {0,1,2} and {2,3,4} sharing node 2, and the pendant link 4-5: three biconnected components
  // (the two triangles and the bridge 4-5); articulation points 2 and 4.
  const std::vector<WeightedEdge> e = {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {2, 4}, {4, 5}};
  const auto g = CsrGraph::from_edges(6, e);
  std::map<Edge, std::size_t> component;
  boost::associative_property_map<std::map<Edge, std::size_t>> cm(component);
  std::vector<NodeId> cut;
  const auto result = boost::biconnected_components(g, cm, std::back_inserter(cut));
  EXPECT_EQ(result.first, 3u);
  std::sort(cut.begin(), cut.end());
  EXPECT_EQ(cut, (std::vector<NodeId>{2, 4}));
  // Links of one triangle share a component; the bridge has its own.
  EXPECT_EQ(component.at({0, 1, 1}), component.at({1, 2, 1}));
  EXPECT_EQ(component.at({0, 1, 1}), component.at({0, 2, 1}));
  EXPECT_NE(component.at({0, 1, 1}), component.at({2, 3, 1}));
  EXPECT_NE(component.at({4, 5, 1}), component.at({3, 4, 1}));
}

TEST(BglAdaptor, DijkstraOverTieStrengthsByHand) {
  // Triangle with weights w(0,1) = 2, w(1,2) = 4, w(0,2) = 1: lengths 1/w = 0.5, 0.25, 1. From 0: d(1) = 0.5,
  // d(2) = min(1, 0.5 + 0.25) = 0.75, through 1.
  const std::vector<WeightedEdge> e = {{0, 1, 2.0}, {1, 2, 4.0}, {0, 2, 1.0}};
  const auto g = CsrGraph::from_edges(3, e);
  std::vector<double> d(num_vertices(g));
  std::vector<NodeId> pred(num_vertices(g));
  boost::dijkstra_shortest_paths(g, NodeId{0},
                                 boost::weight_map(length_map(g)).distance_map(d.data()).predecessor_map(pred.data()));
  EXPECT_DOUBLE_EQ(d[1], 0.5);
  EXPECT_DOUBLE_EQ(d[2], 0.75);
  EXPECT_EQ(pred[2], 1u);
  // With the weights read as lengths (w itself), 0 -> 2 goes direct: d(2) = 1.
  boost::dijkstra_shortest_paths(g, NodeId{0}, boost::weight_map(weight_map(g)).distance_map(d.data()));
  EXPECT_DOUBLE_EQ(d[2], 1.0);
}

// BGL's breadth-first search on a random bipartite graph gives the hop distances of ppsnet's own searches:
// harmonic centrality Σ 1/d from BGL's distances equals algo::harmonic (NetworkX convention, raw sum).
TEST(BglAdaptor, BreadthFirstDistancesGivePpsnetsHarmonicCentrality) {
  util::SplitMix64 rng(11);
  std::vector<algo_test::BiEdge> edges;
  for (std::size_t i = 0; i < 30; ++i)
    for (int k = 0; k < 3; ++k) edges.push_back({i, static_cast<std::size_t>(rng.below(50)), 1});
  const auto pg = algo_test::partner_graph(30, 50, edges);
  const auto& g = pg.graph();
  const std::size_t n = num_vertices(g);
  const auto own = algo::harmonic(g, {});
  for (NodeId s = 0; s < n; ++s) {
    std::vector<std::size_t> d(n, 0);
    std::vector<boost::default_color_type> colour(n);
    boost::breadth_first_search(
        g, s,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(d.data(), boost::on_tree_edge())))
            .color_map(boost::make_iterator_property_map(colour.begin(), get(boost::vertex_index, g))));
    double h = 0;
    for (NodeId t = 0; t < n; ++t)
      if (t != s && d[t] > 0) h += 1.0 / static_cast<double>(d[t]);
    EXPECT_NEAR(h, own[s], 1e-12 * (1 + h)) << "node " << s;
  }
}

}  // namespace
}  // namespace ppsnet::bgl
