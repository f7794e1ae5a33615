#pragma once
// Centrality measures on CsrGraph (any undirected graph) and on the bipartite PartnerGraph.
// Scores are indexed by node id of the graph passed in. See docs/algorithms.md for formulas and sources.
#include <span>
#include <vector>

#include "ppsnet/algo/errors.hpp"
#include "ppsnet/model/csr_graph.hpp"
#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::algo {

/// How edge weights enter shortest paths.
/// - unweighted: every edge has length 1 (weights ignored).
/// - distance:   the weight is the edge length (NetworkX / igraph convention for `weight=`).
/// - strength:   the weight is a tie strength (e.g. number of shared projects); length = 1 / weight.
enum class Weighting { unweighted, distance, strength };

struct BetweennessOptions {
  Weighting weighting = Weighting::unweighted;
  /// false: raw scores. true: divided by (n−1)(n−2)/2, the number of pairs not containing the node
  /// (NetworkX betweenness_centrality(normalized=True) for undirected graphs); no scaling when n <= 2.
  bool normalized = false;
  /// Worker threads; 0 = std::thread::hardware_concurrency(). The result does not depend on it (bit-identical).
  unsigned threads = 0;
};

/// Betweenness centrality of every node: BC(v) = Σ_{ {s,t}: s≠v≠t } σ_st(v) / σ_st, each unordered pair once,
/// where σ_st counts shortest s–t paths and σ_st(v) those through v. Pairs in different components add 0.
/// Equals NetworkX betweenness_centrality(G, normalized=False) and igraph betweenness(directed=False).
/// Parameters: g any undirected graph; opt as above. Weighted modes need every weight finite and > 0;
/// path lengths within a relative tolerance of 1e-12 count as equal (ties).
/// Result: size g.num_nodes(), by node id; >= 0.
/// Throws std::invalid_argument for a non-positive or non-finite weight in a weighted mode.
/// Complexity: Brandes' algorithm, O(n' m) time unweighted, O(n' m + n' n log n) weighted, where n' is the
/// number of nodes of degree >= 2 (degree-1 nodes are folded into their neighbour exactly: a leaf's shortest
/// paths are its neighbour's, one step longer). Memory O(n + m) per thread plus 64 accumulators of n doubles
/// (fewer for very large n); the 64 fixed source blocks are summed in block order whatever the thread count.
/// Source: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001,
/// doi:10.1080/0022250X.2001.9990249.
std::vector<double> betweenness(const model::CsrGraph& g, const BetweennessOptions& opt = {});

/// Degree: number of distinct neighbours (parallel participations folded). Size g.num_nodes(). O(n).
std::vector<double> degree(const model::CsrGraph& g);

/// Strength: sum of edge weights at each node (for a PartnerGraph: number of participations). O(n + m).
std::vector<double> strength(const model::CsrGraph& g);

/// Bipartite degree centrality (NetworkX bipartite.degree_centrality, Borgatti & Halgin 2011):
/// deg(v) / |organisations| for an initiative, deg(v) / |initiatives| for an organisation, deg = distinct
/// neighbours. 0 when the other side is empty. Size g.num_nodes(), by PartnerGraph node id. O(n).
std::vector<double> bipartite_degree_centrality(const model::PartnerGraph& g);

/// Bipartite betweenness centrality (NetworkX bipartite.betweenness_centrality, Borgatti & Halgin 2011):
/// raw unweighted betweenness (as betweenness() above) divided by the largest value possible on the node's
/// side. With U = initiatives (n nodes) and V = organisations (m nodes), for v in U the divisor is
/// ½[m²(s+1)² + m(s+1)(2t−s−1) − t(2s−t+3)] with (s, t) = divmod(n−1, m); for v in V the same with n and m
/// swapped and (s, t) = divmod(m−1, n). Multiplicities (edge weights) are ignored.
/// Where NetworkX divides by zero (a side empty or a divisor of 0, e.g. K1,1) the score is 0 here.
/// threads: as in BetweennessOptions (result independent of it). Size g.num_nodes(), by node id.
/// Complexity as betweenness(). Source: S.P. Borgatti & D.S. Halgin, "Analyzing affiliation networks",
/// The SAGE Handbook of Social Network Analysis, 2011, doi:10.4135/9781446294413.n28.
std::vector<double> bipartite_betweenness(const model::PartnerGraph& g, unsigned threads = 0);

/// The same normalisation applied to raw scores already computed with betweenness(g.graph()) (unweighted,
/// not normalised), to avoid running Brandes twice. raw_betweenness.size() must be g.num_nodes()
/// (std::invalid_argument otherwise). O(n).
std::vector<double> bipartite_betweenness(const model::PartnerGraph& g, std::span<const double> raw_betweenness);

}  // namespace ppsnet::algo
