#pragma once
// query::communities: Leiden (default) or Louvain communities, by modularity, of the Newman-weighted projection
// onto initiatives or organisations; one row per community with its size, a readable label and its main
// members, or the community of every node (`ppsnet communities`).
//
// Leiden: V.A. Traag, L. Waltman, N.J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
// communities", Sci. Rep. 9, 5233 (2019), doi:10.1038/s41598-019-41695-z, via igraph. Louvain: V.D. Blondel et
// al., J. Stat. Mech. (2008) P10008, doi:10.1088/1742-5468/2008/10/P10008, ppsnet's own. Projection weights:
// M.E.J. Newman, Phys. Rev. E 64, 016132 (2001), doi:10.1103/PhysRevE.64.016132. docs/algorithms.md.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/centrality.hpp"  // ProjectionSide
#include "ppsnet/query/impact_table.hpp"
#include "ppsnet/query/names.hpp"

namespace ppsnet::query {

enum class CommunityAlgorithm : std::uint8_t { leiden, louvain };
template <> struct EnumNames<CommunityAlgorithm> {
  static constexpr std::array<NamedValue<CommunityAlgorithm>, 2> values{
      {{"leiden", CommunityAlgorithm::leiden}, {"louvain", CommunityAlgorithm::louvain}}};
};

struct CommunitiesRequest {
  /// The nodes to group (the projection onto this side).
  ProjectionSide side = ProjectionSide::initiatives;
  CommunityAlgorithm algorithm = CommunityAlgorithm::leiden;
  /// Modularity resolution γ >= 0 (larger: more, smaller communities).
  double resolution = 1.0;
  /// Random seed (same seed, same data: same output).
  std::uint64_t seed = 42;
  /// Independent runs with seeds seed, seed+1, ...; the best modularity is kept. >= 1.
  int starts = 1;
  /// Summary: only the `top` largest communities (0 = all).
  std::size_t top = 0;
  /// Summary: members listed per community (0 = all).
  std::size_t members = 10;
  /// Leave connectors with more than this many distinct neighbours out of the projection (0 = no cap).
  std::size_t max_connector_degree = 0;
  /// The community of every node instead of the summary table.
  bool membership = false;
  /// Add how much the starts agree (mean pairwise ARI and NMI, mean node certainty) to the note.
  bool stability = false;
};

struct CommunitiesResult {
  /// Projected nodes (PartnerGraph node ids, increasing) and their community, 0-based, 0 = the largest.
  std::vector<model::NodeId> nodes;
  std::vector<int> community;
  int count = 0;
  /// Modularity of the partition on the projection (NaN without links).
  double modularity = 0;
  std::size_t projection_links = 0;
  /// Connectors left out of the projection by max_connector_degree.
  std::size_t skipped_connectors = 0;
  /// With `stability`: mean pairwise adjusted Rand index and normalised mutual information of the starts, and the
  /// mean node certainty.
  std::optional<double> mean_ari, mean_nmi, mean_certainty;
  /// The summary (name "communities") or, with `membership`, the membership table ("community_membership");
  /// its note says what was computed.
  Table table;
};

/// Throws Error(invalid_request) for resolution < 0 or not finite, or starts < 1. Time: the projection
/// (O(Σ d²) over connectors) plus the algorithm's (about O(m) per level and start). Memory O(n + m) of the
/// projection.
CommunitiesResult communities(const model::PartnerGraph& g, const CommunitiesRequest& request);
/// The same on a Dataset, whose cached projection is used (and kept).
CommunitiesResult communities(const Dataset& dataset, const CommunitiesRequest& request);

}  // namespace ppsnet::query
