#pragma once
// Change over time (issue 4, item 6): two states of a partnership network compared — two datasets (an older and a
// newer export), or two years of one dataset whose participations carry years. Which organisations and initiatives
// are new or gone, how the number of distinct companies grew, which initiatives gained an education-level link
// (mbo-hbo, hbo-wo, ...) and which institution pairs of different levels work together for the first time.
// Definitions: docs/metrics.md, section "Change over time (ppsnet diff)".
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/impact_table.hpp"
#include "ppsnet/query/levels.hpp"

namespace ppsnet::query {

// ---- matching organisations across two graphs ------------------------------------------------------------------

/// The key by which an organisation of NEW was recognised in OLD, strongest first. The order is the one
/// model::GraphBuilder merges on within one dataset (KvK, then BRIN, then PIC), then the organisation id.
/// Text forms: "kvk", "brin", "pic", "id".
enum class MatchKey : std::uint8_t { kvk, brin, pic, id };
inline constexpr std::size_t kNumMatchKeys = 4;
std::string_view to_string(MatchKey k);

/// A one-to-one matching between the *active* organisations (those taking part in at least one initiative, lead
/// included) of OLD and of NEW. Indexed by organisation index (node id minus the graph's num_initiatives()).
struct OrganisationMatching {
  std::vector<model::NodeId> new_of_old;   ///< per OLD organisation: the matched NEW node id, or kNoNode
  std::vector<model::NodeId> old_of_new;   ///< per NEW organisation: the matched OLD node id, or kNoNode
  std::vector<std::optional<MatchKey>> key_of_new;  ///< per NEW organisation: the key that matched it
  std::array<std::size_t, kNumMatchKeys> matched_by{};  ///< number of matched pairs per key
};

/// Matches organisations in passes, one per key in the order KvK, BRIN, PIC, id; a pass only considers
/// organisations not matched by an earlier pass, so a stronger key always wins:
///  * kvk / brin / pic: both records carry the key and the values are equal (text, exactly as stored);
///  * id: OLD resolves NEW's id, or else one of NEW's merged alias ids (in stored order), through
///    PartnerGraph::find_organisation (ids and alias ids).
/// A candidate is rejected when both records carry a stronger key with different values (same id but different KvK
/// numbers: two different organisations). Within a pass NEW organisations are visited in node order and the first
/// claim on an OLD organisation wins. Names are never compared. Inactive organisations (no participation) are
/// not matched. Throws nothing.
/// Time O(n_old + n_new) expected (hash lookups) plus O(total alias ids); memory O(n_old + n_new).
OrganisationMatching match_organisations(const model::PartnerGraph& old_graph, const model::PartnerGraph& new_graph);

// ---- the comparison ----------------------------------------------------------------------------------------------

struct DiffOptions {
  /// As LevelsOptions::initiative_kind_counts: an mbo initiative brings mbo, a CoE hbo (default true).
  bool initiative_kind_counts = true;
};

/// Counts of one population (organisations, organisations of a type, initiatives, links) in OLD and NEW.
/// Invariants: old = kept + lost and new = kept + added (for a per-type row only when no kept organisation changed
/// type: kept and added are counted by the type in NEW, lost by the type in OLD).
struct ChangeCount {
  std::size_t old_count = 0, new_count = 0, kept = 0, added = 0, lost = 0;
  /// Growth in percent: (new - old) / old * 100; nullopt when old = 0 (undefined, never NaN or infinite).
  std::optional<double> growth_percent() const;
};

/// Initiatives having one level combination (see LevelCombination), old and new.
struct LevelLinkChange {
  LevelCombination combination = LevelCombination::mbo_hbo;
  std::size_t old_count = 0;      ///< initiatives of OLD having it
  std::size_t new_count = 0;      ///< initiatives of NEW having it
  std::size_t gained = 0;         ///< initiatives in both datasets: without it in OLD, with it in NEW
  std::size_t lost = 0;           ///< initiatives in both datasets: with it in OLD, without it in NEW
  std::size_t in_added = 0;       ///< initiatives only in NEW having it
  std::size_t in_lost = 0;        ///< initiatives only in OLD having it
  // new_count = old_count + gained - lost + in_added - in_lost.
  std::vector<model::NodeId> gained_initiatives;  ///< NEW node ids, ascending
  std::vector<model::NodeId> lost_initiatives;    ///< NEW node ids, ascending
};

/// An organisation or initiative present in only one of the two graphs.
struct DiffEntry {
  model::NodeId node = model::kNoNode;   ///< node id in the graph where it exists (NEW for added, OLD for lost)
  std::size_t degree = 0;                ///< its initiatives (organisation) or participants (initiative) there
};

/// Two institutions (organisations with an education level) of different levels sharing at least one initiative
/// in one graph but none in the other. Node ids refer to the graph where the pair exists.
struct PairChange {
  model::NodeId a = model::kNoNode, b = model::kNoNode;   ///< a: the lower level (vo < mbo < hbo < wo)
  model::EducationLevel level_a = model::EducationLevel::none, level_b = model::EducationLevel::none;
  std::vector<model::NodeId> initiatives;   ///< shared initiatives, ascending node id (>= 1)
  /// The organisation has no match in the other graph: an added organisation (new pairs) or a lost one (lost pairs).
  bool a_unmatched = false, b_unmatched = false;
};

struct DiffResult {
  OrganisationMatching matching;
  ChangeCount organisations;   ///< active organisations (>= 1 participation)
  /// Per organisation type (indexed by OrganisationType): active organisations of that type.
  std::array<ChangeCount, model::kNumOrganisationTypes> by_type{};
  std::size_t type_changed = 0;   ///< kept organisations whose type differs between OLD and NEW
  ChangeCount initiatives;        ///< all initiatives, matched by id
  /// Initiative-organisation links (edges of the bipartite graph): kept when its initiative and its organisation
  /// are matched and linked in both graphs.
  ChangeCount links;
  std::size_t old_participations = 0, new_participations = 0;   ///< participation records (lead included)
  std::size_t old_inactive = 0, new_inactive = 0;   ///< organisations listed without any participation (ignored)
  std::array<LevelLinkChange, kNumLevelCombinations> level_links{};   ///< in LevelCombination order
  /// Sorted by degree descending, then external id (byte order).
  std::vector<DiffEntry> organisations_added, organisations_lost;
  std::vector<DiffEntry> initiatives_added, initiatives_lost;
  /// New: institution pairs of different levels sharing an initiative in NEW whose two organisations do not share
  /// one in OLD (including pairs with an added organisation). Lost: the same with OLD and NEW swapped. Ordered as
  /// LevelsResult::institution_pairs (shared initiatives descending, then names, then node ids).
  std::vector<PairChange> new_pairs, lost_pairs;
};

/// Compares OLD with NEW. Organisations are matched by match_organisations, initiatives by id (exact text).
/// Per initiative the level set is that of education_levels (each graph with its own organisation types). Only
/// active organisations count (an organisation with no participation is not a partner; their number is reported).
/// Throws nothing beyond std::bad_alloc.
/// Time O(n + m + sum_i k_i^2 + R log R) over both graphs (k_i institutions in initiative i, R listed rows);
/// memory O(n + m + institution pairs).
/// Source: Katapult PPS impact measurement 2019 ("9,800 companies in a partnership, +58%").
DiffResult diff(const model::PartnerGraph& old_graph, const model::PartnerGraph& new_graph,
                const DiffOptions& options = {});

// ---- one dataset, two years --------------------------------------------------------------------------------------

/// The date of a participation: its year; when it has none, its initiative's start_year; otherwise undated.
/// Returns the smallest and largest date over all participations, nullopt when none is dated. O(p).
std::optional<std::pair<int, int>> participation_year_range(const model::PartnerGraph& g);

struct YearSnapshot {
  model::PartnerGraph graph;
  std::size_t participations = 0;        ///< participations of g in the snapshot (undated leads included)
  std::size_t dated_by_start_year = 0;   ///< of those, dated by their initiative's start_year
  std::size_t undated_leads = 0;         ///< of those, undated lead participations kept with their initiative
  std::size_t undated_left_out = 0;      ///< undated participations (not lead) of g left out of every snapshot
};

/// The network of one year: the participations of g dated `year` (cumulative = false) or dated `year` or earlier
/// (cumulative = true), the organisations and initiatives having at least one of them, and, in addition, every
/// undated participation with role lead whose initiative is in the snapshot (a lead named only in the initiatives
/// table has no year). Other undated participations are left out. Records (ids, names, types, keys, locations) are
/// copied unchanged except lead_organisation_id, which is cleared (the lead is among the copied participations).
/// Throws nothing beyond std::bad_alloc. Time O(n + p log p); memory O(n + p).
YearSnapshot year_snapshot(const model::PartnerGraph& g, int year, bool cumulative);

// ---- tables ------------------------------------------------------------------------------------------------------

/// Tables, in this order:
///  * "diff_summary": rows organisations, companies (distinct), initiatives, links, participations; columns old,
///    new, kept, added, lost, change (new - old), growth % ((new - old) / old * 100, empty when old = 0);
///  * "diff_by_type": one row per organisation type present in OLD or NEW (OrganisationType order), same columns;
///  * "diff_level_links": one row per level combination: initiatives with it in OLD (and share of OLD's
///    initiatives), in NEW (share), gained and lost by initiatives in both, in added and in lost initiatives;
///  * "organisations_added", "organisations_lost": id, name, type, initiatives (first `top` rows, 0 = all);
///  * "initiatives_added", "initiatives_lost": id, name, kind, participants (first `top` rows);
///  * "institution_pairs_new", "institution_pairs_lost": institution, level, institution, level, shared
///    initiatives, status ("new pair": both institutions were there before / "new institution" for new pairs,
///    "pair ended" / "institution gone" for lost pairs), and in CSV/JSON the ids and the shared initiatives' ids
///    joined by ';' (first `top` rows).
/// `old_label` and `new_label` (e.g. "2019", "old") name the two states in titles. O(rows).
std::vector<Table> to_tables(const model::PartnerGraph& old_graph, const model::PartnerGraph& new_graph,
                             const DiffResult& r, std::size_t top = 20, std::string_view old_label = "old",
                             std::string_view new_label = "new");

}  // namespace ppsnet::query
