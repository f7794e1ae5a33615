#pragma once
// Recommendations (issue 5, item 2): which organisations (CoE, hogeschool, university, mbo school, company) or
// initiatives an initiative u is not yet linked to, ranked by a bipartite-aware score, filtered by region, sector
// and an exclude list, each with its reasons. Measured quality of every scorer: evaluate.hpp and
// docs/recommendations.md.
//
// Why not common neighbours: on a bipartite graph an initiative and an organisation never share a neighbour, so
// Jaccard/Adamic–Adar between them is always 0. The scorers below use walks of odd length (3-paths) or a random walk.
// Notation: N(x) = distinct neighbours of node x in the bipartite graph, d_x = |N(x)|.
//
// Scorers (score of node v for the query initiative u; text forms in parentheses):
// - random_walk (random-walk): random walk with restart = personalised PageRank from u on the unweighted bipartite
//   graph: r = α e_u + (1 − α) Pᵀ r with P_xy = 1/d_x for y ∈ N(x); mass at nodes without neighbours returns to u.
//   Power iteration from r = e_u until the L1 change is below `tolerance` or `max_iterations` is reached. Score r_v.
//   (Tong, Faloutsos & Pan, ICDM 2006, doi:10.1109/ICDM.2006.70; Page et al. 1999.)
// - paths (paths): for an organisation o, the number of 3-paths u–w–i–o (w ∈ N(u), i ∈ N(w) \ {u}, o ∈ N(i)):
//   "your partners' other initiatives work with o". For an initiative c: the number of 2-paths u–w–c (shared
//   partners).
// - l3 (l3): degree-normalised 3-paths, Σ_{u–w–i–o} 1/sqrt(d_w · d_i) (Kovács et al., Nat. Commun. 10:1240, 2019,
//   doi:10.1038/s41467-019-09177-y); for an initiative c: Σ_{w ∈ N(u)∩N(c)} 1/d_w (resource allocation).
// - similar_neighbours (similar-neighbours): Σ over the initiatives s similar to u (similar_initiatives with
//   `similarity`, its top_k) of sim(u,s) · [o ∈ N(s)] (item-based collaborative filtering with the combined
//   similarity score); for an initiative c: sim(u,c).
// - popularity (popularity): d_v, preferential attachment (baseline; u's own degree is the same for all v).
// - random (random): a uniform number in [0,1) from a hash of (seed, u, v) (baseline).
//
// Candidates by target: organisations of the target type (coe, hogeschool, university, mbo-school, company; any
// type for `organisation`) that are not partners of u; initiatives other than u without an initiative link to or
// from u (`initiative`). Target coe: a CoE is an organisation of type coe (with the CoE initiative it stands for,
// organisation.initiative_id, when that initiative exists) or an initiative of kind coe that no organisation
// stands for; it counts as linked when its organisation is a partner of u, when it is u itself, or when
// PartnerGraph::initiative_links joins u and its initiative in either direction. A CoE's score is the sum of the
// scores of its organisation node and its initiative node.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/impact_table.hpp"
#include "ppsnet/query/names.hpp"
#include "ppsnet/query/similar.hpp"

namespace ppsnet::query {

/// Text forms: coe, hogeschool, university, mbo-school, company, initiative, organisation.
enum class RecommendTarget : std::uint8_t { coe, hogeschool, university, mbo_school, company, initiative, organisation };
template <> struct EnumNames<RecommendTarget> {
  static constexpr std::array<NamedValue<RecommendTarget>, 7> values{
      {{"coe", RecommendTarget::coe}, {"hogeschool", RecommendTarget::hogeschool},
       {"university", RecommendTarget::university}, {"mbo-school", RecommendTarget::mbo_school},
       {"company", RecommendTarget::company}, {"initiative", RecommendTarget::initiative},
       {"organisation", RecommendTarget::organisation}}};
};
inline std::string_view to_string(RecommendTarget t) { return name_of(t); }
inline std::optional<RecommendTarget> parse_recommend_target(std::string_view s) { return parse_name<RecommendTarget>(s); }

/// Text forms: random-walk, paths, l3, similar-neighbours, popularity, random.
enum class RecommendScorer : std::uint8_t { random_walk, paths, l3, similar_neighbours, popularity, random };
template <> struct EnumNames<RecommendScorer> {
  static constexpr std::array<NamedValue<RecommendScorer>, 6> values{
      {{"random-walk", RecommendScorer::random_walk}, {"paths", RecommendScorer::paths}, {"l3", RecommendScorer::l3},
       {"similar-neighbours", RecommendScorer::similar_neighbours}, {"popularity", RecommendScorer::popularity},
       {"random", RecommendScorer::random}}};
};
inline std::string_view to_string(RecommendScorer s) { return name_of(s); }
inline std::optional<RecommendScorer> parse_recommend_scorer(std::string_view s) { return parse_name<RecommendScorer>(s); }
/// All scorers in enum order (the last two are the baselines).
std::vector<RecommendScorer> all_recommend_scorers();

/// Region filter, relative to u's location (RegionRelation): any; same-corop; neighbouring (same or neighbouring
/// COROP region); province (also same province); country (also same country). A candidate whose relation is
/// unknown passes only `any`.
enum class RegionScope : std::uint8_t { any, same_corop, neighbouring, province, country };
template <> struct EnumNames<RegionScope> {
  static constexpr std::array<NamedValue<RegionScope>, 5> values{
      {{"any", RegionScope::any}, {"same-corop", RegionScope::same_corop},
       {"neighbouring", RegionScope::neighbouring}, {"province", RegionScope::province},
       {"country", RegionScope::country}}};
};
inline std::string_view to_string(RegionScope s) { return name_of(s); }
inline std::optional<RegionScope> parse_region_scope(std::string_view s) { return parse_name<RegionScope>(s); }

/// The scorer `recommend` uses unless told otherwise: the best-measuring one on builtin:katapult and the Dutch
/// CORDIS subset (docs/recommendations.md, "Measured quality").
inline constexpr RecommendScorer kDefaultRecommendScorer = RecommendScorer::similar_neighbours;

struct RecommendOptions {
  RecommendTarget target = RecommendTarget::coe;
  RecommendScorer scorer = kDefaultRecommendScorer;
  std::size_t top_k = 10;                ///< recommendations returned; 0 = all candidates that pass the filters
  double restart = 0.15;                 ///< random_walk: restart probability α, in (0, 1]
  /// random_walk: power iterations at most (>= 1). The L1 error after k iterations is at most 2 (1 − α)^k
  /// (1.7e-7 for the defaults), whatever the tolerance.
  std::size_t max_iterations = 100;
  double tolerance = 1e-9;               ///< random_walk: stop when the L1 change of r is below this (> 0)
  RegionScope region = RegionScope::any;
  /// Keep only candidates active in at least one of these sectors (exact text): an organisation's own sectors
  /// plus the sectors of the initiatives it takes part in; an initiative's sectors. Empty = no filter.
  std::vector<std::string> sectors;
  /// External ids (organisation ids or aliases, initiative ids) never recommended.
  std::vector<std::string> exclude;
  /// similar_neighbours: how similarity is computed (its top_k = neighbours used, 0 = all).
  SimilarityOptions similarity{.partner_index = PartnerIndex::resource_allocation, .partner_weight = 0.7,
                               .top_k = 50, .max_partner_degree = 0, .evidence_partners = 0, .threads = 1};
  std::uint64_t seed = 1;                ///< random scorer
  std::size_t reason_partners = 3;       ///< names listed in the "works with your partners" reason
  /// false (default): candidates whose score is 0 (no walk or path reaches them; nothing to explain) are left out
  /// and counted in RecommendResult::unscored. true: they are ranked too (after all others, by node id).
  bool include_unscored = false;
};

struct Recommendation {
  /// Organisation node id, or initiative node id (target initiative, or a CoE without an organisation).
  model::NodeId candidate = model::kNoNode;
  /// Target coe: the CoE initiative the candidate stands for (kNoNode when none).
  model::NodeId coe_initiative = model::kNoNode;
  double score = 0;
  /// Organisation candidates: the partners of u that share an initiative (other than u) with the candidate;
  /// initiative candidates: the partners u and the candidate share. Count and the first reason_partners by
  /// number of connecting paths (descending), then node id.
  std::size_t via_count = 0;
  std::vector<model::NodeId> via;
  std::vector<std::string> shared_sectors;  ///< u's sectors the candidate is active in (u's order)
  RegionRelation region = RegionRelation::unknown;
  std::vector<std::string> reasons;        ///< readable sentences, e.g. "works with 4 of your partners: A, B, C"
};

struct RecommendResult {
  model::NodeId initiative = model::kNoNode;
  std::vector<Recommendation> items;   ///< best first: score descending, then candidate node id ascending
  std::size_t candidates = 0;          ///< of the target type, before anything is removed
  std::size_t already_linked = 0;      ///< removed as linked to u
  std::size_t filtered_out = 0;        ///< removed by region, sector or exclude
  std::size_t unscored = 0;            ///< passed the filters but scored 0 (left out unless include_unscored)
};

/// Score of every node (index = PartnerGraph node id) for query initiative u under `scorer`; the basis of
/// recommend() and of the evaluation. Nodes that cannot be reached score 0 (random: any value). Throws
/// std::invalid_argument when u is not an initiative or an option is out of range.
/// Complexity: random_walk O(iterations · edges); paths and l3 O(Σ_{w∈N(u)} Σ_{i∈N(w)} d_i); similar_neighbours as
/// similar_initiatives plus O(Σ_s d_s); popularity and random O(nodes). Memory O(nodes).
std::vector<double> node_scores(const model::PartnerGraph& g, model::NodeId u, RecommendScorer scorer,
                                const RecommendOptions& opt = {});

/// Ranked, filtered, explained recommendations for initiative u. Throws std::invalid_argument as node_scores.
RecommendResult recommend(const model::PartnerGraph& g, model::NodeId u, const RecommendOptions& opt = {});

/// Table "recommend": rank, id, name, type, score, via_count, via (names), shared sectors, region, reasons
/// ("; "-joined); the note says which scorer and filters were used and how many candidates were removed.
Table recommend_table(const model::PartnerGraph& g, const RecommendResult& result, const RecommendOptions& opt);

}  // namespace ppsnet::query
