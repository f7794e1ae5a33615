#pragma once
// Similar initiatives (issue 5, item 1): which initiatives resemble initiative u, by the partners they share
// (bipartite neighbourhoods) and by their attributes (sectors, region, kind), combined into one score, with the
// evidence for each result. Definitions and worked example: docs/recommendations.md, section "Similar initiatives".
//
// Notation. N(u) = the distinct organisations taking part in initiative u (its neighbours in the bipartite
// PartnerGraph; parallel participations count once); d_w = |N(w)| = the number of initiatives organisation w takes
// part in. For two initiatives u != v with c = |N(u) ∩ N(v)| shared partners:
//   jaccard(u,v)             = c / |N(u) ∪ N(v)|                      (Jaccard 1901; NetworkX jaccard_coefficient)
//   cosine(u,v)              = c / sqrt(|N(u)| · |N(v)|)               (Salton cosine)
//   adamic_adar(u,v)         = Σ_{w ∈ N(u)∩N(v)} 1 / ln d_w          (Adamic & Adar, Social Networks 25:211, 2003,
//                                                                     doi:10.1016/S0378-8733(03)00009-1; NetworkX
//                                                                     adamic_adar_index on the bipartite graph)
//   resource_allocation(u,v) = Σ_{w ∈ N(u)∩N(v)} 1 / d_w             (Zhou, Lü & Zhang, Eur. Phys. J. B 71:623, 2009,
//                                                                     doi:10.1140/epjb/e2009-00335-8; NetworkX
//                                                                     resource_allocation_index)
// A shared partner has d_w >= 2, so ln d_w > 0. Hubs (large d_w) count less in Adamic–Adar and resource allocation.
//
// Normalised partner score P(u,v) in (0, 1]: the chosen index divided by its largest value among u's candidates,
// P(u,v) = I(u,v) / max_{v'} I(u,v'), so u's best partner match has P = 1 (relative to u; not symmetric). A fixed
// normalisation (e.g. a weighted cosine) was tried first: in PPS data most partners take part in one initiative
// only, which pushes every P towards 0 and lets the attributes decide alone (docs/recommendations.md).
//
// Attribute score A(u,v) in [0, 1] = (sector_jaccard + region_score + same_kind) / 3 with
//   sector_jaccard = |sectors(u) ∩ sectors(v)| / |sectors(u) ∪ sectors(v)| (0 when both have none; exact text match),
//   region_score   = 1 same COROP region, 0.75 neighbouring COROP region (geo::corop_neighbours), 0.5 same province,
//                    0.25 same country, 0 otherwise or unknown (see RegionRelation),
//   same_kind      = 1 when both initiatives have the same InitiativeKind, else 0.
// Combined score = partner_weight · P + (1 − partner_weight) · A (default 0.7 · P + 0.3 · A).
//
// Candidates are the initiatives that share at least one partner with u (after the hub cap): attributes refine
// the ranking of partner-based matches, they do not bring in initiatives without a shared partner.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <optional>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/impact_table.hpp"
#include "ppsnet/query/names.hpp"

namespace ppsnet::query {

/// Which partner-overlap index feeds the combined score. Text forms: jaccard, cosine, adamic-adar,
/// resource-allocation.
enum class PartnerIndex : std::uint8_t { jaccard, cosine, adamic_adar, resource_allocation };
template <> struct EnumNames<PartnerIndex> {
  static constexpr std::array<NamedValue<PartnerIndex>, 8> values{
      {{"jaccard", PartnerIndex::jaccard}, {"cosine", PartnerIndex::cosine},
       {"adamic-adar", PartnerIndex::adamic_adar}, {"resource-allocation", PartnerIndex::resource_allocation},
       {"adamic_adar", PartnerIndex::adamic_adar}, {"aa", PartnerIndex::adamic_adar},
       {"resource_allocation", PartnerIndex::resource_allocation}, {"ra", PartnerIndex::resource_allocation}}};
};
inline std::string_view to_string(PartnerIndex i) { return name_of(i); }
inline std::optional<PartnerIndex> parse_partner_index(std::string_view s) { return parse_name<PartnerIndex>(s); }

/// How two locations relate, from closest to farthest. Text forms: same-corop, neighbouring-corop,
/// same-province, same-country, other, unknown.
/// same_corop: both COROP codes known and equal; neighbouring_corop: geo::corop_neighbours; same_province: equal
/// province codes (a missing province is taken from the COROP region); same_country: equal ISO codes, where a
/// location with a COROP region or province and no country counts as NL; other: both known, none of these;
/// unknown: either location has no COROP region, province or country.
enum class RegionRelation : std::uint8_t { same_corop, neighbouring_corop, same_province, same_country, other, unknown };
std::string_view to_string(RegionRelation r);
/// The relation of two locations (symmetric). O(1) (a COROP neighbour lookup).
RegionRelation region_relation(const model::Location& a, const model::Location& b);
/// 1, 0.75, 0.5, 0.25, 0, 0 in the enum's order.
double region_score(RegionRelation r);

struct SimilarityOptions {
  PartnerIndex partner_index = PartnerIndex::resource_allocation;
  /// Weight of the normalised partner score in the combined score, in [0, 1]; the attribute score gets the rest.
  double partner_weight = 0.7;
  /// Results per initiative (top k by combined score); 0 = all candidates.
  std::size_t top_k = 10;
  /// 0 = no cap. c > 0: organisations taking part in more than c initiatives are left out entirely, as if removed
  /// from the graph (they do not count in |N(u)| either); reported in SimilarityStats::capped_partners.
  std::size_t max_partner_degree = 0;
  /// Shared partners listed as evidence per result (the rarest first).
  std::size_t evidence_partners = 5;
  /// all_similar_initiatives only: worker threads (0 = std::thread::hardware_concurrency()). Output does not
  /// depend on it.
  unsigned threads = 0;
};

/// One similar initiative with its evidence.
struct SimilarInitiative {
  model::NodeId initiative = model::kNoNode;  ///< the similar initiative v
  double score = 0;            ///< combined score in [0, 1]
  double partner_score = 0;    ///< P(u,v), normalised by u's best match, in (0, 1]
  double attribute_score = 0;  ///< A(u,v) in [0, 1]
  std::size_t shared_partners = 0;  ///< c = |N(u) ∩ N(v)|
  double jaccard = 0, cosine = 0, adamic_adar = 0, resource_allocation = 0;  ///< raw indices (header)
  double sector_jaccard = 0;
  RegionRelation region = RegionRelation::unknown;
  bool same_kind = false;
  /// Up to evidence_partners shared organisations (node ids), rarest first: ascending d_w, then node id.
  std::vector<model::NodeId> evidence;
  std::vector<std::string> shared_sectors;  ///< in the order of u's sectors
};

struct SimilarityStats {
  std::size_t capped_partners = 0;   ///< organisations left out by max_partner_degree
  std::size_t largest_partner_degree = 0;  ///< max d_w over all organisations (before the cap)
  std::uint64_t two_paths = 0;       ///< Σ_w d_w² over kept organisations: the work done by the all-pairs mode
};

/// The initiatives most similar to initiative `u`, best first (score descending, then shared_partners descending,
/// then node id ascending). Throws std::invalid_argument when u is not an initiative or partner_weight is not in
/// [0, 1]. Time O(Σ_{w ∈ N(u)} d_w + candidates · (sectors + log k)), memory O(num_initiatives).
std::vector<SimilarInitiative> similar_initiatives(const model::PartnerGraph& g, model::NodeId u,
                                                   const SimilarityOptions& opt = {},
                                                   SimilarityStats* stats = nullptr);

/// The same for every initiative: result[i] = similar_initiatives(g, i, opt) for i in [0, num_initiatives).
/// Iterates the partner neighbourhoods (sparse accumulation per initiative, no dense pair matrix), in parallel
/// over initiatives with `opt.threads` workers; the result is identical for any number of threads.
/// Throws as similar_initiatives. Time O(Σ_w d_w² + Σ_u candidates(u) · log k) (the number of two-paths through
/// kept organisations); memory O(threads · num_initiatives + num_initiatives · k).
std::vector<std::vector<SimilarInitiative>> all_similar_initiatives(const model::PartnerGraph& g,
                                                                    const SimilarityOptions& opt = {},
                                                                    SimilarityStats* stats = nullptr);

/// Table "similar" (one row per result: rank, id, name, score, partner_score, attribute_score, shared_partners,
/// jaccard, cosine, adamic_adar, resource_allocation, shared_sectors, region, same_kind, evidence names joined by
/// "; ") for the results of initiative u.
Table similar_table(const model::PartnerGraph& g, model::NodeId u, const std::vector<SimilarInitiative>& results,
                    const SimilarityOptions& opt);
/// Table "similar_all": the same columns preceded by initiative_id, for every initiative in id order.
Table all_similar_table(const model::PartnerGraph& g, const std::vector<std::vector<SimilarInitiative>>& results,
                        const SimilarityOptions& opt, const SimilarityStats& stats);

}  // namespace ppsnet::query
