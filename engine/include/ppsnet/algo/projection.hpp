#pragma once
// One-mode projections of the bipartite PartnerGraph (initiatives linked through shared organisations, or
// organisations linked through shared initiatives).
#include <cstddef>
#include <vector>

#include "ppsnet/model/csr_graph.hpp"
#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::algo {

/// Which side becomes the nodes of the projection; the other side are the connectors.
enum class Side { initiatives, organisations };

/// Edge weight of the projection, for nodes u, v with neighbour sets N(u), N(v) (distinct connectors) and
/// connector degree d_k:
/// - count:   |N(u) ∩ N(v)|                       (NetworkX bipartite.weighted_projected_graph)
/// - jaccard: |N(u) ∩ N(v)| / |N(u) ∪ N(v)|       (overlap_weighted_projected_graph(jaccard=True))
/// - overlap: |N(u) ∩ N(v)| / min(|N(u)|, |N(v)|) (overlap_weighted_projected_graph(jaccard=False))
/// - newman:  Σ_{k ∈ N(u) ∩ N(v)} 1 / (d_k − 1)  (collaboration_weighted_projected_graph; Newman,
///            Phys. Rev. E 64, 016132, 2001, doi:10.1103/PhysRevE.64.016132)
enum class ProjectionWeight { count, jaccard, overlap, newman };

struct ProjectionOptions {
  Side side = Side::initiatives;
  ProjectionWeight weight = ProjectionWeight::count;
  /// Keep only links with weight >= min_weight (0 keeps all). Unit: that of `weight`.
  double min_weight = 0;
  /// 0 = keep all. k > 0: every node keeps its k strongest links (ties: smaller neighbour id first);
  /// a link survives when it is among the top k of either endpoint (k-nearest-neighbour union).
  /// Applied after min_weight.
  std::size_t top_k = 0;
  /// 0 = no cap. c > 0: connectors with more than c distinct neighbours are left out entirely, as if removed
  /// from the bipartite graph (they also do not count in |N(u)|). Listed in Projection::skipped.
  std::size_t max_connector_degree = 0;
};

struct Projection {
  /// The projected graph on local indices [0, nodes.size()); no self-loops; isolated nodes kept.
  model::CsrGraph graph;
  /// Local index -> PartnerGraph node id, in increasing node id order (every node of the chosen side).
  std::vector<model::NodeId> nodes;
  /// Number of connectors left out by max_connector_degree, and their PartnerGraph node ids (increasing).
  std::size_t skipped_connectors = 0;
  std::vector<model::NodeId> skipped;
};

/// Projects g onto one side. Parallel participations (edge weights of g) are ignored: only neighbour sets
/// count. Thresholds are applied while projecting, node by node, so at most one node's candidate links
/// (plus, with top_k, k links per node) are held beyond the result. Output is deterministic.
/// Throws std::invalid_argument when min_weight is negative or not finite.
/// Complexity: O(Σ_k d_k²) time over the connectors k kept (the number of two-paths), O(n + result) memory.
Projection project(const model::PartnerGraph& g, const ProjectionOptions& opt = {});

}  // namespace ppsnet::algo
