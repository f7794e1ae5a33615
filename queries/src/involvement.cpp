#include "ppsnet/query/involvement.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace ppsnet::query {
namespace {

using model::NodeId;

std::string kind_text(const std::optional<model::InitiativeKind>& k) {
  return k ? std::string(model::to_string(*k)) : std::string("all");
}

InvolvementRanking rank(const model::PartnerGraph& g, std::optional<model::InitiativeKind> kind,
                        model::OrganisationType type, std::size_t top) {
  InvolvementRanking r;
  r.kind = kind;
  r.type = type;
  const auto& csr = g.graph();
  for (std::size_t k = 0; k < g.num_organisations(); ++k) {
    const NodeId o = g.organisation_node(k);
    if (g.organisation(o).type != type) continue;
    std::size_t n = 0;
    for (NodeId i : csr.neighbours(o))
      if (!kind || g.initiative(i).kind == *kind) ++n;
    if (n > 0) r.entries.push_back({o, n, 0});
  }
  std::sort(r.entries.begin(), r.entries.end(), [&](const InvolvementEntry& a, const InvolvementEntry& b) {
    if (a.initiatives != b.initiatives) return a.initiatives > b.initiatives;
    if (g.label(a.organisation) != g.label(b.organisation)) return g.label(a.organisation) < g.label(b.organisation);
    return g.external_id(a.organisation) < g.external_id(b.organisation);
  });
  for (std::size_t e = 0; e < r.entries.size(); ++e)
    r.entries[e].rank = (e > 0 && r.entries[e].initiatives == r.entries[e - 1].initiatives) ? r.entries[e - 1].rank
                                                                                              : e + 1;
  r.organisations = r.entries.size();
  if (top > 0 && r.entries.size() > top) {
    std::size_t keep = top;
    while (keep < r.entries.size() && r.entries[keep].initiatives == r.entries[top - 1].initiatives) ++keep;
    r.entries.resize(keep);
  }
  return r;
}

std::optional<PartnerDistribution> distribution(const model::PartnerGraph& g,
                                                std::optional<model::InitiativeKind> kind) {
  std::vector<double> d;
  for (NodeId i = 0; i < g.num_initiatives(); ++i)
    if (!kind || g.initiative(i).kind == *kind) d.push_back(static_cast<double>(g.graph().degree(i)));
  if (d.empty()) return std::nullopt;
  std::sort(d.begin(), d.end());
  PartnerDistribution p;
  p.kind = kind;
  p.initiatives = d.size();
  double sum = 0;
  for (double x : d) sum += x;
  p.total = static_cast<std::size_t>(sum);
  p.mean = sum / static_cast<double>(d.size());
  p.min = d.front();
  p.max = d.back();
  p.q1 = quantile_type7(d, 0.25);
  p.median = quantile_type7(d, 0.5);
  p.q3 = quantile_type7(d, 0.75);
  return p;
}

}  // namespace

double quantile_type7(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) throw std::invalid_argument("quantile_type7: no values");
  if (!(p >= 0.0 && p <= 1.0)) throw std::invalid_argument("quantile_type7: p must be in [0, 1]");
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

InvolvementResult involvement(const model::PartnerGraph& g, const InvolvementOptions& options) {
  InvolvementResult r;
  std::vector<std::optional<model::InitiativeKind>> kinds;
  if (options.kind) {
    kinds.push_back(options.kind);
  } else {
    kinds.push_back(std::nullopt);
    std::array<bool, model::kNumInitiativeKinds> present{};
    for (const auto& ini : g.initiatives()) present[static_cast<std::size_t>(ini.kind)] = true;
    for (std::size_t k = 0; k < present.size(); ++k)
      if (present[k]) kinds.push_back(static_cast<model::InitiativeKind>(k));
  }
  for (const auto& k : kinds) {
    for (auto t : options.types) r.rankings.push_back(rank(g, k, t, options.top));
    if (auto d = distribution(g, k)) r.partners.push_back(*d);
  }
  return r;
}

Table ranking_table(const model::PartnerGraph& g, const InvolvementRanking& ranking) {
  Table t;
  const std::string type(model::to_string(ranking.type));
  t.name = "involvement_" + kind_text(ranking.kind) + "_" + type;
  std::string type_title = type;
  if (ranking.type == model::OrganisationType::university) type_title = "universities";
  else if (ranking.type == model::OrganisationType::hogeschool) type_title = "hogescholen";
  else if (ranking.type == model::OrganisationType::mbo_school) type_title = "mbo schools";
  else if (ranking.type == model::OrganisationType::company) type_title = "companies";
  else type_title += " organisations";
  t.title = "Most involved " + type_title + " in " +
            (ranking.kind ? std::string(model::to_string(*ranking.kind)) + " initiatives" : std::string("all initiatives"));
  if (ranking.entries.size() < ranking.organisations)
    t.note = "Top " + std::to_string(ranking.entries.size()) + " of " + std::to_string(ranking.organisations) +
             " (ties with the last one included).";
  t.columns = {{"Rank", "rank", 0}, {"Organisation", "organisation", 0}, {"Initiatives", "initiatives", 0},
               {"Id", "id", 0}};
  for (const auto& e : ranking.entries)
    t.rows.push_back({TableCell::of_integer(static_cast<std::int64_t>(e.rank)), TableCell::of_text(g.label(e.organisation)),
                      TableCell::of_integer(static_cast<std::int64_t>(e.initiatives)),
                      TableCell::of_text(g.external_id(e.organisation))});
  return t;
}

std::vector<Table> to_tables(const model::PartnerGraph& g, const InvolvementResult& r) {
  Table all;
  all.name = "involvement";
  all.title = "Organisations ranked by the number of initiatives they take part in";
  all.note = "Rank: 1 + the number of organisations of the type with more initiatives (ties share a rank and are "
             "listed by name).";
  all.columns = {{"Kind", "kind", 0}, {"Type", "type", 0}, {"Rank", "rank", 0}, {"Organisation", "organisation", 0},
                 {"Id", "id", 0},     {"Initiatives", "initiatives", 0}};
  for (const auto& rk : r.rankings)
    for (const auto& e : rk.entries)
      all.rows.push_back({TableCell::of_text(kind_text(rk.kind)), TableCell::of_text(std::string(model::to_string(rk.type))),
                          TableCell::of_integer(static_cast<std::int64_t>(e.rank)),
                          TableCell::of_text(g.label(e.organisation)), TableCell::of_text(g.external_id(e.organisation)),
                          TableCell::of_integer(static_cast<std::int64_t>(e.initiatives))});
  Table dist;
  dist.name = "partners_per_initiative";
  dist.title = "Partners per initiative";
  dist.note = "Partners: distinct participating organisations, lead included. Quartiles by linear interpolation "
              "(as R, NumPy and Excel QUARTILE.INC).";
  dist.columns = {{"Kind", "kind", 0},   {"Initiatives", "initiatives", 0}, {"Mean", "mean", 1},
                  {"Min", "min", 0},     {"Q1", "q1", 1},                   {"Median", "median", 1},
                  {"Q3", "q3", 1},       {"Max", "max", 0}};
  for (const auto& d : r.partners)
    dist.rows.push_back({TableCell::of_text(kind_text(d.kind)), TableCell::of_integer(static_cast<std::int64_t>(d.initiatives)),
                         TableCell::of_number(d.mean), TableCell::of_number(d.min), TableCell::of_number(d.q1),
                         TableCell::of_number(d.median), TableCell::of_number(d.q3), TableCell::of_number(d.max)});
  return {std::move(all), std::move(dist)};
}

}  // namespace ppsnet::query
