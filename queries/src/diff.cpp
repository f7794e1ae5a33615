#include "ppsnet/query/diff.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>

#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/model/graph_builder.hpp"

namespace ppsnet::query {
namespace {

using model::EducationLevel;
using model::NodeId;
using model::kNoNode;

bool active(const model::PartnerGraph& g, NodeId v) { return g.graph().degree(v) > 0; }

/// The stronger keys that both records carry with different values make them different organisations.
bool conflicts(const model::Organisation& a, const model::Organisation& b, MatchKey below) {
  auto differ = [](const std::string& x, const std::string& y) { return !x.empty() && !y.empty() && x != y; };
  const int k = static_cast<int>(below);
  if (k > 0 && differ(a.kvk, b.kvk)) return true;
  if (k > 1 && differ(a.brin, b.brin)) return true;
  if (k > 2 && differ(a.pic, b.pic)) return true;
  return false;
}

std::string join_ids(const model::PartnerGraph& g, const std::vector<NodeId>& nodes) {
  std::string out;
  for (NodeId v : nodes) {
    if (!out.empty()) out += ';';
    out += g.external_id(v);
  }
  return out;
}

void sort_entries(const model::PartnerGraph& g, std::vector<DiffEntry>& v) {
  std::sort(v.begin(), v.end(), [&](const DiffEntry& x, const DiffEntry& y) {
    if (x.degree != y.degree) return x.degree > y.degree;
    if (g.external_id(x.node) != g.external_id(y.node)) return g.external_id(x.node) < g.external_id(y.node);
    return x.node < y.node;
  });
}

using PairKey = std::pair<NodeId, NodeId>;
PairKey ordered(NodeId a, NodeId b) { return a < b ? PairKey{a, b} : PairKey{b, a}; }

/// Institution pairs of `from` whose organisations do not share an initiative in the other graph (whose pairs are
/// `other_levels`; `map` takes an organisation index of `from` to a node id of the other graph, kNoNode when
/// unmatched).
std::vector<PairChange> pairs_not_in(const model::PartnerGraph& from, const LevelsResult& from_levels,
                                     const LevelsResult& other_levels, const std::vector<NodeId>& map) {
  std::set<PairKey> other_pairs;
  for (const auto& p : other_levels.institution_pairs) other_pairs.insert(ordered(p.a, p.b));
  const std::size_t ni = from.num_initiatives();
  std::vector<PairChange> out;
  for (const auto& p : from_levels.institution_pairs) {
    const NodeId ma = map[p.a - ni], mb = map[p.b - ni];
    if (ma != kNoNode && mb != kNoNode && other_pairs.count(ordered(ma, mb))) continue;
    PairChange c;
    c.a = p.a;
    c.b = p.b;
    c.level_a = p.level_a;
    c.level_b = p.level_b;
    c.initiatives = p.initiatives;
    c.a_unmatched = ma == kNoNode;
    c.b_unmatched = mb == kNoNode;
    out.push_back(std::move(c));
  }
  return out;  // from_levels.institution_pairs is already in the documented order
}

void add_change_cells(std::vector<TableCell>& cells, const ChangeCount& c, bool with_flows = true) {
  auto i = [](std::size_t n) { return TableCell::of_integer(static_cast<std::int64_t>(n)); };
  cells.push_back(i(c.old_count));
  cells.push_back(i(c.new_count));
  if (with_flows) {
    cells.push_back(i(c.kept));
    cells.push_back(i(c.added));
    cells.push_back(i(c.lost));
  } else {
    cells.insert(cells.end(), 3, TableCell::none());
  }
  cells.push_back(TableCell::of_integer(static_cast<std::int64_t>(c.new_count) - static_cast<std::int64_t>(c.old_count)));
  const auto gp = c.growth_percent();
  cells.push_back(gp ? TableCell::of_number(*gp) : TableCell::none());
}

std::vector<TableColumn> change_columns(std::string first_title, std::string first_key, std::string_view old_label,
                                        std::string_view new_label) {
  return {{std::move(first_title), std::move(first_key), 0},
          {std::string(old_label), "old", 0},
          {std::string(new_label), "new", 0},
          {"Kept", "kept", 0},
          {"Added", "added", 0},
          {"Lost", "lost", 0},
          {"Change", "change", 0},
          {"Growth %", "growth_pct", 1}};
}

}  // namespace

std::string_view to_string(MatchKey k) {
  switch (k) {
    case MatchKey::kvk: return "kvk";
    case MatchKey::brin: return "brin";
    case MatchKey::pic: return "pic";
    case MatchKey::id: return "id";
  }
  return "id";
}

std::optional<double> ChangeCount::growth_percent() const {
  if (old_count == 0) return std::nullopt;
  return (static_cast<double>(new_count) - static_cast<double>(old_count)) / static_cast<double>(old_count) * 100.0;
}

OrganisationMatching match_organisations(const model::PartnerGraph& og, const model::PartnerGraph& ng) {
  OrganisationMatching m;
  const std::size_t oni = og.num_initiatives(), nni = ng.num_initiatives();
  m.new_of_old.assign(og.num_organisations(), kNoNode);
  m.old_of_new.assign(ng.num_organisations(), kNoNode);
  m.key_of_new.assign(ng.num_organisations(), std::nullopt);

  auto claim = [&](std::size_t new_index, NodeId old_node, MatchKey key) -> bool {
    if (old_node == kNoNode || !og.is_organisation(old_node) || !active(og, old_node)) return false;
    if (m.new_of_old[old_node - oni] != kNoNode) return false;
    if (conflicts(og.organisation(old_node), ng.organisations()[new_index], key)) return false;
    m.new_of_old[old_node - oni] = static_cast<NodeId>(nni + new_index);
    m.old_of_new[new_index] = old_node;
    m.key_of_new[new_index] = key;
    ++m.matched_by[static_cast<std::size_t>(key)];
    return true;
  };

  // Identifier passes: KvK, BRIN, PIC.
  for (MatchKey key : {MatchKey::kvk, MatchKey::brin, MatchKey::pic}) {
    auto field = [key](const model::Organisation& o) -> const std::string& {
      return key == MatchKey::kvk ? o.kvk : key == MatchKey::brin ? o.brin : o.pic;
    };
    std::unordered_map<std::string, NodeId> index;  // first (lowest node id) active OLD organisation per value
    for (std::size_t k = 0; k < og.num_organisations(); ++k) {
      const NodeId v = og.organisation_node(k);
      const auto& value = field(og.organisations()[k]);
      if (!value.empty() && active(og, v)) index.emplace(value, v);
    }
    for (std::size_t k = 0; k < ng.num_organisations(); ++k) {
      if (m.old_of_new[k] != kNoNode || !active(ng, ng.organisation_node(k))) continue;
      const auto& value = field(ng.organisations()[k]);
      if (value.empty()) continue;
      if (auto it = index.find(value); it != index.end()) claim(k, it->second, key);
    }
  }
  // Id pass: NEW's id, then its alias ids, looked up among OLD's ids and alias ids.
  for (std::size_t k = 0; k < ng.num_organisations(); ++k) {
    if (m.old_of_new[k] != kNoNode || !active(ng, ng.organisation_node(k))) continue;
    const auto& org = ng.organisations()[k];
    if (auto v = og.find_organisation(org.id); v && claim(k, *v, MatchKey::id)) continue;
    for (const auto& alias : org.aliases)
      if (auto v = og.find_organisation(alias); v && claim(k, *v, MatchKey::id)) break;
  }
  return m;
}

DiffResult diff(const model::PartnerGraph& og, const model::PartnerGraph& ng, const DiffOptions& options) {
  DiffResult r;
  r.matching = match_organisations(og, ng);
  const auto& m = r.matching;
  const std::size_t oni = og.num_initiatives(), nni = ng.num_initiatives();

  // Organisations.
  for (std::size_t k = 0; k < og.num_organisations(); ++k) {
    const NodeId v = og.organisation_node(k);
    if (!active(og, v)) {
      ++r.old_inactive;
      continue;
    }
    const auto t = static_cast<std::size_t>(og.organisation(v).type);
    ++r.organisations.old_count;
    ++r.by_type[t].old_count;
    if (m.new_of_old[k] == kNoNode) {
      ++r.organisations.lost;
      ++r.by_type[t].lost;
      r.organisations_lost.push_back({v, og.graph().degree(v)});
    }
  }
  for (std::size_t k = 0; k < ng.num_organisations(); ++k) {
    const NodeId v = ng.organisation_node(k);
    if (!active(ng, v)) {
      ++r.new_inactive;
      continue;
    }
    const auto type = ng.organisation(v).type;
    const auto t = static_cast<std::size_t>(type);
    ++r.organisations.new_count;
    ++r.by_type[t].new_count;
    if (m.old_of_new[k] == kNoNode) {
      ++r.organisations.added;
      ++r.by_type[t].added;
      r.organisations_added.push_back({v, ng.graph().degree(v)});
    } else {
      ++r.organisations.kept;
      ++r.by_type[t].kept;
      if (og.organisation(m.old_of_new[k]).type != type) ++r.type_changed;
    }
  }
  sort_entries(og, r.organisations_lost);
  sort_entries(ng, r.organisations_added);

  // Initiatives, matched by id.
  std::vector<NodeId> new_of_old_ini(oni, kNoNode), old_of_new_ini(nni, kNoNode);
  for (NodeId i = 0; i < nni; ++i)
    if (auto v = og.find_initiative(ng.initiative(i).id)) {
      old_of_new_ini[i] = *v;
      new_of_old_ini[*v] = i;
    }
  r.initiatives.old_count = oni;
  r.initiatives.new_count = nni;
  for (NodeId i = 0; i < oni; ++i)
    if (new_of_old_ini[i] == kNoNode) r.initiatives_lost.push_back({i, og.graph().degree(i)});
  for (NodeId i = 0; i < nni; ++i) {
    if (old_of_new_ini[i] == kNoNode)
      r.initiatives_added.push_back({i, ng.graph().degree(i)});
    else
      ++r.initiatives.kept;
  }
  r.initiatives.added = r.initiatives_added.size();
  r.initiatives.lost = r.initiatives_lost.size();
  sort_entries(og, r.initiatives_lost);
  sort_entries(ng, r.initiatives_added);

  // Links: a NEW edge (i, o) is kept when i and o are matched and OLD links their matches.
  r.links.old_count = og.num_edges();
  r.links.new_count = ng.num_edges();
  for (NodeId i = 0; i < nni; ++i) {
    const NodeId oi = old_of_new_ini[i];
    if (oi == kNoNode) continue;
    const auto old_nb = og.graph().neighbours(oi);  // sorted
    for (NodeId o : ng.graph().neighbours(i)) {
      const NodeId oo = m.old_of_new[o - nni];
      if (oo != kNoNode && std::binary_search(old_nb.begin(), old_nb.end(), oo)) ++r.links.kept;
    }
  }
  r.links.added = r.links.new_count - r.links.kept;
  r.links.lost = r.links.old_count - r.links.kept;
  r.old_participations = og.participations().size();
  r.new_participations = ng.participations().size();

  // Education-level links per initiative.
  LevelsOptions lo;
  lo.initiative_kind_counts = options.initiative_kind_counts;
  const LevelsResult ol = education_levels(og, lo), nl = education_levels(ng, lo);
  for (std::size_t c = 0; c < kNumLevelCombinations; ++c) {
    auto& lc = r.level_links[c];
    lc.combination = static_cast<LevelCombination>(c);
    const LevelSet need = levels_of(lc.combination);
    auto has = [&](LevelSet s) { return (s.bits & need.bits) == need.bits; };
    for (NodeId i = 0; i < oni; ++i) {
      const bool h = has(ol.initiatives[i].levels);
      lc.old_count += h;
      if (h && new_of_old_ini[i] == kNoNode) ++lc.in_lost;
    }
    for (NodeId i = 0; i < nni; ++i) {
      const bool h = has(nl.initiatives[i].levels);
      lc.new_count += h;
      const NodeId oi = old_of_new_ini[i];
      if (oi == kNoNode) {
        lc.in_added += h;
        continue;
      }
      const bool before = has(ol.initiatives[oi].levels);
      if (h && !before) lc.gained_initiatives.push_back(i);
      if (!h && before) lc.lost_initiatives.push_back(i);
    }
    lc.gained = lc.gained_initiatives.size();
    lc.lost = lc.lost_initiatives.size();
  }

  // Institution pairs.
  r.new_pairs = pairs_not_in(ng, nl, ol, m.old_of_new);
  r.lost_pairs = pairs_not_in(og, ol, nl, m.new_of_old);
  return r;
}

std::optional<std::pair<int, int>> participation_year_range(const model::PartnerGraph& g) {
  std::optional<std::pair<int, int>> range;
  for (const auto& p : g.participations()) {
    std::optional<int> y = p.year ? p.year : g.initiative(p.initiative).start_year;
    if (!y) continue;
    if (!range)
      range = std::pair(*y, *y);
    else
      range = std::pair(std::min(range->first, *y), std::max(range->second, *y));
  }
  return range;
}

YearSnapshot year_snapshot(const model::PartnerGraph& g, int year, bool cumulative) {
  YearSnapshot s;
  const std::size_t ni = g.num_initiatives();
  auto in_window = [&](int y) { return cumulative ? y <= year : y == year; };
  // Pass 1: dated participations in the window mark their initiative and organisation.
  std::vector<char> take(g.participations().size(), 0);
  std::vector<char> ini_in(ni, 0), org_in(g.num_organisations(), 0);
  for (std::size_t k = 0; k < g.participations().size(); ++k) {
    const auto& p = g.participations()[k];
    const bool by_start = !p.year && g.initiative(p.initiative).start_year;
    const std::optional<int> y = p.year ? p.year : g.initiative(p.initiative).start_year;
    if (!y) {
      if (p.role != model::Role::lead) ++s.undated_left_out;
      continue;
    }
    if (!in_window(*y)) continue;
    take[k] = 1;
    s.dated_by_start_year += by_start;
    ini_in[p.initiative] = 1;
    org_in[p.organisation - ni] = 1;
  }
  // Pass 2: undated leads follow their initiative.
  for (std::size_t k = 0; k < g.participations().size(); ++k) {
    const auto& p = g.participations()[k];
    if (p.year || g.initiative(p.initiative).start_year || p.role != model::Role::lead || !ini_in[p.initiative])
      continue;
    take[k] = 1;
    ++s.undated_leads;
    org_in[p.organisation - ni] = 1;
  }
  model::Diagnostics ignored;  // the records come from a built graph: nothing to report
  model::GraphBuilder b(ignored);
  for (NodeId i = 0; i < ni; ++i)
    if (ini_in[i]) {
      model::Initiative rec = g.initiative(i);
      rec.lead_organisation_id.clear();
      b.add_initiative(std::move(rec));
    }
  for (std::size_t k = 0; k < g.num_organisations(); ++k)
    if (org_in[k]) b.add_organisation(g.organisations()[k]);
  for (std::size_t k = 0; k < g.participations().size(); ++k) {
    if (!take[k]) continue;
    const auto& p = g.participations()[k];
    model::ParticipationRecord rec;
    rec.initiative_id = g.initiative(p.initiative).id;
    rec.organisation_id = g.organisation(p.organisation).id;
    rec.role = p.role;
    rec.year = p.year;
    rec.contribution_eur = p.contribution_eur;
    b.add_participation(rec);
    ++s.participations;
  }
  s.graph = b.build();
  return s;
}

std::vector<Table> to_tables(const model::PartnerGraph& og, const model::PartnerGraph& ng, const DiffResult& r,
                             std::size_t top, std::string_view old_label, std::string_view new_label) {
  std::vector<Table> out;
  const std::string ol(old_label), nl(new_label);
  auto count = [&](std::size_t n) { return top == 0 ? n : std::min(top, n); };
  auto shown_note = [&](std::size_t n) {
    return top > 0 && n > top ? " First " + std::to_string(top) + " of " + std::to_string(n) + "." : std::string();
  };
  auto integer = [](std::size_t n) { return TableCell::of_integer(static_cast<std::int64_t>(n)); };
  {
    Table t;
    t.name = "diff_summary";
    t.title = "Change over time (" + ol + " -> " + nl + ")";
    t.note = "Organisations: those taking part in at least one initiative, matched by KvK, then BRIN, then PIC, then "
             "id (" + std::to_string(r.matching.matched_by[0]) + " by KvK, " +
             std::to_string(r.matching.matched_by[1]) + " by BRIN, " + std::to_string(r.matching.matched_by[2]) +
             " by PIC, " + std::to_string(r.matching.matched_by[3]) + " by id); initiatives matched by id. Links: "
             "initiative-organisation pairs. Growth % = (new - old) / old * 100, '-' when old is 0.";
    if (r.old_inactive + r.new_inactive > 0)
      t.note += " Organisations listed without any participation are not counted (" +
                std::to_string(r.old_inactive) + " in " + ol + ", " + std::to_string(r.new_inactive) + " in " + nl +
                ").";
    t.columns = change_columns("Measure", "measure", ol, nl);
    auto row = [&](const char* name, const ChangeCount& c, bool flows = true) {
      std::vector<TableCell> cells{TableCell::of_text(name)};
      add_change_cells(cells, c, flows);
      t.rows.push_back(std::move(cells));
    };
    row("organisations", r.organisations);
    row("companies (distinct)", r.by_type[static_cast<std::size_t>(model::OrganisationType::company)]);
    row("initiatives", r.initiatives);
    row("links", r.links);
    ChangeCount parts;
    parts.old_count = r.old_participations;
    parts.new_count = r.new_participations;
    row("participations", parts, false);
    out.push_back(std::move(t));
  }
  {
    Table t;
    t.name = "diff_by_type";
    t.title = "Organisations by type (" + ol + " -> " + nl + ")";
    t.note = "Kept and added counted by the type in " + nl + ", lost by the type in " + ol + ".";
    if (r.type_changed > 0)
      t.note += " " + std::to_string(r.type_changed) + " kept organisations have a different type in " + nl + ".";
    t.columns = change_columns("Type", "type", ol, nl);
    for (int k = 0; k < model::kNumOrganisationTypes; ++k) {
      const auto& c = r.by_type[static_cast<std::size_t>(k)];
      if (c.old_count == 0 && c.new_count == 0) continue;
      std::vector<TableCell> cells{
          TableCell::of_text(std::string(model::to_string(static_cast<model::OrganisationType>(k))))};
      add_change_cells(cells, c);
      t.rows.push_back(std::move(cells));
    }
    out.push_back(std::move(t));
  }
  {
    Table t;
    t.name = "diff_level_links";
    t.title = "Initiatives linking education levels (" + ol + " -> " + nl + ")";
    t.note = "An initiative has a combination when organisations of each level take part (an mbo initiative counts "
             "as mbo, a CoE as hbo; see ppsnet levels). Gained: initiatives present in both that have it in " + nl +
             " but not in " + ol + "; lost: the reverse. Column " + nl + " = column " + ol +
             " + gained - lost + in added initiatives - in lost initiatives.";
    t.columns = {{"Combination", "combination", 0},
                 {ol, "old", 0},
                 {ol + " %", "old_share", 1},
                 {nl, "new", 0},
                 {nl + " %", "new_share", 1},
                 {"Gained", "gained", 0},
                 {"Lost", "lost", 0},
                 {"In added initiatives", "in_added_initiatives", 0},
                 {"In lost initiatives", "in_lost_initiatives", 0},
                 {"Gained by", "gained_initiatives", 0, false},
                 {"Lost by", "lost_initiatives", 0, false}};
    const std::size_t oi = og.num_initiatives(), ni = ng.num_initiatives();
    for (const auto& lc : r.level_links) {
      t.rows.push_back(
          {TableCell::of_text(std::string(to_string(lc.combination))), integer(lc.old_count),
           oi ? TableCell::of_share(static_cast<double>(lc.old_count) / static_cast<double>(oi)) : TableCell::none(),
           integer(lc.new_count),
           ni ? TableCell::of_share(static_cast<double>(lc.new_count) / static_cast<double>(ni)) : TableCell::none(),
           integer(lc.gained), integer(lc.lost), integer(lc.in_added), integer(lc.in_lost),
           TableCell::of_text(join_ids(ng, lc.gained_initiatives)),
           TableCell::of_text(join_ids(ng, lc.lost_initiatives))});
    }
    out.push_back(std::move(t));
  }
  auto org_table = [&](const char* name, std::string title, const model::PartnerGraph& g,
                       const std::vector<DiffEntry>& entries, const std::string& where) {
    Table t;
    t.name = name;
    t.title = std::move(title);
    t.note = "Initiatives: the number of initiatives it takes part in (" + where + "). By initiatives, then id." +
             shown_note(entries.size());
    t.columns = {{"Id", "id", 0}, {"Name", "name", 0}, {"Type", "type", 0}, {"Initiatives", "initiatives", 0}};
    for (std::size_t k = 0; k < count(entries.size()); ++k) {
      const auto& o = g.organisation(entries[k].node);
      t.rows.push_back({TableCell::of_text(o.id), TableCell::of_text(o.name),
                        TableCell::of_text(std::string(model::to_string(o.type))), integer(entries[k].degree)});
    }
    out.push_back(std::move(t));
  };
  org_table("organisations_added", "Organisations added (in " + nl + ", not in " + ol + ")", ng, r.organisations_added, nl);
  org_table("organisations_lost", "Organisations lost (in " + ol + ", not in " + nl + ")", og, r.organisations_lost, ol);
  auto ini_table = [&](const char* name, std::string title, const model::PartnerGraph& g,
                       const std::vector<DiffEntry>& entries, const std::string& where) {
    Table t;
    t.name = name;
    t.title = std::move(title);
    t.note = "Participants: distinct organisations (lead included; " + where + "). By participants, then id." +
             shown_note(entries.size());
    t.columns = {{"Id", "id", 0}, {"Name", "name", 0}, {"Kind", "kind", 0}, {"Participants", "participants", 0}};
    for (std::size_t k = 0; k < count(entries.size()); ++k) {
      const auto& i = g.initiative(entries[k].node);
      t.rows.push_back({TableCell::of_text(i.id), TableCell::of_text(i.name),
                        TableCell::of_text(std::string(model::to_string(i.kind))), integer(entries[k].degree)});
    }
    out.push_back(std::move(t));
  };
  ini_table("initiatives_added", "Initiatives added (in " + nl + ", not in " + ol + ")", ng, r.initiatives_added, nl);
  ini_table("initiatives_lost", "Initiatives lost (in " + ol + ", not in " + nl + ")", og, r.initiatives_lost, ol);
  auto pair_table = [&](const char* name, std::string title, std::string note, const model::PartnerGraph& g,
                        const std::vector<PairChange>& pairs, const char* both_there, const char* one_unmatched) {
    Table t;
    t.name = name;
    t.title = std::move(title);
    t.note = std::move(note) + shown_note(pairs.size());
    t.columns = {{"Institution", "institution_a", 0}, {"Level", "level_a", 0}, {"Institution", "institution_b", 0},
                 {"Level", "level_b", 0},            {"Shared initiatives", "shared_initiatives", 0},
                 {"Status", "status", 0},            {"Id", "id_a", 0, false},
                 {"Id", "id_b", 0, false},           {"Initiatives", "initiatives", 0, false}};
    for (std::size_t k = 0; k < count(pairs.size()); ++k) {
      const auto& p = pairs[k];
      t.rows.push_back({TableCell::of_text(g.label(p.a)), TableCell::of_text(std::string(model::to_string(p.level_a))),
                        TableCell::of_text(g.label(p.b)), TableCell::of_text(std::string(model::to_string(p.level_b))),
                        integer(p.initiatives.size()),
                        TableCell::of_text(p.a_unmatched || p.b_unmatched ? one_unmatched : both_there),
                        TableCell::of_text(g.external_id(p.a)),
                        TableCell::of_text(g.external_id(p.b)), TableCell::of_text(join_ids(g, p.initiatives))});
    }
    out.push_back(std::move(t));
  };
  pair_table("institution_pairs_new", "New institution pairs of different levels (" + ol + " -> " + nl + ")",
             "Institutions of different levels sharing an initiative in " + nl + " but none in " + ol +
                 ". Status: new pair (both institutions were in " + ol + ") or new institution (one of them was "
                 "not). By shared initiatives, then name.",
             ng, r.new_pairs, "new pair", "new institution");
  pair_table("institution_pairs_lost", "Institution pairs of different levels that ended (" + ol + " -> " + nl + ")",
             "Institutions of different levels sharing an initiative in " + ol + " but none in " + nl +
                 ". Status: pair ended (both institutions are still in " + nl + ") or institution gone. By shared "
                 "initiatives in " + ol + ", then name.",
             og, r.lost_pairs, "pair ended", "institution gone");
  return out;
}

}  // namespace ppsnet::query
