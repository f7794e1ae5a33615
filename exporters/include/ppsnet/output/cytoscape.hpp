#pragma once
// Cytoscape.js JSON (the elements format of cy.json() / cytoscape({elements}); also read by Cytoscape desktop's
// "Import Network from File" as "Cytoscape.js JSON"). Written with RapidJSON; UTF-8.
//
//   {"data": {"name": "ppsnet", "bipartite": true},
//    "elements": {
//      "nodes": [{"data": {"id": "2030", "label": "...", "side": "initiative", "bipartite": 0,
//                          "kind_or_type": "coe", "education_level": null, ..., "sectors": ["ICT"],
//                          "start_year": 2019, <extras>, <metrics>, <categories>},
//                 "position": {"x": 12.5, "y": -3.0}},      <- only when positions are given
//                ...],
//      "edges": [{"data": {"id": "e0", "source": "2030", "target": "01234567", "weight": 2.0,
//                          "participations": 2, "roles": ["partner"], "years": [2019, 2020],
//                          "first_year": 2019, "last_year": 2020, "contribution_eur": 1500.5}}, ...]}}
//
// Edge data keys as in the node-link JSON (ppsnet/output/json.hpp; docs/exports.md "Edge attributes"): roles and
// years are arrays (possibly empty), first_year / last_year / contribution_eur null when unknown.
//
// Node data keys, in order: id, label, then the columns of GEXF/GraphML (side, bipartite, kind_or_type,
// education_level, municipality, corop, corop_name, province, province_name, country, kvk, brin, pic, sectors
// (array of strings), start_year, extras, metrics, categories); every node has every key, null when unknown.
// JSON never holds NaN/Infinity (a non-finite metric is null); ids are always strings. Edge ids are "e0", "e1",
// ... in edge order; when a node already uses such an id, the edge ids become "edge:e0", ... (Cytoscape.js needs
// ids unique over nodes and edges). Text is made valid UTF-8 first and JSON-escaped by RapidJSON.
#include <ostream>
#include <span>
#include <string>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/columns.hpp"

namespace ppsnet::output {

struct CytoscapeOptions {
  std::string name = "ppsnet";  ///< top-level data.name
  /// Node positions by PartnerGraph node id (any unit; Cytoscape.js uses pixels, y downwards). Both empty = no
  /// "position" keys (the viewer lays the graph out); otherwise both must have num_nodes() entries. A non-finite
  /// coordinate leaves that node without a position.
  std::span<const double> x;
  std::span<const double> y;
  bool pretty = false;  ///< 2-space indentation instead of one line
};

/// Writes the document described above, followed by "\n". Nodes in node-id order, edges in CsrGraph::edges()
/// order with source = initiative.
/// Throws std::invalid_argument for bad metric/category columns (as write_node_link_json) or when x/y are not both
/// empty or both of size num_nodes(). O(n (c + log n) + m log m + p log m) time, O(n c + m) memory.
/// Source: Cytoscape.js documentation, "Notation: elements JSON" (js.cytoscape.org).
void write_cytoscape_json(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics = {},
                          std::span<const CategoryColumn> categories = {}, const CytoscapeOptions& options = {});

}  // namespace ppsnet::output
