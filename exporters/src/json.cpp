#include "ppsnet/output/json.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "node_fields.hpp"
#include "text.hpp"

namespace ppsnet::output {

namespace {

template <typename Writer>
void text(Writer& w, std::string_view s) {
  const std::string clean = detail::sanitise_utf8(s);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

template <typename Writer>
void key(Writer& w, std::string_view k) {
  text(w, k);
}

template <typename Writer>
void optional_text(Writer& w, std::string_view k, const std::optional<std::string>& v) {
  key(w, k);
  if (v) {
    text(w, *v);
  } else {
    w.Null();
  }
}

template <typename Writer>
void optional_uint(Writer& w, std::string_view k, const std::optional<unsigned>& v) {
  key(w, k);
  if (v) {
    w.Uint(*v);
  } else {
    w.Null();
  }
}

template <typename Writer>
void write_document(Writer& w, const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                    std::span<const CategoryColumn> categories, const NodeLinkOptions& options) {
  const std::vector<std::string> ids = detail::unique_node_ids(g);
  w.StartObject();
  key(w, "directed");
  w.Bool(false);
  key(w, "multigraph");
  w.Bool(false);
  key(w, "graph");
  w.StartObject();
  key(w, "name");
  text(w, "ppsnet");
  key(w, "bipartite");
  w.Bool(true);
  key(w, "num_initiatives");
  w.Uint64(g.num_initiatives());
  key(w, "num_organisations");
  w.Uint64(g.num_organisations());
  w.EndObject();

  key(w, "nodes");
  w.StartArray();
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) {
    const detail::NodeFields f = detail::node_fields(g, v);
    const bool initiative = g.is_initiative(v);
    w.StartObject();
    key(w, "id");
    text(w, ids[v]);
    key(w, "label");
    text(w, g.label(v));
    key(w, "bipartite");
    w.Uint(initiative ? 0 : 1);
    key(w, "side");
    text(w, f.side);
    key(w, initiative ? "kind" : "type");
    text(w, f.kind_or_type);
    if (!initiative) optional_text(w, "education_level", f.education_level);
    optional_text(w, "municipality", f.municipality);
    optional_uint(w, "corop", f.corop);
    optional_text(w, "corop_name", f.corop_name);
    optional_uint(w, "province", f.province);
    optional_text(w, "province_name", f.province_name);
    optional_text(w, "country", f.country);
    if (!initiative) {
      optional_text(w, "kvk", f.kvk);
      optional_text(w, "brin", f.brin);
      optional_text(w, "pic", f.pic);
    }
    key(w, "sectors");
    w.StartArray();
    for (const auto& s : *f.sectors) text(w, s);
    w.EndArray();
    if (initiative) {
      key(w, "start_year");
      if (f.start_year) {
        w.Int(*f.start_year);
      } else {
        w.Null();
      }
    }
    for (const auto& [k, value] : detail::extra_fields(*f.extra, metrics, categories)) {
      key(w, k);
      text(w, value);
    }
    for (const auto& m : metrics) {
      key(w, m.name);
      const double x = m.values[v];
      if (std::isfinite(x)) {
        w.Double(x);
      } else {
        w.Null();
      }
    }
    for (const auto& c : categories) {
      key(w, c.name);
      if (c.values[v].empty()) {
        w.Null();
      } else {
        text(w, c.values[v]);
      }
    }
    w.EndObject();
  }
  w.EndArray();

  const std::vector<model::WeightedEdge> edges = g.graph().edges();
  const std::vector<detail::EdgeSummary> summaries = detail::edge_summaries(g, edges);
  key(w, options.links_key ? "links" : "edges");
  w.StartArray();
  for (std::size_t k = 0; k < edges.size(); ++k) {
    w.StartObject();
    key(w, "source");
    text(w, ids[edges[k].u]);  // u < v: the initiative
    key(w, "target");
    text(w, ids[edges[k].v]);
    key(w, "weight");
    if (std::isfinite(edges[k].weight)) {
      w.Double(edges[k].weight);
    } else {
      w.Null();
    }
    const detail::EdgeSummary& e = summaries[k];
    key(w, "participations");
    w.Uint64(e.participations);
    key(w, "roles");
    w.StartArray();
    for (const auto& r : e.roles) text(w, r);
    w.EndArray();
    key(w, "years");
    w.StartArray();
    for (int y : e.years) w.Int(y);
    w.EndArray();
    key(w, "first_year");
    if (e.years.empty()) {
      w.Null();
    } else {
      w.Int(e.years.front());
    }
    key(w, "last_year");
    if (e.years.empty()) {
      w.Null();
    } else {
      w.Int(e.years.back());
    }
    key(w, "contribution_eur");
    if (e.contribution_eur && std::isfinite(*e.contribution_eur)) {
      w.Double(*e.contribution_eur);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void write_node_link_json(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                          std::span<const CategoryColumn> categories, const NodeLinkOptions& options) {
  detail::check_columns(g, metrics, categories);
  rapidjson::OStreamWrapper stream(out);
  if (options.pretty) {
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
    w.SetIndent(' ', 2);
    write_document(w, g, metrics, categories, options);
  } else {
    rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
    write_document(w, g, metrics, categories, options);
  }
  out << '\n';
}

}  // namespace ppsnet::output
