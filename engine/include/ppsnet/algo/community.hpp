#pragma once
// Community detection (Leiden, Louvain) and modularity on undirected weighted graphs (typically projections).
#include <cstdint>
#include <span>
#include <vector>

#include "ppsnet/algo/errors.hpp"
#include "ppsnet/model/csr_graph.hpp"

namespace ppsnet::algo {

/// modularity: Q = 1/(2m) Σ_ij (A_ij − γ k_i k_j / (2m)) δ(c_i, c_j)  (Newman–Girvan with resolution γ)
/// cpm:        Q = 1/(2m) Σ_ij (A_ij − γ) δ(c_i, c_j), the Constant Potts Model with node weights 1, in
///             igraph's scaling (the sum includes i = j); γ is a link density, in (0, 1] for unweighted graphs.
/// A_ij: edge weight, k_i: strength, m: total edge weight.
enum class Objective { modularity, cpm };

struct LeidenOptions {
  Objective objective = Objective::modularity;
  double resolution = 1.0;  ///< γ >= 0. Larger: more, smaller communities.
  double beta = 0.01;       ///< randomness of the refinement step (> 0); 0.01 is the usual value.
  std::uint64_t seed = 42;  ///< same seed, same graph -> byte-identical result.
  int n_starts = 1;         ///< >= 1 independent runs seeded seed, seed+1, ...; the best quality is kept
                            ///< (ties: the earliest run).
};

struct Partition {
  /// Community of every node (by node id), in [0, count). Ids ordered by community size, largest first;
  /// ties by the smallest member node id.
  std::vector<int> membership;
  int count = 0;
  /// Quality of the result under the chosen objective (modularity() for Objective::modularity).
  double quality = 0;
};

/// Leiden community detection (Traag, Waltman & van Eck, Sci. Rep. 9, 5233, 2019,
/// doi:10.1038/s41598-019-41695-z) via igraph_community_leiden (igraph 0.10.2). For modularity, node
/// weights = strengths and igraph's γ = resolution / (2m); iterations are repeated until the partition no
/// longer changes (igraph 0.10.2 does not do this itself), at most 1000 passes per start.
/// Edgeless graph (m = 0): every node is its own community and quality = 0 (modularity is undefined there).
/// Throws std::invalid_argument (an edge weight <= 0 or not finite, resolution < 0 or not finite, beta <= 0,
/// n_starts < 1) and AlgorithmError (igraph failed).
/// Complexity: about O(m) per iteration, a few to tens of iterations; n_starts times that. Memory O(n + m).
Partition leiden(const model::CsrGraph& g, const LeidenOptions& opt = {});

struct LouvainOptions {
  double resolution = 1.0;  ///< γ >= 0 in modularity (below). Larger: more, smaller communities.
  std::uint64_t seed = 42;  ///< same seed, same graph -> byte-identical result.
  int n_starts = 1;         ///< >= 1 independent runs seeded seed, seed+1, ...; the best modularity is kept
                            ///< (ties: the earliest run).
};

/// Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre, "Fast unfolding of communities in
/// large networks", J. Stat. Mech. P10008, 2008, doi:10.1088/1742-5468/2008/10/P10008), maximising modularity
/// with resolution γ (see modularity() below). ppsnet's own implementation, not igraph_community_multilevel
/// (igraph 0.10.2's can loop forever on some inputs and draws from igraph's process-wide RNG); the reasons and
/// the comparison with NetworkX / python-igraph are in docs/algorithms.md.
/// Each level: local moving in a random node order (a Fisher–Yates shuffle from a SplitMix64 stream of the
/// start's seed): each node in turn moves to the neighbouring community with the largest gain
///   ΔQ ∝ w_{i→C} − γ K_C k_i / (2m)   (w_{i→C}: weight from i to C, K_C: total strength of C without i),
/// only when it beats staying by more than 1e-12·k_i (ties: stay, else the first best in neighbour order);
/// sweeps repeat until no node moves or a sweep adds less than 1e-10 to Q (at most 1000 sweeps per level).
/// Then communities become nodes (aggregation) and the next level starts; it stops when a level merges nothing.
/// Result: Partition as leiden() (ids by size, largest first; ties by smallest member node id);
/// quality = modularity(g, membership, resolution). Edgeless graph: singletons, quality 0 (as leiden()).
/// Deterministic: one thread, so the output depends only on (g, opt).
/// Throws std::invalid_argument (an edge weight <= 0 or not finite, resolution < 0 or not finite, n_starts < 1).
/// Complexity: O(m) per sweep, a few sweeps per level, O(log n) levels in practice; n_starts times that.
/// Memory O(n + m).
Partition louvain(const model::CsrGraph& g, const LouvainOptions& opt = {});

/// Modularity of a partition: Q = Σ_c [ W_c / m − γ (K_c / (2m))² ], W_c the total weight of edges inside
/// community c, K_c the total strength of its nodes, m the total edge weight (equals
/// networkx.community.modularity(G, communities, weight="weight", resolution=γ)).
/// membership: one id >= 0 per node (any labels); resolution γ >= 0. Result < 1; NaN when m = 0 (undefined:
/// print it as null, never as NaN). Throws std::invalid_argument when membership.size() != n or an id is negative.
/// O(n + m). Source: Newman & Girvan, Phys. Rev. E 69, 026113, 2004, doi:10.1103/PhysRevE.69.026113; weighted
/// form: Newman, Phys. Rev. E 70, 056131, 2004, doi:10.1103/PhysRevE.70.056131.
double modularity(const model::CsrGraph& g, std::span<const int> membership, double resolution = 1.0);

}  // namespace ppsnet::algo
