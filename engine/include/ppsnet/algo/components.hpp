#pragma once
// Connected components of an undirected graph.
#include <cstddef>
#include <vector>

#include "ppsnet/model/csr_graph.hpp"

namespace ppsnet::algo {

struct Components {
  /// Component id of every node (by node id), in [0, count()).
  std::vector<int> membership;
  /// Number of nodes per component, by component id; non-increasing.
  std::vector<std::size_t> sizes;
  /// Id of the largest component: 0 when there is at least one node, −1 for the empty graph.
  int largest = -1;
  std::size_t count() const { return sizes.size(); }
};

/// Connected components (isolated nodes are components of size 1). Component ids are ordered by size,
/// largest first; ties by the smallest node id in the component. Deterministic.
/// Throws nothing. O(n + m) time and memory (breadth-first search).
Components connected_components(const model::CsrGraph& g);

}  // namespace ppsnet::algo
