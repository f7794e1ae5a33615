#pragma once
// Brokers (issue 4, item 3) on the organisation projection (organisations linked when they share an initiative,
// weight = shared initiatives): Gould-Fernandez brokerage roles by group (organisation type or education level),
// Burt's constraint and effective size, and the top brokers between mbo and hbo.
// Definitions: docs/metrics.md, section "Brokers".
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/impact_table.hpp"
#include "ppsnet/query/mixing.hpp"

namespace ppsnet::query {

/// Gould-Fernandez brokerage roles. Text forms: coordinator, itinerant, gatekeeper, representative, liaison.
enum class BrokerageRole : std::uint8_t { coordinator, itinerant, gatekeeper, representative, liaison };
inline constexpr std::size_t kNumBrokerageRoles = 5;
std::string_view to_string(BrokerageRole r);

struct BrokersOptions {
  GroupAttribute groups = GroupAttribute::type;
  /// As algo::ProjectionOptions::max_connector_degree: 0 = no cap; c > 0 leaves initiatives with more than c
  /// distinct organisations out of the projection (they would add a clique of c(c-1)/2 links each and make the
  /// O(two-paths) scores infeasible on data such as CORDIS). Skipped initiatives are listed in the result.
  std::size_t max_connector_degree = 0;
  /// Entries in BrokersResult::top_mbo_hbo (0 = all organisations with mbo_hbo_pairs > 0).
  std::size_t top = 20;
};

/// Scores of one organisation (node v of the projection, group G(v)).
///
/// Brokerage, undirected adaptation of Gould & Fernandez: every unordered pair {a, b} of v's neighbours that are
/// not linked to each other is one brokerage opportunity (the two-path a - v - b), classified by the groups:
///   coordinator:    G(a) = G(b) = G(v)
///   itinerant:      G(a) = G(b) != G(v)            (also called consultant)
///   gatekeeper and representative: exactly one of G(a), G(b) equals G(v). Directed, a -> v -> b is a gatekeeper
///                   role when a is the outsider and a representative role when b is; an undirected path can be
///                   read both ways, so such a pair counts once as gatekeeper AND once as representative
///                   (the two counts are always equal)
///   liaison:        G(a), G(b), G(v) all different.
/// open_pairs = coordinator + itinerant + gatekeeper + liaison (each open pair once).
struct BrokerScores {
  model::NodeId organisation = model::kNoNode;
  std::size_t group = 0;
  std::size_t degree = 0;         ///< neighbours in the projection
  double strength = 0;            ///< sum of link weights (shared initiatives with each neighbour, summed)
  std::array<std::size_t, kNumBrokerageRoles> roles{};  ///< indexed by BrokerageRole
  std::size_t open_pairs = 0;
  /// Burt's constraint c(v) = sum_{j in N(v)} (p_vj + sum_{q in N(v), q != j} p_vq p_qj)^2 with
  /// p_uv = w_uv / sum_x w_ux (NetworkX constraint(G, weight)); nullopt for an isolated organisation (NaN there).
  std::optional<double> constraint;
  /// Burt's effective size e(v) = sum_{u in N(v)} (1 - sum_{w in N(v), w != u} p_vw m_uw) with
  /// m_uw = w_uw / max_x w_ux, normalised by u's strongest link (NetworkX effective_size(G, weight)); nullopt for
  /// an isolated organisation.
  std::optional<double> effective_size;
  /// Unordered pairs {a, b} of v's neighbours, a an mbo school (level mbo) and b of level hbo (hogeschool or CoE),
  /// that are not linked to each other (independent of `groups`).
  std::size_t mbo_hbo_pairs = 0;
};

struct BrokersResult {
  GroupAttribute groups = GroupAttribute::type;
  std::vector<BrokerScores> organisations;     ///< one per organisation, index = organisation index (node - ni)
  /// Indices into `organisations` of the top brokers between mbo and hbo: mbo_hbo_pairs > 0, by mbo_hbo_pairs
  /// descending, ties by label byte-wise, then node id; at most options.top entries (0 = all).
  std::vector<std::size_t> top_mbo_hbo;
  std::size_t links = 0;                       ///< links of the projection
  std::size_t max_connector_degree = 0;        ///< the cap used (0 = none)
  std::vector<model::NodeId> skipped_initiatives;  ///< left out by the cap, increasing
};

/// Computes the brokerage roles, constraint, effective size and mbo-hbo brokers.
/// Throws nothing beyond std::bad_alloc.
/// Time O(P + sum_v sum_{q in N(v)} d_q) = O(P + sum_q d_q^2) where P is the projection cost (sum over kept
/// initiatives of d_i^2) and d_q the projection degree; memory O(n + projection links).
/// Sources: R. V. Gould & R. M. Fernandez, Structures of mediation: a formal approach to brokerage in transaction
/// networks, Sociological Methodology 19, 89-126 (1989), doi:10.2307/270949; R. S. Burt, Structural Holes (Harvard
/// University Press, 1992), conventions of NetworkX 2.8 constraint / effective_size with weight.
BrokersResult brokers(const model::PartnerGraph& g, const BrokersOptions& options = {});

/// Tables: "mbo_hbo_brokers" (rank, organisation, type, mbo-hbo pairs, degree, effective size, constraint, id),
/// "brokerage" (one row per organisation with degree >= 1, by open pairs descending then label: organisation, group,
/// degree, the five role counts, open pairs, effective size, constraint, id) and "brokerage_by_group" (per group
/// present: organisations, and the sum of each role count). `top` limits the "brokerage" rows (0 = all).
/// O(n log n).
std::vector<Table> to_tables(const model::PartnerGraph& g, const BrokersResult& r, std::size_t top = 20);

}  // namespace ppsnet::query
