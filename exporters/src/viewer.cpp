#include "ppsnet/output/viewer.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <stdexcept>
#include <string_view>

#include "ppsnet/output/dot.hpp"
#include "ppsnet/output/render.hpp"
#include "ppsnet/viewer/assets.hpp"
#include "text.hpp"

namespace ppsnet::output {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void text(JsonWriter& w, std::string_view s) {
  const std::string clean = detail::sanitise_utf8(s);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void key(JsonWriter& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }

void text_or_null(JsonWriter& w, std::string_view s) {
  if (s.empty()) {
    w.Null();
  } else {
    text(w, s);
  }
}

// Finite numbers only (JSON has no NaN/Infinity); rounded to `decimals` places when decimals >= 0.
void number(JsonWriter& w, double x, int decimals = -1) {
  if (!std::isfinite(x)) {
    w.Null();
    return;
  }
  if (decimals >= 0) {
    const double scale = std::pow(10.0, decimals);
    x = std::round(x * scale) / scale;
    if (x == 0) x = 0;  // no "-0.0"
  }
  w.Double(x);
}

std::string document_json(const ViewerDocument& d) {
  const auto& diagram = d.diagram;
  const std::size_t n = diagram.nodes.size();
  if (d.x.size() != n || d.y.size() != n || d.info.size() != n) {
    throw std::invalid_argument("write_viewer_html: x, y and info need one entry per diagram node (" +
                                std::to_string(n) + " nodes; got " + std::to_string(d.x.size()) + ", " +
                                std::to_string(d.y.size()) + ", " + std::to_string(d.info.size()) + ")");
  }
  std::vector<double> weights;
  weights.reserve(diagram.edges.size());
  for (const auto& e : diagram.edges) {
    if (e.source >= n || e.target >= n) throw std::invalid_argument("write_viewer_html: edge endpoint out of range");
    weights.push_back(e.weight);
  }
  const std::vector<double> widths = edge_pen_widths(weights);

  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  key(w, "format");
  w.String("ppsnet-viewer");
  key(w, "version");
  w.Int(1);
  key(w, "title");
  text(w, diagram.title);
  key(w, "caption");
  text(w, diagram.caption);
  key(w, "colour_by");
  text(w, d.colour_by);
  key(w, "centrality_name");
  text(w, d.centrality_name);
  key(w, "layout");
  text(w, diagram.layout);
  key(w, "legend");
  w.StartArray();
  for (const auto& entry : diagram.legend) {
    w.StartObject();
    key(w, "label");
    text(w, entry.label);
    key(w, "colour");
    text(w, entry.fill_colour);
    key(w, "shape");
    text(w, entry.shape);
    w.EndObject();
  }
  w.EndArray();
  key(w, "nodes");
  w.StartArray();
  for (std::size_t i = 0; i < n; ++i) {
    const auto& node = diagram.nodes[i];
    const auto& info = d.info[i];
    w.StartObject();
    key(w, "id");
    text(w, node.id);
    key(w, "external_id");
    text(w, info.external_id);
    key(w, "name");
    text(w, info.name.empty() ? node.label : info.name);
    key(w, "label");
    text(w, node.label);
    key(w, "show_label");
    w.Bool(node.show_label);
    key(w, "side");
    text_or_null(w, info.side);
    key(w, "category");
    text_or_null(w, info.category);
    key(w, "region");
    text_or_null(w, info.region);
    key(w, "community");
    if (info.community >= 0) {
      w.Int(info.community + 1);
    } else {
      w.Null();
    }
    key(w, "community_label");
    text_or_null(w, info.community_label);
    key(w, "centrality");
    number(w, info.centrality);
    key(w, "degree");
    if (info.degree >= 0) {
      w.Int(info.degree);
    } else {
      w.Null();
    }
    key(w, "size");
    number(w, node.size, 4);
    key(w, "shape");
    text(w, node.shape);
    key(w, "colour");
    text(w, node.fill_colour);
    key(w, "type_colour");
    text(w, info.type_colour.empty() ? node.fill_colour : info.type_colour);
    key(w, "community_colour");
    text(w, info.community_colour.empty() ? node.fill_colour : info.community_colour);
    key(w, "x");
    number(w, d.x[i], 2);
    key(w, "y");
    number(w, d.y[i], 2);
    w.EndObject();
  }
  w.EndArray();
  key(w, "edges");
  w.StartArray();
  for (std::size_t k = 0; k < diagram.edges.size(); ++k) {
    const auto& e = diagram.edges[k];
    w.StartArray();
    w.Uint64(e.source);
    w.Uint64(e.target);
    number(w, e.weight);
    number(w, widths[k], 2);
    w.EndArray();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

// Script text that cannot end its <script> element early: "</script" (any case) becomes "<\/script", which means
// the same inside JavaScript strings, regular expressions and comments (Cytoscape.js 3.x contains none; this is a
// guard for future versions).
std::string script_safe(std::string_view js) {
  std::string out;
  out.reserve(js.size());
  for (std::size_t i = 0; i < js.size(); ++i) {
    if (js[i] == '<' && i + 1 < js.size() && js[i + 1] == '/' && i + 8 <= js.size()) {
      std::string word(js.substr(i + 2, 6));
      for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (word == "script") {
        out += "<\\/";
        ++i;
        continue;
      }
    }
    out += js[i];
  }
  return out;
}

// Appends `tmpl` to `out` with the one occurrence of `marker` replaced by `value`; returns the rest after it.
std::string_view emit_until(std::string& out, std::string_view tmpl, std::string_view marker, std::string_view value) {
  const auto at = tmpl.find(marker);
  if (at == std::string_view::npos) {
    throw std::logic_error("viewer template: marker " + std::string(marker) + " missing (viewer/src/template.html)");
  }
  out.append(tmpl.substr(0, at));
  out.append(value);
  return tmpl.substr(at + marker.size());
}

}  // namespace

std::string escape_json_for_script(const std::string& json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";  // LINE / PARAGRAPH SEPARATOR
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

bool viewer_available() { return viewer::assets().available; }

void layout_viewer(ViewerDocument& document, const std::string& layout) {
  query::Diagram copy = document.diagram;
  for (std::size_t i = 0; i < copy.nodes.size(); ++i) {
    copy.nodes[i].id = "n" + std::to_string(i);
    copy.nodes[i].label.clear();
    copy.nodes[i].show_label = false;
    copy.nodes[i].tooltip.clear();
  }
  copy.legend.clear();
  copy.caption.clear();
  // The graph's own layout attribute takes precedence over gvLayout's engine argument in Graphviz, so set both.
  const std::string engine = layout.empty() ? copy.layout : layout;
  copy.layout = engine;
  const auto positions = layout_positions(to_dot(copy), engine);
  const std::size_t n = copy.nodes.size();
  document.x.assign(n, 0.0);
  document.y.assign(n, 0.0);
  std::vector<bool> seen(n, false);
  for (const auto& p : positions) {
    if (p.name.size() < 2 || p.name[0] != 'n') continue;
    const std::size_t i = std::stoul(p.name.substr(1));
    if (i >= n) continue;
    document.x[i] = p.x;
    document.y[i] = -p.y;  // Graphviz y is upwards, the screen's downwards
    seen[i] = true;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!seen[i]) throw std::runtime_error("graphviz: layout gave no position for node " + std::to_string(i));
  }
}

void write_viewer_html(std::ostream& out, const ViewerDocument& document) {
  const auto& a = viewer::assets();
  if (!a.available) {
    throw std::runtime_error("this ppsnet was built without the interactive viewer (PPSNET_VIEWER=OFF)");
  }
  const std::string data = escape_json_for_script(document_json(document));
  const std::string title =
      detail::html_escape(detail::sanitise_utf8(document.diagram.title.empty() ? "ppsnet network" : document.diagram.title));
  std::string page;
  page.reserve(a.template_html.size() + a.css.size() + a.viewer_js.size() + a.cytoscape_js.size() + data.size());
  std::string_view rest = a.template_html;
  rest = emit_until(page, rest, "@@PPSNET_TITLE@@", title);
  rest = emit_until(page, rest, "@@PPSNET_CSS@@", a.css);
  rest = emit_until(page, rest, "@@PPSNET_DATA@@", data);
  rest = emit_until(page, rest, "@@PPSNET_CYTOSCAPE@@", script_safe(a.cytoscape_js));
  rest = emit_until(page, rest, "@@PPSNET_VIEWER_JS@@", script_safe(a.viewer_js));
  page.append(rest);
  out.write(page.data(), static_cast<std::streamsize>(page.size()));
}

}  // namespace ppsnet::output
