#pragma once
// query::project: the one-mode projection of the bipartite graph onto initiatives (linked through shared
// organisations) or onto organisations (linked through shared initiatives), as an edge list (`ppsnet project`).
// Weights as NetworkX's bipartite projections: count (shared neighbours), Jaccard, overlap (shared / smaller
// set) or Newman's Σ 1/(d−1) over shared connectors (M.E.J. Newman, Phys. Rev. E 64, 016132, 2001,
// doi:10.1103/PhysRevE.64.016132). docs/algorithms.md, "Projections".
#include <cstdint>
#include <string>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/centrality.hpp"  // ProjectionSide, ProjectionWeight and their names
#include "ppsnet/query/impact_table.hpp"

namespace ppsnet::query {

struct ProjectRequest {
  ProjectionSide side = ProjectionSide::initiatives;
  ProjectionWeight weight = ProjectionWeight::count;
  /// Keep only links with weight >= min_weight (>= 0; 0 keeps all). Unit: that of `weight`.
  double min_weight = 0;
  /// Every node keeps its top_k strongest links (0 = all).
  std::size_t top_k = 0;
  /// Leave out connectors with more than this many distinct neighbours (0 = no cap).
  std::size_t max_connector_degree = 0;
};

struct ProjectedLink {
  model::NodeId source = 0, target = 0;  ///< PartnerGraph node ids, source < target
  double weight = 0;
};

struct ProjectResult {
  /// Nodes of the projection (every node of the side, PartnerGraph ids, increasing; isolated ones included).
  std::vector<model::NodeId> nodes;
  /// Links in the projection's edge order (by source, then target).
  std::vector<ProjectedLink> links;
  /// Connectors left out by max_connector_degree (PartnerGraph ids).
  std::vector<model::NodeId> skipped;
  /// The edge list: source, source_label, target, target_label, weight.
  Table table;
};

/// Throws Error(invalid_request) for a negative or non-finite min_weight. Time O(Σ d²) over the connectors
/// kept; memory O(n + links).
ProjectResult project(const model::PartnerGraph& g, const ProjectRequest& request);
/// The same on a Dataset, whose cached projection is used (and kept).
ProjectResult project(const Dataset& dataset, const ProjectRequest& request);

}  // namespace ppsnet::query
