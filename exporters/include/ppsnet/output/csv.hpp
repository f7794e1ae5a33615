#pragma once
// CSV tables of a PartnerGraph: one row per node (attributes + result columns) and one row per bipartite edge.
// Readers: spreadsheets, pandas/R, DuckDB, Gephi's "Import spreadsheet" (nodes: Id, Label; edges: Source,
// Target, Weight — Gephi matches these headers case-insensitively).
//
// Format (RFC 4180 quoting): fields separated by ','; a field containing ',', '"', CR or LF is enclosed in double
// quotes and its '"' doubled; other fields are written bare. Records end with LF (RFC 4180 says CR LF; every
// common reader accepts both). UTF-8 without BOM. Text is made valid UTF-8 first (invalid bytes and control
// characters other than tab, CR, LF become U+FFFD). Numbers are the shortest text that reads back to the same double
// (std::to_chars round trip: 0.1 -> "0.1", 2 -> "2", 1e-07 -> "1e-07"); a missing value is an empty field.
#include <ostream>
#include <span>
#include <string>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/columns.hpp"

namespace ppsnet::output {

/// One CSV field, quoted if needed (see above): csv_field("a,b") == "\"a,b\"", csv_field("x") == "x".
std::string csv_field(std::string_view text);

/// Writes one record: the fields joined by ',' and followed by "\n". An empty span writes an empty line.
/// O(total length).
void write_csv_row(std::ostream& out, std::span<const std::string> fields);

/// Node table, one row per PartnerGraph node in node-id order (initiatives first). Columns:
///   id, label, side (initiative|organisation), kind_or_type (InitiativeKind / OrganisationType text form),
///   education_level (organisations: none|vo|mbo|hbo|wo), municipality, corop (CBS code 1..40), corop_name,
///   province (CBS code 20..31), province_name, country (ISO alpha-2), kvk, brin, pic,
///   sectors (joined with "; "), start_year (initiatives),
///   then every extra attribute key (union over all nodes, first-seen order; a key that clashes with a column above
///   or a metric/category name is renamed "extra_<key>"), then one column per metric, then one per category.
/// id is the external id, made unique across the two sides as "initiative:<id>" / "organisation:<id>" only when an
/// initiative and an organisation share an external id. Unknown values are empty fields.
/// Throws std::invalid_argument when a metric/category column has the wrong size (!= num_nodes()), an empty name,
/// a duplicate name or the name of a fixed column. O(n (c + log n)) for c columns.
void write_node_table_csv(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics = {},
                          std::span<const CategoryColumn> categories = {});

/// Edge table, one row per initiative-organisation pair in CsrGraph::edges() order. Columns:
///   source (initiative id), target (organisation id), weight (CsrGraph edge weight = number of participations),
///   participations (count of Participation records of the pair), source_label, target_label, then what those
///   records carry (docs/exports.md, "Edge attributes"): roles (distinct role names sorted alphabetically, joined
///   with "; "), years (distinct years ascending, "; "-joined), first_year, last_year, contribution_eur (sum of the
///   known contributions in euros); empty when unknown.
/// Ids as in write_node_table_csv. Throws nothing beyond stream errors. O(m log m + p log m).
void write_edge_table_csv(std::ostream& out, const model::PartnerGraph& g);

}  // namespace ppsnet::output
