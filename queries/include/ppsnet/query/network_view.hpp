#pragma once
// network_view: chooses what a readable whole-network picture shows and how (colour, size, labels).
#include <span>
#include <string>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/diagram.hpp"
#include "ppsnet/query/palette.hpp"

namespace ppsnet::query {

struct NetworkViewOptions {
  std::size_t max_nodes = 150;    ///< at most this many nodes are drawn (the most central ones)
  std::size_t labelled = 25;      ///< labels for this many of the most central drawn nodes
  ColourBy colour_by = ColourBy::type;
  std::string layout = "sfdp";
  std::string title = "Partnership network";
  std::string centrality_name = "betweenness";  ///< named in the caption
};

/// Builds the whole-network Diagram.
/// - When the graph has at most max_nodes non-isolated nodes, all of them are drawn.
/// - Otherwise the nodes of the largest connected component are ranked by `centrality` (descending, ties by
///   node id) and the top max_nodes are kept; nodes left without an edge among the kept ones are dropped.
/// The caption states how many nodes/edges are shown of how many, and what was left out.
/// Node size grows with sqrt(centrality / max centrality) (0.15..1.0 in); shape box = initiative,
/// ellipse = organisation; colour by organisation type / initiative kind, or by `community` (one value per
/// node, -1 = none; only read when colour_by == community).
/// Preconditions: centrality.size() == component.size() == g.num_nodes(). O(n log n + m).
Diagram network_view(const model::PartnerGraph& g, std::span<const double> centrality,
                     std::span<const int> component, int largest_component, std::span<const int> community,
                     const NetworkViewOptions& options = {});

}  // namespace ppsnet::query
