#pragma once
// Education-level links (issue 4, item 1): which education levels (vo, mbo, hbo, wo) take part in each
// initiative, how often the level combinations Katapult reports occur (mbo-hbo, hbo-wo, mbo-wo, mbo-hbo-wo,
// vo-mbo), broken down by initiative kind, province and sector, and the institution-level collaboration matrix.
// Definitions: docs/metrics.md, section "Education-level links".
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/impact_table.hpp"

namespace ppsnet::query {

/// A set of education levels (vo, mbo, hbo, wo); bit (1 << EducationLevel) is set for each level present.
/// EducationLevel::none is never stored.
struct LevelSet {
  std::uint8_t bits = 0;
  bool has(model::EducationLevel l) const { return (bits >> static_cast<int>(l)) & 1U; }
  void add(model::EducationLevel l) {
    if (l != model::EducationLevel::none) bits = static_cast<std::uint8_t>(bits | (1U << static_cast<int>(l)));
  }
  bool operator==(const LevelSet&) const = default;
};

/// Text form: the levels present joined by '+', in the order vo, mbo, hbo, wo ("mbo+hbo"), or "none".
std::string to_string(LevelSet s);

/// The level combinations counted. An initiative "has" a combination when every level of the combination is in
/// its level set (other levels may be present too): an mbo+hbo+wo initiative counts for mbo_hbo, hbo_wo, mbo_wo and
/// mbo_hbo_wo. Text forms: "mbo-hbo", "hbo-wo", "mbo-wo", "mbo-hbo-wo", "vo-mbo".
enum class LevelCombination : std::uint8_t { mbo_hbo, hbo_wo, mbo_wo, mbo_hbo_wo, vo_mbo };
inline constexpr std::size_t kNumLevelCombinations = 5;
std::string_view to_string(LevelCombination c);
/// The levels a combination requires.
LevelSet levels_of(LevelCombination c);

struct LevelsOptions {
  /// When true (default), the initiative's own kind counts as a level it brings: kind mbo -> mbo, kind coe -> hbo
  /// (fieldlab, project, other bring none). An mbo PPS thus always has mbo even when its lead is not an mbo school.
  bool initiative_kind_counts = true;
  /// Institution pairs sharing fewer initiatives than this are left out of institution_pairs (>= 1).
  std::size_t min_shared = 1;
};

/// The levels of one initiative.
struct InitiativeLevels {
  model::NodeId initiative = model::kNoNode;
  LevelSet levels;
  /// Distinct participating organisations per level, indexed by EducationLevel (index 0 = none: organisations
  /// with no education level, e.g. companies). The initiative's own kind is not counted here.
  std::array<std::size_t, 5> organisations_by_level{};
};

/// One row of a breakdown: a group of initiatives (a kind, a province, a sector, or "all").
struct LevelBreakdownRow {
  std::string key;                 ///< machine key: "all", kind text, "PV27", sector text, "unknown"
  std::string name;                ///< display name: "all initiatives", "mbo", "Noord-Holland", "Energie"
  std::size_t initiatives = 0;     ///< initiatives in the group (>= 1 for every listed row)
  /// Initiatives having each combination (indexed by LevelCombination).
  std::array<std::size_t, kNumLevelCombinations> with{};
  /// with[c] / initiatives.
  std::array<double, kNumLevelCombinations> share{};
  std::size_t mbo_initiatives = 0;     ///< initiatives of kind mbo in the group
  std::size_t mbo_without_hbo = 0;     ///< of those, the ones whose level set has no hbo
  std::optional<double> mbo_without_hbo_share;  ///< mbo_without_hbo / mbo_initiatives; nullopt when no mbo initiative
};

/// Two institutions (organisations with an education level) of different levels and the initiatives they share.
struct InstitutionPair {
  model::NodeId a = model::kNoNode;   ///< organisation of the lower level (vo < mbo < hbo < wo)
  model::NodeId b = model::kNoNode;   ///< organisation of the higher level
  model::EducationLevel level_a = model::EducationLevel::none, level_b = model::EducationLevel::none;
  std::vector<model::NodeId> initiatives;  ///< shared initiatives, ascending node id (size >= min_shared)
};

struct LevelsResult {
  std::vector<InitiativeLevels> initiatives;   ///< one per initiative, indexed by initiative node id
  LevelBreakdownRow overall;                   ///< key "all" (initiatives may be 0 for an empty graph)
  std::vector<LevelBreakdownRow> by_kind;      ///< kinds present, in InitiativeKind order
  /// Provinces present in ascending CBS code, then "unknown". An initiative's province is location.province, or
  /// the province of location.corop when the province is not given.
  std::vector<LevelBreakdownRow> by_province;
  /// Sectors present, byte-wise ascending, then key "" / name "(no sector)" for initiatives without a sector. An
  /// initiative with several sectors counts in each of them (rows may add up to more than all initiatives).
  std::vector<LevelBreakdownRow> by_sector;
  /// Institution pairs, by number of shared initiatives descending, ties by a's name, then b's name (byte-wise),
  /// then node ids.
  std::vector<InstitutionPair> institution_pairs;
};

/// Computes the education-level links.
/// Level set of initiative i: { education_level(type(o)) : o participates in i (lead included) } \ {none},
/// plus the level of i's kind when options.initiative_kind_counts.
/// Throws std::invalid_argument when options.min_shared == 0.
/// Time O(n + m + sum over initiatives of k_i^2) where k_i is the number of institutions (organisations with an
/// education level) in initiative i; memory O(n + number of institution pairs).
/// Source: the level combinations Katapult reports in its PPS impact measurement 2019.
LevelsResult education_levels(const model::PartnerGraph& g, const LevelsOptions& options = {});

/// Breakdown that a table shows.
enum class LevelGrouping : std::uint8_t { kind, province, sector };
template <> struct EnumNames<LevelGrouping> {
  static constexpr std::array<NamedValue<LevelGrouping>, 3> values{
      {{"kind", LevelGrouping::kind}, {"province", LevelGrouping::province}, {"sector", LevelGrouping::sector}}};
};

/// Tables: "levels_by_<kind|province|sector>" (the overall row first, then the groups: initiatives, count and share
/// of each combination, mbo initiatives without hbo), "institution_pairs" (the top `top_pairs` pairs, 0 = all:
/// institution, level, institution, level, shared initiatives; in CSV/JSON also both external ids and the shared
/// initiatives' ids joined by ';') and "initiative_levels" (one row per initiative:
/// id, name, kind, levels, organisations per level) when `with_initiatives`. O(rows).
std::vector<Table> to_tables(const model::PartnerGraph& g, const LevelsResult& r, LevelGrouping by,
                             std::size_t top_pairs = 20, bool with_initiatives = false);

}  // namespace ppsnet::query
