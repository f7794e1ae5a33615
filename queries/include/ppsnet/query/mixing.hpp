#pragma once
// Type mixing (issue 4, item 2) on the organisation projection of the bipartite graph: two organisations are
// linked when they share an initiative, with weight w_uv = number of shared initiatives. Gives the group x group
// co-participation (mixing) matrix (observed, expected under random mixing, ratio), Newman's assortativity
// coefficient, and Krackhardt & Stern's E-I index per group and per initiative. Groups are organisation types or
// education levels. Definitions: docs/metrics.md, section "Type mixing".
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ppsnet/algo/projection.hpp"
#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/impact_table.hpp"

namespace ppsnet::query {

/// The attribute that puts organisations into groups.
/// - type:  OrganisationType (10 groups, enum order: company, university, ..., other)
/// - level: education_level(type) (5 groups: none, vo, mbo, hbo, wo; hbo = hogeschool or CoE)
enum class GroupAttribute : std::uint8_t { type, level };
template <> struct EnumNames<GroupAttribute> {
  static constexpr std::array<NamedValue<GroupAttribute>, 2> values{
      {{"type", GroupAttribute::type}, {"level", GroupAttribute::level}}};
};

/// Number of groups of an attribute (10 or 5).
std::size_t num_groups(GroupAttribute by);
/// Group index of an organisation type under the attribute (the enum value of the type or of its level).
std::size_t group_of(model::OrganisationType t, GroupAttribute by);
/// Text form of group `index` ("mbo-school", "hbo", ...). Precondition: index < num_groups(by).
std::string group_name(GroupAttribute by, std::size_t index);

struct MixingOptions {
  GroupAttribute by = GroupAttribute::type;
  /// As algo::ProjectionOptions::max_connector_degree: 0 = no cap; c > 0 leaves initiatives with more than c
  /// distinct organisations out of the projection (matrix, assortativity, E-I per group). Per-initiative E-I is
  /// computed on every initiative regardless. Skipped initiatives are listed in the result.
  std::size_t max_connector_degree = 0;
};

/// E-I index of one group g (Krackhardt & Stern 1988): E = links from a member of g to a non-member, I = links
/// between two members, EI = (E - I) / (E + I) in [-1, 1] (-1: all links internal, +1: all external); nullopt when
/// the group has no link. The weighted form uses the link weights (shared initiatives) instead of link counts.
struct GroupEI {
  std::size_t group = 0;
  std::size_t organisations = 0;   ///< organisations of the group in the graph (isolated ones included)
  std::size_t internal_links = 0, external_links = 0;
  double internal_weight = 0, external_weight = 0;
  std::optional<double> ei;           ///< (external_links - internal_links) / (external_links + internal_links)
  std::optional<double> ei_weighted;  ///< (external_weight - internal_weight) / (external_weight + internal_weight)
};

/// E-I index of one initiative: over the unordered pairs of its distinct participating organisations (lead
/// included), I = pairs of the same group, E = pairs of different groups; EI = (E - I) / (E + I), nullopt when
/// the initiative has fewer than two organisations.
struct InitiativeEI {
  model::NodeId initiative = model::kNoNode;
  std::size_t partners = 0;         ///< distinct participating organisations
  std::size_t same_pairs = 0;       ///< I = sum over groups of C(n_g, 2)
  std::size_t different_pairs = 0;  ///< E = C(partners, 2) - I
  std::optional<double> ei;
};

struct MixingResult {
  GroupAttribute by = GroupAttribute::type;
  std::size_t groups = 0;                   ///< k = num_groups(by); matrices are k x k, row-major, index = group
  std::size_t organisations = 0;            ///< nodes of the projection (all organisations)
  std::size_t links = 0;                    ///< links of the projection
  double total_weight = 0;                  ///< W = sum of link weights (shared initiatives), each link once
  /// observed[a*k+b]: total weight of the links between an organisation of group a and one of group b, each link
  /// once (symmetric; the diagonal holds the within-group links).
  std::vector<double> observed;
  /// Normalised mixing matrix e (NetworkX attribute_mixing_matrix on the multigraph with w_uv parallel edges):
  /// e_ab = observed[a][b] / (2W) for a != b, e_aa = observed[a][a] / W. Symmetric, sums to 1 (all 0 when W = 0).
  std::vector<double> e;
  /// Marginals a_g = sum_b e_gb (= b_g, the matrix is symmetric): share of link ends at group g.
  std::vector<double> a;
  /// Expected weight under random mixing with the same marginals: W a_a a_b for a == b, 2 W a_a a_b for a != b.
  std::vector<double> expected;
  /// observed / expected (= e_ab / (a_a a_b)); nullopt where expected is 0.
  std::vector<std::optional<double>> ratio;
  /// Newman's assortativity coefficient r = (sum_g e_gg - sum_g a_g^2) / (1 - sum_g a_g^2), in [-1, 1]; nullopt
  /// when W = 0 or 1 - sum_g a_g^2 <= 1e-12 (every link end in one group; the tolerance absorbs rounding).
  std::optional<double> assortativity;
  std::vector<GroupEI> ei_by_group;             ///< one per group with >= 1 organisation, group order
  GroupEI ei_overall;                           ///< group = k: E and I over all links (E-I of the whole network)
  std::vector<InitiativeEI> ei_by_initiative;   ///< one per initiative, indexed by initiative node id
  std::vector<model::NodeId> skipped_initiatives;  ///< left out by max_connector_degree, increasing
};

/// Computes the mixing figures on the organisation projection (algo::project, weight count).
/// Throws nothing beyond std::bad_alloc.
/// Time O(sum over initiatives of d_i^2) for the projection (d_i = distinct organisations of initiative i, only
/// initiatives kept by the cap) plus O(n + m + k^2); memory O(n + projection links + k^2).
/// Sources: M. E. J. Newman, Mixing patterns in networks, Phys. Rev. E 67, 026126 (2003),
/// doi:10.1103/PhysRevE.67.026126 (matrix e, r; matches NetworkX attribute_mixing_matrix and
/// attribute_assortativity_coefficient on the multigraph with w_uv parallel edges); D. Krackhardt & R. N. Stern,
/// Informal networks and organizational crises, Social Psychology Quarterly 51(2), 123-140 (1988),
/// doi:10.2307/2786835 (E-I index).
MixingResult type_mixing(const model::PartnerGraph& g, const MixingOptions& options = {});

/// Tables: "mixing_matrix" (one row per ordered pair of groups with a link end: group a, group b, observed weight,
/// expected weight, ratio, e_ab), "mixing_summary" (one row: organisations, links, weight, assortativity, network
/// E-I, skipped initiatives), "ei_by_group" (group, organisations, internal/external links and weights, E-I, weighted
/// E-I) and "ei_by_initiative" (id, name, kind, partners, same-group pairs, different-group pairs, E-I; initiatives
/// with >= 2 partners). O(k^2 + rows).
std::vector<Table> to_tables(const model::PartnerGraph& g, const MixingResult& r);

}  // namespace ppsnet::query
