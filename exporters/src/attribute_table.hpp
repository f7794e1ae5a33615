#pragma once
// Internal: the node and edge attributes of a PartnerGraph as typed columns, shared by the exporters that declare
// attribute types up front (GEXF, GraphML) and the JSON exporters built on the same fields (Cytoscape.js,
// VOSviewer). Not installed, not part of the public API.
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/columns.hpp"

namespace ppsnet::output::detail {

enum class AttributeType { string, integer, real, string_list };

/// One cell: missing, text (valid UTF-8, sanitised), an integer, a finite double, or a list of texts.
using Cell = std::variant<std::monostate, std::string, long long, double, std::vector<std::string>>;

struct AttributeColumn {
  std::string name;
  AttributeType type = AttributeType::string;
  std::vector<Cell> cells;  ///< one per node (or edge)
};

/// The node table: id and label per node, then the columns, in this order:
///   side, bipartite (0 initiative / 1 organisation), kind_or_type, education_level, municipality, corop,
///   corop_name, province, province_name, country, kvk, brin, pic, sectors (string_list), start_year,
///   every extra attribute key (union, first-seen order, renamed like the CSV exporter), the metrics (real; a
///   non-finite value is missing), the categories (string; "" is missing).
/// Throws std::invalid_argument for bad columns (detail::check_columns). O(n (c + log n)).
struct NodeTable {
  std::vector<std::string> ids;     ///< detail::unique_node_ids
  std::vector<std::string> labels;  ///< sanitised g.label(v)
  std::vector<AttributeColumn> columns;
};
NodeTable node_table(const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                     std::span<const CategoryColumn> categories);

/// The edges in CsrGraph::edges() order (source = initiative) with weight, participation count and what the
/// folded participations carry (detail::EdgeSummary: roles, years, summed contribution).
struct EdgeRow {
  model::NodeId source = 0;
  model::NodeId target = 0;
  double weight = 1.0;
  std::size_t participations = 0;
  std::vector<std::string> roles;          ///< distinct, sorted alphabetically
  std::vector<int> years;                  ///< distinct, ascending
  std::optional<double> contribution_eur;  ///< sum of the known contributions
};
std::vector<EdgeRow> edge_rows(const model::PartnerGraph& g);

/// The edge attributes of the XML formats, one cell per row of `edges`, in this order: participations (integer),
/// roles (string_list), years (string_list of the years' decimal text), first_year, last_year (integer; missing
/// when no year is known), contribution_eur (real; missing when no contribution is known or the sum is not
/// finite). O(m).
std::vector<AttributeColumn> edge_columns(const std::vector<EdgeRow>& edges);

/// XML character data / attribute value escaping for UTF-8 text that is already sanitised: & < > " ' become
/// entities; tab, LF and CR become &#9; &#10; &#13; (kept through attribute-value and line-end normalisation);
/// U+FFFE and U+FFFF (not XML characters) become U+FFFD. O(|s|).
std::string xml_escape(std::string_view s);

/// The text form of a cell for XML formats: lists joined with "; ", numbers in shortest round-trip form.
/// Precondition: the cell is not missing.
std::string cell_text(const Cell& c);

}  // namespace ppsnet::output::detail
