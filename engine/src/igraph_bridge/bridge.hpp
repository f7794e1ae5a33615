#pragma once
// igraph-free entry points into igraph, for engine/src/algo/ (and white-box unit tests). <igraph.h> stays
// inside engine/src/igraph_bridge/*.cpp. Errors from igraph surface as ppsnet::algo::AlgorithmError.
// Calls are serialised by one process-wide mutex (igraph's default RNG is shared state).
#include <cstdint>
#include <span>
#include <vector>

#include "ppsnet/model/csr_graph.hpp"

namespace ppsnet::algo::igraph_bridge {

/// Runs igraph_community_leiden (Traag et al. 2019) repeatedly, one iteration per call, each call starting
/// from the previous membership, until the partition stops changing or a pass improves igraph's quality by less
/// than 0.01% (relative) (at most max_passes calls).
/// igraph's objective: Q = 1/(2m) Σ_ij (A_ij − γ n_i n_j) δ(σ_i, σ_j) with n_i = node_weights[i]
/// (empty span: igraph's default of 1 for every node, i.e. CPM). Edge weights are the CsrGraph weights.
/// The RNG is seeded with a value derived from (seed, pass) before every call.
/// Result: membership by node id, community ids 0..k-1 in order of first occurrence.
std::vector<int> leiden_until_stable(const model::CsrGraph& g, std::span<const double> node_weights,
                                     double gamma, double beta, std::uint64_t seed, int max_passes = 1000);

/// Builds an igraph graph on n nodes from a flat (u0, v0, u1, v1, ...) list and discards it. Throws
/// AlgorithmError when igraph rejects it (odd length, endpoint out of range). Exists to test error handling.
void validate_edge_list(std::size_t n, std::span<const std::int64_t> flat_edges);

/// Canonical relabelling: community ids in order of first occurrence by node id.
std::vector<int> relabel_by_first_occurrence(std::span<const int> membership);

}  // namespace ppsnet::algo::igraph_bridge
