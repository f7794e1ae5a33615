#pragma once
// Who is involved most (issue 4, item 5): organisations of a type (universities, hogescholen, mbo schools,
// companies, ...) ranked by the number of initiatives they take part in, overall and per initiative kind; and the
// distribution of the number of partners per initiative kind. Definitions: docs/metrics.md, section "Involvement".
#include <cstddef>
#include <optional>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/impact_table.hpp"

namespace ppsnet::query {

struct InvolvementOptions {
  /// Only initiatives of this kind; nullopt (default): one set of rankings over all initiatives and one per kind
  /// present.
  std::optional<model::InitiativeKind> kind;
  /// The organisation types ranked, one ranking each, in this order.
  std::vector<model::OrganisationType> types{model::OrganisationType::university,
                                             model::OrganisationType::hogeschool,
                                             model::OrganisationType::mbo_school,
                                             model::OrganisationType::company};
  /// Entries kept per ranking (0 = all). Entries tied with the last kept one are kept too.
  std::size_t top = 10;
};

struct InvolvementEntry {
  model::NodeId organisation = model::kNoNode;
  std::size_t initiatives = 0;   ///< distinct initiatives (of the ranking's kind) it takes part in, >= 1
  std::size_t rank = 0;          ///< standard competition rank ("1224"): 1 + number of entries with more initiatives
};

struct InvolvementRanking {
  std::optional<model::InitiativeKind> kind;   ///< nullopt = all initiatives
  model::OrganisationType type = model::OrganisationType::other;
  std::size_t organisations = 0;   ///< organisations of the type taking part in >= 1 such initiative (before `top`)
  /// By initiatives descending; ties by label (name, or id when unnamed) byte-wise ascending, then external id.
  std::vector<InvolvementEntry> entries;
};

/// Number of distinct participating organisations (lead included) per initiative of one kind.
/// Quartiles use linear interpolation between order statistics (Hyndman & Fan type 7: position (n-1)p, 0-based;
/// the default of R's quantile, NumPy's percentile and Excel's QUARTILE.INC).
struct PartnerDistribution {
  std::optional<model::InitiativeKind> kind;   ///< nullopt = all initiatives
  std::size_t initiatives = 0;                 ///< >= 1 for every listed row
  std::size_t total = 0;                       ///< sum of partners (participating organisations, with repeats)
  double mean = 0, min = 0, q1 = 0, median = 0, q3 = 0, max = 0;
};

struct InvolvementResult {
  /// With options.kind: one ranking per type for that kind. Without: per type over all initiatives, then per kind
  /// present (InitiativeKind order) per type. Rankings with no organisation are kept (entries empty).
  std::vector<InvolvementRanking> rankings;
  /// With options.kind: that kind only (when it has initiatives). Without: all initiatives, then each kind present.
  std::vector<PartnerDistribution> partners;
};

/// Computes the rankings and distributions. Organisation o's count for kind k is |{i : kind(i) = k, o in N(i)}|
/// (each initiative once, however many participations). Throws nothing.
/// Time O(n + m + R log R) where R is the number of ranked organisations; memory O(n).
/// Source: Katapult PPS impact measurement 2019 ("hogescholen named most by mbo initiatives"; partners per PPS).
InvolvementResult involvement(const model::PartnerGraph& g, const InvolvementOptions& options = {});

/// The p-quantile (0 <= p <= 1) of `sorted` (ascending, non-empty) by linear interpolation, type 7 (see
/// PartnerDistribution). Throws std::invalid_argument when `sorted` is empty or p is outside [0, 1]. O(1).
double quantile_type7(const std::vector<double>& sorted, double p);

/// Tables: "involvement" (one row per entry of every ranking: kind, type, rank, organisation, id, initiatives;
/// in text form a blank-separated block per ranking is easier to read, so the CLI prints one table per ranking
/// through ranking_table) and "partners_per_initiative" (kind, initiatives, mean, min, q1, median, q3, max).
std::vector<Table> to_tables(const model::PartnerGraph& g, const InvolvementResult& r);
/// One ranking as a table named "involvement_<kind|all>_<type>" (rank, organisation, initiatives, id).
Table ranking_table(const model::PartnerGraph& g, const InvolvementRanking& ranking);

}  // namespace ppsnet::query
