// Municipality table, DUO register and the enrichment of organisations with them (docs/cordis.md).
#include "ppsnet/import/geo_tables.hpp"

#include <algorithm>
#include <array>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/import/csv_reader.hpp"

namespace ppsnet::import {

using model::Diagnostic;
using model::DiagnosticKind;
using model::Severity;

namespace {

/// Latin-1 supplement letters U+00C0..U+00FF folded to ASCII ('_' = not a letter: dropped).
constexpr std::string_view kLatin1Fold =
    "aaaaaaaceeeeiiiidnooooo_ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo_ouuuuyty";

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

/// "80" / "080" / "0080" / "GM0080" -> "0080"; "" when not a municipality code.
std::string municipality_code(std::string_view text) {
  auto t = trim(text);
  if (t.size() > 2 && (t[0] == 'G' || t[0] == 'g') && (t[1] == 'M' || t[1] == 'm')) t.remove_prefix(2);
  if (!is_digits(t) || t.size() > 4) return {};
  std::string out(4 - t.size(), '0');
  out += t;
  return out;
}

std::uint8_t province_of_corop(std::uint8_t corop) {
  const auto* r = geo::find_corop(corop);
  return r != nullptr ? r->province : 0;
}

// Alternative names of municipalities (name_key form) -> the CBS name's key.
constexpr std::pair<std::string_view, std::string_view> kMunicipalityAliases[] = {
    {"den haag", "s gravenhage"},      {"the hague", "s gravenhage"},      {"hague", "s gravenhage"},
    {"den bosch", "s hertogenbosch"},  {"bois le duc", "s hertogenbosch"}, {"nijmegen gld", "nijmegen"},
};

// Province abbreviations DUO and PostNL append to ambiguous place names ("EDE GLD", "VELP GLD").
constexpr std::string_view kPlaceSuffixes[] = {"gld", "nb", "nh", "zh", "l", "lb", "li", "z", "u", "ut", "o",
                                               "ov", "fr", "gr", "dr", "fl", "ze", "zl", "g", "d", "f", "n"};

// Built-in names of Dutch higher-education institutions, by DUO BRIN code and level: DUO names as of 2021
// (register file), English names and CORDIS legal names. Facts compiled by hand (docs/cordis.md).
struct KnownInstitution {
  std::string_view brin;
  model::EducationLevel level;
  std::array<std::string_view, 6> names;
};
using L = model::EducationLevel;
constexpr KnownInstitution kKnownInstitutions[] = {
    {"21PF", L::wo, {"Technische Universiteit Delft", "Delft University of Technology", "TU Delft"}},
    {"21PK", L::wo, {"Universiteit van Amsterdam", "University of Amsterdam", "UvA"}},
    {"21PL", L::wo, {"Vrije Universiteit Amsterdam", "Vrije Universiteit", "VU Amsterdam",
                     "VU University Amsterdam", "Stichting VU", "Stichting VU-VUmc"}},
    {"21PD", L::wo, {"Universiteit Utrecht", "Utrecht University"}},
    {"21PB", L::wo, {"Universiteit Leiden", "Leiden University"}},
    {"21PC", L::wo, {"Rijksuniversiteit Groningen", "University of Groningen"}},
    {"21PM", L::wo, {"Radboud Universiteit Nijmegen", "Radboud Universiteit", "Radboud University",
                     "Radboud University Nijmegen", "Stichting Katholieke Universiteit"}},
    {"21PJ", L::wo, {"Universiteit Maastricht", "Maastricht University"}},
    {"21PG", L::wo, {"Technische Universiteit Eindhoven", "Eindhoven University of Technology", "TU Eindhoven"}},
    {"21PH", L::wo, {"Universiteit Twente", "University of Twente"}},
    {"21PE", L::wo, {"Erasmus Universiteit Rotterdam", "Erasmus University Rotterdam"}},
    {"21PN", L::wo, {"Tilburg University", "Universiteit van Tilburg", "Stichting Katholieke Universiteit Brabant"}},
    {"21PI", L::wo, {"Wageningen University", "Wageningen Universiteit", "Wageningen University & Research",
                     "Wageningen University and Research"}},
    {"22NC", L::wo, {"Open Universiteit Nederland", "Open Universiteit", "Open University of the Netherlands"}},
    {"21QO", L::wo, {"Theologische Universiteit Apeldoorn"}},
    {"00DV", L::wo, {"Protestantse Theologische Universiteit"}},
    {"25AV", L::wo, {"Theologische Universiteit van de Gereformeerde Kerk (Vrijg) in Nederland",
                     "Theologische Universiteit Kampen"}},
    {"23BF", L::wo, {"Universiteit voor Humanistiek", "University of Humanistic Studies"}},
    {"25BE", L::hbo, {"Hanzehogeschool Groningen", "Hanzehogeschool", "Hanze University of Applied Sciences",
                      "Hanze University of Applied Sciences Groningen"}},
    {"23AH", L::hbo, {"Saxion Hogeschool", "Saxion", "Saxion University of Applied Sciences"}},
    {"30GB", L::hbo, {"Fontys Hogescholen", "Fontys", "Fontys University of Applied Sciences"}},
    {"07GR", L::hbo, {"Avans Hogeschool", "Avans", "Avans University of Applied Sciences"}},
    {"25KB", L::hbo, {"Hogeschool van Arnhem en Nijmegen", "HAN University of Applied Sciences",
                      "Hogeschool van Arnhem en Nijmegen HAN"}},
    {"27PZ", L::hbo, {"Hogeschool INHOLLAND", "Inholland", "Inholland University of Applied Sciences"}},
    {"22OJ", L::hbo, {"Hogeschool Rotterdam", "Rotterdam University of Applied Sciences"}},
    {"27UM", L::hbo, {"De Haagse Hogeschool", "Haagse Hogeschool", "The Hague University of Applied Sciences"}},
    {"28DN", L::hbo, {"Hogeschool van Amsterdam", "Amsterdam University of Applied Sciences"}},
    {"25DW", L::hbo, {"Hogeschool Utrecht", "HU University of Applied Sciences Utrecht",
                      "Utrecht University of Applied Sciences"}},
    {"01VU", L::hbo, {"Christelijke Hogeschool Windesheim", "Hogeschool Windesheim", "Windesheim",
                      "Windesheim University of Applied Sciences"}},
    {"25JX", L::hbo, {"Zuyd Hogeschool", "Zuyd", "Zuyd University of Applied Sciences"}},
    {"31FR", L::hbo, {"NHL Stenden Hogeschool", "NHL Stenden", "NHL Stenden University of Applied Sciences",
                      "NHL Hogeschool"}},
    {"21RI", L::hbo, {"Hogeschool Leiden", "Leiden University of Applied Sciences"}},
    {"21MI", L::hbo, {"HZ University of Applied Sciences", "Hogeschool Zeeland", "HZ"}},
    {"30HD", L::hbo, {"Hogeschool Van Hall Larenstein", "Van Hall Larenstein",
                      "Van Hall Larenstein University of Applied Sciences"}},
    {"30TX", L::hbo, {"Aeres Hogeschool", "Aeres University of Applied Sciences"}},
    {"21CW", L::hbo, {"HAS Hogeschool", "HAS University of Applied Sciences", "HAS Den Bosch"}},
    {"21UI", L::hbo, {"Breda University of Applied Sciences", "NHTV Breda University of Applied Sciences",
                      "NHTV"}},
    {"27NF", L::hbo, {"ArtEZ", "ArtEZ University of the Arts", "ArtEZ Institute of the Arts"}},
    {"00MF", L::hbo, {"Hogeschool voor de Kunsten Utrecht", "HKU University of the Arts Utrecht", "HKU"}},
    {"21QA", L::hbo, {"Amsterdamse Hogeschool voor de Kunsten", "Amsterdam University of the Arts"}},
    {"14NI", L::hbo, {"Codarts, Hogeschool voor de Kunsten", "Codarts", "Codarts Rotterdam"}},
    {"02NT", L::hbo, {"Design Academy Eindhoven"}},
    {"02BY", L::hbo, {"Gerrit Rietveld Academie"}},
    {"25BA", L::hbo, {"Christelijke Hogeschool Ede"}},
    {"02NR", L::hbo, {"Hotelschool The Hague"}},
    {"23KJ", L::hbo, {"Hogeschool der Kunsten Den Haag", "University of the Arts The Hague"}},
};

bool contains_word_seq(const std::string& key, std::string_view words) {
  // key and words are name_key forms; match whole words.
  const std::string padded = " " + key + " ";
  return padded.find(" " + std::string(words) + " ") != std::string::npos;
}

bool contains_text(const std::string& key, std::string_view part) { return key.find(part) != std::string::npos; }

FileSummary summary_of(const CsvTable& t, std::size_t skipped) {
  FileSummary f;
  f.file = t.file;
  f.rows_read = t.records_read;
  f.rows_kept = t.rows.size() - skipped;
  f.rows_rejected = t.rejected.size() + skipped;
  return f;
}

void warn(model::Diagnostics& diagnostics, DiagnosticKind kind, const std::string& file, std::string message,
          std::string hint) {
  Diagnostic d;
  d.severity = Severity::warning;
  d.kind = kind;
  d.file = file;
  d.message = std::move(message);
  d.hint = std::move(hint);
  diagnostics.add(std::move(d));
}

}  // namespace

std::string name_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  auto put = [&](char c) {
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') put(static_cast<char>(c - 'A' + 'a'));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) put(static_cast<char>(c));
      else if (c == '\'' || c == '`') continue;  // "'s-Gravenhage" -> "s gravenhage"
      else pending_space = true;
    } else if (c == 0xC3 && i + 1 < text.size()) {
      const auto d = static_cast<unsigned char>(text[i + 1]);
      ++i;
      if (d >= 0x80 && d <= 0xBF && kLatin1Fold[d - 0x80] != '_') {
        put(kLatin1Fold[d - 0x80]);
        if (d == 0x9F) put('s');  // ß
      } else {
        pending_space = true;
      }
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0x98 ||
                static_cast<unsigned char>(text[i + 2]) == 0x99)) {
      i += 2;  // typographic apostrophes ‘ ’ are dropped like '
    } else {
      // other non-ASCII: skip the whole UTF-8 sequence, treat as a separator
      while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
      pending_space = true;
    }
  }
  return out;
}

std::string institution_key(std::string_view text) {
  // "&" -> "en" before folding (the fold would turn it into a separator).
  std::string t(text);
  for (std::size_t pos = t.find('&'); pos != std::string::npos; pos = t.find('&', pos + 4)) {
    t.replace(pos, 1, " en ");
  }
  const auto key = name_key(t);
  std::string out;
  std::size_t start = 0;
  while (start < key.size()) {
    auto end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    const std::string_view w(key.data() + start, end - start);
    if (w != "stichting" && w != "vereniging" && w != "foundation" && w != "bv" && w != "nv") {
      if (!out.empty()) out += ' ';
      out += w == "and" ? std::string_view("en") : w;
    }
    start = end + 1;
  }
  return out;
}

std::string web_host(std::string_view url) {
  auto t = trim(url);
  if (const auto p = t.find("://"); p != std::string_view::npos) t.remove_prefix(p + 3);
  if (const auto p = t.find_first_of("/?#"); p != std::string_view::npos) t = t.substr(0, p);
  if (const auto p = t.find(':'); p != std::string_view::npos) t = t.substr(0, p);
  std::string host;
  for (char c : t) host += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

std::optional<model::OrganisationType> dutch_institution_type_from_name(std::string_view name) {
  const auto key = institution_key(name);
  if (key.empty()) return std::nullopt;
  static const auto known = [] {
    std::unordered_map<std::string, model::EducationLevel> m;
    for (const auto& k : kKnownInstitutions) {
      for (const auto n : k.names) {
        if (!n.empty()) m.emplace(institution_key(n), k.level);
      }
    }
    return m;
  }();
  if (const auto it = known.find(key); it != known.end()) {
    return it->second == L::wo ? model::OrganisationType::university : model::OrganisationType::hogeschool;
  }
  for (const std::string_view w : {"hogeschool", "hogescholen", "applied sciences", "academie", "academy",
                                   "conservatorium", "pabo"}) {
    if (contains_text(key, w)) return model::OrganisationType::hogeschool;
  }
  for (const std::string_view w : {"universiteit", "university", "universitair", "academisch ziekenhuis",
                                   "academisch medisch"}) {
    if (contains_text(key, w)) return model::OrganisationType::university;
  }
  if (contains_word_seq(key, "umc")) return model::OrganisationType::university;
  return std::nullopt;
}

// ---------------------------------------------------------------- MunicipalityTable

FileSummary MunicipalityTable::load(const std::string& path, model::Diagnostics& diagnostics) {
  CsvOptions opt;
  opt.missing_markers = false;
  const auto t = read_csv(path, diagnostics, opt);
  const auto g_code = t.column_any({"gemeente_code", "Gemeentecode", "GM_CODE", "gemeentecode"});
  const auto g_name = t.column_any({"gemeente_name", "Gemeente", "gemeentenaam", "GM_NAAM"});
  const auto c_code = t.column_any({"corop_code", "COROP-gebiedcode", "COROP_CODE", "coropgebiedcode"});
  const auto p_code = t.column_any({"provincie_code", "PV_CODE", "provinciecode"});
  const auto w_name = t.column_any({"Woonplaats", "woonplaats", "woonplaats_name"});
  if (!g_code || !g_name || !c_code) {
    Diagnostic d;
    d.kind = DiagnosticKind::missing_column;
    d.file = path;
    d.line = 1;
    d.message = "not a municipality table: needs columns gemeente_code, gemeente_name, corop_code "
                "(or Gemeentecode, Gemeente, COROP-gebiedcode)";
    d.hint = "use the CBS gemeente -> COROP table, see docs/cordis.md";
    diagnostics.add(d);
    throw model::InvalidInput(d);
  }
  std::size_t skipped = 0;
  for (const auto& row : t.rows) {
    const auto code = municipality_code(row.fields[*g_code]);
    const auto& name = row.fields[*g_name];
    if (code.empty() || name.empty()) {
      diagnostics.add(t.diagnostic(row, code.empty() ? *g_code : *g_name,
                                   code.empty() && row.fields[*g_code].empty() ? DiagnosticKind::missing_value
                                                                                : DiagnosticKind::invalid_region,
                                   Severity::error, "municipality code must be 1-4 digits and name non-empty",
                                   "CBS gemeente codes look like 0080"));
      ++skipped;
      continue;
    }
    const auto corop = geo::parse_corop(row.fields[*c_code]);
    if (!corop) {
      diagnostics.add(t.diagnostic(row, *c_code, DiagnosticKind::invalid_region, Severity::error,
                                   "COROP code not recognised", "COROP codes are 01..40 or CR01..CR40"));
      ++skipped;
      continue;
    }
    std::uint8_t province = province_of_corop(*corop);
    if (p_code) {
      const auto p = geo::parse_province(row.fields[*p_code]);
      if (p && *p != province) {
        diagnostics.add(t.diagnostic(row, *p_code, DiagnosticKind::invalid_region, Severity::warning,
                                     "province differs from the province of COROP region " +
                                         std::to_string(*corop) + "; the COROP region's province is used",
                                     "each COROP region lies in one province"));
      }
    }
    std::size_t index;
    if (const auto it = by_code.find(code); it != by_code.end()) {
      index = it->second;
      if (municipalities[index].corop != *corop) {
        diagnostics.add(t.diagnostic(row, *c_code, DiagnosticKind::duplicate_id, Severity::warning,
                                     "municipality " + code + " was given COROP " +
                                         std::to_string(municipalities[index].corop) + " before; first kept",
                                     "load one edition of the CBS tables"));
      }
    } else {
      index = municipalities.size();
      municipalities.push_back({code, name, *corop, province});
      by_code.emplace(code, index);
      by_name.emplace(name_key(name), index);
      // Also without a parenthesised suffix ("Middelburg (Z.)" -> "middelburg"), unless that is taken.
      if (const auto p = name.find('('); p != std::string::npos && p > 0) {
        by_name.emplace(name_key(std::string_view(name).substr(0, p)), index);
      }
    }
    if (w_name && !row.fields[*w_name].empty()) {
      const auto key = name_key(row.fields[*w_name]);
      if (auto amb = ambiguous_residences.find(key); amb != ambiguous_residences.end()) {
        if (std::find(amb->second.begin(), amb->second.end(), index) == amb->second.end()) {
          amb->second.push_back(index);
        }
      } else if (auto it = by_residence.find(key); it != by_residence.end()) {
        if (it->second != index) {
          ambiguous_residences[key] = {it->second, index};
          by_residence.erase(it);
        }
      } else {
        by_residence.emplace(key, index);
      }
    }
  }
  return summary_of(t, skipped);
}

const Municipality* MunicipalityTable::find_code(std::string_view code) const {
  const auto c = municipality_code(code);
  if (c.empty()) return nullptr;
  const auto it = by_code.find(c);
  return it == by_code.end() ? nullptr : &municipalities[it->second];
}

const Municipality* MunicipalityTable::find(std::string_view name_or_code) const {
  const auto t = trim(name_or_code);
  if (t.empty()) return nullptr;
  if (!municipality_code(t).empty()) return find_code(t);
  auto lookup = [this](const std::string& key) -> const Municipality* {
    if (key.empty()) return nullptr;
    if (const auto it = by_name.find(key); it != by_name.end()) return &municipalities[it->second];
    if (const auto it = by_residence.find(key); it != by_residence.end()) return &municipalities[it->second];
    for (const auto& [alias, canonical] : kMunicipalityAliases) {
      if (key == alias) {
        if (const auto it = by_name.find(std::string(canonical)); it != by_name.end()) {
          return &municipalities[it->second];
        }
      }
    }
    return nullptr;
  };
  auto key = name_key(t);
  if (const auto* m = lookup(key)) return m;
  // Without a parenthesised suffix: "Middelburg (Z.)" -> "Middelburg".
  if (const auto p = t.find('('); p != std::string_view::npos && p > 0) {
    if (const auto* m = lookup(name_key(t.substr(0, p)))) return m;
  }
  // Without a trailing province abbreviation: "EDE GLD" -> "Ede".
  if (const auto sp = key.rfind(' '); sp != std::string::npos) {
    const std::string_view last(key.data() + sp + 1, key.size() - sp - 1);
    for (const auto s : kPlaceSuffixes) {
      if (last == s) return lookup(key.substr(0, sp));
    }
  }
  return nullptr;
}

// ---------------------------------------------------------------- DuoRegister

FileSummary DuoRegister::load(const std::string& path, model::Diagnostics& diagnostics) {
  CsvOptions opt;
  opt.missing_markers = false;
  const auto t = read_csv(path, diagnostics, opt);
  const auto c_level = t.column_any({"SOORT HO", "soort_ho"});
  const auto c_brin = t.column_any({"BRIN NUMMER", "BRIN", "brin"});
  const auto c_name = t.column_any({"INSTELLINGSNAAM", "naam", "name"});
  if (!c_level || !c_brin || !c_name) {
    Diagnostic d;
    d.kind = DiagnosticKind::missing_column;
    d.file = path;
    d.line = 1;
    d.message = "not a DUO register: needs columns SOORT HO, BRIN NUMMER, INSTELLINGSNAAM";
    d.hint = "use DUO open data '01 instellingen hbo en wo', see docs/cordis.md";
    diagnostics.add(d);
    throw model::InvalidInput(d);
  }
  const auto c_prov = t.column("PROVINCIE");
  const auto c_city = t.column("PLAATSNAAM");
  const auto c_gcode = t.column("GEMEENTENUMMER");
  const auto c_gname = t.column("GEMEENTENAAM");
  const auto c_web = t.column("INTERNETADRES");
  const auto c_corop = t.column("COROPGEBIED CODE");
  auto field = [](const CsvTable::Row& row, std::optional<std::size_t> c) -> std::string {
    return c ? std::string(trim(row.fields[*c])) : std::string();
  };
  std::size_t skipped = 0;
  for (const auto& row : t.rows) {
    DuoInstitution inst;
    const auto level = name_key(row.fields[*c_level]);
    if (level == "hbo") inst.level = L::hbo;
    else if (level == "wo") inst.level = L::wo;
    else {
      diagnostics.add(t.diagnostic(row, *c_level, DiagnosticKind::invalid_type, Severity::warning,
                                   "SOORT HO is neither hbo nor wo; row skipped", "expected hbo or wo"));
      ++skipped;
      continue;
    }
    inst.brin = upper(trim(row.fields[*c_brin]));
    inst.name = field(row, c_name);
    if (inst.brin.empty() || inst.name.empty()) {
      diagnostics.add(t.diagnostic(row, inst.brin.empty() ? *c_brin : *c_name, DiagnosticKind::missing_value,
                                   Severity::error, "BRIN and name are required", ""));
      ++skipped;
      continue;
    }
    if (by_brin.count(inst.brin)) {
      diagnostics.add(t.diagnostic(row, *c_brin, DiagnosticKind::duplicate_id, Severity::error,
                                   "BRIN " + inst.brin + " listed twice; first kept", ""));
      ++skipped;
      continue;
    }
    inst.city = field(row, c_city);
    inst.municipality = field(row, c_gname);
    inst.municipality_code = municipality_code(field(row, c_gcode));
    inst.website = field(row, c_web);
    if (c_corop) {
      if (const auto cr = geo::parse_corop(row.fields[*c_corop])) inst.corop = *cr;
    }
    if (c_prov) {
      if (const auto p = geo::parse_province(row.fields[*c_prov])) inst.province = *p;
    }
    if (inst.province == 0 && inst.corop != 0) inst.province = province_of_corop(inst.corop);
    const auto index = institutions.size();
    by_brin.emplace(inst.brin, index);
    by_name.emplace(institution_key(inst.name), index);
    if (const auto host = web_host(inst.website); !host.empty()) by_host.emplace(host, index);
    institutions.push_back(std::move(inst));
  }
  // Built-in alternative names of the BRIN codes present in this register.
  for (const auto& k : kKnownInstitutions) {
    const auto it = by_brin.find(std::string(k.brin));
    if (it == by_brin.end()) continue;
    for (const auto n : k.names) {
      if (!n.empty()) by_name.emplace(institution_key(n), it->second);
    }
  }
  return summary_of(t, skipped);
}

const DuoInstitution* DuoRegister::find_brin(std::string_view brin) const {
  std::string key;
  for (char c : brin) {
    if (c != ' ' && c != '\t') key += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  const auto it = by_brin.find(key);
  return it == by_brin.end() ? nullptr : &institutions[it->second];
}

const DuoInstitution* DuoRegister::find_name(std::string_view name) const {
  const auto key = institution_key(name);
  if (key.empty()) return nullptr;
  const auto it = by_name.find(key);
  return it == by_name.end() ? nullptr : &institutions[it->second];
}

const DuoInstitution* DuoRegister::find_website(std::string_view url) const {
  const auto host = web_host(url);
  if (host.empty()) return nullptr;
  const auto it = by_host.find(host);
  return it == by_host.end() ? nullptr : &institutions[it->second];
}

// ---------------------------------------------------------------- enrichment

namespace {

bool dutch_or_unknown(const model::Location& l) { return l.country.empty() || l.country == "NL"; }

void locate(model::Location& loc, const MunicipalityTable& table, const std::string& what, const std::string& id,
            EnrichSummary& s, model::Diagnostics& diagnostics, const std::string& source,
            const std::vector<FieldLocation>* sources, std::size_t index) {
  if (loc.corop != 0) {
    if (loc.province == 0) loc.province = province_of_corop(loc.corop);
    return;
  }
  if (loc.municipality.empty() || !dutch_or_unknown(loc)) return;
  if (const auto* m = table.find(loc.municipality)) {
    loc.municipality = m->name;
    loc.corop = m->corop;
    loc.province = m->province;
    ++s.located;
    return;
  }
  ++s.unknown_municipality;
  Diagnostic d;
  d.severity = Severity::warning;
  d.kind = DiagnosticKind::invalid_region;
  d.field = loc.municipality;
  const std::string table_name = source.empty() ? std::string("the municipality table") : "the municipality table " + source;
  if (const auto amb = table.ambiguous_residences.find(name_key(loc.municipality));
      amb != table.ambiguous_residences.end()) {
    std::string names;
    for (std::size_t k : amb->second) names += (names.empty() ? "" : ", ") + table.municipalities[k].name;
    d.message = "municipality \"" + loc.municipality + "\" of " + what + " \"" + id +
                "\" is a place name that lies in more than one municipality (" + names + ") according to " +
                table_name + "; COROP region and province left unknown";
    d.hint = "write the municipality (gemeente) instead of the place, or its CBS code";
  } else {
    d.message = "municipality \"" + loc.municipality + "\" of " + what + " \"" + id + "\" is not in " + table_name +
                "; COROP region and province left unknown";
    d.hint = "check the spelling, or give the CBS gemeente code";
  }
  d.file = source;
  if (sources != nullptr && index < sources->size() && (*sources)[index].line > 0) {
    const FieldLocation& at = (*sources)[index];
    d.file = at.file;
    d.line = at.line;
    if (at.value == loc.municipality) {  // still the text of that row (not replaced, e.g. from the DUO register)
      d.column = at.column;
      d.column_name = at.column_name;
    }
  }
  diagnostics.add(std::move(d));
}

}  // namespace

EnrichSummary enrich_locations(model::GraphBuilder& builder, const MunicipalityTable& table,
                               model::Diagnostics& diagnostics, const std::string& source,
                               const MunicipalitySources* where) {
  EnrichSummary s;
  for (std::size_t i = 0; i < builder.num_organisations(); ++i) {
    auto& o = builder.organisation_at(i);
    locate(o.location, table, "organisation", o.id, s, diagnostics, source,
           where != nullptr ? &where->organisations : nullptr, i);
  }
  for (std::size_t i = 0; i < builder.num_initiatives(); ++i) {
    auto& x = builder.initiative_at(i);
    locate(x.location, table, "initiative", x.id, s, diagnostics, source,
           where != nullptr ? &where->initiatives : nullptr, i);
  }
  return s;
}

EnrichSummary enrich_institutions(model::GraphBuilder& builder, const DuoRegister& duo,
                                  model::Diagnostics& diagnostics, const std::vector<std::string>* websites) {
  EnrichSummary s;
  for (std::size_t i = 0; i < builder.num_organisations(); ++i) {
    auto& o = builder.organisation_at(i);
    if (!dutch_or_unknown(o.location)) continue;
    const DuoInstitution* inst = nullptr;
    if (!o.brin.empty()) {
      inst = duo.find_brin(o.brin);
      if (inst == nullptr) {
        warn(diagnostics, DiagnosticKind::unknown_organisation, {},
             "organisation \"" + o.id + "\": BRIN " + o.brin + " is not in the DUO register",
             "the register lists hogescholen and universities only; organisation left as it is");
        continue;
      }
    }
    if (inst == nullptr) inst = duo.find_name(o.name);
    if (inst == nullptr && websites != nullptr && i < websites->size()) inst = duo.find_website((*websites)[i]);
    if (inst == nullptr) continue;
    ++s.institutions_matched;
    o.type = inst->level == L::wo ? model::OrganisationType::university : model::OrganisationType::hogeschool;
    if (o.brin.empty()) o.brin = inst->brin;
    o.location.country = "NL";
    if (o.location.corop == 0 && inst->corop != 0) {
      o.location.corop = inst->corop;
      o.location.province = inst->province;
      if (o.location.municipality.empty()) o.location.municipality = inst->municipality;
      ++s.located;
    }
  }
  return s;
}

EnrichSummary apply_geo_options(model::GraphBuilder& builder, const ImportOptions& options,
                                model::Diagnostics& diagnostics, std::vector<FileSummary>* files,
                                const std::vector<std::string>* websites, const MunicipalitySources* where) {
  EnrichSummary total;
  if (!options.duo_register.empty()) {
    DuoRegister duo;
    const auto file = duo.load(options.duo_register, diagnostics);
    const auto s = enrich_institutions(builder, duo, diagnostics, websites);
    total.institutions_matched += s.institutions_matched;
    total.located += s.located;
    if (files != nullptr) files->push_back(file);
  }
  if (!options.municipality_table.empty()) {
    MunicipalityTable table;
    const auto file = table.load(options.municipality_table, diagnostics);
    const auto s = enrich_locations(builder, table, diagnostics, options.municipality_table, where);
    total.located += s.located;
    total.unknown_municipality += s.unknown_municipality;
    if (files != nullptr) files->push_back(file);
  }
  return total;
}

}  // namespace ppsnet::import
