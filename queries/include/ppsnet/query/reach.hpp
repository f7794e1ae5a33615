#pragma once
// Regional reach (issue 4, item 4): where the organisations taking part in an initiative are, relative to the
// initiative's home: own COROP region, a neighbouring COROP region, elsewhere in the Netherlands, abroad, unknown
// (regional_reach); or, for international data such as CORDIS, own country, a neighbouring country, elsewhere in
// the EU, outside the EU, unknown (country_reach). Aggregated per home region (pooled over participations, and the
// mean of the initiatives' shares). Definitions: docs/metrics.md, section "Regional reach".
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/impact_table.hpp"

namespace ppsnet::query {

inline constexpr std::size_t kNumReachClasses = 5;
/// Classes of regional_reach, in this order. Text forms as below.
enum class RegionClass : std::uint8_t { own_region, neighbouring_region, elsewhere_nl, abroad, unknown };
/// Classes of country_reach, in this order.
enum class CountryClass : std::uint8_t { own_country, neighbouring_country, elsewhere_eu, outside_eu, unknown };
std::string_view to_string(RegionClass c);   ///< "own_region", "neighbouring_region", "elsewhere_nl", "abroad", "unknown"
std::string_view to_string(CountryClass c);  ///< "own_country", "neighbouring_country", "elsewhere_eu", "outside_eu", "unknown"

/// Counts per class (indexed by RegionClass or CountryClass) of the distinct organisations of one initiative.
using ReachCounts = std::array<std::size_t, kNumReachClasses>;
using ReachShares = std::array<double, kNumReachClasses>;

/// The reach of one initiative.
struct InitiativeReach {
  model::NodeId initiative = model::kNoNode;
  std::uint8_t home_corop = 0;   ///< regional_reach: initiative.location.corop (0 = unknown)
  std::string home_country;      ///< country_reach: the coordinator's country ("" = unknown)
  ReachCounts counts{};          ///< distinct participating organisations per class (lead included, each once)
  std::size_t organisations = 0; ///< sum of counts = the initiative's degree
  /// counts / organisations; nullopt when the initiative has no participating organisation.
  std::optional<ReachShares> shares;
};

/// One aggregate row: the initiatives whose home is one region (COROP region, province or country), or all.
struct ReachGroup {
  std::string key;    ///< "CR17", "PV26", "DE", "all", "unknown"
  std::string name;   ///< "Utrecht", "Germany", "all initiatives", "(unknown)"
  std::size_t initiatives = 0;                ///< initiatives in the group
  std::size_t initiatives_with_organisations = 0;  ///< of those, the ones with >= 1 participating organisation
  ReachCounts pooled_counts{};                ///< sum of the initiatives' counts
  std::size_t participations = 0;             ///< sum of pooled_counts (distinct organisations per initiative)
  /// Pooled shares pooled_counts / participations: every participation weighs the same. nullopt when 0.
  std::optional<ReachShares> pooled;
  /// Mean of the shares of the initiatives_with_organisations initiatives: every initiative weighs the same.
  std::optional<ReachShares> mean;
};

struct ReachOptions {
  /// List every COROP region and province (regional_reach) also when no initiative has its home there
  /// (initiatives = 0, shares nullopt). Default false: only regions with initiatives.
  bool include_empty_regions = false;
};

struct RegionalReach {
  std::vector<InitiativeReach> initiatives;   ///< one per initiative, indexed by initiative node id
  ReachGroup overall;                         ///< key "all"
  /// By home COROP region, ascending code ("CR01".."CR40"), then key "unknown" for initiatives without a home
  /// COROP region (listed only when there are such initiatives).
  std::vector<ReachGroup> per_corop;
  /// By the initiative's province (location.province, or the province of its home COROP region when not given),
  /// ascending code ("PV20".."PV31"), then "unknown". Classes stay relative to each initiative's own COROP region.
  std::vector<ReachGroup> per_province;
};

struct CountryReach {
  std::vector<InitiativeReach> initiatives;   ///< one per initiative, indexed by initiative node id
  ReachGroup overall;                         ///< key "all"
  /// By home country, ascending ISO code, then "unknown" (only when there are such initiatives).
  std::vector<ReachGroup> per_country;
};

/// Regional reach at COROP level. For initiative i with home COROP region h = i.location.corop, each distinct
/// participating organisation o (lead included) is classed:
///   abroad              when o.location.country is given and is not "NL" (compared case-insensitively);
///   unknown             else when o.location.corop == 0, or when h == 0 (no home to compare with);
///   own_region          else when o.location.corop == h;
///   neighbouring_region else when geo::corop_neighbours(h, o.location.corop);
///   elsewhere_nl        otherwise.
/// (An organisation with a COROP region and no country is taken to be in the Netherlands.)
/// shares = counts / degree(i), so the five shares sum to 1. Group rows: pooled = sum of counts / sum of degrees;
/// mean = average of the initiatives' shares over the initiatives with at least one organisation.
/// Throws nothing. Time O(n + m), memory O(n).
/// Source: the "own or neighbouring COROP region" figures of Katapult's PPS impact measurement 2019.
RegionalReach regional_reach(const model::PartnerGraph& g, const ReachOptions& options = {});

/// Country-level reach. The home country of initiative i is the country of its coordinator: among the
/// participations of i with role coordinator, the one whose organisation has the smallest node id; when there is
/// none, the same among role lead; when there is none or that organisation's country is unknown,
/// i's own country (i.location read like an organisation's, below); else unknown. An organisation's country is location.country (upper-cased), or "NL" when
/// it has a COROP region or province and no country. Each distinct participating organisation o is classed:
///   unknown               when o's country is unknown, or when the home country is unknown;
///   own_country           else when it equals the home country;
///   neighbouring_country  else when geo::country_neighbours(home, country);
///   elsewhere_eu          else when geo::is_eu_member(country);
///   outside_eu            otherwise.
/// Countries are taken through geo::parse_country first (so CORDIS "EL"/"UK" become GR/GB).
/// Aggregation as in regional_reach, grouped by home country (options.include_empty_regions has no effect here). Time O(n + m + p) (p = participations), memory O(n).
CountryReach country_reach(const model::PartnerGraph& g, const ReachOptions& options = {});

enum class ReachTableLevel : std::uint8_t { corop, province };

/// Tables of regional reach: "reach_by_<corop|province>" (group, initiatives, organisations counted, pooled shares
/// of the five classes, own+neighbouring pooled, and in CSV/JSON also the pooled counts and the mean shares),
/// "reach_mean_by_<corop|province>" (text form of the mean shares), and "initiative_reach" (one row per initiative)
/// when `with_initiatives`. The "all" row comes first.
std::vector<Table> to_tables(const model::PartnerGraph& g, const RegionalReach& r, ReachTableLevel level,
                             bool with_initiatives = false);
/// Tables of country reach: "reach_by_country", "reach_mean_by_country", and "initiative_country_reach" when
/// `with_initiatives`.
std::vector<Table> to_tables(const model::PartnerGraph& g, const CountryReach& r, bool with_initiatives = false);

/// The level `ppsnet reach` reports at. auto: corop when any initiative has a home COROP region (Dutch data),
/// else country (international data such as CORDIS).
enum class ReachLevel : std::uint8_t { automatic, corop, province, country };
template <> struct EnumNames<ReachLevel> {
  static constexpr std::array<NamedValue<ReachLevel>, 4> values{{{"auto", ReachLevel::automatic},
                                                                 {"corop", ReachLevel::corop},
                                                                 {"province", ReachLevel::province},
                                                                 {"country", ReachLevel::country}}};
};
/// Which of the tables a caller wants alone: pooled (shares of all partners), mean (mean of the initiatives'
/// shares) or initiatives (every initiative).
enum class ReachTable : std::uint8_t { pooled, mean, initiatives };
template <> struct EnumNames<ReachTable> {
  static constexpr std::array<NamedValue<ReachTable>, 3> values{
      {{"pooled", ReachTable::pooled}, {"mean", ReachTable::mean}, {"initiatives", ReachTable::initiatives}}};
};

struct ReachRequest {
  ReachLevel level = ReachLevel::automatic;
  /// Every COROP region and province, also those without initiatives (corop and province levels).
  bool all_regions = false;
  /// Also the reach of every initiative.
  bool initiatives = false;
  /// Only this table (nullopt: all of them, pooled first).
  std::optional<ReachTable> table;
};

struct ReachResult {
  /// The level used (never automatic).
  ReachLevel level = ReachLevel::corop;
  /// True when `automatic` fell back to country because no initiative has a home COROP region.
  bool fell_back_to_country = false;
  std::vector<Table> tables;
};

/// regional_reach or country_reach at the requested level, as tables (`ppsnet reach`). Time and memory as
/// regional_reach / country_reach.
ReachResult reach(const model::PartnerGraph& g, const ReachRequest& request);

}  // namespace ppsnet::query
