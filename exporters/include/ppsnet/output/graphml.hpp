#pragma once
// GraphML of a PartnerGraph (readers: NetworkX read_graphml, igraph read_graph(format="graphml"), graph-tool,
// Gephi, yEd, Cytoscape desktop). Written as text (no XML library); UTF-8.
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
//            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
//     <key id="d0" for="node" attr.name="label" attr.type="string"/>
//     <key id="d1" for="node" attr.name="side" attr.type="string"/> ... (one per node column)
//     <key id="e0" for="edge" attr.name="weight" attr.type="double"/>
//     <key id="e1" for="edge" attr.name="participations" attr.type="int"/>
//     <key id="e2" for="edge" attr.name="roles" attr.type="string"/>   ("lead; partner": distinct, sorted)
//     <key id="e3" for="edge" attr.name="years" attr.type="string"/>   ("2019; 2020": distinct, ascending)
//     <key id="e4" for="edge" attr.name="first_year" attr.type="int"/>
//     <key id="e5" for="edge" attr.name="last_year" attr.type="int"/>
//     <key id="e6" for="edge" attr.name="contribution_eur" attr.type="double"/>  (sum of the known contributions)
//     <graph id="ppsnet" edgedefault="undirected">
//       <node id="2030"><data key="d0">Agenda 2030: "Slimme" Zorg</data> ...</node>
//       <edge id="e0" source="2030" target="01234567"><data key="e0">2</data><data key="e1">2</data></edge>
//     </graph>
//   </graphml>
//
// Node columns (attr.type): label (string), then as GEXF (ppsnet/output/gexf.hpp): side, bipartite (int),
// kind_or_type, education_level, municipality, corop (int), corop_name, province (int), province_name, country,
// kvk, brin, pic, sectors (string, "; "-joined), start_year (int), extras (string), metrics (double), categories
// (string). A missing value has no <data> element (never NaN/Infinity, never ""). Ids as in write_node_link_json,
// always strings. Escaping and UTF-8 handling as in GEXF (& < > " ' as entities, tab/LF/CR as character
// references). Output is byte-identical for equal input.
#include <ostream>
#include <span>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/columns.hpp"

namespace ppsnet::output {

/// Writes the GraphML document described above for `g`, ending with "\n". Nodes in node-id order; edges in
/// CsrGraph::edges() order with source = initiative, edge ids "e0", "e1", ..., weight = number of participations
/// of the pair, participations = count of Participation records, then roles, years, first_year, last_year and
/// contribution_eur as listed above (docs/exports.md "Edge attributes"; a missing value has no <data>).
/// Throws std::invalid_argument when a metric/category column has values.size() != g.num_nodes(), an empty,
/// duplicate or reserved name (as write_node_link_json). Stream errors are left in the stream's state.
/// O(n (c + log n) + m log m + p log m) time, O(n c + m) memory.
/// Source: GraphML Primer and graphml.xsd 1.0 (graphml.graphdrawing.org), attr.type values from its
/// "GraphML-Attributes" extension.
void write_graphml(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics = {},
                   std::span<const CategoryColumn> categories = {});

}  // namespace ppsnet::output
