#pragma once
// Node-link JSON of a PartnerGraph, the shape read by NetworkX (networkx.node_link_graph / json_graph) and by d3
// force layouts (with links_key = true). Written with RapidJSON's Writer.
//
//   {"directed": false, "multigraph": false,
//    "graph": {"name": "ppsnet", "bipartite": true, "num_initiatives": 3, "num_organisations": 4},
//    "nodes": [{"id": "2030", "label": "...", "bipartite": 0, "side": "initiative", "kind": "coe",
//               "municipality": "Heerlen", "corop": 39, "corop_name": "Zuid-Limburg", "province": 31,
//               "province_name": "Limburg", "country": "NL", "sectors": ["ICT"], "start_year": 2019,
//               <extra attributes>..., <metrics>..., <categories>...},
//              {"id": "01234567", "label": "...", "bipartite": 1, "side": "organisation", "type": "company",
//               "education_level": "none", <location as above>, "kvk": "01234567", "brin": null, "pic": null,
//               "sectors": [], ...}],
//    "edges": [{"source": "2030", "target": "01234567", "weight": 2.0, "participations": 2,
//               "roles": ["partner"], "years": [2019, 2020], "first_year": 2019, "last_year": 2020,
//               "contribution_eur": 1500.5}]}
//
// Conventions: bipartite = 0 for initiatives and 1 for organisations (NetworkX's bipartite attribute); ids are
// always JSON strings ("2030", "01234567" keep their form); unknown values are null (never "" or 0), so every node
// of a side has the same keys; no NaN or Infinity tokens (a non-finite metric is null); numbers are written so they
// read back to the same double (RapidJSON Grisu2; integral doubles keep a ".0"); text is made valid UTF-8 first
// (invalid bytes and control characters other than tab, CR, LF become U+FFFD) and JSON-escaped by RapidJSON.
#include <ostream>
#include <span>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/columns.hpp"

namespace ppsnet::output {

struct NodeLinkOptions {
  /// Name of the edge array: "edges" (NetworkX's default from 3.6 on) or, when true, "links" (NetworkX before 3.6,
  /// d3 examples). NetworkX 2.8 reads "edges" files with node_link_graph(d, link="edges").
  bool links_key = false;
  /// Indent with 2 spaces, one key per line (for people and diffs); default compact (one line).
  bool pretty = false;
};

/// Writes the node-link JSON document described above for `g`, followed by "\n".
/// Nodes in node-id order (initiatives first); edges in CsrGraph::edges() order with source = initiative,
/// target = organisation, weight = CsrGraph edge weight (number of participations, as a double),
/// participations = count of Participation records of the pair, and what those records carry (docs/exports.md,
/// "Edge attributes"): roles = distinct role names sorted alphabetically, years = distinct years ascending (both
/// arrays, possibly empty), first_year / last_year = the smallest / largest year (null when none),
/// contribution_eur = sum of the known contributions in euros (null when none is known). Every edge has every key.
/// Node ids: the external id; only when an initiative and an organisation share an external id do they become
/// "initiative:<id>" / "organisation:<id>". Extra attribute keys that clash with a field above or a metric/category
/// name are written as "extra_<key>". Metrics: value or null (NaN/inf); categories: value or null ("").
/// Throws std::invalid_argument when a metric/category column has values.size() != g.num_nodes(), an empty name,
/// a duplicate name, or the name of a field the exporter writes itself (id, label, bipartite, side, kind, type,
/// kind_or_type, education_level, municipality, corop, corop_name, province, province_name, country, kvk, brin,
/// pic, sectors, start_year, source, target). Stream errors are left in the stream's state.
/// O(n (c + log n) + m log m + p log m) time for c columns and p participations, O(n + m) memory.
/// Source: NetworkX networkx.readwrite.json_graph.node_link_data format.
void write_node_link_json(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics = {},
                          std::span<const CategoryColumn> categories = {}, const NodeLinkOptions& options = {});

}  // namespace ppsnet::output
