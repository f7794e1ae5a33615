#pragma once
// k-core decomposition (coreness). See docs/algorithms.md ("k-core").
#include <cstddef>
#include <vector>

#include "ppsnet/model/csr_graph.hpp"

namespace ppsnet::algo {

/// Coreness (core number) of every node: the largest k such that the node belongs to the k-core, the maximal
/// subgraph in which every node has degree >= k. Degree = number of distinct neighbours (edge weights and
/// parallel participations ignored). Isolated nodes have coreness 0. On a bipartite PartnerGraph's graph() the
/// k-core holds initiatives with >= k partners that have >= k initiatives, recursively.
/// Equals NetworkX core_number and igraph coreness(mode="all").
/// Result: size g.num_nodes(), by node id. Throws nothing (std::bad_alloc aside).
/// Complexity: O(n + m) time and O(n) extra memory (bucket sort by degree).
/// Source: V. Batagelj & M. Zaversnik, "An O(m) algorithm for cores decomposition of networks", 2003,
/// arXiv:cs/0310049; k-cores: S.B. Seidman, Social Networks 5(3), 1983, doi:10.1016/0378-8733(83)90028-X.
std::vector<std::size_t> coreness(const model::CsrGraph& g);

}  // namespace ppsnet::algo
