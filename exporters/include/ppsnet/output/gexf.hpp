#pragma once
// GEXF (Graph Exchange XML Format) of a PartnerGraph, the native format of Gephi. Written as text (no XML
// library); UTF-8.
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
//         xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
//     <meta><creator>ppsnet</creator><description>...</description></meta>
//     <graph mode="static" defaultedgetype="undirected">
//       <attributes class="node" mode="static">
//         <attribute id="0" title="side" type="string"/> ... (one per column, ids "0", "1", ... in column order)
//       </attributes>
//       <attributes class="edge" mode="static">
//         <attribute id="0" title="participations" type="integer"/> ... (roles, years, first_year, last_year,
//         contribution_eur: see below)
//       </attributes>
//       <nodes>
//         <node id="2030" label="Agenda 2030: &quot;Slimme&quot; Zorg">
//           <attvalues><attvalue for="0" value="initiative"/> ...</attvalues>
//           <viz:color r="106" g="81" b="163"/><viz:size value="40"/><viz:shape value="square"/>
//         </node> ...
//       </nodes>
//       <edges><edge id="0" source="2030" target="01234567" weight="2"><attvalues>...</attvalues></edge> ...</edges>
//     </graph>
//   </gexf>
//
// Edge attributes (what the participations folded into the edge carry; docs/exports.md "Edge attributes"):
// participations (integer), roles (string: distinct roles sorted alphabetically, joined with "; "), years (string:
// distinct years ascending, "; "-joined), first_year, last_year (integer), contribution_eur (double: sum of the
// known contributions). Missing values have no <attvalue>.
// Node columns and their GEXF types: side (string), bipartite (integer: 0 initiative, 1 organisation), kind_or_type,
// education_level, municipality (string), corop (integer, CBS code), corop_name, province (integer, CBS code),
// province_name, country, kvk, brin, pic (string), sectors (string, joined with "; "), start_year (integer), every
// extra attribute key (string; union over nodes, first-seen order, clashes renamed "extra_<key>"), one per metric
// (double), one per category (string). A missing value has no <attvalue> (GEXF's way of saying "unknown"; Gephi
// shows an empty cell); so NaN/Infinity never appear. Ids are the external ids (made unique across the sides as
// "initiative:<id>"/"organisation:<id>" only when both sides use one id), always strings.
// Escaping: & < > " ' as entities, tab/LF/CR as &#9;/&#10;/&#13; (survive attribute-value normalisation); text is
// made valid UTF-8 first (invalid bytes, C0 controls other than tab/LF/CR, U+FFFE/U+FFFF become U+FFFD).
// Numbers: shortest text that reads back to the same double. Output is byte-identical for equal input (no date).
//
// Readers: Gephi 0.9/0.10 (GEXF 1.3 and 1.2draft), NetworkX read_gexf (1.1draft/1.2draft up to NetworkX 3.x;
// 1.3 in newer releases), igraph/graph-tool via NetworkX. Use version "1.2draft" for old readers: the body is the
// same, only the namespace, schema location and version attribute change.
#include <ostream>
#include <span>
#include <string>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/columns.hpp"

namespace ppsnet::output {

struct GexfOptions {
  /// "1.3" (namespace http://gexf.net/1.3, default) or "1.2draft" (http://www.gexf.net/1.2draft).
  std::string version = "1.3";
  /// Text for <meta><description>; empty = no description element.
  std::string description;
  /// Write Gephi's visualisation module per node (namespace viz = <ns>/viz): <viz:color r g b> with the colour
  /// ppsnet's pictures use for the node's initiative kind / organisation type (query::colour_of), <viz:size> =
  /// 10 + 30·sqrt(degree / max degree) (Gephi's default node size is 10; isolated nodes keep it) and <viz:shape>
  /// square (initiative) or disc (organisation). false = no viz namespace and no viz elements.
  bool viz = true;
};

/// Writes the GEXF document described above for `g`, ending with "\n". Nodes in node-id order (initiatives
/// first); edges in CsrGraph::edges() order with source = initiative, id = "0", "1", ..., weight = number of
/// participations of the pair (GEXF's edge weight) and the edge attributes above.
/// Throws std::invalid_argument for a version other than "1.3"/"1.2draft", or when a metric/category column has
/// values.size() != g.num_nodes(), an empty, duplicate or reserved name (as write_node_link_json).
/// Stream errors are left in the stream's state. O(n (c + log n) + m log m + p log m) time, O(n c + m) memory.
/// Source: GEXF 1.3 specification (gexf.net, "GEXF 1.3 primer", gexf.xsd and viz.xsd).
void write_gexf(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics = {},
                std::span<const CategoryColumn> categories = {}, const GexfOptions& options = {});

}  // namespace ppsnet::output
