#pragma once
// PageRank and personalised PageRank on undirected graphs. See docs/algorithms.md ("PageRank").
#include <span>
#include <vector>

#include "ppsnet/algo/errors.hpp"
#include "ppsnet/model/csr_graph.hpp"

namespace ppsnet::algo {

struct PageRankOptions {
  /// Damping factor α in [0, 1): probability of following an edge; 1 − α is the probability of a reset.
  double damping = 0.85;
  /// false: every edge counts once. true: a walker at u moves to v with probability w_uv / s_u (s_u strength);
  /// weights must be finite and > 0.
  bool weighted = false;
  /// Reset (teleport) distribution r: empty = uniform 1/n (plain PageRank). Otherwise one value >= 0 per node,
  /// not all 0; it is divided by its sum (personalised PageRank).
  std::vector<double> reset;
  /// Stop when the L1 change between two iterations is below this (> 0).
  double tolerance = 1e-14;
  int max_iterations = 10000;  ///< >= 1
};

/// PageRank: the stationary distribution of the random walk that follows an edge with probability α and jumps
/// to a node drawn from r with probability 1 − α:
///   PR(v) = α Σ_{u ~ v} PR(u) w_uv / s_u + α D r(v) + (1 − α) r(v),   D = Σ_{u dangling} PR(u),
/// where dangling nodes are those with no edge (isolated nodes; s_u = 0): their mass is redistributed by r,
/// i.e. uniformly for plain PageRank. For personalised PageRank this is also the convention of NetworkX
/// (pagerank(personalization=r), dangling=None) and igraph (personalized_pagerank(reset=r), PRPACK).
/// Computed by power iteration from r; the result is renormalised to sum exactly 1 (up to rounding).
/// Result: size g.num_nodes(), by node id, >= 0, sum 1 (empty for n = 0).
/// Throws std::invalid_argument (damping outside [0, 1), a weight <= 0 or not finite when weighted, reset of the
/// wrong size, with a negative or non-finite entry or all 0, tolerance <= 0, max_iterations < 1) and
/// AlgorithmError when not converged. Complexity: O(n + m) per iteration; the L1 error shrinks by α per
/// iteration (about 200 iterations for 1e-14 at α = 0.85). Memory O(n).
/// Source: S. Brin & L. Page, "The anatomy of a large-scale hypertextual Web search engine", Computer Networks
/// 30, 1998, doi:10.1016/S0169-7552(98)00110-X; conventions as NetworkX 2.8 pagerank and igraph 0.10 (PRPACK).
std::vector<double> pagerank(const model::CsrGraph& g, const PageRankOptions& opt = {});

/// Personalised PageRank with the reset distribution uniform over `seeds` (duplicates count once); opt.reset
/// is ignored. Throws std::invalid_argument when seeds is empty or holds a node id >= g.num_nodes(), and as
/// pagerank(). Same complexity.
std::vector<double> personalized_pagerank(const model::CsrGraph& g, std::span<const model::NodeId> seeds,
                                          PageRankOptions opt = {});

}  // namespace ppsnet::algo
