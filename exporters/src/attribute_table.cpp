#include "attribute_table.hpp"

#include <cmath>
#include <map>
#include <optional>

#include "node_fields.hpp"
#include "text.hpp"

namespace ppsnet::output::detail {

namespace {

Cell text_cell(const std::optional<std::string>& s) {
  if (!s || s->empty()) return std::monostate{};
  return sanitise_utf8(*s);
}

template <typename T>
Cell int_cell(const std::optional<T>& x) {
  if (!x) return std::monostate{};
  return static_cast<long long>(*x);
}

}  // namespace

NodeTable node_table(const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                     std::span<const CategoryColumn> categories) {
  check_columns(g, metrics, categories);
  const std::size_t n = g.num_nodes();
  NodeTable t;
  t.ids = unique_node_ids(g);
  for (auto& id : t.ids) id = sanitise_utf8(id);
  t.labels.reserve(n);
  const auto add = [&](std::string name, AttributeType type) -> std::vector<Cell>& {
    t.columns.push_back({std::move(name), type, std::vector<Cell>(n)});
    return t.columns.back().cells;
  };
  // Fixed columns first (references are taken after all of them are added: the vector may reallocate).
  const std::vector<std::pair<std::string, AttributeType>> fixed = {
      {"side", AttributeType::string},          {"bipartite", AttributeType::integer},
      {"kind_or_type", AttributeType::string},  {"education_level", AttributeType::string},
      {"municipality", AttributeType::string},  {"corop", AttributeType::integer},
      {"corop_name", AttributeType::string},    {"province", AttributeType::integer},
      {"province_name", AttributeType::string}, {"country", AttributeType::string},
      {"kvk", AttributeType::string},           {"brin", AttributeType::string},
      {"pic", AttributeType::string},           {"sectors", AttributeType::string_list},
      {"start_year", AttributeType::integer}};
  for (const auto& [name, type] : fixed) add(name, type);

  std::vector<std::vector<std::pair<std::string, std::string>>> extras(n);
  std::vector<std::string> extra_columns;
  std::map<std::string, std::size_t> extra_index;
  for (model::NodeId v = 0; v < n; ++v) {
    const auto& extra = g.is_initiative(v) ? g.initiative(v).extra : g.organisation(v).extra;
    extras[v] = extra_fields(extra, metrics, categories);
    for (const auto& [key, value] : extras[v]) {
      if (extra_index.emplace(key, extra_columns.size()).second) extra_columns.push_back(key);
    }
  }
  const std::size_t extra_start = t.columns.size();
  for (const auto& name : extra_columns) add(sanitise_utf8(name), AttributeType::string);
  const std::size_t metric_start = t.columns.size();
  for (const auto& m : metrics) add(sanitise_utf8(m.name), AttributeType::real);
  const std::size_t category_start = t.columns.size();
  for (const auto& c : categories) add(sanitise_utf8(c.name), AttributeType::string);

  for (model::NodeId v = 0; v < n; ++v) {
    const NodeFields f = node_fields(g, v);
    t.labels.push_back(sanitise_utf8(g.label(v)));
    std::size_t c = 0;
    t.columns[c++].cells[v] = f.side;
    t.columns[c++].cells[v] = static_cast<long long>(g.is_initiative(v) ? 0 : 1);
    t.columns[c++].cells[v] = f.kind_or_type;
    t.columns[c++].cells[v] = text_cell(f.education_level);
    t.columns[c++].cells[v] = text_cell(f.municipality);
    t.columns[c++].cells[v] = int_cell(f.corop);
    t.columns[c++].cells[v] = text_cell(f.corop_name);
    t.columns[c++].cells[v] = int_cell(f.province);
    t.columns[c++].cells[v] = text_cell(f.province_name);
    t.columns[c++].cells[v] = text_cell(f.country);
    t.columns[c++].cells[v] = text_cell(f.kvk);
    t.columns[c++].cells[v] = text_cell(f.brin);
    t.columns[c++].cells[v] = text_cell(f.pic);
    std::vector<std::string> sectors;
    for (const auto& s : *f.sectors) sectors.push_back(sanitise_utf8(s));
    t.columns[c++].cells[v] = std::move(sectors);
    t.columns[c++].cells[v] = int_cell(f.start_year);
    for (const auto& [key, value] : extras[v]) {
      t.columns[extra_start + extra_index.at(key)].cells[v] = sanitise_utf8(value);
    }
    for (std::size_t k = 0; k < metrics.size(); ++k) {
      const double x = metrics[k].values[v];
      if (std::isfinite(x)) t.columns[metric_start + k].cells[v] = x;
    }
    for (std::size_t k = 0; k < categories.size(); ++k) {
      const std::string& s = categories[k].values[v];
      if (!s.empty()) t.columns[category_start + k].cells[v] = sanitise_utf8(s);
    }
  }
  return t;
}

std::vector<EdgeRow> edge_rows(const model::PartnerGraph& g) {
  const std::vector<model::WeightedEdge> edges = g.graph().edges();
  std::vector<EdgeSummary> summaries = edge_summaries(g, edges);
  std::vector<EdgeRow> rows;
  rows.reserve(edges.size());
  for (std::size_t k = 0; k < edges.size(); ++k) {
    EdgeSummary& e = summaries[k];
    rows.push_back({edges[k].u, edges[k].v, edges[k].weight, e.participations, std::move(e.roles),
                    std::move(e.years), e.contribution_eur});
  }
  return rows;
}

std::vector<AttributeColumn> edge_columns(const std::vector<EdgeRow>& edges) {
  const std::size_t m = edges.size();
  std::vector<AttributeColumn> c;
  c.push_back({"participations", AttributeType::integer, std::vector<Cell>(m)});
  c.push_back({"roles", AttributeType::string_list, std::vector<Cell>(m)});
  c.push_back({"years", AttributeType::string_list, std::vector<Cell>(m)});
  c.push_back({"first_year", AttributeType::integer, std::vector<Cell>(m)});
  c.push_back({"last_year", AttributeType::integer, std::vector<Cell>(m)});
  c.push_back({"contribution_eur", AttributeType::real, std::vector<Cell>(m)});
  for (std::size_t k = 0; k < m; ++k) {
    const EdgeRow& e = edges[k];
    c[0].cells[k] = static_cast<long long>(e.participations);
    c[1].cells[k] = e.roles;
    std::vector<std::string> years;
    for (int y : e.years) years.push_back(std::to_string(y));
    c[2].cells[k] = std::move(years);
    if (!e.years.empty()) {
      c[3].cells[k] = static_cast<long long>(e.years.front());
      c[4].cells[k] = static_cast<long long>(e.years.back());
    }
    if (e.contribution_eur && std::isfinite(*e.contribution_eur)) c[5].cells[k] = *e.contribution_eur;
  }
  return c;
}

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        // U+FFFE = EF BF BE, U+FFFF = EF BF BF: not XML 1.0 characters.
        if (static_cast<unsigned char>(c) == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
          out += "\xEF\xBF\xBD";
          i += 2;
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string cell_text(const Cell& c) {
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  if (const auto* i = std::get_if<long long>(&c)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&c)) return shortest_number(*d);
  if (const auto* l = std::get_if<std::vector<std::string>>(&c)) {
    std::string out;
    for (std::size_t k = 0; k < l->size(); ++k) {
      if (k > 0) out += "; ";
      out += (*l)[k];
    }
    return out;
  }
  return {};
}

}  // namespace ppsnet::output::detail
