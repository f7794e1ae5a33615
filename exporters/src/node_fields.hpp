#pragma once
// Internal: the per-node fields shared by the node-link JSON and node-table CSV exporters, so both formats
// name and fill them the same way.
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/columns.hpp"

namespace ppsnet::output::detail {

/// Field names written by the exporters themselves; metric/category names may not use them.
bool is_reserved_field(const std::string& name);

/// Unique text id per node: the external id, except when an initiative and an organisation share an external id;
/// then both get "initiative:<id>" / "organisation:<id>" (extended with "_2", ... in the unlikely case that text is
/// taken too). Result has num_nodes() entries. O(n log n).
std::vector<std::string> unique_node_ids(const model::PartnerGraph& g);

/// Checks metric/category columns: names non-empty, not reserved, distinct; sizes == num_nodes().
/// Throws std::invalid_argument otherwise.
void check_columns(const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                   std::span<const CategoryColumn> categories);

/// The node's extra attributes with keys made unique: a key equal to a reserved field, a metric/category name or an
/// earlier key of the same node becomes "extra_<key>" (then "extra_<key>_2", ...). Input order kept.
std::vector<std::pair<std::string, std::string>> extra_fields(const model::ExtraAttributes& extra,
                                                              std::span<const MetricColumn> metrics,
                                                              std::span<const CategoryColumn> categories);

/// Location/type fields of a node as optional text (nullopt = unknown/not applicable).
struct NodeFields {
  std::string side;                         ///< "initiative" | "organisation"
  std::string kind_or_type;                 ///< InitiativeKind or OrganisationType text form
  std::optional<std::string> education_level;  ///< organisations only
  std::optional<std::string> municipality;
  std::optional<unsigned> corop;            ///< CBS code 1..40
  std::optional<std::string> corop_name;
  std::optional<unsigned> province;         ///< CBS code 20..31
  std::optional<std::string> province_name;
  std::optional<std::string> country;       ///< ISO alpha-2
  std::optional<std::string> kvk, brin, pic;  ///< organisations only, when known
  std::optional<int> start_year;            ///< initiatives only, when known
  const std::vector<std::string>* sectors = nullptr;
  const model::ExtraAttributes* extra = nullptr;
};
NodeFields node_fields(const model::PartnerGraph& g, model::NodeId v);

/// What the participations folded into one edge carry (documented in docs/exports.md, "Edge attributes").
struct EdgeSummary {
  std::size_t participations = 0;          ///< Participation records of the pair
  std::vector<std::string> roles;          ///< distinct role names, sorted alphabetically ("lead", "partner")
  std::vector<int> years;                  ///< distinct known years, ascending; empty when no record has a year
  std::optional<double> contribution_eur;  ///< sum of the known contributions (euros); nullopt when none is known
};

/// One EdgeSummary per edge of `edges` (g.graph().edges(), same order). Contributions are added in the order of
/// g.participations(). O(p log m).
std::vector<EdgeSummary> edge_summaries(const model::PartnerGraph& g, std::span<const model::WeightedEdge> edges);

/// Number of participation records per edge of g.graph().edges() (same order). O(p log m).
std::vector<std::size_t> participations_per_edge(const model::PartnerGraph& g,
                                                 std::span<const model::WeightedEdge> edges);

}  // namespace ppsnet::output::detail
