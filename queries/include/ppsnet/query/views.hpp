#pragma once
// Views for pictures of part of a network: the ego network of one initiative or organisation, one region
// (COROP region or province), one community. Each builds a query::Diagram (what to draw, colours, sizes, labels,
// legend, caption); exporters turn it into DOT/SVG/PNG/PDF. The whole-network view is query::network_view.
//
// Common conventions (the same as network_view): shape box = initiative, ellipse = organisation; colour by
// organisation type / initiative kind (query::colour_of) or by community (query::community_colour); node size
// 0.15 + 0.85 * sqrt(c / c_max) inches for centrality c (c_max = the largest among the drawn nodes); labels for the
// `labelled` most central drawn nodes (ties by node id); diagram ids "i:<id>" for initiatives and "o:<id>" for
// organisations; nodes in node-id order; edges are every bipartite edge between two drawn nodes, weight = number of
// participations; legend entries sorted with numbers by value ("community 2" before "community 10"). When more than max_nodes nodes qualify, the view keeps the most relevant ones (rule per view
// below) and the caption says how many nodes and links were left out and why.
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/diagram.hpp"
#include "ppsnet/query/network_view.hpp"

namespace ppsnet::query {

struct ViewOptions {
  std::size_t max_nodes = 150;    ///< at most this many nodes drawn (>= 2)
  std::size_t labelled = 40;      ///< labels for this many of the most central drawn nodes
  ColourBy colour_by = ColourBy::type;
  std::string layout = "sfdp";    ///< Graphviz engine: sfdp, neato, fdp, dot
  std::string title;              ///< empty = a title built by the view
  std::string centrality_name = "betweenness";  ///< named in the caption
};

/// Ego network of `centre` (an initiative or an organisation) at `radius` 1 or 2: the nodes at bipartite distance
/// <= radius (NetworkX ego_graph with undirected distance in hops), and the edges among them.
/// Cap: the centre is always kept; then distance-1 nodes by centrality (descending, ties by node id); then
/// distance-2 nodes adjacent to a kept distance-1 node, by centrality; up to max_nodes in all. The centre is drawn
/// at the largest size with its label always shown.
/// Parameters: centrality (one per node, any non-negative scale, e.g. raw betweenness) ranks and sizes nodes;
/// community (one per node, -1 = none) is only read when colour_by == community (may be empty otherwise).
/// Throws std::invalid_argument when radius is not 1 or 2, centre is not a node, max_nodes < 2, or a span has the
/// wrong size. O(n + m + k log k) for k nodes within the radius.
Diagram ego_view(const model::PartnerGraph& g, model::NodeId centre, int radius, std::span<const double> centrality,
                 std::span<const int> community, const ViewOptions& options = {});

/// Which region a region view shows: a COROP region (CBS code 1..40) or a province (CBS code 20..31).
struct Region {
  std::uint8_t corop = 0;     ///< 0 = not a COROP region
  std::uint8_t province = 0;  ///< 0 = not a province; exactly one of the two is set
};

/// Region view: the initiatives whose home location (Initiative::location) lies in the region, and all their
/// partners (wherever those are), with the edges among them. Partners outside the region are drawn like the
/// others; the caption counts how many drawn partners lie outside the region.
/// Cap: all home initiatives are kept first (the most central if they alone exceed max_nodes), then partners by the
/// number of home initiatives they join (descending), then by centrality, then node id; a partner is kept only
/// while it has an edge to a kept initiative.
/// Throws std::invalid_argument when neither or both of corop/province are set, the code is unknown, or a span
/// has the wrong size. O(n + m + k log k).
Diagram region_view(const model::PartnerGraph& g, const Region& region, std::span<const double> centrality,
                    std::span<const int> community, const ViewOptions& options = {});

/// Community view: the nodes whose community (node_community, as CommunityAssignment::node_community: initiatives
/// from the partition, organisations by majority) is `community` (0-based), and the edges among them.
/// Cap: nodes by centrality (descending, ties by node id); nodes left without an edge among the kept ones are
/// dropped (and counted in the caption), unless only one member is kept. Colour by type unless colour_by == community (then all one colour).
/// Throws std::invalid_argument when community < 0, no node has it, or a span has the wrong size. O(n + m + n log n).
Diagram community_view(const model::PartnerGraph& g, int community, std::span<const double> centrality,
                       std::span<const int> node_community, const ViewOptions& options = {});

}  // namespace ppsnet::query
