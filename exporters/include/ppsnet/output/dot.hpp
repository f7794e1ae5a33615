#pragma once
// DOT (Graphviz) text for a query::Diagram. The exporter only serialises: what is shown, the colours, sizes and
// labels are decided by the query that built the Diagram.
//
// Escaping rules (Graphviz 2.43 "The DOT Language" and its label escapes; also in docs/exports.md):
//  - every id and every attribute value is written as a double-quoted string, so DOT keywords (node, edge, graph,
//    digraph, subgraph, strict in any case), digit-leading ids ("2030"), leading zeros ("01234567") and ':'
//    (a port separator outside quotes) are all safe;
//  - inside the quotes '"' becomes \" and '\' becomes \\; a line break (LF, CR or CR LF) becomes \n;
//  - in displayed text (label, tooltip, graph label) '&' also becomes &amp; because Graphviz decodes HTML
//    entities there (a name containing the text "&lt;" must not be shown as "<");
//  - text is made valid UTF-8 first (invalid bytes and control characters other than tab become U+FFFD), and the
//    graph declares charset="UTF-8".
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ppsnet/query/diagram.hpp"

namespace ppsnet::output {

/// `text` as a DOT double-quoted string (quotes included), escaped as described above. With `display` true,
/// '&' is also written as "&amp;" (use for label, tooltip and other text Graphviz shows; not for ids).
/// Example: dot_quote("a\"b\\c\nd") == R"("a\"b\\c\nd")". O(|text|).
std::string dot_quote(std::string_view text, bool display = false);

/// Pen widths in points, one per weight, for drawing edges of the given weights.
/// Let lo and hi be the smallest and largest finite positive weight.
///  - hi / lo >= 100 (weights span two or more orders of magnitude): t = (ln w - ln lo) / (ln hi - ln lo);
///  - otherwise, when hi > lo: t = (w - lo) / (hi - lo);
///  - when all finite positive weights are equal (or there are none): every width is 1.
/// width = 0.3 + 3.7 t, so widths lie in [0.3, 4]. Non-finite or non-positive weights get 0.3 (t = 0).
/// Result has weights.size() entries. Throws nothing. O(n).
std::vector<double> edge_pen_widths(std::span<const double> weights);

/// DOT text of an undirected graph for `diagram`. Shape of the output (fixed order, byte-identical for equal input):
///   graph "<title or ppsnet>" {
///     graph [charset="UTF-8", layout=..., overlap=..., outputorder="edgesfirst", (splines="false",) label=...,
///            labelloc="b", fontname="Helvetica"]
///       label: the caption as a quoted string; with a legend, an HTML-like table <<TABLE>...> with one row of
///       coloured legend cells and the caption below (& < > " written as entities; a fill colour that is not
///       #hex or a plain name becomes #cccccc), so the legend stays below the picture with every layout engine
///     node [fontname="Helvetica", fontsize="10"]
///     edge [color="#8c8c8c"]
///     subgraph "cluster_<name>" { label=...; nodes of that cluster }   one per distinct cluster, first-seen order
///     nodes without a cluster, in diagram order, each with fillcolor, style="filled", shape, width, height
///       (= size, inches), fixedsize ("shape" when the label is shown: it may overflow the shape; else "true"),
///       label (the label when show_label, else ""), tooltip
///     edges "<source id>" -- "<target id>" [penwidth=...] in diagram order (widths from edge_pen_widths)
///   }
/// overlap is "false" for neato and "prism" for the other engines; splines="false" when the diagram has
/// > 300 nodes or > 1000 edges (spline routing is the slow part of large layouts). Numbers are written in fixed notation with <= 4 decimals.
/// Throws std::invalid_argument when two diagram nodes share an id, std::out_of_range when an edge endpoint is
/// not a node index. O(n log n + m) time, O(n + m) memory.
/// Source: Graphviz attribute reference (graphviz.org/doc/info/attrs.html) for every attribute written.
std::string to_dot(const query::Diagram& diagram);

}  // namespace ppsnet::output
