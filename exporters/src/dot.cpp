#include "ppsnet/output/dot.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>

#include "text.hpp"

namespace ppsnet::output {

namespace {

constexpr double kMinPenWidth = 0.3;   // points
constexpr double kMaxPenWidth = 4.0;   // points
constexpr double kLogScaleRatio = 100.0;
constexpr std::size_t kLargeGraphNodes = 300;
constexpr std::size_t kLargeGraphEdges = 1000;
constexpr int kDecimals = 4;

// Node size in inches: NaN / non-positive -> Diagram default; clamped to a drawable range.
double node_size_inches(double size) {
  if (!std::isfinite(size) || size <= 0.0) return 0.2;
  return std::clamp(size, 0.01, 100.0);
}

std::string number(double x) { return detail::fixed_number(x, kDecimals); }

// Returns `base`, or `base` followed by "_2", "_3", ...: the first candidate whose quoted DOT form is not in
// `taken` (a set of quoted forms); records it.
std::string unique_name(const std::string& base, std::set<std::string>& taken) {
  std::string candidate = base;
  for (int k = 2; taken.count(dot_quote(candidate)) != 0; ++k) candidate = base + "_" + std::to_string(k);
  taken.insert(dot_quote(candidate));
  return candidate;
}

void write_node(std::string& out, std::string_view indent, const query::DiagramNode& n) {
  out += indent;
  out += dot_quote(n.id);
  out += " [fillcolor=";
  out += dot_quote(n.fill_colour.empty() ? std::string_view("#cccccc") : std::string_view(n.fill_colour));
  out += ", style=\"filled\", shape=";
  out += dot_quote(n.shape.empty() ? std::string_view("ellipse") : std::string_view(n.shape));
  const std::string size = number(node_size_inches(n.size));
  // fixedsize="shape": the shape has exactly the given size and a longer label may overflow it without a warning.
  out += ", width=\"" + size + "\", height=\"" + size + "\", fixedsize=\"" + (n.show_label ? "shape" : "true") +
         "\", label=";
  out += n.show_label ? dot_quote(n.label, true) : std::string("\"\"");
  out += ", tooltip=";
  out += dot_quote(n.tooltip, true);
  out += "];\n";
}

}  // namespace

std::string dot_quote(std::string_view text, bool display) {
  const std::string clean = detail::sanitise_utf8(text);
  std::string out;
  out.reserve(clean.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        out += "\\n";
        if (i + 1 < clean.size() && clean[i + 1] == '\n') ++i;  // CR LF is one line break
        break;
      case '&':
        out += display ? "&amp;" : "&";
        break;
      default: out += c;
    }
  }
  out += '"';
  return out;
}

std::vector<double> edge_pen_widths(std::span<const double> weights) {
  double lo = std::numeric_limits<double>::infinity();
  double hi = 0.0;
  for (double w : weights) {
    if (std::isfinite(w) && w > 0.0) {
      lo = std::min(lo, w);
      hi = std::max(hi, w);
    }
  }
  std::vector<double> widths(weights.size(), 1.0);
  if (!(hi > lo)) {  // no usable weights, or all equal: uniform default width
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (!(std::isfinite(weights[i]) && weights[i] > 0.0)) widths[i] = kMinPenWidth;
    }
    return widths;
  }
  const bool log_scale = hi / lo >= kLogScaleRatio;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const double w = weights[i];
    double t = 0.0;
    if (std::isfinite(w) && w > 0.0) {
      t = log_scale ? (std::log(w) - std::log(lo)) / (std::log(hi) - std::log(lo)) : (w - lo) / (hi - lo);
    }
    widths[i] = kMinPenWidth + (kMaxPenWidth - kMinPenWidth) * std::clamp(t, 0.0, 1.0);
  }
  return widths;
}

// HTML-like label text: escapes & < > " (Graphviz HTML labels are XML), newlines become <BR/>.
std::string html_text(std::string_view text) {
  const std::string clean = detail::sanitise_utf8(text);
  std::string out;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\r':
        if (i + 1 < clean.size() && clean[i + 1] == '\n') ++i;
        out += "<BR/>";
        break;
      case '\n': out += "<BR/>"; break;
      default: out += c;
    }
  }
  return out;
}

std::string html_colour(std::string_view c) {
  // Only #rrggbb / #rrggbbaa or a plain colour name may go into an HTML attribute.
  for (char ch : c)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '#')) return "#cccccc";
  return c.empty() ? std::string("#cccccc") : std::string(c);
}

// Long captions are wrapped at spaces into lines of at most kCaptionWidth characters (UTF-8 characters counted),
// so a caption never makes a picture wider than its drawing.
constexpr std::size_t kCaptionWidth = 110;

std::string wrap_caption(std::string_view text) {
  std::string out(text);
  std::size_t line_chars = 0, last_space = std::string::npos, chars_at_space = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    if (c == '\n') {
      line_chars = 0;
      last_space = std::string::npos;
      continue;
    }
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    ++line_chars;
    if (c == ' ') {
      last_space = i;
      chars_at_space = line_chars;
    }
    if (line_chars > kCaptionWidth && last_space != std::string::npos) {
      out[last_space] = '\n';
      line_chars -= chars_at_space;
      last_space = std::string::npos;
    }
  }
  return out;
}

// The graph label: the legend as one row of coloured cells above the caption, as an HTML-like table, so it
// stays at the bottom of the picture with every layout engine (sfdp and neato ignore cluster placement).
std::string graph_label(const query::Diagram& d) {
  if (d.legend.empty()) return dot_quote(wrap_caption(d.caption), true);
  // The legend cells sit in a table of their own inside the first row, so the (wide) caption below does not
  // stretch them.
  std::string out = "<<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"><TR><TD>";
  out += "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"3\"><TR>";
  for (const auto& e : d.legend) {
    out += "<TD BGCOLOR=\"" + html_colour(e.fill_colour) + "\" BORDER=\"1\"";
    if (e.shape == "ellipse") out += " STYLE=\"ROUNDED\"";
    out += "><FONT POINT-SIZE=\"10\">" + html_text(e.label) + "</FONT></TD>";
  }
  out += "</TR></TABLE></TD></TR>";
  if (!d.caption.empty()) out += "<TR><TD><FONT POINT-SIZE=\"11\">" + html_text(wrap_caption(d.caption)) + "</FONT></TD></TR>";
  out += "</TABLE>>";
  return out;
}

std::string to_dot(const query::Diagram& diagram) {
  // Validate ids and edges first: nothing is written for an invalid diagram.
  std::set<std::string> taken;  // quoted form of every DOT node id and subgraph name in use
  for (const auto& n : diagram.nodes) {
    // Ids are compared as written (after sanitising and line-break folding), because that is what Graphviz sees.
    if (!taken.insert(dot_quote(n.id)).second) {
      throw std::invalid_argument("to_dot: duplicate diagram node id '" + n.id + "'");
    }
  }
  for (const auto& e : diagram.edges) {
    if (e.source >= diagram.nodes.size() || e.target >= diagram.nodes.size()) {
      throw std::out_of_range("to_dot: edge endpoint " + std::to_string(std::max(e.source, e.target)) +
                              " is not a node index (diagram has " + std::to_string(diagram.nodes.size()) +
                              " nodes)");
    }
  }

  const std::string layout = diagram.layout.empty() ? std::string("sfdp") : diagram.layout;
  const bool large = diagram.nodes.size() > kLargeGraphNodes || diagram.edges.size() > kLargeGraphEdges;

  std::string out;
  out += "graph ";
  out += dot_quote(diagram.title.empty() ? std::string_view("ppsnet") : std::string_view(diagram.title));
  out += " {\n";
  out += "  graph [charset=\"UTF-8\", layout=" + dot_quote(layout) + ", overlap=\"";
  out += layout == "neato" ? "false" : "prism";
  out += "\", outputorder=\"edgesfirst\"";
  if (large) out += ", splines=\"false\"";
  out += ", label=" + graph_label(diagram) + ", labelloc=\"b\", fontname=\"Helvetica\"];\n";
  out += "  node [fontname=\"Helvetica\", fontsize=\"10\"];\n";
  out += "  edge [color=\"#8c8c8c\"];\n";

  // Clusters in first-seen order; each cluster's nodes in diagram order.
  std::vector<std::string> cluster_order;
  std::map<std::string, std::vector<std::size_t>> cluster_members;
  for (std::size_t i = 0; i < diagram.nodes.size(); ++i) {
    const auto& c = diagram.nodes[i].cluster;
    if (c.empty()) continue;
    auto [it, inserted] = cluster_members.try_emplace(c);
    if (inserted) cluster_order.push_back(c);
    it->second.push_back(i);
  }
  for (const auto& c : cluster_order) {
    const std::string name = unique_name("cluster_" + detail::sanitise_utf8(c), taken);
    out += "  subgraph " + dot_quote(name) + " {\n";
    out += "    graph [label=" + dot_quote(c, true) + "];\n";
    for (std::size_t i : cluster_members[c]) write_node(out, "    ", diagram.nodes[i]);
    out += "  }\n";
  }
  for (const auto& n : diagram.nodes) {
    if (n.cluster.empty()) write_node(out, "  ", n);
  }

  std::vector<double> weights;
  weights.reserve(diagram.edges.size());
  for (const auto& e : diagram.edges) weights.push_back(e.weight);
  const std::vector<double> widths = edge_pen_widths(weights);
  for (std::size_t k = 0; k < diagram.edges.size(); ++k) {
    const auto& e = diagram.edges[k];
    out += "  " + dot_quote(diagram.nodes[e.source].id) + " -- " + dot_quote(diagram.nodes[e.target].id) +
           " [penwidth=\"" + number(widths[k]) + "\"];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace ppsnet::output
