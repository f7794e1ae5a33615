#pragma once
// Colours used in every picture ppsnet draws (SVG, HTML viewer): one per organisation type, initiative kind
// and community. Based on the Okabe-Ito colour-blind-safe palette, extended with Tableau-10 tones.
#include <span>
#include <string>
#include <string_view>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/model/types.hpp"

namespace ppsnet::query {

std::string_view colour_of(model::OrganisationType t);
std::string_view colour_of(model::InitiativeKind k);
/// Community colours cycle through 12 distinct tones; index -1 (no community) is grey.
std::string_view community_colour(int community);

/// How a picture colours its nodes.
enum class ColourBy { type, community };

/// A node's fill colour and the legend entry it belongs to.
struct NodeColour {
  std::string colour;  ///< "#rrggbb"
  std::string legend;  ///< "initiative: mbo", "company", "community 3" (1-based) or "no community"
};

/// Colour of node v: by its initiative kind / organisation type (colour_of; legend "initiative: <kind>", "<type>",
/// and "coe (as partner)" for a CoE that takes part as an organisation), or by community[v]
/// (community_colour; -1 = "no community"). community is read only when by == community and it is non-empty
/// (empty: colour by type). Precondition: community is empty or has one entry per node. O(1).
NodeColour node_colour(const model::PartnerGraph& g, model::NodeId v, ColourBy by, std::span<const int> community);

}  // namespace ppsnet::query
