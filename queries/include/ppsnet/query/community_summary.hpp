#pragma once
// Describes communities found on the initiative projection: size, a readable label, main members, hubs.
#include <span>
#include <string>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::query {

struct CommunitySummary {
  int id = 0;                              ///< 0-based, communities ordered by size (largest first)
  std::size_t initiatives = 0;             ///< member initiatives
  std::size_t organisations = 0;           ///< organisations whose majority community this is
  std::string label;                       ///< unique; e.g. "Agri & Food · Gelderland", "around Fraunhofer"
  std::vector<model::NodeId> top_initiatives;    ///< by number of partners, at most `top`
  std::vector<model::NodeId> hub_organisations;  ///< organisations in most member initiatives, at most `top`
};

struct CommunityAssignment {
  /// Community per PartnerGraph node: initiatives from the partition, organisations by the majority of their
  /// initiatives (ties: the lower community id); -1 for nodes without one.
  std::vector<int> node_community;
  std::vector<CommunitySummary> communities;
};

/// `initiatives[k]` is the PartnerGraph node id of projection node k and `membership[k]` its community
/// (0..count-1, ordered by size as algo::leiden / algo::louvain return).
///
/// Labels are unique, built in three steps:
/// 1. Base label: the most frequent sector and the most frequent province among member initiatives, each shown
///    only when it covers at least 40% of members ("Agri & Food · Gelderland"); when neither qualifies,
///    "around <hub organisation>" (the organisation in most member initiatives); without hubs "community <id+1>".
///    Most frequent: ties go to the alphabetically first sector / lowest CBS province code / first kind.
/// 2. Communities whose base labels are equal get " · <attribute>" appended, using one attribute kind for the
///    whole group, from (in this order) most frequent sector, most frequent province, most frequent initiative
///    kind, "around <hub organisation>", the most central member initiative (most partners; ties: the
///    earlier in `initiatives`) — any share; a value already part of the label counts as none. The first kind whose values are all
///    different within the group is used; if none is, the kind with the most different values (ties: that
///    order). A community without a value for that kind keeps its label.
///    Example: two "Noord-Brabant" communities, mostly ICT and mostly Energie: "Noord-Brabant · ICT",
///    "Noord-Brabant · Energie".
/// 3. A label still in use by a community with a smaller id gets " (2)", " (3)", ... (the first free number), so
///    the largest community keeps the plain label: "Noord-Brabant", "Noord-Brabant (2)".
/// Deterministic (no dependence on hash order). O(n + m + c log c) for c communities.
CommunityAssignment summarise_communities(const model::PartnerGraph& g, std::span<const model::NodeId> initiatives,
                                          std::span<const int> membership, std::size_t top = 5);

}  // namespace ppsnet::query
