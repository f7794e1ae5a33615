#pragma once
// Drawing DOT text through the Graphviz C library (libgvc/libcgraph, 2.42/2.43 on Debian 12), in-process, no shell.
//
// One Graphviz context (gvContext()) is created on first use and kept until the process ends (freeing it and
// creating another makes Graphviz 2.43's pango plugin read freed memory).
// Layout engines and output formats are Graphviz plugins that gvContext() loads on demand from Graphviz's plugin
// config (Debian: /usr/lib/x86_64-linux-gnu/graphviz/config6a): dot and neato/fdp/sfdp come from
// libgvplugin_dot_layout / libgvplugin_neato_layout, svg from libgvplugin_core, png/pdf from libgvplugin_pango
// (cairo) or libgvplugin_gd. A missing plugin shows up as "not recognized" in the exception message.
//
// Thread safety: Graphviz keeps global state (error handler, lexer); every function here holds one process-wide
// mutex while it uses Graphviz, so calls from several threads are serialised.
#include <map>
#include <string>
#include <vector>

namespace ppsnet::output {

/// Lays out `dot` with engine `layout` ("sfdp", "neato", "fdp", "dot", ...; "" = the graph's layout attribute, or
/// "dot" when it has none) and renders it in `format` ("svg", "png", "pdf", or any other format a loaded Graphviz
/// plugin offers). Returns the rendered bytes (binary for png/pdf).
/// Graphviz warnings (e.g. an unknown colour name) do not fail the call and are dropped.
/// Throws std::runtime_error("graphviz: ...") carrying Graphviz's own message when the DOT cannot be parsed
/// ("syntax error in line 1 near ..."), the layout engine or the format is unknown, or layout/rendering fails.
/// Time: the layout engine's (sfdp ~ O(n log n + m) per iteration; neato O(n^2) per iteration; dot can be
/// super-linear); memory O(n + m) plus the output.
std::string render_to_string(const std::string& dot, const std::string& format, const std::string& layout);

/// As render_to_string, then writes the bytes to `out_path` (created or truncated; binary mode).
/// Throws std::runtime_error as above, and when the file cannot be written (message names the path). Nothing is
/// written when rendering fails.
void render(const std::string& dot, const std::string& format, const std::string& layout,
            const std::string& out_path);

/// A node's position after a Graphviz layout.
struct LayoutPosition {
  std::string name;  ///< node name as Graphviz stores it (see DotNodeInfo::name)
  double x = 0;      ///< centre, in points (1/72 inch), Graphviz coordinates: x to the right
  double y = 0;      ///< centre, in points, y UPWARDS (negate it for screen/SVG coordinates)
};

/// Lays out `dot` with engine `layout` ("sfdp", "neato", "fdp", "dot", ...; "" = the graph's layout attribute, or
/// "dot"; note that Graphviz lets a `layout` attribute in the DOT text win over this argument, as in render) and
/// returns every node's centre, one entry per node in Graphviz's node order (declaration order: nodes
/// first seen inside a subgraph come where the subgraph is declared). Nothing is rendered: the coordinates are
/// Graphviz's own node coordinates after layout (the `pos` attribute a DOT/JSON render would write, without the
/// text round trip), so they match the SVG that render() draws from the same DOT up to its translation (the SVG
/// moves the drawing by the graph's margin/bounding box). Callers that need a node by its own id are best served by
/// giving nodes simple names (e.g. "n0", "n1", ...) in the DOT they pass, since Graphviz keeps backslash pairs in
/// quoted names as written.
/// Deterministic: the same DOT and engine give the same positions (Graphviz seeds its own random start).
/// Throws std::runtime_error("graphviz: ...") as render_to_string does (syntax error, unknown engine, failed layout).
/// Time: the layout engine's (sfdp about 1.5 s for 1,500 nodes / 4,000 edges on one core); memory O(n + m).
std::vector<LayoutPosition> layout_positions(const std::string& dot, const std::string& layout);

/// Names of the layout engines / output formats the Graphviz plugins loaded by gvContext() offer, sorted and
/// without duplicates, e.g. {"circo", "dot", "fdp", "neato", ..., "sfdp", ...} and {"pdf", "png", "svg", ...}.
/// Lets callers report a missing plugin before trying. Never throws for a working installation.
std::vector<std::string> available_layouts();
std::vector<std::string> available_formats();

/// What Graphviz read from DOT text (for checking exporters' output and round trips).
struct DotNodeInfo {
  std::string name;  ///< node name as Graphviz stores it: \" read as ", but \\ and \n kept as two characters
  std::map<std::string, std::string> attributes;  ///< every declared node attribute (defaults included), raw text
};
struct DotGraphInfo {
  std::string name;
  bool directed = false;
  std::map<std::string, std::string> attributes;  ///< every declared graph attribute, raw text
  std::vector<DotNodeInfo> nodes;                 ///< in Graphviz's node order (declaration order)
  std::size_t num_edges = 0;
  std::vector<std::string> subgraphs;             ///< names of the top-level subgraphs, in Graphviz's order
};

/// Parses `dot` with Graphviz (agmemread) and returns the graph's structure and attributes.
/// Attribute values are Graphviz's stored text: escString escapes such as \n and \\ in labels are NOT expanded
/// (Graphviz expands them only when drawing). Throws std::runtime_error with Graphviz's message on a syntax error.
/// O(size of dot).
DotGraphInfo parse_dot(const std::string& dot);

}  // namespace ppsnet::output
