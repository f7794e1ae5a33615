#pragma once
// Run-time geographic reference tables and the enrichment of organisations with them (docs/cordis.md,
// section "Municipalities and the DUO register"):
//  - MunicipalityTable: CBS municipality (gemeente) -> COROP region -> province, optionally with the
//    residences (woonplaatsen) of each municipality, so a city name as written in an address resolves;
//  - DuoRegister: the DUO open-data list of Dutch hogescholen (hbo) and universities (wo) with BRIN code,
//    location and level;
//  - enrich_* functions that fill Location.corop/province and attach BRIN, type and location to the
//    organisations held by a GraphBuilder.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ppsnet/import/import.hpp"
#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/model/types.hpp"

namespace ppsnet::import {

/// Key used for every name comparison in this file: UTF-8 Latin-1 letters folded to ASCII ("â" -> "a"),
/// ASCII lower case, every run of characters that are not letters or digits replaced by one space, trimmed;
/// the apostrophe is dropped without a space ("'s-Gravenhage" -> "s gravenhage", "S GRAVENHAGE" ->
/// "s gravenhage"). O(n).
std::string name_key(std::string_view text);

struct Municipality {
  std::string code;           ///< CBS gemeente code, 4 digits with leading zeros ("0080")
  std::string name;           ///< CBS name ("Leeuwarden", "'s-Gravenhage", "Middelburg (Z.)")
  std::uint8_t corop = 0;     ///< CBS COROP code 1..40
  std::uint8_t province = 0;  ///< CBS province code 20..31 (from the file, or from the COROP region)
};

/// CBS municipality -> COROP -> province table.
/// Accepted files (detected from the header, any delimiter the CSV reader detects):
///  - gemeente_code, gemeente_name, corop_code, corop_name, provincie_code, provincie_name
///    (e.g. derived_gemeente_corop_provincie_2024.csv, 342 municipalities);
///  - Woonplaatscode, Woonplaats, Gemeentecode, Gemeente, COROP-gebiedcode, COROP-gebied
///    (CBS "Woonplaatsen in Nederland" joined with "Gebieden in Nederland", e.g.
///    cbs_woonplaats_gemeente_corop_2024.csv: 2,501 residences in 342 municipalities); the province then
///    comes from the COROP region (each COROP region lies in one province, ppsnet/geo/geography.hpp).
/// Both can be loaded into one table (load twice). A row whose codes do not parse is skipped with a
/// diagnostic (invalid-region / missing-value); a municipality code given twice with a different COROP
/// keeps the first (warning duplicate-id).
struct MunicipalityTable {
  std::vector<Municipality> municipalities;                      ///< in file order, unique codes
  std::unordered_map<std::string, std::size_t> by_code;          ///< "0080" -> index
  std::unordered_map<std::string, std::size_t> by_name;          ///< name_key(municipality name) -> index
  /// name_key(residence) -> index; residences whose name occurs in more than one municipality are kept in
  /// `ambiguous_residences` instead and do not resolve.
  std::unordered_map<std::string, std::size_t> by_residence;
  std::unordered_map<std::string, std::vector<std::size_t>> ambiguous_residences;

  /// Reads one file (see above) and adds it; returns its row counts. Throws model::InvalidInput when the
  /// file cannot be read or the header matches neither layout (missing-column). O(rows).
  FileSummary load(const std::string& path, model::Diagnostics& diagnostics);

  /// Lookup of a municipality by 4-digit code ("80", "080" and "0080" are the same; "GM0080" accepted)
  /// or by name: municipality name first, then residence (woonplaats) name; also tries the name without a
  /// parenthesised suffix ("Middelburg (Z.)" = "Middelburg"), a trailing Dutch province abbreviation as DUO
  /// writes it ("EDE GLD" = "Ede") and a few common alternatives ("Den Haag" = "'s-Gravenhage",
  /// "Den Bosch" = "'s-Hertogenbosch", "The Hague"). nullptr when not found or ambiguous. O(length).
  const Municipality* find(std::string_view name_or_code) const;
  const Municipality* find_code(std::string_view code) const;

  std::size_t size() const { return municipalities.size(); }
  bool empty() const { return municipalities.empty(); }
};

/// One institution of the DUO register of hogescholen and universities.
struct DuoInstitution {
  std::string brin;                ///< 4 characters, e.g. "21PF"
  std::string name;                ///< INSTELLINGSNAAM, e.g. "Technische Universiteit Delft"
  model::EducationLevel level = model::EducationLevel::none;  ///< hbo or wo (SOORT HO)
  std::string municipality;        ///< GEMEENTENAAM as written by DUO (upper case)
  std::string municipality_code;   ///< GEMEENTENUMMER, 4 digits
  std::string city;                ///< PLAATSNAAM
  std::string website;             ///< INTERNETADRES, as written
  std::uint8_t corop = 0;          ///< COROPGEBIED CODE (1..40), 0 if absent
  std::uint8_t province = 0;       ///< from PROVINCIE (name), or from the COROP region
};

/// DUO open data "01 instellingen hbo en wo" (`;`, ISO-8859-1, CRLF; the CSV reader converts to UTF-8).
/// Required columns: SOORT HO, BRIN NUMMER, INSTELLINGSNAAM; used when present: PROVINCIE, PLAATSNAAM,
/// GEMEENTENUMMER, GEMEENTENAAM, INTERNETADRES, COROPGEBIED CODE. A row whose SOORT HO is not hbo/wo is
/// skipped (warning invalid-type); a repeated BRIN keeps the first (error duplicate-id).
struct DuoRegister {
  std::vector<DuoInstitution> institutions;
  std::unordered_map<std::string, std::size_t> by_brin;   ///< upper-case BRIN -> index
  std::unordered_map<std::string, std::size_t> by_name;   ///< institution_key(name or known alias) -> index
  std::unordered_map<std::string, std::size_t> by_host;   ///< web host without "www." -> index

  /// Reads the register; returns its row counts. Throws model::InvalidInput when the file cannot be read or
  /// a required column is missing. O(rows).
  FileSummary load(const std::string& path, model::Diagnostics& diagnostics);

  /// By BRIN (any case, spaces ignored). nullptr when unknown.
  const DuoInstitution* find_brin(std::string_view brin) const;
  /// By name: institution_key(name) equal to the key of the DUO name or of one of the built-in alternative
  /// names of that BRIN (English names and CORDIS legal names such as "Delft University of Technology",
  /// "Stichting Katholieke Universiteit" = Radboud, "Stichting Fontys"; listed in docs/cordis.md).
  /// No fuzzy matching. nullptr when not found.
  const DuoInstitution* find_name(std::string_view name) const;
  /// By web address ("http://www.tudelft.nl/en" -> host "tudelft.nl"). nullptr when not found.
  const DuoInstitution* find_website(std::string_view url) const;

  std::size_t size() const { return institutions.size(); }
  bool empty() const { return institutions.empty(); }
};

/// name_key(text) with the legal-form words "stichting", "vereniging", "foundation", "bv", "nv" removed and
/// "&" read as "en". Used for institution names.
std::string institution_key(std::string_view text);

/// Host part of a web address, lower case, without scheme, "www." and path ("" when none). O(n).
std::string web_host(std::string_view url);

/// Type of a Dutch higher-education institution recognised from its name alone, without the DUO file:
///  1. the name (institution_key) equals a built-in name of one of the 14 publicly funded universities, the
///     4 other DUO wo institutions, or the larger hogescholen (DUO names, English names, CORDIS legal names;
///     docs/cordis.md) -> university (wo) or hogeschool (hbo);
///  2. else the name contains "hogeschool", "hogescholen", "applied sciences", "academie", "academy",
///     "conservatorium" or "pabo" -> hogeschool (checked first: "HU University of Applied Sciences");
///  3. else it contains "universiteit", "university", "universitair", "academisch ziekenhuis",
///     "academisch medisch" or "umc" -> university (academic hospitals count as university);
///  4. else nullopt. O(length of name).
std::optional<model::OrganisationType> dutch_institution_type_from_name(std::string_view name);

/// What an enrichment changed.
struct EnrichSummary {
  std::size_t located = 0;              ///< organisations/initiatives that got a COROP region
  std::size_t unknown_municipality = 0; ///< Dutch records whose municipality did not resolve (warning each)
  std::size_t institutions_matched = 0; ///< organisations matched to a DUO institution
};

/// Where a record's municipality was read: the data file, the record's first line, the 1-based column and its
/// name as shown in diagnostics, and the text found there. line 0 = unknown.
struct FieldLocation {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string column_name;
  std::string value;
};

/// The data rows of the records held by a GraphBuilder, indexed like builder.initiative_at(i) /
/// organisation_at(i) (shorter vectors are fine: missing entries are unknown).
struct MunicipalitySources {
  std::vector<FieldLocation> initiatives, organisations;
};

/// Fills location.corop and location.province (and replaces location.municipality by the CBS municipality
/// name) of every organisation and initiative in `builder` whose country is "NL" or empty, whose corop is
/// still 0 and whose municipality resolves with table.find(). Records with a municipality that does not
/// resolve get a warning invalid-region naming the table (`source`); when `where` knows the record's data row,
/// the warning points at it (file:line, and the municipality column when the record still holds the text read
/// there), else it has only the table's name. Records that have a corop but no province get the province of
/// the COROP region. O(records).
EnrichSummary enrich_locations(model::GraphBuilder& builder, const MunicipalityTable& table,
                               model::Diagnostics& diagnostics, const std::string& source = {},
                               const MunicipalitySources* where = nullptr);

/// Matches every organisation in `builder` whose country is "NL" or empty to a DUO institution: by BRIN
/// when the organisation has one, else by name (DuoRegister::find_name), else by web address when
/// `websites` is given (`(*websites)[i]` is the address of builder.organisation_at(i), "" when unknown).
/// A match sets type (wo -> university, hbo -> hogeschool), brin (when empty), country "NL" and, when the
/// organisation has no COROP region yet, municipality, corop and province from the register.
/// A BRIN that is not in the register gives a warning unknown-organisation and leaves the organisation as it
/// is. Call after all organisations are added and before build(): BRIN codes set here are not used to merge
/// organisations. O(organisations).
EnrichSummary enrich_institutions(model::GraphBuilder& builder, const DuoRegister& duo,
                                  model::Diagnostics& diagnostics,
                                  const std::vector<std::string>* websites = nullptr);

/// Convenience for importers: loads options.municipality_table and options.duo_register when they are set
/// (adding one FileSummary each to `files`), then runs enrich_institutions and enrich_locations, in that
/// order. Does nothing when both options are empty. Throws model::InvalidInput as the loaders do.
/// `where` is passed on to enrich_locations.
EnrichSummary apply_geo_options(model::GraphBuilder& builder, const ImportOptions& options,
                                model::Diagnostics& diagnostics, std::vector<FileSummary>* files = nullptr,
                                const std::vector<std::string>* websites = nullptr,
                                const MunicipalitySources* where = nullptr);

}  // namespace ppsnet::import
