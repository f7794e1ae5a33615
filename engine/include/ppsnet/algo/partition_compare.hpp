#pragma once
// Comparing partitions (adjusted Rand index, normalised mutual information) and the stability of Leiden.
#include <span>
#include <vector>

#include "ppsnet/algo/community.hpp"
#include "ppsnet/algo/errors.hpp"
#include "ppsnet/model/csr_graph.hpp"

namespace ppsnet::algo {

/// Adjusted Rand index (Hubert & Arabie 1985, doi:10.1007/BF01908075) of two labelings of the same n items:
///   ARI = (Σ_ij C(n_ij,2) − [Σ_i C(a_i,2) Σ_j C(b_j,2)] / C(n,2))
///         / (½ [Σ_i C(a_i,2) + Σ_j C(b_j,2)] − [Σ_i C(a_i,2) Σ_j C(b_j,2)] / C(n,2)),
/// n_ij the contingency table, a_i, b_j its row and column sums. Labels are any ints (only equality matters).
/// Result <= 1; 1 for identical partitions (up to renaming), about 0 for independent ones, may be negative.
/// When the denominator is 0 (n < 2; both partitions all singletons; both one community) the partitions are
/// identical and 1 is returned (sklearn.metrics.adjusted_rand_score's convention).
/// Throws std::invalid_argument when a.size() != b.size(). O(n log n) time, O(n) memory.
double adjusted_rand_index(std::span<const int> a, std::span<const int> b);

/// Normalised mutual information with arithmetic-mean normalisation (the default of
/// sklearn.metrics.normalized_mutual_info_score, average_method="arithmetic"; equal to igraph's "nmi"):
///   NMI = I(A;B) / ((H(A) + H(B)) / 2),  I = Σ_ij (n_ij/n) ln(n n_ij / (a_i b_j)),  H(A) = −Σ_i (a_i/n) ln(a_i/n).
/// Result in [0, 1]; 1 for identical partitions. Conventions (as sklearn): both partitions one single community,
/// or n = 0 (H(A) = H(B) = 0, the formula gives 0/0) → 1; otherwise I = 0 → 0. Logarithm base does not matter.
/// Throws std::invalid_argument when a.size() != b.size(). O(n log n) time, O(n) memory.
/// Source: Danon, Díaz-Guilera, Duch & Arenas 2005, doi:10.1088/1742-5468/2005/09/P09008.
double normalized_mutual_information(std::span<const int> a, std::span<const int> b);

struct StabilityReport {
  Partition best;          ///< the highest-quality start (ties: the earliest) = leiden(g, opt)
  std::vector<Partition> starts;  ///< every start, in seed order seed, seed+1, ...
  /// Mean ARI / NMI over all n(n−1)/2 unordered pairs of distinct starts; 1 when n_starts = 1.
  double mean_ari = 1;
  double mean_nmi = 1;
  /// certainty[v] = (1/n) · #{starts s : S_s(v) = S*(v)}, where S_s(v) is the set of nodes in v's community in
  /// start s and S*(v) the same set in the best partition: the share of starts in which v is with exactly the
  /// same nodes as in the best partition (the best start itself counts, so certainty >= 1/n_starts).
  std::vector<double> certainty;
};

/// The StabilityReport of given starts (e.g. from another algorithm): best = the start with the highest quality
/// (ties: the earliest). Membership labels must be in [0, count) as in Partition.
/// Throws std::invalid_argument when starts is empty, the memberships differ in length, or a label is outside
/// [0, count). O(s² · n log n) for s starts.
StabilityReport stability_report(std::vector<Partition> starts);

/// Runs algo::leiden with n_starts = 1 and seeds opt.seed, …, opt.seed + opt.n_starts − 1 (all other options
/// as given) and reports how much the starts agree (see StabilityReport).
/// Throws as leiden() does (std::invalid_argument, AlgorithmError).
/// Complexity: n_starts Leiden runs, plus O(n_starts² · n log n) for the pairwise comparisons; memory
/// O(n_starts · n).
StabilityReport leiden_stability(const model::CsrGraph& g, const LeidenOptions& opt = {});

}  // namespace ppsnet::algo
