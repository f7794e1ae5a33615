#pragma once
// Boost.Graph adaptor: a ppsnet graph (model::CsrGraph: the bipartite graph of a PartnerGraph, `pg.graph()`, or
// a projection) models BGL's VertexListGraph, IncidenceGraph and AdjacencyGraph concepts, so any BGL algorithm
// runs on it without copying. Vertices are the node ids 0 .. n-1 (vertex_index is the identity); each
// undirected link appears in the out-edges of both ends; edge_weight is the link weight (participations, or
// the projection weight). Shortest paths over tie strengths use bgl::length_map (1/w). Source: J. Siek,
// L.-Q. Lee, A. Lumsdaine, "The Boost Graph Library", Addison-Wesley 2002 (graph concepts, property maps).
//
//   #include "ppsnet/bgl/csr_graph.hpp"
//   std::vector<double> d(num_vertices(g));
//   boost::dijkstra_shortest_paths(g, s, boost::weight_map(ppsnet::bgl::length_map(g)).distance_map(d.data()));
//
// Complexity: vertices(), out_edges(), adjacent_vertices() O(1); out_degree() O(1). The graph must outlive the
// iterators. Needs the Boost headers (libboost-graph-dev); ppsnet's own libraries do not.
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>

#include <cstddef>
#include <utility>

#include "ppsnet/model/csr_graph.hpp"

namespace ppsnet::bgl {

using model::CsrGraph;
using model::NodeId;

/// An undirected link seen from `source`; `weight` is the link weight. Two descriptors of the same link (from
/// either end) compare equal.
struct Edge {
  NodeId source = 0;
  NodeId target = 0;
  double weight = 1.0;
  friend bool operator==(const Edge& a, const Edge& b) {
    return (a.source == b.source && a.target == b.target) || (a.source == b.target && a.target == b.source);
  }
  friend bool operator!=(const Edge& a, const Edge& b) { return !(a == b); }
  /// Orders links by their (smaller, larger) end, so that an edge can key a std::map (e.g. the component map of
  /// boost::biconnected_components through boost::associative_property_map).
  friend bool operator<(const Edge& a, const Edge& b) {
    const auto ka = a.source < a.target ? std::pair(a.source, a.target) : std::pair(a.target, a.source);
    const auto kb = b.source < b.target ? std::pair(b.source, b.target) : std::pair(b.target, b.source);
    return ka < kb;
  }
};

/// Out-edges of one vertex, in neighbour order (increasing node id).
class OutEdgeIterator
    : public boost::iterator_facade<OutEdgeIterator, Edge, boost::random_access_traversal_tag, Edge, std::ptrdiff_t> {
 public:
  OutEdgeIterator() = default;
  OutEdgeIterator(const CsrGraph* g, NodeId v, std::size_t i) : g_(g), v_(v), i_(i) {}

 private:
  friend class boost::iterator_core_access;
  Edge dereference() const { return {v_, g_->neighbours(v_)[i_], g_->weights(v_)[i_]}; }
  bool equal(const OutEdgeIterator& o) const { return v_ == o.v_ && i_ == o.i_; }
  void increment() { ++i_; }
  void decrement() { --i_; }
  void advance(std::ptrdiff_t n) { i_ = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(i_) + n); }
  std::ptrdiff_t distance_to(const OutEdgeIterator& o) const {
    return static_cast<std::ptrdiff_t>(o.i_) - static_cast<std::ptrdiff_t>(i_);
  }
  const CsrGraph* g_ = nullptr;
  NodeId v_ = 0;
  std::size_t i_ = 0;
};

/// Readable property map edge -> weight (w) or -> length (1/w, for shortest paths over tie strengths).
struct EdgeWeightMap {
  using key_type = Edge;
  using value_type = double;
  using reference = double;
  using category = boost::readable_property_map_tag;
  bool inverse = false;
};
inline double get(const EdgeWeightMap& m, const Edge& e) { return m.inverse ? 1.0 / e.weight : e.weight; }

/// Edge weights w as a property map (the link weight). O(1).
inline EdgeWeightMap weight_map(const CsrGraph&) { return {false}; }
/// Edge lengths 1/w (stronger ties are shorter), as ppsnet's weighted betweenness reads them. O(1).
inline EdgeWeightMap length_map(const CsrGraph&) { return {true}; }

}  // namespace ppsnet::bgl

namespace boost {

template <>
struct graph_traits<ppsnet::model::CsrGraph> {
  using vertex_descriptor = ppsnet::model::NodeId;
  using edge_descriptor = ppsnet::bgl::Edge;
  using directed_category = undirected_tag;
  using edge_parallel_category = disallow_parallel_edge_tag;
  struct traversal_category : vertex_list_graph_tag, incidence_graph_tag, adjacency_graph_tag {};
  using vertex_iterator = counting_iterator<ppsnet::model::NodeId>;
  using out_edge_iterator = ppsnet::bgl::OutEdgeIterator;
  using adjacency_iterator = const ppsnet::model::NodeId*;
  using in_edge_iterator = void;
  using edge_iterator = void;
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  using degree_size_type = std::size_t;
  static vertex_descriptor null_vertex() { return static_cast<vertex_descriptor>(-1); }
};

template <>
struct graph_traits<const ppsnet::model::CsrGraph> : graph_traits<ppsnet::model::CsrGraph> {};

template <>
struct property_map<ppsnet::model::CsrGraph, vertex_index_t> {
  using type = typed_identity_property_map<ppsnet::model::NodeId>;
  using const_type = type;
};
template <>
struct property_map<ppsnet::model::CsrGraph, edge_weight_t> {
  using type = ppsnet::bgl::EdgeWeightMap;
  using const_type = type;
};

template <>
struct property_map<const ppsnet::model::CsrGraph, vertex_index_t> : property_map<ppsnet::model::CsrGraph, vertex_index_t> {};
template <>
struct property_map<const ppsnet::model::CsrGraph, edge_weight_t> : property_map<ppsnet::model::CsrGraph, edge_weight_t> {};

}  // namespace boost

namespace ppsnet::model {

// The BGL free functions, found by argument-dependent lookup on CsrGraph.
inline std::pair<boost::counting_iterator<NodeId>, boost::counting_iterator<NodeId>> vertices(const CsrGraph& g) {
  return {boost::counting_iterator<NodeId>(0), boost::counting_iterator<NodeId>(static_cast<NodeId>(g.num_nodes()))};
}
inline std::size_t num_vertices(const CsrGraph& g) { return g.num_nodes(); }
inline std::pair<bgl::OutEdgeIterator, bgl::OutEdgeIterator> out_edges(NodeId v, const CsrGraph& g) {
  return {bgl::OutEdgeIterator(&g, v, 0), bgl::OutEdgeIterator(&g, v, g.degree(v))};
}
inline std::size_t out_degree(NodeId v, const CsrGraph& g) { return g.degree(v); }
inline std::size_t degree(NodeId v, const CsrGraph& g) { return g.degree(v); }
inline NodeId source(const bgl::Edge& e, const CsrGraph&) { return e.source; }
inline NodeId target(const bgl::Edge& e, const CsrGraph&) { return e.target; }
inline std::pair<const NodeId*, const NodeId*> adjacent_vertices(NodeId v, const CsrGraph& g) {
  const auto n = g.neighbours(v);
  return {n.data(), n.data() + n.size()};
}
inline boost::typed_identity_property_map<NodeId> get(boost::vertex_index_t, const CsrGraph&) { return {}; }
inline bgl::EdgeWeightMap get(boost::edge_weight_t, const CsrGraph& g) { return bgl::weight_map(g); }

}  // namespace ppsnet::model
