#pragma once
// CsrGraph: an immutable undirected weighted graph in compressed sparse row form.
// Used for the bipartite adjacency of a PartnerGraph and for every projection.
#include <cstdint>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

#include "ppsnet/model/types.hpp"

namespace ppsnet::model {

/// An undirected edge given to CsrGraph::from_edges. Endpoints are node ids in [0, n).
struct WeightedEdge {
  NodeId u = 0;
  NodeId v = 0;
  double weight = 1.0;
};

class CsrGraph {
 public:
  CsrGraph() = default;

  /// Builds from an undirected edge list on nodes [0, n). Parallel edges are folded into one, their weights
  /// summed. Self-loops are rejected (std::invalid_argument): partnership graphs have none, and callers
  /// report them as diagnostics before they get here. Neighbour lists are sorted by node id.
  /// Throws std::out_of_range when an endpoint is >= n. O(n + m log m) time, O(n + m) memory.
  static CsrGraph from_edges(std::size_t n, std::span<const WeightedEdge> edges);

  std::size_t num_nodes() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  /// Number of undirected edges (after folding parallel edges).
  std::size_t num_edges() const { return targets_.size() / 2; }

  std::span<const NodeId> neighbours(NodeId v) const {
    return {targets_.data() + offsets_[v], targets_.data() + offsets_[v + 1]};
  }
  std::span<const double> weights(NodeId v) const {
    return {weights_.data() + offsets_[v], weights_.data() + offsets_[v + 1]};
  }
  std::size_t degree(NodeId v) const { return offsets_[v + 1] - offsets_[v]; }
  /// Sum of the weights of v's edges.
  double strength(NodeId v) const;
  /// Sum of all edge weights (each undirected edge once).
  double total_weight() const;
  /// Every undirected edge once, with u < v, in (u, v) order.
  std::vector<WeightedEdge> edges() const;

  std::span<const std::size_t> offsets() const { return offsets_; }
  std::span<const NodeId> targets() const { return targets_; }

 private:
  std::vector<std::size_t> offsets_;  // size n+1
  std::vector<NodeId> targets_;       // size 2m
  std::vector<double> weights_;       // size 2m
};

}  // namespace ppsnet::model
