#include "node_fields.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>

#include "ppsnet/geo/geography.hpp"

namespace ppsnet::output::detail {

namespace {
constexpr std::array<std::string_view, 21> kReserved = {
    "id",       "label",       "bipartite", "side",          "kind",    "type",       "kind_or_type",
    "education_level",         "municipality", "corop",      "corop_name", "province", "province_name",
    "country",  "kvk",         "brin",      "pic",           "sectors", "start_year", "source", "target"};

std::optional<std::string> non_empty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}
}  // namespace

bool is_reserved_field(const std::string& name) {
  return std::find(kReserved.begin(), kReserved.end(), name) != kReserved.end();
}

std::vector<std::string> unique_node_ids(const model::PartnerGraph& g) {
  const std::size_t n = g.num_nodes();
  std::map<std::string, int> sides;  // external id -> bit 1 initiative, bit 2 organisation
  for (model::NodeId v = 0; v < n; ++v) sides[g.external_id(v)] |= g.is_initiative(v) ? 1 : 2;
  std::set<std::string> taken;
  for (const auto& [id, mask] : sides) taken.insert(id);
  std::vector<std::string> ids(n);
  for (model::NodeId v = 0; v < n; ++v) {
    const std::string& id = g.external_id(v);
    if (sides[id] != 3) {
      ids[v] = id;
      continue;
    }
    const std::string base = (g.is_initiative(v) ? "initiative:" : "organisation:") + id;
    std::string candidate = base;
    for (int k = 2; taken.count(candidate) != 0; ++k) candidate = base + "_" + std::to_string(k);
    taken.insert(candidate);
    ids[v] = candidate;
  }
  return ids;
}

void check_columns(const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                   std::span<const CategoryColumn> categories) {
  std::set<std::string> names;
  const auto check_name = [&](const std::string& name) {
    if (name.empty()) throw std::invalid_argument("exporter: a metric/category column has an empty name");
    if (is_reserved_field(name)) {
      throw std::invalid_argument("exporter: column name '" + name + "' is a field the exporter writes itself");
    }
    if (!names.insert(name).second) throw std::invalid_argument("exporter: duplicate column name '" + name + "'");
  };
  const auto check_size = [&](const std::string& name, std::size_t size) {
    if (size != g.num_nodes()) {
      throw std::invalid_argument("exporter: column '" + name + "' has " + std::to_string(size) +
                                  " values, the graph has " + std::to_string(g.num_nodes()) + " nodes");
    }
  };
  for (const auto& m : metrics) {
    check_name(m.name);
    check_size(m.name, m.values.size());
  }
  for (const auto& c : categories) {
    check_name(c.name);
    check_size(c.name, c.values.size());
  }
}

std::vector<std::pair<std::string, std::string>> extra_fields(const model::ExtraAttributes& extra,
                                                              std::span<const MetricColumn> metrics,
                                                              std::span<const CategoryColumn> categories) {
  std::set<std::string> taken;
  for (const auto& m : metrics) taken.insert(m.name);
  for (const auto& c : categories) taken.insert(c.name);
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(extra.size());
  for (const auto& [key, value] : extra) {
    std::string name = key;
    if (name.empty() || is_reserved_field(name) || taken.count(name) != 0) {
      const std::string base = "extra_" + key;
      name = base;
      for (int k = 2; is_reserved_field(name) || taken.count(name) != 0; ++k) name = base + "_" + std::to_string(k);
    }
    taken.insert(name);
    out.emplace_back(std::move(name), value);
  }
  return out;
}

NodeFields node_fields(const model::PartnerGraph& g, model::NodeId v) {
  NodeFields f;
  const model::Location* loc = nullptr;
  if (g.is_initiative(v)) {
    const auto& i = g.initiative(v);
    f.side = "initiative";
    f.kind_or_type = std::string(model::to_string(i.kind));
    f.start_year = i.start_year;
    f.sectors = &i.sectors;
    f.extra = &i.extra;
    loc = &i.location;
  } else {
    const auto& o = g.organisation(v);
    f.side = "organisation";
    f.kind_or_type = std::string(model::to_string(o.type));
    f.education_level = std::string(model::to_string(model::education_level(o.type)));
    f.kvk = non_empty(o.kvk);
    f.brin = non_empty(o.brin);
    f.pic = non_empty(o.pic);
    f.sectors = &o.sectors;
    f.extra = &o.extra;
    loc = &o.location;
  }
  f.municipality = non_empty(loc->municipality);
  if (loc->corop != 0) {
    f.corop = loc->corop;
    if (const auto* c = geo::find_corop(loc->corop)) f.corop_name = std::string(c->name);
  }
  if (loc->province != 0) {
    f.province = loc->province;
    if (const auto* p = geo::find_province(loc->province)) f.province_name = std::string(p->name);
  }
  f.country = non_empty(loc->country);
  return f;
}

std::vector<std::size_t> participations_per_edge(const model::PartnerGraph& g,
                                                 std::span<const model::WeightedEdge> edges) {
  std::map<std::pair<model::NodeId, model::NodeId>, std::size_t> index;
  for (std::size_t k = 0; k < edges.size(); ++k) {
    index.emplace(std::make_pair(std::min(edges[k].u, edges[k].v), std::max(edges[k].u, edges[k].v)), k);
  }
  std::vector<std::size_t> counts(edges.size(), 0);
  for (const auto& p : g.participations()) {
    auto it = index.find({std::min(p.initiative, p.organisation), std::max(p.initiative, p.organisation)});
    if (it != index.end()) ++counts[it->second];
  }
  return counts;
}

std::vector<EdgeSummary> edge_summaries(const model::PartnerGraph& g, std::span<const model::WeightedEdge> edges) {
  std::map<std::pair<model::NodeId, model::NodeId>, std::size_t> index;
  for (std::size_t k = 0; k < edges.size(); ++k) {
    index.emplace(std::make_pair(std::min(edges[k].u, edges[k].v), std::max(edges[k].u, edges[k].v)), k);
  }
  std::vector<EdgeSummary> out(edges.size());
  for (const auto& p : g.participations()) {
    auto it = index.find({std::min(p.initiative, p.organisation), std::max(p.initiative, p.organisation)});
    if (it == index.end()) continue;
    EdgeSummary& e = out[it->second];
    ++e.participations;
    e.roles.emplace_back(model::to_string(p.role));
    if (p.year) e.years.push_back(*p.year);
    if (p.contribution_eur) e.contribution_eur = e.contribution_eur.value_or(0.0) + *p.contribution_eur;
  }
  for (auto& e : out) {
    std::sort(e.roles.begin(), e.roles.end());
    e.roles.erase(std::unique(e.roles.begin(), e.roles.end()), e.roles.end());
    std::sort(e.years.begin(), e.years.end());
    e.years.erase(std::unique(e.years.begin(), e.years.end()), e.years.end());
  }
  return out;
}

}  // namespace ppsnet::output::detail
