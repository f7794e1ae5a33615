#include "ppsnet/model/graph_builder.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

namespace ppsnet::model {
namespace {

Diagnostic make(Severity s, DiagnosticKind k, const SourceRef& where, std::string message, std::string hint,
                std::string field = {}) {
  Diagnostic d;
  d.severity = s;
  d.kind = k;
  d.file = where.file;
  d.line = where.line;
  d.message = std::move(message);
  d.hint = std::move(hint);
  d.field = std::move(field);
  return d;
}

// The canonical text of a plain decimal number ("03" -> "3", "3.0" -> "3", "-2.50" -> "-2.5"), or "" when
// `s` is not one (exponents, signs without digits, anything else). Text-based, so long codes keep every digit.
std::string numeric_form(std::string_view s) {
  std::string sign;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    if (s[0] == '-') sign = "-";
    s.remove_prefix(1);
  }
  const std::size_t dot = s.find('.');
  std::string_view int_part = s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  if (int_part.empty() || int_part.find_first_not_of("0123456789") != std::string_view::npos) return {};
  if (dot != std::string_view::npos && (frac.empty() || frac.find_first_not_of("0123456789") != std::string_view::npos))
    return {};
  while (int_part.size() > 1 && int_part[0] == '0') int_part.remove_prefix(1);
  while (!frac.empty() && frac.back() == '0') frac.remove_suffix(1);
  std::string out(int_part);
  if (!frac.empty()) out += "." + std::string(frac);
  if (out != "0") out = sign + out;
  return out;
}

// An id of `ids` that differs from `id` only in how the same number is written (3 vs 3.0 vs 03), or "".
// The smallest such id (byte order) when there are several, so that the hint does not depend on hashing.
// O(|ids|); only called for an id that is not defined.
std::string same_number_id(const std::unordered_map<std::string, std::size_t>& ids, const std::string& id) {
  const std::string form = numeric_form(id);
  if (form.empty()) return {};
  std::string best;
  for (const auto& [other, index] : ids)
    if (other != id && numeric_form(other) == form && (best.empty() || other < best)) best = other;
  return best;
}

std::string same_number_hint(const std::string& candidate, const std::string& id, std::string_view table) {
  return "did you mean \"" + candidate + "\"? ids are compared as written, so " + id + " and " + candidate +
         " are different ids; write the id the same way in the " + std::string(table) + " table and here";
}

template <class T>
void take_if_empty(T& into, T& from) {
  if (into.empty() && !from.empty()) into = std::move(from);
}

}  // namespace

std::string GraphBuilder::normalise_name(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

bool GraphBuilder::add_initiative(Initiative in, const SourceRef& where) {
  if (in.id.empty()) {
    diag_.add(make(Severity::error, DiagnosticKind::missing_value, where, "initiative without id",
                   "every initiative needs a unique id"));
    ++summary_.initiatives_rejected;
    return false;
  }
  if (initiative_ids_.count(in.id)) {
    diag_.add(make(Severity::error, DiagnosticKind::duplicate_id, where,
                   "initiative id \"" + in.id + "\" is used twice; this row is skipped",
                   "give each initiative its own id", in.id));
    ++summary_.initiatives_rejected;
    return false;
  }
  initiative_ids_.emplace(in.id, initiatives_.size());
  initiatives_.push_back(std::move(in));
  initiative_sources_.emplace_back(file_index(where.file), where.line);
  ++summary_.initiatives_added;
  return true;
}

void GraphBuilder::add_alias(std::string_view alias, std::string_view canonical_id) {
  aliases_[normalise_name(alias)] = std::string(canonical_id);
  if (auto idx = organisation_index(canonical_id)) by_name_alias_[normalise_name(alias)] = *idx;
}

void GraphBuilder::merge_into(std::size_t target, Organisation&& from, const SourceRef& where,
                              std::string_view reason) {
  Organisation& to = organisations_[target];
  std::string types;
  if (from.type != to.type)
    types = " (their types differ: " + std::string(to_string(from.type)) + " and " +
            std::string(to_string(to.type)) + "; the type of \"" + to.id + "\" is kept)";
  diag_.add(make(Severity::warning, DiagnosticKind::merged_organisation, where,
                 "organisation \"" + from.id + "\" (" + from.name + ") merged into \"" + to.id + "\" (" + to.name +
                     ") because " + std::string(reason) + types,
                 "if these are different organisations, give them different identifiers", from.id));
  if (from.id != to.id && !organisation_ids_.count(from.id)) {
    organisation_ids_.emplace(from.id, target);
    to.aliases.push_back(from.id);
  }
  if (!from.name.empty() && from.name != to.name &&
      std::find(to.aliases.begin(), to.aliases.end(), from.name) == to.aliases.end())
    to.aliases.push_back(from.name);
  take_if_empty(to.name, from.name);
  take_if_empty(to.location.municipality, from.location.municipality);
  if (to.location.corop == 0) to.location.corop = from.location.corop;
  if (to.location.province == 0) to.location.province = from.location.province;
  take_if_empty(to.location.country, from.location.country);
  take_if_empty(to.initiative_id, from.initiative_id);
  auto take_identifier = [&](std::string Organisation::*f, std::unordered_map<std::string, std::size_t>& index) {
    if ((to.*f).empty() && !(from.*f).empty()) {
      to.*f = from.*f;
      index.emplace(to.*f, target);
    }
  };
  take_identifier(&Organisation::kvk, by_kvk_);
  take_identifier(&Organisation::brin, by_brin_);
  take_identifier(&Organisation::pic, by_pic_);
  for (auto& s : from.sectors)
    if (std::find(to.sectors.begin(), to.sectors.end(), s) == to.sectors.end()) to.sectors.push_back(s);
  ++summary_.organisations_merged;
}

bool GraphBuilder::add_organisation(Organisation org, const SourceRef& where) {
  if (org.id.empty()) {
    diag_.add(make(Severity::error, DiagnosticKind::missing_value, where, "organisation without id",
                   "every organisation needs a unique id"));
    ++summary_.organisations_rejected;
    return false;
  }
  // Same identifier -> same organisation.
  auto by_identifier = [&](const std::string& value, auto& index, const char* what) -> bool {
    if (value.empty()) return false;
    auto it = index.find(value);
    if (it == index.end()) return false;
    merge_into(it->second, std::move(org), where, std::string("they share ") + what + " " + value);
    return true;
  };
  if (by_identifier(org.kvk, by_kvk_, "KvK number") || by_identifier(org.brin, by_brin_, "BRIN code") ||
      by_identifier(org.pic, by_pic_, "PIC"))
    return true;
  // Alias table: by id or by name.
  for (const std::string* key : {&org.id, &org.name}) {
    if (key->empty()) continue;
    auto a = aliases_.find(normalise_name(*key));
    if (a == aliases_.end()) continue;
    if (a->second == org.id) continue;  // this is the canonical record itself
    if (auto target = organisation_index(a->second)) {
      merge_into(*target, std::move(org), where, "the alias table says \"" + *key + "\" is \"" + a->second + "\"");
      return true;
    }
  }
  if (organisation_ids_.count(org.id)) {
    diag_.add(make(Severity::error, DiagnosticKind::duplicate_id, where,
                   "organisation id \"" + org.id + "\" is used twice; this row is skipped",
                   "give each organisation its own id, or the same KvK/BRIN/PIC if it is the same organisation",
                   org.id));
    ++summary_.organisations_rejected;
    return false;
  }
  const std::size_t idx = organisations_.size();
  organisation_ids_.emplace(org.id, idx);
  if (!org.kvk.empty()) by_kvk_.emplace(org.kvk, idx);
  if (!org.brin.empty()) by_brin_.emplace(org.brin, idx);
  if (!org.pic.empty()) by_pic_.emplace(org.pic, idx);
  // Aliases declared for this canonical id now resolve by name too.
  for (const auto& [alias, canonical] : aliases_)
    if (canonical == org.id) by_name_alias_[alias] = idx;
  organisations_.push_back(std::move(org));
  ++summary_.organisations_added;
  return true;
}

std::optional<std::size_t> GraphBuilder::initiative_index(std::string_view id) const {
  auto it = initiative_ids_.find(std::string(id));
  if (it == initiative_ids_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> GraphBuilder::organisation_index(std::string_view id) const {
  auto it = organisation_ids_.find(std::string(id));
  if (it != organisation_ids_.end()) return it->second;
  auto a = by_name_alias_.find(normalise_name(id));
  if (a != by_name_alias_.end()) return a->second;
  return std::nullopt;
}

std::uint32_t GraphBuilder::file_index(const std::string& file) {
  if (file.empty()) return 0;
  if (files_.back() == file) return static_cast<std::uint32_t>(files_.size() - 1);
  auto it = std::find(files_.begin(), files_.end(), file);
  if (it != files_.end()) return static_cast<std::uint32_t>(it - files_.begin());
  files_.push_back(file);
  return static_cast<std::uint32_t>(files_.size() - 1);
}

void GraphBuilder::note_rejected_initiative(std::string_view id, const SourceRef& where, std::string_view reason) {
  if (id.empty()) return;
  rejected_initiatives_.try_emplace(std::string(id), RejectedRecord{where.file, where.line, std::string(reason)});
}

void GraphBuilder::note_rejected_organisation(std::string_view id, const SourceRef& where, std::string_view reason) {
  if (id.empty()) return;
  rejected_organisations_.try_emplace(std::string(id), RejectedRecord{where.file, where.line, std::string(reason)});
}

std::string GraphBuilder::rejected_note(const std::unordered_map<std::string, RejectedRecord>& rejected,
                                        std::string_view id) {
  auto it = rejected.find(std::string(id));
  if (it == rejected.end()) return {};
  const RejectedRecord& r = it->second;
  std::string at = r.file;
  if (r.line > 0) at += (at.empty() ? "line " : ":") + std::to_string(r.line);
  std::string out = "its own row";
  if (!at.empty()) out += " at " + at;
  out += " was rejected";
  if (!r.reason.empty()) out += " (" + r.reason + ")";
  return out;
}

bool GraphBuilder::add_participation(const ParticipationRecord& p, const SourceRef& where) {
  auto i = initiative_index(p.initiative_id);
  auto o = organisation_index(p.organisation_id);
  if (!i) {
    const std::string note = rejected_note(rejected_initiatives_, p.initiative_id);
    auto d = note.empty()
                 ? make(Severity::error, DiagnosticKind::unknown_initiative, where,
                        "initiative \"" + p.initiative_id + "\" is not defined; this participation is skipped",
                        [&] {
                          const std::string c = same_number_id(initiative_ids_, p.initiative_id);
                          return c.empty() ? std::string("add the initiative to the initiatives table or correct the id")
                                           : same_number_hint(c, p.initiative_id, "initiatives");
                        }(),
                        p.initiative_id)
                 : make(Severity::error, DiagnosticKind::unknown_initiative, where,
                        "initiative \"" + p.initiative_id + "\" is not in the network because " + note +
                            "; this participation is skipped",
                        "fix the initiative's row; this participation is then read as well", p.initiative_id);
    d.column = where.initiative_column;
    d.column_name = where.initiative_column_name;
    diag_.add(std::move(d));
  }
  if (!o) {
    const std::string note = rejected_note(rejected_organisations_, p.organisation_id);
    auto d = note.empty()
                 ? make(Severity::error, DiagnosticKind::unknown_organisation, where,
                        "organisation \"" + p.organisation_id + "\" is not defined; this participation is skipped",
                        [&] {
                          const std::string c = same_number_id(organisation_ids_, p.organisation_id);
                          return c.empty() ? std::string("add the organisation to the organisations table or correct the id")
                                           : same_number_hint(c, p.organisation_id, "organisations");
                        }(),
                        p.organisation_id)
                 : make(Severity::error, DiagnosticKind::unknown_organisation, where,
                        "organisation \"" + p.organisation_id + "\" is not in the network because " + note +
                            "; this participation is skipped",
                        "fix the organisation's row; this participation is then read as well", p.organisation_id);
    d.column = where.organisation_column;
    d.column_name = where.organisation_column_name;
    diag_.add(std::move(d));
  }
  if (!i || !o) {
    ++summary_.participations_rejected;
    return false;
  }
  Participation part;
  part.initiative = static_cast<NodeId>(*i);
  part.role = p.role;
  part.year = p.year;
  part.contribution_eur = p.contribution_eur;
  participations_.push_back({*i, *o, part, file_index(where.file), where.line});
  ++summary_.participations_added;
  return true;
}

void GraphBuilder::resolve_late_aliases() {
  // An alias whose canonical organisation was added after the aliased record could not merge at add time.
  const std::size_t n = organisations_.size();
  std::vector<std::size_t> parent(n);
  for (std::size_t i = 0; i < n; ++i) parent[i] = i;
  auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  bool merged_any = false;
  for (std::size_t o = 0; o < n; ++o) {
    for (const std::string* key : {&organisations_[o].id, &organisations_[o].name}) {
      if (key->empty()) continue;
      auto a = aliases_.find(normalise_name(*key));
      if (a == aliases_.end() || a->second == organisations_[o].id) continue;
      auto t = organisation_ids_.find(a->second);
      if (t == organisation_ids_.end()) continue;  // reported below
      const std::size_t c = find(t->second), self = find(o);
      if (c == self) continue;
      const std::string key_text = *key;
      std::vector<std::string> moved_ids{organisations_[o].id};
      for (const auto& alias : organisations_[o].aliases) moved_ids.push_back(alias);
      merge_into(c, std::move(organisations_[o]), {},
                 "the alias table says \"" + key_text + "\" is \"" + a->second + "\"");
      for (const auto& id : moved_ids)
        if (auto it = organisation_ids_.find(id); it != organisation_ids_.end()) it->second = c;
      parent[self] = c;
      merged_any = true;
      break;
    }
  }
  for (const auto& [alias, canonical] : aliases_)
    if (!organisation_ids_.count(canonical))
      diag_.add(make(Severity::warning, DiagnosticKind::unknown_organisation, {},
                     "the alias table maps \"" + alias + "\" to organisation \"" + canonical +
                         "\", which is not defined; the alias is ignored",
                     "correct canonical_id in the alias file", canonical));
  if (!merged_any) return;
  // Drop merged records and renumber.
  std::vector<std::size_t> new_index(n, static_cast<std::size_t>(-1));
  std::vector<Organisation> kept;
  for (std::size_t o = 0; o < n; ++o)
    if (find(o) == o) {
      new_index[o] = kept.size();
      kept.push_back(std::move(organisations_[o]));
    }
  organisations_ = std::move(kept);
  for (auto& [id, idx] : organisation_ids_) idx = new_index[find(idx)];
  for (auto& pp : participations_) pp.organisation = new_index[find(pp.organisation)];
  for (auto* index : {&by_kvk_, &by_brin_, &by_pic_, &by_name_alias_})
    for (auto& [key, idx] : *index) idx = new_index[find(idx)];
}

PartnerGraph GraphBuilder::build() {
  resolve_late_aliases();
  PartnerGraph g;
  const std::size_t ni = initiatives_.size();
  // Lead organisations count as participants.
  std::set<std::pair<std::size_t, std::size_t>> present;
  for (const auto& pp : participations_) present.emplace(pp.initiative, pp.organisation);
  for (std::size_t i = 0; i < ni; ++i) {
    const auto& lead = initiatives_[i].lead_organisation_id;
    if (lead.empty()) continue;
    auto o = organisation_index(lead);
    if (!o) {
      const auto& [file, line] = initiative_sources_[i];
      const std::string note = rejected_note(rejected_organisations_, lead);
      diag_.add(make(Severity::warning, DiagnosticKind::unknown_organisation, {files_[file], line},
                     "lead organisation \"" + lead + "\" of initiative \"" + initiatives_[i].id + "\" " +
                         (note.empty() ? std::string("is not defined") : "is not in the network because " + note) +
                         "; the lead is ignored",
                     note.empty() ? "add it to the organisations table" : "fix the organisation's row", lead));
      continue;
    }
    if (present.emplace(i, *o).second) {
      Participation part;
      part.initiative = static_cast<NodeId>(i);
      part.role = Role::lead;
      participations_.push_back({i, *o, part, 0, 0});
      ++summary_.leads_added;
    }
  }
  // Stable order: by initiative, organisation, then input order.
  std::stable_sort(participations_.begin(), participations_.end(), [](const auto& a, const auto& b) {
    return std::tie(a.initiative, a.organisation) < std::tie(b.initiative, b.organisation);
  });
  std::vector<WeightedEdge> edges;
  edges.reserve(participations_.size());
  g.participations_.reserve(participations_.size());
  for (std::size_t k = 0; k < participations_.size(); ++k) {
    auto& pp = participations_[k];
    pp.p.organisation = static_cast<NodeId>(ni + pp.organisation);
    if (k > 0 && participations_[k - 1].initiative == pp.initiative &&
        participations_[k - 1].organisation == pp.organisation) {
      ++summary_.participations_folded;
      const auto& prev = participations_[k - 1].p;
      if (prev.role == pp.p.role && prev.year == pp.p.year && prev.contribution_eur == pp.p.contribution_eur)
        diag_.add(make(Severity::warning, DiagnosticKind::duplicate_participation, {files_[pp.file], pp.line},
                       "organisation \"" + organisations_[pp.organisation].id + "\" is listed twice in initiative \"" +
                           initiatives_[pp.initiative].id + "\" with the same role and year" +
                           (participations_[k - 1].line > 0
                                ? " as on line " + std::to_string(participations_[k - 1].line)
                                : std::string()) +
                           "; counted once as a link",
                       "remove the duplicate row"));
    }
    edges.push_back({static_cast<NodeId>(pp.initiative), pp.p.organisation, 1.0});
    g.participations_.push_back(pp.p);
  }
  g.graph_ = CsrGraph::from_edges(ni + organisations_.size(), edges);
  // Initiative links through organisations standing for an initiative.
  for (std::size_t o = 0; o < organisations_.size(); ++o) {
    const auto& target = organisations_[o].initiative_id;
    if (target.empty()) continue;
    auto t = initiative_index(target);
    if (!t) {
      diag_.add(make(Severity::warning, DiagnosticKind::unknown_link, {},
                     "organisation \"" + organisations_[o].id + "\" stands for initiative \"" + target +
                         "\", which is not defined; the link is ignored",
                     "correct initiative_id or add the initiative", target));
      continue;
    }
    const NodeId v = static_cast<NodeId>(ni + o);
    for (NodeId i : g.graph_.neighbours(v)) {
      if (i != *t) {
        g.initiative_links_.push_back({i, static_cast<NodeId>(*t), v});
        continue;
      }
      // The organisation takes part in the initiative it stands for: as a link between initiatives that would
      // be a self-loop. The participation itself stays (it is a real row); no initiative link is made.
      diag_.add(make(Severity::warning, DiagnosticKind::self_loop, {},
                     "organisation \"" + organisations_[o].id + "\" stands for initiative \"" + target +
                         "\" and also takes part in it; the participation is kept but links no other initiative",
                     "nothing to fix if that is what the data says; otherwise correct initiative_id or the participation",
                     target));
    }
  }
  std::sort(g.initiative_links_.begin(), g.initiative_links_.end(),
            [](const auto& a, const auto& b) { return std::tie(a.from, a.to, a.via) < std::tie(b.from, b.to, b.via); });
  for (std::size_t i = 0; i < ni; ++i) g.initiative_index_.emplace(initiatives_[i].id, static_cast<NodeId>(i));
  for (const auto& [id, idx] : organisation_ids_) g.organisation_index_.emplace(id, static_cast<NodeId>(ni + idx));
  g.initiatives_ = std::move(initiatives_);
  g.organisations_ = std::move(organisations_);
  participations_.clear();
  initiative_sources_.clear();
  initiative_ids_.clear();
  organisation_ids_.clear();
  by_kvk_.clear();
  by_brin_.clear();
  by_pic_.clear();
  by_name_alias_.clear();
  rejected_initiatives_.clear();
  rejected_organisations_.clear();
  return g;
}

}  // namespace ppsnet::model
