// Built-in geography: CBS 2015 provinces and COROP regions with neighbours, ISO 3166-1 countries.
// Sources of every table are given in docs/geography.md.
#include "ppsnet/geo/geography.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <charconv>
#include <unordered_map>

namespace ppsnet::geo {
namespace {

// CBS Gebiedsindelingen 2015 (statcode PV20..PV31, statnaam).
constexpr std::array<Province, 12> kProvinces{{
    {20, "Groningen"}, {21, "Friesland"}, {22, "Drenthe"}, {23, "Overijssel"},
    {24, "Flevoland"}, {25, "Gelderland"}, {26, "Utrecht"}, {27, "Noord-Holland"},
    {28, "Zuid-Holland"}, {29, "Zeeland"}, {30, "Noord-Brabant"}, {31, "Limburg"},
}};

// CBS Gebiedsindelingen 2015, COROP-gebied (statcode CR01..CR40, statnaam, provincie).
constexpr std::array<CoropRegion, 40> kCorop{{
    {1, "Oost-Groningen", 20},
    {2, "Delfzijl en omgeving", 20},
    {3, "Overig Groningen", 20},
    {4, "Noord-Friesland", 21},
    {5, "Zuidwest-Friesland", 21},
    {6, "Zuidoost-Friesland", 21},
    {7, "Noord-Drenthe", 22},
    {8, "Zuidoost-Drenthe", 22},
    {9, "Zuidwest-Drenthe", 22},
    {10, "Noord-Overijssel", 23},
    {11, "Zuidwest-Overijssel", 23},
    {12, "Twente", 23},
    {13, "Veluwe", 25},
    {14, "Achterhoek", 25},
    {15, "Arnhem/Nijmegen", 25},
    {16, "Zuidwest-Gelderland", 25},
    {17, "Utrecht", 26},
    {18, "Kop van Noord-Holland", 27},
    {19, "Alkmaar en omgeving", 27},
    {20, "IJmond", 27},
    {21, "Agglomeratie Haarlem", 27},
    {22, "Zaanstreek", 27},
    {23, "Groot-Amsterdam", 27},
    {24, "Het Gooi en Vechtstreek", 27},
    {25, "Agglomeratie Leiden en Bollenstreek", 28},
    {26, "Agglomeratie 's-Gravenhage", 28},
    {27, "Delft en Westland", 28},
    {28, "Oost-Zuid-Holland", 28},
    {29, "Groot-Rijnmond", 28},
    {30, "Zuidoost-Zuid-Holland", 28},
    {31, "Zeeuwsch-Vlaanderen", 29},
    {32, "Overig Zeeland", 29},
    {33, "West-Noord-Brabant", 30},
    {34, "Midden-Noord-Brabant", 30},
    {35, "Noordoost-Noord-Brabant", 30},
    {36, "Zuidoost-Noord-Brabant", 30},
    {37, "Noord-Limburg", 31},
    {38, "Midden-Limburg", 31},
    {39, "Zuid-Limburg", 31},
    {40, "Flevoland", 24},
}};

// 84 land borders: pairs of CBS 2015 COROP polygons sharing a boundary arc (see docs/geography.md), then the
// fixed crossings over water that the polygons do not show.
constexpr std::array<CoropLink, 87> kCoropLinks{{
    {1, 2, ""}, {1, 3, ""}, {1, 7, ""}, {1, 8, ""}, {2, 3, ""}, {3, 4, ""}, {3, 6, ""}, {3, 7, ""},
    {4, 5, ""}, {4, 6, ""}, {5, 6, ""}, {5, 10, ""}, {5, 18, ""}, {5, 40, ""}, {6, 7, ""}, {6, 9, ""},
    {6, 10, ""}, {7, 8, ""}, {7, 9, ""}, {8, 9, ""}, {8, 10, ""}, {9, 10, ""}, {10, 11, ""}, {10, 12, ""},
    {10, 13, ""}, {10, 40, ""}, {11, 12, ""}, {11, 13, ""}, {11, 14, ""}, {12, 14, ""}, {13, 14, ""},
    {13, 15, ""}, {13, 16, ""}, {13, 17, ""}, {14, 15, ""}, {15, 16, ""}, {15, 35, ""}, {15, 37, ""},
    {16, 17, ""}, {16, 30, ""}, {16, 34, ""}, {16, 35, ""}, {17, 23, ""}, {17, 24, ""}, {17, 28, ""},
    {17, 30, ""}, {18, 19, ""}, {18, 23, ""}, {18, 40, ""}, {19, 20, ""}, {19, 22, ""}, {19, 23, ""},
    {20, 21, ""}, {20, 22, ""}, {21, 22, ""}, {21, 23, ""}, {21, 25, ""}, {22, 23, ""}, {23, 24, ""},
    {23, 25, ""}, {23, 28, ""}, {25, 26, ""}, {25, 28, ""}, {26, 27, ""}, {26, 28, ""}, {26, 29, ""},
    {27, 29, ""}, {28, 29, ""}, {28, 30, ""}, {29, 30, ""}, {29, 32, ""}, {29, 33, ""}, {30, 33, ""},
    {30, 34, ""}, {32, 33, ""}, {33, 34, ""}, {34, 35, ""}, {34, 36, ""}, {35, 36, ""}, {35, 37, ""},
    {36, 37, ""}, {36, 38, ""}, {37, 38, ""}, {38, 39, ""},
    // Fixed crossings (docs/geography.md, "Crossings added to the land borders").
    {13, 40, "Veluwerandmeer bridges: Elburgerbrug (Elburg-Dronten), Hardersluis (Harderwijk-Zeewolde), "
             "Nijkerkerbrug (Nijkerk-Zeewolde)"},
    {24, 40, "Hollandse Brug (A6, Gooise Meren-Almere) and Stichtse Brug (A27, Blaricum/Huizen-Almere)"},
    {31, 32, "Westerscheldetunnel (Terneuzen-Borsele)"},
}};

struct CountryName {
  std::string_view name;
  std::string_view iso2;
};

constexpr Country kCountries[] = {
#include "country_table.inc"
};

constexpr CountryName kCountryNames[] = {
#include "country_names.inc"
    // Hand-added names seen in partner lists (English colloquial, Dutch, former names).
    {"USA", "US"}, {"United States of America", "US"}, {"America", "US"}, {"UK", "GB"}, {"Great Britain", "GB"},
    {"Britain", "GB"}, {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"}, {"Northern Ireland", "GB"},
    {"Holland", "NL"}, {"The Netherlands", "NL"}, {"Nederland", "NL"}, {"Turkey", "TR"}, {"Russia", "RU"},
    {"Korea", "KR"}, {"Republic of Korea", "KR"}, {"Vatican", "VA"}, {"Vatican City", "VA"},
    {"Macedonia", "MK"}, {"Former Yugoslav Republic of Macedonia", "MK"}, {"FYROM", "MK"},
    {"Ivory Coast", "CI"}, {"Cape Verde", "CV"}, {"Swaziland", "SZ"}, {"Burma", "MM"},
    {"Czech Republic", "CZ"}, {"Palestine", "PS"}, {"Moldavia", "MD"}, {"Bosnia", "BA"},
    {"Belgie", "BE"}, {"Duitsland", "DE"}, {"Deutschland", "DE"}, {"Frankrijk", "FR"}, {"Spanje", "ES"},
    {"Italie", "IT"}, {"Verenigd Koninkrijk", "GB"}, {"Zweden", "SE"}, {"Denemarken", "DK"},
    {"Oostenrijk", "AT"}, {"Zwitserland", "CH"}, {"Noorwegen", "NO"}, {"Polen", "PL"}, {"Griekenland", "GR"},
    {"Ierland", "IE"}, {"Verenigde Staten", "US"},
};

// Land borders with at least one European country (current borders, ISO codes), plus the fixed links
// Channel Tunnel (FR-GB) and Oresund bridge (DK-SE). Overseas territories with their own ISO code
// (e.g. French Guiana GF) are separate countries and not listed.
constexpr std::pair<std::string_view, std::string_view> kCountryLinks[] = {
    {"AD", "ES"}, {"AD", "FR"}, {"AL", "GR"}, {"AL", "ME"}, {"AL", "MK"}, {"AL", "XK"}, {"AM", "AZ"},
    {"AM", "GE"}, {"AM", "IR"}, {"AM", "TR"}, {"AT", "CH"}, {"AT", "CZ"}, {"AT", "DE"}, {"AT", "HU"},
    {"AT", "IT"}, {"AT", "LI"}, {"AT", "SI"}, {"AT", "SK"}, {"AZ", "GE"}, {"AZ", "IR"}, {"AZ", "RU"},
    {"AZ", "TR"}, {"BA", "HR"}, {"BA", "ME"}, {"BA", "RS"}, {"BE", "DE"}, {"BE", "FR"}, {"BE", "LU"},
    {"BE", "NL"}, {"BG", "GR"}, {"BG", "MK"}, {"BG", "RO"}, {"BG", "RS"}, {"BG", "TR"}, {"BY", "LT"},
    {"BY", "LV"}, {"BY", "PL"}, {"BY", "RU"}, {"BY", "UA"}, {"CH", "DE"}, {"CH", "FR"}, {"CH", "IT"},
    {"CH", "LI"}, {"CN", "RU"}, {"CZ", "DE"}, {"CZ", "PL"}, {"CZ", "SK"}, {"DE", "DK"}, {"DE", "FR"},
    {"DE", "LU"}, {"DE", "NL"}, {"DE", "PL"}, {"DK", "SE"}, {"EE", "LV"}, {"EE", "RU"}, {"ES", "FR"},
    {"ES", "GI"}, {"ES", "MA"}, {"ES", "PT"}, {"FI", "NO"}, {"FI", "RU"}, {"FI", "SE"}, {"FR", "GB"},
    {"FR", "IT"}, {"FR", "LU"}, {"FR", "MC"}, {"GB", "IE"}, {"GE", "RU"}, {"GE", "TR"}, {"GR", "MK"},
    {"GR", "TR"}, {"HR", "HU"}, {"HR", "ME"}, {"HR", "RS"}, {"HR", "SI"}, {"HU", "RO"}, {"HU", "RS"},
    {"HU", "SI"}, {"HU", "SK"}, {"HU", "UA"}, {"IQ", "TR"}, {"IR", "TR"}, {"IT", "SI"}, {"IT", "SM"},
    {"IT", "VA"}, {"KP", "RU"}, {"KZ", "RU"}, {"LT", "LV"}, {"LT", "PL"}, {"LT", "RU"}, {"LV", "RU"},
    {"MD", "RO"}, {"MD", "UA"}, {"ME", "RS"}, {"ME", "XK"}, {"MK", "RS"}, {"MK", "XK"}, {"MN", "RU"},
    {"NO", "RU"}, {"NO", "SE"}, {"PL", "RU"}, {"PL", "SK"}, {"PL", "UA"}, {"RO", "RS"}, {"RO", "UA"},
    {"RS", "XK"}, {"RU", "UA"}, {"SK", "UA"}, {"SY", "TR"},
};

/// Lower-cases ASCII, folds Latin-1 letters written as UTF-8 (e.g. "â" -> "a", "ü" -> "u") and drops every
/// character that is not a letter or digit, so "Fryslân", "fryslan" and "FRYSLAN" compare equal.
std::string fold(std::string_view s) {
  static constexpr std::string_view kLatin1 =  // code points U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo_ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo_ouuuuyty";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
    } else if (c == 0xC3 && i + 1 < s.size()) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0xBF) {
        const char f = kLatin1[d - 0x80];
        if (f != '_') out += f;
        if (d == 0x9F) out += 's';  // ß -> ss
        ++i;
      }
    }
    // other non-ASCII bytes are dropped
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

/// Parses a code written as optional prefix (case-insensitive) followed by decimal digits only.
std::optional<int> parse_code(std::string_view s, std::string_view prefix) {
  s = trim(s);
  if (s.size() > prefix.size()) {
    bool match = true;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      const char c = s[i];
      const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      if (lower != prefix[i]) match = false;
    }
    if (match) s.remove_prefix(prefix.size());
  }
  s = trim(s);
  if (s.empty() || s.size() > 4) return std::nullopt;
  int value = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

const std::unordered_map<std::string, std::uint8_t>& corop_names() {
  static const auto table = [] {
    std::unordered_map<std::string, std::uint8_t> m;
    for (const auto& r : kCorop) m.emplace(fold(r.name), r.code);
    // Spelling variants seen in Dutch region lists.
    const std::pair<std::string_view, std::uint8_t> variants[] = {
        {"Delfzijl", 2}, {"Noord-Fryslân", 4}, {"Zuidwest-Fryslân", 5}, {"Zuidoost-Fryslân", 6},
        {"Arnhem-Nijmegen", 15}, {"Arnhem en Nijmegen", 15}, {"Arnhem Nijmegen", 15},
        {"Gooi en Vechtstreek", 24}, {"Het Gooi", 24}, {"Leiden en Bollenstreek", 25},
        {"Agglomeratie Leiden", 25}, {"Agglomeratie Den Haag", 26}, {"Den Haag", 26}, {"'s-Gravenhage", 26},
        {"Rijnmond", 29}, {"Alkmaar", 19}, {"Kop van Noord Holland", 18}, {"Zeeuws-Vlaanderen", 31},
        {"Zeeuws Vlaanderen", 31}, {"Groot Amsterdam", 23}, {"Groot Rijnmond", 29},
    };
    for (const auto& [name, code] : variants) m.emplace(fold(name), code);
    return m;
  }();
  return table;
}

const std::unordered_map<std::string, std::uint8_t>& province_names() {
  static const auto table = [] {
    std::unordered_map<std::string, std::uint8_t> m;
    for (const auto& p : kProvinces) m.emplace(fold(p.name), p.code);
    const std::pair<std::string_view, std::uint8_t> variants[] = {
        {"Fryslân", 21}, {"Frisia", 21}, {"North Holland", 27}, {"South Holland", 28}, {"North Brabant", 30},
        {"Brabant", 30}, {"Gelderland", 25}, {"Gld", 25}, {"Gr", 20}, {"Fr", 21}, {"Dr", 22}, {"Ov", 23},
        {"Fl", 24}, {"Ge", 25}, {"Ut", 26}, {"NH", 27}, {"ZH", 28}, {"Ze", 29}, {"Zl", 29}, {"NB", 30},
        {"Li", 31}, {"Lb", 31},
    };
    for (const auto& [name, code] : variants) m.emplace(fold(name), code);
    return m;
  }();
  return table;
}

const std::unordered_map<std::string, std::string_view>& country_names() {
  static const auto table = [] {
    std::unordered_map<std::string, std::string_view> m;
    for (const auto& c : kCountries) m.emplace(fold(c.name), c.iso2);
    for (const auto& n : kCountryNames) m.emplace(fold(n.name), n.iso2);
    return m;
  }();
  return table;
}

using CoropMatrix = std::array<std::bitset<41>, 41>;

const CoropMatrix& corop_matrix() {
  static const CoropMatrix m = [] {
    CoropMatrix x{};
    for (const auto& l : kCoropLinks) {
      x[l.a][l.b] = true;
      x[l.b][l.a] = true;
    }
    return x;
  }();
  return m;
}

std::string upper2(std::string_view s) {
  std::string out(trim(s));
  for (auto& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace

std::span<const Province> provinces() { return kProvinces; }
std::span<const CoropRegion> corop_regions() { return kCorop; }
std::span<const Country> countries() { return kCountries; }
std::span<const CoropLink> corop_links() { return kCoropLinks; }

std::optional<std::uint8_t> parse_corop(std::string_view text) {
  if (const auto code = parse_code(text, "cr")) {
    if (*code >= 1 && *code <= 40) return static_cast<std::uint8_t>(*code);
    return std::nullopt;
  }
  if (const auto code = parse_code(text, "corop")) {
    if (*code >= 1 && *code <= 40) return static_cast<std::uint8_t>(*code);
    return std::nullopt;
  }
  const auto key = fold(text);
  if (key.empty()) return std::nullopt;
  const auto& names = corop_names();
  if (const auto it = names.find(key); it != names.end()) return it->second;
  return std::nullopt;
}

std::optional<std::uint8_t> parse_province(std::string_view text) {
  if (const auto code = parse_code(text, "pv")) {
    if (*code >= 20 && *code <= 31) return static_cast<std::uint8_t>(*code);
    return std::nullopt;
  }
  const auto key = fold(text);
  if (key.empty()) return std::nullopt;
  const auto& names = province_names();
  if (const auto it = names.find(key); it != names.end()) return it->second;
  return std::nullopt;
}

std::optional<std::string> parse_country(std::string_view text) {
  const auto t = trim(text);
  if (t.size() == 2) {
    auto code = upper2(t);
    if (code == "EL") code = "GR";
    if (code == "UK") code = "GB";
    if (find_country(code) != nullptr) return code;
    return std::nullopt;
  }
  const auto key = fold(t);
  if (key.empty()) return std::nullopt;
  const auto& names = country_names();
  if (const auto it = names.find(key); it != names.end()) return std::string(it->second);
  return std::nullopt;
}

const CoropRegion* find_corop(std::uint8_t code) {
  if (code < 1 || code > 40) return nullptr;
  return &kCorop[code - 1];
}

const Province* find_province(std::uint8_t code) {
  if (code < 20 || code > 31) return nullptr;
  return &kProvinces[code - 20];
}

std::uint8_t province_of(std::uint8_t province, std::uint8_t corop) {
  if (province != 0) return province;
  if (const auto* c = find_corop(corop)) return c->province;
  return 0;
}

const Country* find_country(std::string_view iso2) {
  const auto code = upper2(iso2);
  const auto* end = std::end(kCountries);
  const auto* it = std::lower_bound(std::begin(kCountries), end, code,
                                    [](const Country& c, const std::string& k) { return c.iso2 < k; });
  if (it == end || it->iso2 != code) return nullptr;
  return it;
}

bool corop_neighbours(std::uint8_t a, std::uint8_t b) {
  if (a < 1 || a > 40 || b < 1 || b > 40 || a == b) return false;
  return corop_matrix()[a][b];
}

std::vector<std::uint8_t> corop_neighbour_list(std::uint8_t code) {
  std::vector<std::uint8_t> out;
  if (code < 1 || code > 40) return out;
  const auto& row = corop_matrix()[code];
  for (std::uint8_t b = 1; b <= 40; ++b) {
    if (row[b]) out.push_back(b);
  }
  return out;
}

bool country_neighbours(std::string_view a, std::string_view b) {
  const auto x = upper2(a);
  const auto y = upper2(b);
  if (x == y) return false;
  for (const auto& [p, q] : kCountryLinks) {
    if ((p == x && q == y) || (p == y && q == x)) return true;
  }
  return false;
}

std::vector<std::string> country_neighbour_list(std::string_view iso2) {
  const auto x = upper2(iso2);
  std::vector<std::string> out;
  for (const auto& [p, q] : kCountryLinks) {
    if (p == x) out.emplace_back(q);
    if (q == x) out.emplace_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool is_eu_member(std::string_view iso2) {
  const auto* c = find_country(iso2);
  return c != nullptr && c->eu_member;
}

}  // namespace ppsnet::geo
