#pragma once
// Diagram: a drawing-ready view of (part of) a network. Queries decide what to show (which nodes, colours,
// sizes, labels, caption); exporters only serialise it (DOT, SVG/PNG/PDF through Graphviz).
#include <string>
#include <vector>

namespace ppsnet::query {

struct DiagramNode {
  std::string id;            ///< unique within the diagram (any UTF-8; exporters quote and escape it)
  std::string label;         ///< text shown when show_label is true (any UTF-8)
  std::string tooltip;       ///< longer text (name, type, region, scores)
  std::string fill_colour;   ///< "#rrggbb"
  std::string shape = "ellipse";  ///< Graphviz shape: "ellipse" (organisations), "box" (initiatives), ...
  double size = 0.2;         ///< width/height in inches (Graphviz units)
  bool show_label = false;
  std::string cluster;       ///< non-empty: drawn inside a cluster subgraph of that name
};

struct DiagramEdge {
  std::size_t source = 0;    ///< index into Diagram::nodes
  std::size_t target = 0;
  double weight = 1.0;       ///< drawn as pen width (scaled by the exporter to 0.3..4 pt)
};

struct LegendEntry {
  std::string label;
  std::string fill_colour;
  std::string shape = "ellipse";
};

struct Diagram {
  std::string title;
  std::string caption;       ///< says what was filtered out, e.g. "showing 150 of 67,322 nodes: ..."
  std::string layout = "sfdp";  ///< Graphviz layout engine: sfdp, neato, fdp, dot
  std::vector<DiagramNode> nodes;
  std::vector<DiagramEdge> edges;
  std::vector<LegendEntry> legend;
};

}  // namespace ppsnet::query
