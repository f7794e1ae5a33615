#pragma once
// BiRank: ranking both sides of the bipartite PartnerGraph at once. See docs/algorithms.md ("BiRank").
#include <vector>

#include "ppsnet/algo/errors.hpp"
#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::algo {

struct BiRankOptions {
  /// α in [0, 1): weight of the graph for the organisation scores (the paper's p, "items").
  double alpha = 0.85;
  /// β in [0, 1): weight of the graph for the initiative scores (the paper's u, "users").
  double beta = 0.85;
  /// Query (prior) vectors. initiative_prior: empty = uniform 1/|initiatives|, else one value >= 0 per
  /// initiative (index i = node id i). organisation_prior: empty = uniform 1/|organisations|, else one value
  /// >= 0 per organisation (index j = node id − |initiatives|). Used as given (not renormalised).
  std::vector<double> initiative_prior;
  std::vector<double> organisation_prior;
  /// false: w_ij = 1 per distinct link. true: w_ij = number of participations (the PartnerGraph edge weight).
  bool weighted = false;
  /// Stop when the L1 change of both score vectors between two iterations is below this (> 0).
  double tolerance = 1e-14;
  int max_iterations = 10000;  ///< >= 1
};

/// BiRank (He, Gao, Kan & Wang 2017) with initiatives as the paper's users u (rows of W) and organisations as
/// its items p (columns):
///   p = α Sᵀ u + (1 − α) p⁰,   u = β S p + (1 − β) u⁰,   S_ij = w_ij / (√d_i √d_j),
/// d_i = Σ_j w_ij (initiative i), d_j = Σ_i w_ij (organisation j); nodes without links have an empty row /
/// column of S and keep (1 − β) u⁰ or (1 − α) p⁰. Iterated as the paper's Algorithm 1 (p from u, then u from p)
/// from u = u⁰, p = p⁰ until converged; the fixed point is unique since ‖S‖₂ <= 1 and αβ < 1. Scores are the
/// fixed point itself (not rescaled; with uniform priors they sum to at most 2).
/// Result: size g.num_nodes(), by PartnerGraph node id (initiatives: u, organisations: p), >= 0.
/// Throws std::invalid_argument (alpha or beta outside [0, 1), a prior of the wrong size or with a negative or
/// non-finite value, tolerance <= 0, max_iterations < 1) and AlgorithmError when not converged.
/// Complexity: O(n + m) per iteration; the error shrinks by about αβ per iteration. Memory O(n).
/// Source: X. He, M. Gao, M.-Y. Kan & D. Wang, "BiRank: Towards ranking on bipartite graphs", IEEE TKDE 29(1),
/// 2017, doi:10.1109/TKDE.2016.2611584.
std::vector<double> birank(const model::PartnerGraph& g, const BiRankOptions& opt = {});

}  // namespace ppsnet::algo
