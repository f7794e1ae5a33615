#pragma once
// Built-in geography of the Netherlands (12 provinces, 40 COROP regions with neighbours) and of countries
// (ISO 3166-1 alpha-2, EU membership, land neighbours for European countries). Pure data, no file I/O.
// Municipality -> COROP -> province tables are read by importers (ppsnet/import/geo_tables.hpp).
// Sources (details, and every added water crossing, in docs/geography.md): CBS Gebiedsindelingen 2015 (codes,
// names, COROP -> province, land borders of the COROP polygons); Debian iso-codes 4.15 (ISO 3166-1, generated
// by tests/reference/geo_country_table.py); EU-27 membership since 1 February 2020. All functions are
// thread-safe and never throw (the name tables are built once, on first use).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ppsnet::geo {

struct Province {
  std::uint8_t code;        ///< CBS code 20..31 (PV20 Groningen ... PV31 Limburg)
  std::string_view name;    ///< CBS 2015 name, e.g. "Friesland", "Noord-Brabant"
};

struct CoropRegion {
  std::uint8_t code;        ///< CBS code 1..40 (CR01 .. CR40)
  std::string_view name;    ///< e.g. "Zaanstreek", "Agglomeratie Haarlem"
  std::uint8_t province;    ///< CBS province code 20..31
};

struct Country {
  std::string_view iso2;    ///< ISO 3166-1 alpha-2, upper case
  std::string_view name;    ///< English short name
  bool eu_member;           ///< EU-27 (2020 onwards; UK not a member)
};

/// One neighbour pair of COROP regions (a < b). `crossing` is empty for a shared land border and otherwise
/// names the fixed crossing (bridge, dam, tunnel) that makes the pair neighbours (docs/geography.md).
struct CoropLink {
  std::uint8_t a;
  std::uint8_t b;
  std::string_view crossing;
};

/// All 12 provinces / 40 COROP regions, ordered by code.
std::span<const Province> provinces();
std::span<const CoropRegion> corop_regions();

/// All ISO 3166-1 alpha-2 countries (249, from Debian iso-codes) plus XK Kosovo (user-assigned code used by the
/// European Commission and CORDIS), ordered by code. 250 entries.
std::span<const Country> countries();

/// Every COROP neighbour pair: the 84 land borders of the CBS 2015 polygons, then the fixed crossings.
/// Ordered land first, each part by (a, b).
std::span<const CoropLink> corop_links();

/// Parsing. COROP accepts "CR17", "17", "017", " cr17 " or the region name (case-insensitive, also with
/// common spelling variants); province accepts "PV27", "27" or the name (also "Fryslân"); country accepts
/// ISO alpha-2 (any case) or an English name; CORDIS's "EL" and "UK" are mapped to GR and GB.
/// nullopt when not recognised.
/// Names are compared after folding: ASCII lower case, Latin-1 accents removed ("Fryslân" = "fryslan"),
/// everything but letters and digits dropped ("Noord Holland" = "Noord-Holland"). Countries also accept the
/// ISO alpha-3 code, the ISO official name and a short list of colloquial/Dutch names (docs/geography.md).
/// O(length of text); the name tables are built once on first use (thread-safe static initialisation).
std::optional<std::uint8_t> parse_corop(std::string_view text);
std::optional<std::uint8_t> parse_province(std::string_view text);
std::optional<std::string> parse_country(std::string_view text);

const CoropRegion* find_corop(std::uint8_t code);       ///< nullptr when unknown
const Province* find_province(std::uint8_t code);
/// The province of a place: `province` when known (non-zero), else the province of COROP region `corop`, else 0
/// (unknown). O(1).
std::uint8_t province_of(std::uint8_t province, std::uint8_t corop);
/// Exact ISO alpha-2 (any case, surrounding spaces ignored); does NOT map EL/UK: use parse_country first.
/// O(log n).
const Country* find_country(std::string_view iso2);

/// True when the two COROP regions share a land border (CBS 2015 polygons) or are joined by one of the
/// fixed crossings listed in docs/geography.md (bridges, dams, tunnels, ferries analysts count as neighbouring).
/// A region is not its own neighbour.
bool corop_neighbours(std::uint8_t a, std::uint8_t b);
/// Neighbours of `code`, ascending; empty for an unknown code. O(40).
std::vector<std::uint8_t> corop_neighbour_list(std::uint8_t code);

/// True when the two countries share a land border (Europe; fixed links like the Øresund bridge and the
/// Channel Tunnel count). Not reflexive.
/// Takes ISO alpha-2 codes (any case). Borders are listed for every pair with at least one European country
/// (so RU-CN and TR-IR are included, BR-AR is not). O(number of listed borders).
bool country_neighbours(std::string_view a, std::string_view b);
/// Land neighbours of `iso2` as listed above, ascending; empty when none are listed.
std::vector<std::string> country_neighbour_list(std::string_view iso2);
/// EU-27 membership of an ISO alpha-2 code (any case); false for unknown codes and for "EL"/"UK" (parse first).
bool is_eu_member(std::string_view iso2);

}  // namespace ppsnet::geo
