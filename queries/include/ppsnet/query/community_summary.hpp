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
  std::string label;                       ///< e.g. "Agri & Food · Gelderland" or "around Fraunhofer"
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
/// (0..count-1, ordered by size as algo::leiden returns). The label is built from the most frequent sector
/// and province among member initiatives (each shown only when it covers at least 40% of members); when
/// neither qualifies, "around <hub organisation>". O(n + m).
CommunityAssignment summarise_communities(const model::PartnerGraph& g, std::span<const model::NodeId> initiatives,
                                          std::span<const int> membership, std::size_t top = 5);

}  // namespace ppsnet::query
