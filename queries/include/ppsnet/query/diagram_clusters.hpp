#pragma once
// Clusters for pictures: draws the members of each community inside a box of their own (Graphviz cluster
// subgraphs). Only the dot and fdp layout engines draw clusters; neato and sfdp ignore them.
#include <span>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/community_summary.hpp"
#include "ppsnet/query/diagram.hpp"

namespace ppsnet::query {

/// Sets DiagramNode::cluster of every node of `d` whose PartnerGraph node has a community (node_community >= 0) to
/// "community K" (K = community + 1) or "community K: <label>" when communities[community].label is non-empty;
/// nodes without a community stay outside any cluster. Diagram node ids must be the views' "i:<id>" / "o:<id>"
/// (network_view, views.hpp, backbone_view); other ids are left alone.
/// Throws std::invalid_argument when node_community.size() != g.num_nodes(). O(k log n) for k diagram nodes.
void cluster_by_community(Diagram& d, const model::PartnerGraph& g, std::span<const int> node_community,
                          std::span<const CommunitySummary> communities);

}  // namespace ppsnet::query
