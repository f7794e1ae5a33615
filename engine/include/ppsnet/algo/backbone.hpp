#pragma once
// Backbone extraction: the disparity filter of Serrano, Boguñá & Vespignani (2009).
#include <cstddef>
#include <vector>

#include "ppsnet/algo/errors.hpp"
#include "ppsnet/model/csr_graph.hpp"

namespace ppsnet::algo {

/// Which endpoints must find an edge significant for it to stay in the backbone.
enum class BackboneRule {
  either,  ///< kept when α_ij < alpha at at least one endpoint (the rule of Serrano et al. 2009)
  both,    ///< kept only when α_ij < alpha at both endpoints (stricter)
};

struct DisparityOptions {
  double alpha = 0.05;                       ///< significance level, in [0, 1]. Smaller: fewer edges kept.
  BackboneRule rule = BackboneRule::either;  ///< see BackboneRule
};

/// One undirected edge (u < v) with the disparity-filter p-value seen from each endpoint.
struct DisparityEdge {
  model::NodeId u = 0;
  model::NodeId v = 0;
  double weight = 0;
  double alpha_u = 1;  ///< α of the edge from u's side: (1 − w/s_u)^(k_u − 1); 0 when k_u = 1
  double alpha_v = 1;  ///< the same from v's side
};

struct Backbone {
  /// The backbone on the same node ids [0, n) as the input (nodes are never removed; a node whose edges were all
  /// dropped is isolated). Kept edges keep their original weight.
  model::CsrGraph graph;
  std::size_t edges_in = 0;      ///< undirected edges of the input
  std::size_t edges_kept = 0;    ///< undirected edges of the backbone (= graph.num_edges())
  std::size_t nodes_with_edges = 0;  ///< nodes of degree >= 1 in the backbone
  double weight_in = 0;          ///< total edge weight of the input
  double weight_kept = 0;        ///< total edge weight of the backbone
};

/// Disparity-filter p-values of every edge. For node i with degree k_i and strength s_i, and its edge of weight
/// w_ij, the null model spreads s_i uniformly at random over k_i edges; the probability that one edge gets a share
/// >= p_ij = w_ij / s_i is α_ij = (1 − p_ij)^(k_i − 1) (Serrano et al. 2009, eq. 2).
/// Convention for k_i = 1 (the formula gives 0^0): α_ij = 0, i.e. a node's only edge is always significant from
/// that node's side, so a leaf keeps its edge under BackboneRule::either (as in Serrano et al., who keep such
/// nodes connected). Under BackboneRule::both the other endpoint then decides.
/// Result: every undirected edge once, u < v, in the order of CsrGraph::edges().
/// Throws std::invalid_argument when an edge weight is <= 0 or not finite. O(n + m) time and memory.
std::vector<DisparityEdge> disparity_significance(const model::CsrGraph& g);

/// The disparity-filter backbone: the edges with α_ij < alpha (strictly) at one endpoint (BackboneRule::either)
/// or at both endpoints (BackboneRule::both), with the α_ij of disparity_significance(). alpha = 0 keeps nothing;
/// alpha = 1 keeps every edge (every α_ij < 1 because weights are > 0, unless a share w_ij/s_i is so small that
/// 1 − w_ij/s_i rounds to 1). Counts are returned with the backbone.
/// Throws std::invalid_argument (alpha outside [0, 1] or not finite; an edge weight <= 0 or not finite).
/// O(n + m log m) time (the backbone is rebuilt by CsrGraph::from_edges), O(n + m) memory.
/// Source: M. Á. Serrano, M. Boguñá, A. Vespignani, "Extracting the multiscale backbone of complex weighted
/// networks", PNAS 106(16), 6483–6488, 2009, doi:10.1073/pnas.0808904106.
Backbone disparity_filter(const model::CsrGraph& g, const DisparityOptions& opt = {});

}  // namespace ppsnet::algo
