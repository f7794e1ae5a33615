#pragma once
// Built-in geography of the Netherlands (12 provinces, 40 COROP regions with neighbours) and of countries
// (ISO 3166-1 alpha-2, EU membership, land neighbours for European countries). Pure data, no file I/O.
// Municipality -> COROP -> province tables are read by importers (ppsnet/import/geo_tables.hpp).
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

/// All 12 provinces / 40 COROP regions, ordered by code.
std::span<const Province> provinces();
std::span<const CoropRegion> corop_regions();

/// Parsing. COROP accepts "CR17", "17", "017", " cr17 " or the region name (case-insensitive, also with
/// common spelling variants); province accepts "PV27", "27" or the name (also "Fryslân"); country accepts
/// ISO alpha-2 (any case) or an English name; CORDIS's "EL" and "UK" are mapped to GR and GB.
/// nullopt when not recognised.
std::optional<std::uint8_t> parse_corop(std::string_view text);
std::optional<std::uint8_t> parse_province(std::string_view text);
std::optional<std::string> parse_country(std::string_view text);

const CoropRegion* find_corop(std::uint8_t code);       ///< nullptr when unknown
const Province* find_province(std::uint8_t code);
const Country* find_country(std::string_view iso2);

/// True when the two COROP regions share a land border (CBS 2015 polygons) or are joined by one of the
/// fixed crossings listed in docs/geography.md (bridges, dams, tunnels, ferries analysts count as neighbouring).
/// A region is not its own neighbour.
bool corop_neighbours(std::uint8_t a, std::uint8_t b);
std::vector<std::uint8_t> corop_neighbour_list(std::uint8_t code);

/// True when the two countries share a land border (Europe; fixed links like the Øresund bridge and the
/// Channel Tunnel count). Not reflexive.
bool country_neighbours(std::string_view a, std::string_view b);
bool is_eu_member(std::string_view iso2);

}  // namespace ppsnet::geo
