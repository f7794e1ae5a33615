#pragma once
// The interactive network viewer: ONE self-contained HTML file (no network access when it is opened) showing a
// query::Diagram with Cytoscape.js (npm "cytoscape", embedded at build time, see viewer/CMakeLists.txt) and
// ppsnet's own viewer code (viewer/src/viewer.js, viewer.css, template.html). Search by name, filters (organisation
// type / initiative kind, region, community), a details panel per node, a legend in the SVG's colours, a colour-by
// switch (type / community) and the diagram's caption. Node positions are computed by ppsnet (Graphviz) and shown
// with Cytoscape's `preset` layout: the browser never runs a layout. docs/exports.md, "Interactive viewer".
//
// Page structure (viewer/src/template.html): the title (HTML-escaped) in <title>; the CSS in <style>; the data as
// JSON in <script type="application/json" id="ppsnet-data">; Cytoscape.js and viewer.js in <script> elements.
// The JSON (written with RapidJSON) is:
//   {"format": "ppsnet-viewer", "version": 1, "title": "...", "caption": "...", "colour_by": "type"|"community",
//    "centrality_name": "betweenness", "layout": "sfdp",
//    "legend": [{"label": "company", "colour": "#e69f00", "shape": "ellipse"}, ...],        (Diagram::legend)
//    "nodes": [{"id": "i:2030", "external_id": "2030", "name": "...", "label": "...", "show_label": true,
//               "side": "initiative"|"organisation", "category": "initiative: coe"|"company"|...,
//               "region": "Limburg"|"DE"|null, "community": 3|null (1-based),
//               "community_label": "Agri & Food · Gelderland"|null, "centrality": 12.5|null,
//               "degree": 7|null, "size": 0.5 (inches), "shape": "box"|"ellipse", "colour": "#rrggbb",
//               "type_colour": "#rrggbb", "community_colour": "#rrggbb", "x": 12.5, "y": -40.25}, ...],
//    "edges": [[source index, target index, weight, pen width in points], ...]}
// Positions are in points with y DOWNWARDS (Graphviz y negated), rounded to 0.01. Ids are strings; non-finite
// numbers are written as null (never NaN/Infinity). Inside the <script> element the JSON has `<`, `>`, `&`, U+2028
// and U+2029 written as \u003c \u003e \u0026 \u2028 \u2029, so no text (e.g. a name "</script><script>...") can end
// the element or start markup; JSON.parse gives the original text back. The viewer shows every text with
// textContent or as a Cytoscape label, never as HTML.
#include <ostream>
#include <string>
#include <vector>

#include "ppsnet/query/diagram.hpp"

namespace ppsnet::output {

/// What the viewer shows about one diagram node besides the Diagram itself (filters and the details panel).
struct ViewerNodeInfo {
  std::string external_id;       ///< the id in the data ("2030"); shown in the details panel
  std::string name;              ///< full name (DiagramNode::label may be shortened)
  std::string side;              ///< "initiative" or "organisation"
  std::string category;          ///< legend label of its type/kind: "initiative: coe", "company", ...
  std::string region;            ///< province name, or country code outside NL; "" = unknown
  int community = -1;            ///< 0-based community; -1 = none (written 1-based, or null)
  std::string community_label;   ///< readable community name (CommunitySummary::label); "" = none
  double centrality = 0;         ///< the score that sizes the node (e.g. raw betweenness); NaN = unknown
  int degree = -1;               ///< links in the whole network (distinct partners); -1 = unknown
  std::string type_colour;       ///< fill colour when coloured by type (query::colour_of)
  std::string community_colour;  ///< fill colour when coloured by community (query::community_colour)
};

struct ViewerDocument {
  query::Diagram diagram;                 ///< what is drawn (nodes, edges, colours, sizes, legend, caption, title)
  std::vector<double> x;                  ///< one per diagram node: centre in points, x to the right
  std::vector<double> y;                  ///< one per diagram node: centre in points, y DOWNWARDS
  std::vector<ViewerNodeInfo> info;       ///< one per diagram node
  std::string colour_by = "type";         ///< how diagram.nodes[i].fill_colour was chosen: "type" or "community"
  std::string centrality_name = "betweenness";  ///< named in the details panel
};

/// Positions for `diagram` from a Graphviz layout with engine `layout` ("" = diagram.layout): fills x and y (points,
/// y downwards) with one entry per diagram node. Lays out a copy of the diagram with the nodes named n0, n1, ...
/// (so any id maps back) and without legend or caption (they do not move nodes).
/// Throws std::runtime_error("graphviz: ...") when the layout fails, and what to_dot throws (duplicate ids, bad edge
/// index). Time: the layout engine's (sfdp: about 1-2 s for 1,500 nodes on one core).
void layout_viewer(ViewerDocument& document, const std::string& layout = "");

/// Writes the complete HTML page for `document` to `out` (UTF-8, no byte-order mark). Text is made valid UTF-8 first
/// (as every exporter does). Deterministic: the same document gives the same bytes.
/// Throws std::invalid_argument when x, y or info do not have one entry per diagram node or an edge index is out of
/// range; std::runtime_error when the build has no viewer (PPSNET_VIEWER=OFF; see viewer_available()).
/// Stream errors are left in the stream's state. O(size of the document + 450 kB of Cytoscape.js).
void write_viewer_html(std::ostream& out, const ViewerDocument& document);

/// False when ppsnet was built with -DPPSNET_VIEWER=OFF (no embedded Cytoscape.js): write_viewer_html then throws.
bool viewer_available();

/// `json` made safe inside an HTML <script> element: `<`, `>`, `&`, U+2028 and U+2029 written as \u003c, \u003e,
/// \u0026, \u2028, \u2029 (valid JSON escapes; JSON.parse reads the same text). Exposed for tests. O(|json|).
std::string escape_json_for_script(const std::string& json);

}  // namespace ppsnet::output
