#include "ppsnet/query/reach.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "ppsnet/geo/geography.hpp"

namespace ppsnet::query {
namespace {

using model::NodeId;

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

/// Accumulates initiatives into a group.
void add_to(ReachGroup& grp, const InitiativeReach& ir) {
  ++grp.initiatives;
  if (ir.organisations == 0) return;
  ++grp.initiatives_with_organisations;
  for (std::size_t c = 0; c < kNumReachClasses; ++c) grp.pooled_counts[c] += ir.counts[c];
  grp.participations += ir.organisations;
  if (!grp.mean) grp.mean = ReachShares{};
  for (std::size_t c = 0; c < kNumReachClasses; ++c) (*grp.mean)[c] += (*ir.shares)[c];  // sum; divided in finish
}

void finish(ReachGroup& grp) {
  if (grp.participations > 0) {
    ReachShares s{};
    for (std::size_t c = 0; c < kNumReachClasses; ++c)
      s[c] = static_cast<double>(grp.pooled_counts[c]) / static_cast<double>(grp.participations);
    grp.pooled = s;
  }
  if (grp.mean)
    for (auto& x : *grp.mean) x /= static_cast<double>(grp.initiatives_with_organisations);
}

void set_shares(InitiativeReach& ir) {
  for (auto c : ir.counts) ir.organisations += c;
  if (ir.organisations == 0) return;
  ReachShares s{};
  for (std::size_t c = 0; c < kNumReachClasses; ++c)
    s[c] = static_cast<double>(ir.counts[c]) / static_cast<double>(ir.organisations);
  ir.shares = s;
}


/// Organisation country for country_reach ("" = unknown).
std::string country_of(const model::Location& loc) {
  if (!loc.country.empty()) {
    if (auto c = geo::parse_country(loc.country)) return *c;
    return upper(loc.country);
  }
  if (loc.corop != 0 || loc.province != 0) return "NL";
  return {};
}

}  // namespace

std::string_view to_string(RegionClass c) {
  static constexpr std::array<std::string_view, kNumReachClasses> names{"own_region", "neighbouring_region",
                                                                        "elsewhere_nl", "abroad", "unknown"};
  return names[static_cast<std::size_t>(c)];
}

std::string_view to_string(CountryClass c) {
  static constexpr std::array<std::string_view, kNumReachClasses> names{"own_country", "neighbouring_country",
                                                                        "elsewhere_eu", "outside_eu", "unknown"};
  return names[static_cast<std::size_t>(c)];
}

RegionalReach regional_reach(const model::PartnerGraph& g, const ReachOptions& options) {
  RegionalReach r;
  const auto& csr = g.graph();
  r.initiatives.resize(g.num_initiatives());
  r.overall.key = "all";
  r.overall.name = "all initiatives";
  std::map<std::uint8_t, ReachGroup> corops, provinces;  // 0 = unknown
  if (options.include_empty_regions) {
    for (const auto& c : geo::corop_regions()) corops[c.code];
    for (const auto& p : geo::provinces()) provinces[p.code];
  }
  for (NodeId i = 0; i < g.num_initiatives(); ++i) {
    const auto& ini = g.initiative(i);
    InitiativeReach& ir = r.initiatives[i];
    ir.initiative = i;
    ir.home_corop = geo::find_corop(ini.location.corop) ? ini.location.corop : 0;
    const std::uint8_t h = ir.home_corop;
    for (NodeId o : csr.neighbours(i)) {
      const auto& loc = g.organisation(o).location;
      RegionClass c;
      const bool abroad = !loc.country.empty() && upper(loc.country) != "NL";
      if (abroad) c = RegionClass::abroad;
      else if (loc.corop == 0 || !geo::find_corop(loc.corop) || h == 0) c = RegionClass::unknown;
      else if (loc.corop == h) c = RegionClass::own_region;
      else if (geo::corop_neighbours(h, loc.corop)) c = RegionClass::neighbouring_region;
      else c = RegionClass::elsewhere_nl;
      ++ir.counts[static_cast<std::size_t>(c)];
    }
    set_shares(ir);
    add_to(r.overall, ir);
    add_to(corops[h], ir);
    add_to(provinces[geo::province_of(ini.location.province, ini.location.corop)], ir);
  }
  finish(r.overall);
  for (auto& [code, grp] : corops) {
    if (code == 0) continue;
    const auto* c = geo::find_corop(code);
    grp.key = (code < 10 ? "CR0" : "CR") + std::to_string(code);
    grp.name = c ? std::string(c->name) : grp.key;
    finish(grp);
    r.per_corop.push_back(grp);
  }
  if (auto it = corops.find(0); it != corops.end() && it->second.initiatives > 0) {
    it->second.key = "unknown";
    it->second.name = "(unknown region)";
    finish(it->second);
    r.per_corop.push_back(it->second);
  }
  for (auto& [code, grp] : provinces) {
    if (code == 0) continue;
    const auto* p = geo::find_province(code);
    grp.key = "PV" + std::to_string(code);
    grp.name = p ? std::string(p->name) : grp.key;
    finish(grp);
    r.per_province.push_back(grp);
  }
  if (auto it = provinces.find(0); it != provinces.end() && it->second.initiatives > 0) {
    it->second.key = "unknown";
    it->second.name = "(unknown province)";
    finish(it->second);
    r.per_province.push_back(it->second);
  }
  return r;
}

CountryReach country_reach(const model::PartnerGraph& g, const ReachOptions&) {
  CountryReach r;
  const auto& csr = g.graph();
  const std::size_t ni = g.num_initiatives();
  r.initiatives.resize(ni);
  r.overall.key = "all";
  r.overall.name = "all initiatives";
  // Coordinator (rank 0) or lead (rank 1) with the smallest organisation node id.
  std::vector<std::pair<int, NodeId>> coordinator(ni, {2, model::kNoNode});
  for (const auto& p : g.participations()) {
    int rank = p.role == model::Role::coordinator ? 0 : p.role == model::Role::lead ? 1 : 2;
    if (rank < 2 && std::pair(rank, p.organisation) < coordinator[p.initiative]) coordinator[p.initiative] = {rank, p.organisation};
  }
  std::map<std::string, ReachGroup> countries;  // "" = unknown
  for (NodeId i = 0; i < ni; ++i) {
    InitiativeReach& ir = r.initiatives[i];
    ir.initiative = i;
    std::string home;
    if (coordinator[i].second != model::kNoNode) home = country_of(g.organisation(coordinator[i].second).location);
    if (home.empty()) home = country_of(g.initiative(i).location);
    ir.home_country = home;
    for (NodeId o : csr.neighbours(i)) {
      const std::string c = country_of(g.organisation(o).location);
      CountryClass k;
      if (c.empty() || home.empty()) k = CountryClass::unknown;
      else if (c == home) k = CountryClass::own_country;
      else if (geo::country_neighbours(home, c)) k = CountryClass::neighbouring_country;
      else if (geo::is_eu_member(c)) k = CountryClass::elsewhere_eu;
      else k = CountryClass::outside_eu;
      ++ir.counts[static_cast<std::size_t>(k)];
    }
    set_shares(ir);
    add_to(r.overall, ir);
    add_to(countries[home], ir);
  }
  finish(r.overall);
  for (auto& [code, grp] : countries) {
    if (code.empty()) continue;
    const auto* c = geo::find_country(code);
    grp.key = code;
    grp.name = c ? std::string(c->name) : code;
    finish(grp);
    r.per_country.push_back(grp);
  }
  if (auto it = countries.find(""); it != countries.end()) {
    it->second.key = "unknown";
    it->second.name = "(unknown country)";
    finish(it->second);
    r.per_country.push_back(it->second);
  }
  return r;
}

namespace {

struct ClassLabels {
  std::array<std::string_view, kNumReachClasses> titles;
  std::array<std::string_view, kNumReachClasses> keys;
};

constexpr ClassLabels kRegionLabels{{"Own region", "Neighbouring", "Elsewhere NL", "Abroad", "Unknown"},
                                    {"own_region", "neighbouring_region", "elsewhere_nl", "abroad", "unknown"}};
constexpr ClassLabels kCountryLabels{{"Own country", "Neighbouring", "Elsewhere EU", "Outside EU", "Unknown"},
                                     {"own_country", "neighbouring_country", "elsewhere_eu", "outside_eu", "unknown"}};

TableCell share_cell(const std::optional<ReachShares>& s, std::size_t c) {
  return s ? TableCell::of_share((*s)[c]) : TableCell::none();
}

std::vector<Table> group_tables(const std::string& suffix, const std::string& group_title,
                                const std::string& group_key, const ReachGroup& overall,
                                const std::vector<ReachGroup>& groups, const ClassLabels& labels, bool regional,
                                const std::string& note) {
  Table pooled;
  pooled.name = "reach_by_" + suffix;
  pooled.title = "Where the partners are, by home " + group_title + " (pooled over participations)";
  pooled.note = note;
  std::string column_title = group_title;
  column_title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(column_title[0])));
  pooled.columns = {{column_title, group_key, 0},
                    {"Code", group_key + "_code", 0, false},
                    {"Initiatives", "initiatives", 0},
                    {"Partners", "participations", 0}};
  for (std::size_t c = 0; c < kNumReachClasses; ++c)
    pooled.columns.push_back({std::string(labels.titles[c]), std::string(labels.keys[c]), 1});
  pooled.columns.push_back({"Own+neighbouring", regional ? "own_or_neighbouring_region" : "own_or_neighbouring_country", 1});
  for (std::size_t c = 0; c < kNumReachClasses; ++c)
    pooled.columns.push_back({std::string(labels.titles[c]), std::string(labels.keys[c]) + "_count", 0, false});
  for (std::size_t c = 0; c < kNumReachClasses; ++c)
    pooled.columns.push_back({std::string(labels.titles[c]), "mean_" + std::string(labels.keys[c]), 1, false});

  Table mean;
  mean.name = "reach_mean_by_" + suffix;
  mean.title = "Where the partners are, by home " + group_title + " (mean of the initiatives' shares)";
  mean.note = "Each initiative weighs the same: the mean over the initiatives with at least one partner.";
  mean.columns = {pooled.columns[0], {"Initiatives", "initiatives", 0}};
  for (std::size_t c = 0; c < kNumReachClasses; ++c)
    mean.columns.push_back({std::string(labels.titles[c]), "mean_" + std::string(labels.keys[c]), 1});
  mean.columns.push_back({"Own+neighbouring", "mean_own_or_neighbouring", 1});

  auto add = [&](const ReachGroup& grp) {
    std::vector<TableCell> row{TableCell::of_text(grp.name), TableCell::of_text(grp.key),
                               TableCell::of_integer(static_cast<std::int64_t>(grp.initiatives)),
                               TableCell::of_integer(static_cast<std::int64_t>(grp.participations))};
    for (std::size_t c = 0; c < kNumReachClasses; ++c) row.push_back(share_cell(grp.pooled, c));
    row.push_back(grp.pooled ? TableCell::of_share((*grp.pooled)[0] + (*grp.pooled)[1]) : TableCell::none());
    for (std::size_t c = 0; c < kNumReachClasses; ++c)
      row.push_back(TableCell::of_integer(static_cast<std::int64_t>(grp.pooled_counts[c])));
    for (std::size_t c = 0; c < kNumReachClasses; ++c) row.push_back(share_cell(grp.mean, c));
    pooled.rows.push_back(std::move(row));
    std::vector<TableCell> mrow{TableCell::of_text(grp.name),
                                TableCell::of_integer(static_cast<std::int64_t>(grp.initiatives))};
    for (std::size_t c = 0; c < kNumReachClasses; ++c) mrow.push_back(share_cell(grp.mean, c));
    mrow.push_back(grp.mean ? TableCell::of_share((*grp.mean)[0] + (*grp.mean)[1]) : TableCell::none());
    mean.rows.push_back(std::move(mrow));
  };
  add(overall);
  for (const auto& grp : groups) add(grp);
  return {std::move(pooled), std::move(mean)};
}

Table initiative_table(const model::PartnerGraph& g, const std::vector<InitiativeReach>& rows,
                       const ClassLabels& labels, bool regional) {
  Table t;
  t.name = regional ? "initiative_reach" : "initiative_country_reach";
  t.title = "Where each initiative's partners are";
  t.columns = {{"Initiative", "initiative", 0}, {"Name", "name", 0},
               {regional ? "Home region" : "Home country", regional ? "home_corop" : "home_country", 0},
               {"Partners", "organisations", 0}};
  for (std::size_t c = 0; c < kNumReachClasses; ++c)
    t.columns.push_back({std::string(labels.titles[c]), std::string(labels.keys[c]), 1});
  for (std::size_t c = 0; c < kNumReachClasses; ++c)
    t.columns.push_back({std::string(labels.titles[c]), std::string(labels.keys[c]) + "_count", 0, false});
  for (const auto& ir : rows) {
    std::string home;
    if (regional) {
      if (const auto* c = geo::find_corop(ir.home_corop)) home = c->name;
    } else {
      home = ir.home_country;
    }
    std::vector<TableCell> row{TableCell::of_text(g.initiative(ir.initiative).id),
                               TableCell::of_text(g.label(ir.initiative)),
                               home.empty() ? TableCell::none() : TableCell::of_text(home),
                               TableCell::of_integer(static_cast<std::int64_t>(ir.organisations))};
    for (std::size_t c = 0; c < kNumReachClasses; ++c) row.push_back(share_cell(ir.shares, c));
    for (std::size_t c = 0; c < kNumReachClasses; ++c)
      row.push_back(TableCell::of_integer(static_cast<std::int64_t>(ir.counts[c])));
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace

std::vector<Table> to_tables(const model::PartnerGraph& g, const RegionalReach& r, ReachTableLevel level,
                             bool with_initiatives) {
  const bool corop = level == ReachTableLevel::corop;
  const std::string note =
      "Each initiative's distinct partners (lead included) by location relative to the initiative's own COROP "
      "region; shares of all partners of the initiatives in the row (a partner in two initiatives counts twice). "
      "Unknown: no COROP region known for the partner or for the initiative.";
  auto out = group_tables(corop ? "corop" : "province", corop ? "COROP region" : "province",
                          corop ? "corop_region" : "province", r.overall, corop ? r.per_corop : r.per_province,
                          kRegionLabels, true, note);
  if (with_initiatives) out.push_back(initiative_table(g, r.initiatives, kRegionLabels, true));
  return out;
}

std::vector<Table> to_tables(const model::PartnerGraph& g, const CountryReach& r, bool with_initiatives) {
  const std::string note =
      "Each initiative's distinct partners (coordinator included) by country relative to the coordinator's "
      "country; shares of all partners of the initiatives in the row. Unknown: no country known for the partner "
      "or the coordinator.";
  auto out = group_tables("country", "country", "country", r.overall, r.per_country, kCountryLabels, false, note);
  if (with_initiatives) out.push_back(initiative_table(g, r.initiatives, kCountryLabels, false));
  return out;
}

ReachResult reach(const model::PartnerGraph& g, const ReachRequest& r) {
  ReachResult out;
  out.level = r.level;
  if (out.level == ReachLevel::automatic) {
    out.level = ReachLevel::country;
    for (const auto& in : g.initiatives())
      if (in.location.corop != 0) out.level = ReachLevel::corop;
    out.fell_back_to_country = out.level == ReachLevel::country;
  }
  ReachOptions opt;
  opt.include_empty_regions = r.all_regions;
  const bool with_initiatives = r.initiatives || r.table == ReachTable::initiatives;
  if (out.level == ReachLevel::country)
    out.tables = to_tables(g, country_reach(g, opt), with_initiatives);
  else
    out.tables = to_tables(g, regional_reach(g, opt),
                           out.level == ReachLevel::province ? ReachTableLevel::province : ReachTableLevel::corop,
                           with_initiatives);
  if (r.table) out.tables = {out.tables.at(static_cast<std::size_t>(*r.table))};
  return out;
}

}  // namespace ppsnet::query
