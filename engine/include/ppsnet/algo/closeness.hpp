#pragma once
// Closeness and harmonic centrality (unweighted shortest paths), with the disconnected-graph conventions of
// NetworkX and igraph, and the bipartite closeness normalisation of NetworkX's bipartite module.
// Scores are indexed by node id of the graph passed in. See docs/algorithms.md ("Closeness and harmonic").
#include <vector>

#include "ppsnet/model/csr_graph.hpp"
#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::algo {

/// How closeness treats nodes that cannot reach every other node. For node v let k be the number of nodes
/// reachable from v (v itself included), n the number of nodes of the graph and Σd the sum of the hop
/// distances from v to the k − 1 others.
/// - networkx: C(v) = ((k − 1) / (n − 1)) · ((k − 1) / Σd), the Wasserman–Faust scaling
///             (NetworkX closeness_centrality(wf_improved=True), the default). 0 when Σd = 0 or n = 1.
/// - igraph:   C(v) = (k − 1) / Σd, the inverse mean distance to the reachable nodes only
///             (igraph_closeness(normalized=True), python-igraph Graph.closeness()). NaN when Σd = 0
///             (an isolated node), as igraph does; print it as "undefined", never as a number.
/// On a connected graph both equal (n − 1) / Σd.
enum class ClosenessConvention { networkx, igraph };

struct ClosenessOptions {
  ClosenessConvention convention = ClosenessConvention::networkx;
  /// Worker threads; 0 = std::thread::hardware_concurrency(). The result does not depend on it (bit-identical).
  unsigned threads = 0;
};

/// Closeness centrality of every node by breadth-first search (edge weights ignored: every edge has length 1),
/// with the convention chosen in opt (see ClosenessConvention for the formulas).
/// Result: size g.num_nodes(), by node id; in [0, 1] (NaN only as stated for the igraph convention).
/// Throws nothing. Complexity: O(n' (n + m)) time, n' the number of nodes that are not leaves (a degree-1 node
/// whose neighbour has degree >= 2 is folded into that neighbour exactly: Σd(leaf) = Σd(hub) + k − 2);
/// O(n + m) memory per thread.
/// Sources: L.C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1(3),
/// 1978, doi:10.1016/0378-8733(78)90021-7; scaling: S. Wasserman & K. Faust, Social Network Analysis, 1994,
/// doi:10.1017/CBO9780511815478; conventions as NetworkX 2.8 closeness_centrality and igraph 0.10 closeness.
std::vector<double> closeness(const model::CsrGraph& g, const ClosenessOptions& opt = {});

struct HarmonicOptions {
  /// false: H(v) = Σ_{u ≠ v reachable} 1 / d(v, u) (NetworkX harmonic_centrality).
  /// true:  H(v) / (n − 1) (igraph harmonic_centrality(normalized=True)); 0 when n = 1.
  bool normalized = false;
  unsigned threads = 0;  ///< as in ClosenessOptions
};

/// Harmonic centrality H(v) = Σ_{u ≠ v} 1 / d(v, u), unreachable nodes adding 0 (so it needs no convention for
/// disconnected graphs); hop distances, edge weights ignored. Result: size g.num_nodes(), by node id, >= 0.
/// Throws nothing. Complexity: O(n' (n + m)) time with leaves folded as in closeness(); O(n + m) memory per thread.
/// Source: M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 285, 2000,
/// doi:10.1016/S0378-4371(00)00311-3; P. Boldi & S. Vigna, "Axioms for centrality", Internet Math. 10, 2014,
/// doi:10.1080/15427951.2013.865686.
std::vector<double> harmonic(const model::CsrGraph& g, const HarmonicOptions& opt = {});

/// Bipartite closeness centrality (NetworkX bipartite.closeness_centrality(normalized=True), Borgatti & Halgin
/// 2011). With U = initiatives (n nodes), V = organisations (m nodes), Σd the sum of hop distances from v to the
/// nodes it reaches and k the number of nodes it reaches (itself included):
///   v in U: C(v) = (m + 2(n − 1)) / Σd · (k − 1) / (n + m − 1)
///   v in V: C(v) = (n + 2(m − 1)) / Σd · (k − 1) / (n + m − 1)
/// 0 when Σd = 0 (an isolated node) or the graph has one node. Edge weights (participations) are ignored.
/// threads as in ClosenessOptions. Result: size g.num_nodes(), by PartnerGraph node id; 1 for a node at
/// distance 1 from the whole other side and 2 from its own side.
/// Throws nothing. Complexity: as closeness(). Source: S.P. Borgatti & D.S. Halgin, "Analyzing affiliation
/// networks", The SAGE Handbook of Social Network Analysis, 2011, doi:10.4135/9781446294413.n28.
std::vector<double> bipartite_closeness(const model::PartnerGraph& g, unsigned threads = 0);

}  // namespace ppsnet::algo
