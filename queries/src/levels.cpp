#include "ppsnet/query/levels.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <utility>

#include "ppsnet/geo/geography.hpp"

namespace ppsnet::query {
namespace {

using model::EducationLevel;
using model::NodeId;

constexpr std::array<EducationLevel, 4> kLevels{EducationLevel::vo, EducationLevel::mbo, EducationLevel::hbo,
                                                EducationLevel::wo};

EducationLevel kind_level(model::InitiativeKind k) {
  switch (k) {
    case model::InitiativeKind::mbo: return EducationLevel::mbo;
    case model::InitiativeKind::coe: return EducationLevel::hbo;
    default: return EducationLevel::none;
  }
}

void count_into(LevelBreakdownRow& row, const model::Initiative& ini, LevelSet levels) {
  ++row.initiatives;
  for (std::size_t c = 0; c < kNumLevelCombinations; ++c) {
    const LevelSet need = levels_of(static_cast<LevelCombination>(c));
    if ((levels.bits & need.bits) == need.bits) ++row.with[c];
  }
  if (ini.kind == model::InitiativeKind::mbo) {
    ++row.mbo_initiatives;
    if (!levels.has(EducationLevel::hbo)) ++row.mbo_without_hbo;
  }
}

void finish(LevelBreakdownRow& row) {
  for (std::size_t c = 0; c < kNumLevelCombinations; ++c)
    row.share[c] = row.initiatives == 0 ? 0.0
                                        : static_cast<double>(row.with[c]) / static_cast<double>(row.initiatives);
  if (row.mbo_initiatives > 0)
    row.mbo_without_hbo_share =
        static_cast<double>(row.mbo_without_hbo) / static_cast<double>(row.mbo_initiatives);
}


std::string join_ids(const model::PartnerGraph& g, const std::vector<NodeId>& nodes) {
  std::string out;
  for (NodeId v : nodes) {
    if (!out.empty()) out += ';';
    out += g.external_id(v);
  }
  return out;
}

}  // namespace

std::string to_string(LevelSet s) {
  std::string out;
  for (auto l : kLevels)
    if (s.has(l)) {
      if (!out.empty()) out += '+';
      out += model::to_string(l);
    }
  return out.empty() ? "none" : out;
}

std::string_view to_string(LevelCombination c) {
  static constexpr std::array<std::string_view, kNumLevelCombinations> names{"mbo-hbo", "hbo-wo", "mbo-wo",
                                                                             "mbo-hbo-wo", "vo-mbo"};
  return names[static_cast<std::size_t>(c)];
}

LevelSet levels_of(LevelCombination c) {
  LevelSet s;
  switch (c) {
    case LevelCombination::mbo_hbo: s.add(EducationLevel::mbo); s.add(EducationLevel::hbo); break;
    case LevelCombination::hbo_wo: s.add(EducationLevel::hbo); s.add(EducationLevel::wo); break;
    case LevelCombination::mbo_wo: s.add(EducationLevel::mbo); s.add(EducationLevel::wo); break;
    case LevelCombination::mbo_hbo_wo:
      s.add(EducationLevel::mbo); s.add(EducationLevel::hbo); s.add(EducationLevel::wo); break;
    case LevelCombination::vo_mbo: s.add(EducationLevel::vo); s.add(EducationLevel::mbo); break;
  }
  return s;
}

LevelsResult education_levels(const model::PartnerGraph& g, const LevelsOptions& options) {
  if (options.min_shared == 0) throw std::invalid_argument("education_levels: min_shared must be >= 1");
  LevelsResult r;
  const auto& csr = g.graph();
  const std::size_t ni = g.num_initiatives();
  r.initiatives.resize(ni);
  r.overall.key = "all";
  r.overall.name = "all initiatives";

  std::array<LevelBreakdownRow, model::kNumInitiativeKinds> kinds;
  std::map<std::uint8_t, LevelBreakdownRow> provinces;  // 0 = unknown, sorted last below
  std::map<std::string, LevelBreakdownRow> sectors;     // "" = no sector, sorted last below
  // (a, b) -> shared initiatives; a < b as node ids here, oriented by level when emitted.
  std::map<std::pair<NodeId, NodeId>, std::vector<NodeId>> pairs;
  std::vector<NodeId> institutions;

  for (NodeId i = 0; i < ni; ++i) {
    const auto& ini = g.initiative(i);
    InitiativeLevels& il = r.initiatives[i];
    il.initiative = i;
    if (options.initiative_kind_counts) il.levels.add(kind_level(ini.kind));
    institutions.clear();
    for (NodeId o : csr.neighbours(i)) {
      const EducationLevel l = model::education_level(g.organisation(o).type);
      ++il.organisations_by_level[static_cast<std::size_t>(l)];
      il.levels.add(l);
      if (l != EducationLevel::none) institutions.push_back(o);
    }
    // Institution pairs of different levels within this initiative (neighbours are sorted, so a < b).
    for (std::size_t x = 0; x < institutions.size(); ++x)
      for (std::size_t y = x + 1; y < institutions.size(); ++y) {
        const NodeId a = institutions[x], b = institutions[y];
        if (model::education_level(g.organisation(a).type) == model::education_level(g.organisation(b).type))
          continue;
        pairs[{a, b}].push_back(i);
      }

    count_into(r.overall, ini, il.levels);
    count_into(kinds[static_cast<std::size_t>(ini.kind)], ini, il.levels);
    count_into(provinces[geo::province_of(ini.location.province, ini.location.corop)], ini, il.levels);
    if (ini.sectors.empty()) {
      count_into(sectors[""], ini, il.levels);
    } else {
      std::vector<std::string> seen;  // sectors are documented as unique; guard anyway
      for (const auto& s : ini.sectors) {
        if (std::find(seen.begin(), seen.end(), s) != seen.end()) continue;
        seen.push_back(s);
        count_into(sectors[s], ini, il.levels);
      }
    }
  }

  finish(r.overall);
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    if (kinds[k].initiatives == 0) continue;
    kinds[k].key = kinds[k].name = std::string(model::to_string(static_cast<model::InitiativeKind>(k)));
    finish(kinds[k]);
    r.by_kind.push_back(kinds[k]);
  }
  for (auto& [code, row] : provinces) {
    if (code == 0) continue;
    const auto* p = geo::find_province(code);
    row.key = "PV" + std::to_string(code);
    row.name = p ? std::string(p->name) : row.key;
    finish(row);
    r.by_province.push_back(row);
  }
  if (auto it = provinces.find(0); it != provinces.end()) {
    it->second.key = "unknown";
    it->second.name = "(unknown province)";
    finish(it->second);
    r.by_province.push_back(it->second);
  }
  for (auto& [name, row] : sectors) {
    if (name.empty()) continue;
    row.key = row.name = name;
    finish(row);
    r.by_sector.push_back(row);
  }
  if (auto it = sectors.find(""); it != sectors.end()) {
    it->second.key = "";
    it->second.name = "(no sector)";
    finish(it->second);
    r.by_sector.push_back(it->second);
  }

  for (auto& [ab, inis] : pairs) {
    if (inis.size() < options.min_shared) continue;
    InstitutionPair p;
    p.a = ab.first;
    p.b = ab.second;
    p.level_a = model::education_level(g.organisation(p.a).type);
    p.level_b = model::education_level(g.organisation(p.b).type);
    if (p.level_a > p.level_b) {
      std::swap(p.a, p.b);
      std::swap(p.level_a, p.level_b);
    }
    p.initiatives = std::move(inis);
    r.institution_pairs.push_back(std::move(p));
  }
  std::sort(r.institution_pairs.begin(), r.institution_pairs.end(),
            [&](const InstitutionPair& x, const InstitutionPair& y) {
              if (x.initiatives.size() != y.initiatives.size()) return x.initiatives.size() > y.initiatives.size();
              if (g.label(x.a) != g.label(y.a)) return g.label(x.a) < g.label(y.a);
              if (g.label(x.b) != g.label(y.b)) return g.label(x.b) < g.label(y.b);
              return std::pair(x.a, x.b) < std::pair(y.a, y.b);
            });
  return r;
}

std::vector<Table> to_tables(const model::PartnerGraph& g, const LevelsResult& r, LevelGrouping by,
                             std::size_t top_pairs, bool with_initiatives) {
  std::vector<Table> out;
  {
    Table t;
    const std::vector<LevelBreakdownRow>* rows = &r.by_kind;
    std::string group = "Kind";
    switch (by) {
      case LevelGrouping::kind: t.name = "levels_by_kind"; break;
      case LevelGrouping::province:
        t.name = "levels_by_province";
        rows = &r.by_province;
        group = "Province";
        break;
      case LevelGrouping::sector:
        t.name = "levels_by_sector";
        rows = &r.by_sector;
        group = "Sector";
        break;
    }
    t.title = "Education levels working together, by " +
              std::string(by == LevelGrouping::kind ? "initiative kind" : by == LevelGrouping::province ? "province" : "sector");
    t.note =
        "An initiative has a combination (e.g. mbo-hbo) when organisations of each of those levels take part "
        "(lead included; an mbo initiative counts as mbo, a CoE as hbo). Shares are of the initiatives in the row." +
        std::string(by == LevelGrouping::sector ? " An initiative with several sectors counts in each." : "");
    t.columns.push_back({group, by == LevelGrouping::sector ? "sector" : by == LevelGrouping::province ? "province" : "kind", 0});
    t.columns.push_back({"Initiatives", "initiatives", 0});
    for (std::size_t c = 0; c < kNumLevelCombinations; ++c) {
      const std::string name(to_string(static_cast<LevelCombination>(c)));
      std::string key = name;
      std::replace(key.begin(), key.end(), '-', '_');
      t.columns.push_back({name, key, 0, false});
      t.columns.push_back({name + " %", key + "_share", 1});
    }
    t.columns.push_back({"mbo initiatives", "mbo_initiatives", 0});
    t.columns.push_back({"mbo without hbo", "mbo_without_hbo", 0, false});
    t.columns.push_back({"mbo without hbo %", "mbo_without_hbo_share", 1});
    auto add = [&](const LevelBreakdownRow& row) {
      std::vector<TableCell> cells;
      cells.push_back(TableCell::of_text(row.name));
      cells.push_back(TableCell::of_integer(static_cast<std::int64_t>(row.initiatives)));
      for (std::size_t c = 0; c < kNumLevelCombinations; ++c) {
        cells.push_back(TableCell::of_integer(static_cast<std::int64_t>(row.with[c])));
        cells.push_back(row.initiatives ? TableCell::of_share(row.share[c]) : TableCell::none());
      }
      cells.push_back(TableCell::of_integer(static_cast<std::int64_t>(row.mbo_initiatives)));
      cells.push_back(TableCell::of_integer(static_cast<std::int64_t>(row.mbo_without_hbo)));
      cells.push_back(row.mbo_without_hbo_share ? TableCell::of_share(*row.mbo_without_hbo_share) : TableCell::none());
      t.rows.push_back(std::move(cells));
    };
    add(r.overall);
    for (const auto& row : *rows) add(row);
    out.push_back(std::move(t));
  }
  {
    Table t;
    t.name = "institution_pairs";
    t.title = "Institutions of different levels working together most often";
    t.note = "Pairs of institutions (organisations with an education level) of different levels, by the number of "
             "initiatives both take part in; ties by name.";
    if (top_pairs > 0 && r.institution_pairs.size() > top_pairs)
      t.note += " Top " + std::to_string(top_pairs) + " of " + std::to_string(r.institution_pairs.size()) + " pairs.";
    t.columns = {{"Institution", "institution_a", 0}, {"Level", "level_a", 0}, {"Institution", "institution_b", 0},
                 {"Level", "level_b", 0},            {"Shared initiatives", "shared_initiatives", 0},
                 {"Id", "id_a", 0, false},           {"Id", "id_b", 0, false},
                 {"Initiatives", "initiatives", 0, false}};
    const std::size_t n = top_pairs == 0 ? r.institution_pairs.size() : std::min(top_pairs, r.institution_pairs.size());
    for (std::size_t k = 0; k < n; ++k) {
      const auto& p = r.institution_pairs[k];
      t.rows.push_back({TableCell::of_text(g.label(p.a)), TableCell::of_text(std::string(model::to_string(p.level_a))),
                        TableCell::of_text(g.label(p.b)), TableCell::of_text(std::string(model::to_string(p.level_b))),
                        TableCell::of_integer(static_cast<std::int64_t>(p.initiatives.size())),
                        TableCell::of_text(g.external_id(p.a)), TableCell::of_text(g.external_id(p.b)),
                        TableCell::of_text(join_ids(g, p.initiatives))});
    }
    out.push_back(std::move(t));
  }
  if (with_initiatives) {
    Table t;
    t.name = "initiative_levels";
    t.title = "Education levels per initiative";
    t.note = "Levels: the initiative's own kind (mbo, CoE = hbo) and the levels of its participating organisations.";
    t.columns = {{"Initiative", "initiative", 0}, {"Name", "name", 0}, {"Kind", "kind", 0}, {"Levels", "levels", 0},
                 {"vo", "vo_organisations", 0},   {"mbo", "mbo_organisations", 0}, {"hbo", "hbo_organisations", 0},
                 {"wo", "wo_organisations", 0},   {"Other organisations", "other_organisations", 0}};
    for (const auto& il : r.initiatives) {
      const auto& ini = g.initiative(il.initiative);
      std::vector<TableCell> cells{TableCell::of_text(ini.id), TableCell::of_text(g.label(il.initiative)),
                                   TableCell::of_text(std::string(model::to_string(ini.kind))),
                                   TableCell::of_text(to_string(il.levels))};
      for (auto l : kLevels)
        cells.push_back(TableCell::of_integer(static_cast<std::int64_t>(il.organisations_by_level[static_cast<std::size_t>(l)])));
      cells.push_back(TableCell::of_integer(static_cast<std::int64_t>(il.organisations_by_level[0])));
      t.rows.push_back(std::move(cells));
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace ppsnet::query
