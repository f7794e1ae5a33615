#include "ppsnet/output/cytoscape.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <set>
#include <stdexcept>

#include "attribute_table.hpp"
#include "text.hpp"

namespace ppsnet::output {

namespace {

template <typename Writer>
void text(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename Writer>
void cell(Writer& w, const detail::Cell& c) {
  if (const auto* s = std::get_if<std::string>(&c)) {
    text(w, *s);
  } else if (const auto* i = std::get_if<long long>(&c)) {
    w.Int64(*i);
  } else if (const auto* d = std::get_if<double>(&c)) {
    w.Double(*d);
  } else if (const auto* l = std::get_if<std::vector<std::string>>(&c)) {
    w.StartArray();
    for (const auto& s : *l) text(w, s);
    w.EndArray();
  } else {
    w.Null();
  }
}

template <typename Writer>
void write_document(Writer& w, const model::PartnerGraph& g, const detail::NodeTable& t,
                    const std::vector<detail::EdgeRow>& edges, const CytoscapeOptions& options) {
  // Edge ids: "e<k>", or "edge:e<k>" when a node id has the form "e<k>" (ids are unique over all elements).
  const std::set<std::string> node_ids(t.ids.begin(), t.ids.end());
  std::string edge_prefix = "e";
  for (std::size_t k = 0; k < edges.size(); ++k) {
    if (node_ids.count("e" + std::to_string(k)) != 0) {
      edge_prefix = "edge:e";
      break;
    }
  }
  while (true) {  // in the unlikely case "edge:e<k>" is taken too
    bool clash = false;
    for (std::size_t k = 0; k < edges.size() && !clash; ++k) clash = node_ids.count(edge_prefix + std::to_string(k)) != 0;
    if (!clash) break;
    edge_prefix = "edge:" + edge_prefix;
  }
  const bool positions = !options.x.empty();

  w.StartObject();
  text(w, "data");
  w.StartObject();
  text(w, "name");
  text(w, detail::sanitise_utf8(options.name));
  text(w, "bipartite");
  w.Bool(true);
  w.EndObject();
  text(w, "elements");
  w.StartObject();
  text(w, "nodes");
  w.StartArray();
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) {
    w.StartObject();
    text(w, "data");
    w.StartObject();
    text(w, "id");
    text(w, t.ids[v]);
    text(w, "label");
    text(w, t.labels[v]);
    for (const auto& col : t.columns) {
      text(w, col.name);
      cell(w, col.cells[v]);
    }
    w.EndObject();
    if (positions && std::isfinite(options.x[v]) && std::isfinite(options.y[v])) {
      text(w, "position");
      w.StartObject();
      text(w, "x");
      w.Double(options.x[v]);
      text(w, "y");
      w.Double(options.y[v]);
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
  text(w, "edges");
  w.StartArray();
  for (std::size_t k = 0; k < edges.size(); ++k) {
    const auto& e = edges[k];
    w.StartObject();
    text(w, "data");
    w.StartObject();
    text(w, "id");
    text(w, edge_prefix + std::to_string(k));
    text(w, "source");
    text(w, t.ids[e.source]);
    text(w, "target");
    text(w, t.ids[e.target]);
    text(w, "weight");
    w.Double(e.weight);
    text(w, "participations");
    w.Uint64(e.participations);
    text(w, "roles");
    w.StartArray();
    for (const auto& r : e.roles) text(w, r);
    w.EndArray();
    text(w, "years");
    w.StartArray();
    for (int y : e.years) w.Int(y);
    w.EndArray();
    text(w, "first_year");
    if (e.years.empty()) {
      w.Null();
    } else {
      w.Int(e.years.front());
    }
    text(w, "last_year");
    if (e.years.empty()) {
      w.Null();
    } else {
      w.Int(e.years.back());
    }
    text(w, "contribution_eur");
    if (e.contribution_eur && std::isfinite(*e.contribution_eur)) {
      w.Double(*e.contribution_eur);
    } else {
      w.Null();
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
}

}  // namespace

void write_cytoscape_json(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                          std::span<const CategoryColumn> categories, const CytoscapeOptions& options) {
  const bool both_empty = options.x.empty() && options.y.empty();
  const bool both_full = options.x.size() == g.num_nodes() && options.y.size() == g.num_nodes();
  if (!both_empty && !both_full) {
    throw std::invalid_argument("write_cytoscape_json: positions need x and y with one value per node");
  }
  const detail::NodeTable t = detail::node_table(g, metrics, categories);
  const std::vector<detail::EdgeRow> edges = detail::edge_rows(g);
  rapidjson::OStreamWrapper stream(out);
  if (options.pretty) {
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
    w.SetIndent(' ', 2);
    write_document(w, g, t, edges, options);
  } else {
    rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
    write_document(w, g, t, edges, options);
  }
  out << '\n';
}

}  // namespace ppsnet::output
