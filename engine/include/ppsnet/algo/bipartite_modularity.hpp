#pragma once
// Barber's bipartite modularity: score and a BRIM optimiser on the bipartite PartnerGraph.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ppsnet/algo/errors.hpp"
#include "ppsnet/model/csr_graph.hpp"
#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::algo {

struct BipartiteModularityOptions {
  double resolution = 1.0;  ///< γ >= 0, finite
  /// false: A_rb = 1 for every initiative–organisation pair (Barber's unweighted definition);
  /// true: A_rb = the edge weight (number of participations), k_r, d_b strengths, m the total weight.
  bool weighted = false;
};

/// Barber's bipartite modularity of a partition of all nodes (red = initiatives, blue = organisations):
///   Q_B = (1/m) Σ_{r∈R} Σ_{b∈B} (A_rb − γ k_r d_b / m) δ(c_r, c_b)
///       = Σ_c [ E_c / m − γ K_c D_c / m² ],
/// E_c the edge weight between red and blue members of c, K_c (D_c) the total degree of its red (blue) members,
/// m the number (total weight) of edges. Red and blue nodes share one label space: a community may hold both.
/// membership: one label >= 0 per node id of g (any labels). Result <= 1 (>= −γ); NaN when m = 0 (undefined:
/// print as null). Check: edges {(0,2),(1,3)}, red {0,1}, partition [{0,2},{1,3}] → 0.5.
/// Throws std::invalid_argument (membership.size() != num_nodes, a negative label, γ < 0 or not finite).
/// O(n + m) time, O(n) memory.
/// Source: M. J. Barber, "Modularity and community detection in bipartite networks", Phys. Rev. E 76, 066102,
/// 2007, doi:10.1103/PhysRevE.76.066102.
double bipartite_modularity(const model::PartnerGraph& g, std::span<const int> membership,
                            const BipartiteModularityOptions& opt = {});

/// The same on a bipartite CsrGraph whose red nodes are [0, num_red) and blue nodes [num_red, n) (the PartnerGraph
/// layout). opt.weighted as above. Additionally throws std::invalid_argument when num_red > n or an edge joins
/// two nodes of the same side.
double bipartite_modularity(const model::CsrGraph& g, std::size_t num_red, std::span<const int> membership,
                            const BipartiteModularityOptions& opt = {});

struct BrimOptions {
  double resolution = 1.0;  ///< γ >= 0, finite
  bool weighted = false;    ///< as in BipartiteModularityOptions
  /// Starting partition, one label >= 0 per node. Empty: Leiden (modularity, resolution 1, this seed, one start)
  /// on the bipartite graph itself, with the same weighting as `weighted`.
  std::vector<int> initial;
  std::uint64_t seed = 42;  ///< used only for the Leiden start
  int max_iterations = 1000;  ///< >= 1 full rounds (red half-step + blue half-step)
};

struct BrimResult {
  /// Community of every node id, in [0, count); ids ordered by size (red + blue members), largest first, ties by
  /// the smallest member node id (as algo::Partition).
  std::vector<int> membership;
  int count = 0;
  double quality = 0;      ///< Q_B of the result (NaN when m = 0)
  double initial_quality = 0;  ///< Q_B of the starting partition
  int iterations = 0;      ///< full rounds done
  bool converged = false;  ///< true when a full round changed nothing before max_iterations
};

/// BRIM (bipartite, recursively induced modules; Barber 2007): with the blue labels fixed, move every red node r
/// to the label c maximising its term Σ_{b∈c} A_rb − γ k_r D_c / m (D_c from the blue side); then, with the red
/// labels fixed, every blue node likewise with K_c. Each half-step can only increase Q_B; rounds repeat until
/// no node changes label (or max_iterations). Candidate labels are the labels of the starting partition (so
/// the number of communities never grows), numbered 0, 1, ... in order of first appearance by node id; a node
/// moves only on a strict gain (so ties keep its current label), and among equal best labels the lowest number wins.
/// Nodes of degree 0 keep their starting label. Deterministic: same input and seed, same result.
/// Throws std::invalid_argument (initial of wrong size or with a negative label, γ < 0 or not finite,
/// max_iterations < 1) and AlgorithmError (the Leiden start failed). Edgeless graph: the start is returned,
/// quality NaN.
/// Complexity: O(m + C log C) per round for C labels (labels without a link to a node are ranked once per
/// half-step, not scanned per node); memory O(n + C).
/// Source: Barber 2007, doi:10.1103/PhysRevE.76.066102 (BRIM, section IV).
BrimResult brim(const model::PartnerGraph& g, const BrimOptions& opt = {});

/// BRIM on a bipartite CsrGraph with red nodes [0, num_red) (see bipartite_modularity above).
BrimResult brim(const model::CsrGraph& g, std::size_t num_red, const BrimOptions& opt = {});

}  // namespace ppsnet::algo
