#include "ppsnet/output/csv.hpp"

#include <cmath>
#include <map>
#include <set>
#include <vector>

#include "node_fields.hpp"
#include "text.hpp"

namespace ppsnet::output {

namespace {
std::string opt(const std::optional<std::string>& s) { return s ? *s : std::string(); }
std::string opt(const std::optional<unsigned>& x) { return x ? std::to_string(*x) : std::string(); }
std::string opt(const std::optional<int>& x) { return x ? std::to_string(*x) : std::string(); }

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i != 0) out += sep;
    out += parts[i];
  }
  return out;
}
}  // namespace

std::string csv_field(std::string_view text) {
  const std::string clean = detail::sanitise_utf8(text);
  if (clean.find_first_of(",\"\r\n") == std::string::npos) return clean;
  std::string out;
  out.reserve(clean.size() + 2);
  out += '"';
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void write_csv_row(std::ostream& out, std::span<const std::string> fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i != 0) line += ',';
    line += csv_field(fields[i]);
  }
  line += '\n';
  out << line;
}

void write_node_table_csv(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                          std::span<const CategoryColumn> categories) {
  detail::check_columns(g, metrics, categories);
  const std::size_t n = g.num_nodes();
  const std::vector<std::string> ids = detail::unique_node_ids(g);

  // Extra attribute columns: union of the (renamed) keys, first-seen order.
  std::vector<std::vector<std::pair<std::string, std::string>>> extras(n);
  std::vector<std::string> extra_columns;
  std::map<std::string, std::size_t> extra_index;
  for (model::NodeId v = 0; v < n; ++v) {
    const auto& extra = g.is_initiative(v) ? g.initiative(v).extra : g.organisation(v).extra;
    extras[v] = detail::extra_fields(extra, metrics, categories);
    for (const auto& [key, value] : extras[v]) {
      if (extra_index.emplace(key, extra_columns.size()).second) extra_columns.push_back(key);
    }
  }

  std::vector<std::string> header{"id",       "label",         "side",    "kind_or_type", "education_level",
                                  "municipality", "corop",     "corop_name", "province",  "province_name",
                                  "country",  "kvk",           "brin",    "pic",          "sectors",
                                  "start_year"};
  const std::size_t fixed_columns = header.size();
  header.insert(header.end(), extra_columns.begin(), extra_columns.end());
  for (const auto& m : metrics) header.push_back(m.name);
  for (const auto& c : categories) header.push_back(c.name);
  write_csv_row(out, header);

  std::vector<std::string> row;
  for (model::NodeId v = 0; v < n; ++v) {
    const detail::NodeFields f = detail::node_fields(g, v);
    row.assign(header.size(), std::string());
    row[0] = ids[v];
    row[1] = g.label(v);
    row[2] = f.side;
    row[3] = f.kind_or_type;
    row[4] = opt(f.education_level);
    row[5] = opt(f.municipality);
    row[6] = opt(f.corop);
    row[7] = opt(f.corop_name);
    row[8] = opt(f.province);
    row[9] = opt(f.province_name);
    row[10] = opt(f.country);
    row[11] = opt(f.kvk);
    row[12] = opt(f.brin);
    row[13] = opt(f.pic);
    row[14] = join(*f.sectors, "; ");
    row[15] = opt(f.start_year);
    for (const auto& [key, value] : extras[v]) row[fixed_columns + extra_index.at(key)] = value;
    std::size_t col = fixed_columns + extra_columns.size();
    for (const auto& m : metrics) {
      const double x = m.values[v];
      row[col++] = std::isfinite(x) ? detail::shortest_number(x) : std::string();
    }
    for (const auto& c : categories) row[col++] = c.values[v];
    write_csv_row(out, row);
  }
}

void write_edge_table_csv(std::ostream& out, const model::PartnerGraph& g) {
  const std::vector<std::string> ids = detail::unique_node_ids(g);
  const std::vector<model::WeightedEdge> edges = g.graph().edges();
  const std::vector<detail::EdgeSummary> summaries = detail::edge_summaries(g, edges);
  const std::vector<std::string> header{"source",       "target", "weight", "participations", "source_label",
                                        "target_label", "roles",  "years",  "first_year",     "last_year",
                                        "contribution_eur"};
  write_csv_row(out, header);
  std::vector<std::string> row(header.size());
  for (std::size_t k = 0; k < edges.size(); ++k) {
    // CsrGraph::edges() gives u < v, and initiatives have the lower ids: u is the initiative.
    const model::NodeId u = edges[k].u, v = edges[k].v;
    row[0] = ids[u];
    row[1] = ids[v];
    row[2] = std::isfinite(edges[k].weight) ? detail::shortest_number(edges[k].weight) : std::string();
    const detail::EdgeSummary& e = summaries[k];
    row[3] = std::to_string(e.participations);
    row[4] = g.label(u);
    row[5] = g.label(v);
    row[6] = join(e.roles, "; ");
    std::vector<std::string> years;
    for (int y : e.years) years.push_back(std::to_string(y));
    row[7] = join(years, "; ");
    row[8] = e.years.empty() ? std::string() : std::to_string(e.years.front());
    row[9] = e.years.empty() ? std::string() : std::to_string(e.years.back());
    row[10] = e.contribution_eur && std::isfinite(*e.contribution_eur) ? detail::shortest_number(*e.contribution_eur)
                                                                        : std::string();
    write_csv_row(out, row);
  }
}

}  // namespace ppsnet::output
