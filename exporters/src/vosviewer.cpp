#include "ppsnet/output/vosviewer.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <stdexcept>

#include "attribute_table.hpp"
#include "node_fields.hpp"
#include "text.hpp"

namespace ppsnet::output {

namespace {

template <typename Writer>
void text(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "<br>"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

// "initiative (coe)<br>Heerlen, Zuid-Limburg, Limburg, NL" - plain parts escaped, joined with <br>.
std::string description(const model::PartnerGraph& g, model::NodeId v) {
  const detail::NodeFields f = detail::node_fields(g, v);
  std::string first = f.side + " (" + f.kind_or_type + ")";
  std::string place;
  const auto append = [&](const std::optional<std::string>& s) {
    if (!s) return;
    if (!place.empty()) place += ", ";
    place += *s;
  };
  append(f.municipality);
  append(f.corop_name);
  append(f.province_name);
  append(f.country);
  std::string out = html_escape(detail::sanitise_utf8(first));
  if (!place.empty()) out += "<br>" + html_escape(detail::sanitise_utf8(place));
  if (!f.sectors->empty()) {
    std::string s;
    for (std::size_t k = 0; k < f.sectors->size(); ++k) s += (k > 0 ? "; " : "") + (*f.sectors)[k];
    out += "<br>" + html_escape(detail::sanitise_utf8(s));
  }
  return out;
}

template <typename Writer>
void write_document(Writer& w, const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                    const detail::NodeTable& t, const std::vector<detail::EdgeRow>& edges,
                    const VosviewerOptions& options) {
  const std::size_t n = g.num_nodes();
  std::vector<double> strength(n, 0.0);
  std::vector<std::size_t> links(n, 0);
  for (const auto& e : edges) {
    strength[e.source] += e.weight;
    strength[e.target] += e.weight;
    ++links[e.source];
    ++links[e.target];
  }
  const bool positions = !options.x.empty();

  w.StartObject();
  text(w, "network");
  w.StartObject();
  text(w, "items");
  w.StartArray();
  for (model::NodeId v = 0; v < n; ++v) {
    w.StartObject();
    text(w, "id");
    text(w, t.ids[v]);
    text(w, "label");
    text(w, t.labels[v]);
    text(w, "description");
    text(w, description(g, v));
    if (positions && std::isfinite(options.x[v]) && std::isfinite(options.y[v])) {
      text(w, "x");
      w.Double(options.x[v]);
      text(w, "y");
      w.Double(options.y[v]);
    }
    if (!options.cluster.empty() && options.cluster[v] >= 0) {
      text(w, "cluster");
      w.Int(options.cluster[v] + 1);
    }
    text(w, "weights");
    w.StartObject();
    text(w, "Links");
    w.Uint64(links[v]);
    text(w, "Total link strength");
    w.Double(strength[v]);
    w.EndObject();
    text(w, "scores");
    w.StartObject();
    for (const auto& m : metrics) {
      if (!std::isfinite(m.values[v])) continue;
      text(w, detail::sanitise_utf8(m.name));
      w.Double(m.values[v]);
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  text(w, "links");
  w.StartArray();
  for (const auto& e : edges) {
    w.StartObject();
    text(w, "source_id");
    text(w, t.ids[e.source]);
    text(w, "target_id");
    text(w, t.ids[e.target]);
    text(w, "strength");
    w.Double(e.weight);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();

  text(w, "config");
  w.StartObject();
  text(w, "terminology");
  w.StartObject();
  const std::pair<const char*, const char*> terms[] = {
      {"item", "node"},          {"items", "nodes"},
      {"link", "partnership"},   {"links", "partnerships"},
      {"link_strength", "participations"}, {"total_link_strength", "total participations"}};
  for (const auto& [k, value] : terms) {
    text(w, k);
    text(w, value);
  }
  w.EndObject();
  w.EndObject();

  text(w, "info");
  w.StartObject();
  text(w, "title");
  text(w, detail::sanitise_utf8(options.title));
  text(w, "description");
  text(w, html_escape(detail::sanitise_utf8(options.description)));
  w.EndObject();
  w.EndObject();
}

}  // namespace

void write_vosviewer_json(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                          std::span<const CategoryColumn> categories, const VosviewerOptions& options) {
  const std::size_t n = g.num_nodes();
  const bool both_empty = options.x.empty() && options.y.empty();
  const bool both_full = options.x.size() == n && options.y.size() == n;
  if (!both_empty && !both_full) {
    throw std::invalid_argument("write_vosviewer_json: positions need x and y with one value per node");
  }
  if (!options.cluster.empty()) {
    if (options.cluster.size() != n) {
      throw std::invalid_argument("write_vosviewer_json: cluster needs one value per node");
    }
    for (const int c : options.cluster) {
      if (c < -1) throw std::invalid_argument("write_vosviewer_json: cluster values must be >= -1");
    }
  }
  const detail::NodeTable t = detail::node_table(g, metrics, categories);  // also checks the columns
  const std::vector<detail::EdgeRow> edges = detail::edge_rows(g);
  rapidjson::OStreamWrapper stream(out);
  if (options.pretty) {
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
    w.SetIndent(' ', 2);
    write_document(w, g, metrics, t, edges, options);
  } else {
    rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
    write_document(w, g, metrics, t, edges, options);
  }
  out << '\n';
}

}  // namespace ppsnet::output
