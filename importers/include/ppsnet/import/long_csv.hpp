#pragma once
// "Long" CSV layout: one row per participation, carrying the initiative's and the organisation's columns
// (as exported from survey tools and spreadsheets), read through a column mapping (docs/formats.md,
// "Long CSV and mapping file").
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ppsnet/import/import.hpp"

namespace ppsnet::import {

/// One mapping entry: a ppsnet field and the column of the data file it is read from (or a constant).
struct MappingEntry {
  std::string field;      ///< "initiative.id", "organisation.type", "role", ... (see parse_mapping)
  std::string column;     ///< column name in the data file; empty when `constant` is used
  std::string constant;   ///< value used for every row (written `constant:VALUE`)
  bool is_constant = false;
  std::size_t line = 0;   ///< line in the mapping file
};

struct ColumnMapping {
  std::string file;
  std::vector<MappingEntry> entries;
  /// The entry for `field` (after synonyms: initiative_id = initiative.id, organisation_id = organisation.id,
  /// participation.role = role, ...), or nullptr.
  const MappingEntry* find(std::string_view field) const;
};

/// Parses a mapping file. Two forms, detected from the first line that is not blank or a `#` comment:
///  - `key = value` lines (`#` starts a comment line; spaces around key and value are trimmed);
///  - a 2-column CSV whose first row is a header (any names) and whose rows are `field,column`.
/// Keys: `initiative.<f>` for f in id, name, kind, lead_organisation_id, municipality, corop, province,
/// country, sectors, start_year; `organisation.<f>` for f in id, name, type, municipality, corop, province,
/// country, kvk, brin, pic, initiative_id, sectors; `role`, `year`, `contribution_eur` (also with the prefix
/// `participation.`); `initiative_id` and `organisation_id` are synonyms of initiative.id / organisation.id.
/// A value `constant:TEXT` gives TEXT for every row (e.g. `organisation.type = constant:company`).
/// An unknown key, a key given twice, or a line without `=` is an error mapping-error (line of the mapping
/// file). Throws model::InvalidInput when the file cannot be read or has any mapping-error.
ColumnMapping parse_mapping(const std::string& path, model::Diagnostics& diagnostics);
ColumnMapping parse_mapping_text(std::string_view text, std::string display_name, model::Diagnostics& diagnostics);

/// Reads a long CSV through `mapping`. Requirements: initiative.id (or initiative.name, then used as id),
/// organisation.id (or organisation.name), initiative.kind and organisation.type must be mapped (columns or
/// constants); every mapped column must exist in the data file. Otherwise error mapping-error for each
/// problem, then model::InvalidInput with the first. Per row, with V1Loader's rules: the initiative and the
/// organisation are added the first time their id occurs (later rows' values for them are ignored), then
/// the participation. Summaries: three FileSummary entries "<file> (initiatives|organisations|
/// participations)"; a row whose initiative or organisation is rejected is listed once in rejects and its
/// participation counted as rejected without a further diagnostic. Columns not in the mapping are ignored.
/// Throws model::InvalidInput as above, when the file cannot be read, or at the first error under
/// OnError::fail. Time O(rows · mapped columns).
ImportResult import_long_csv(const std::string& path, const ColumnMapping& mapping, const ImportOptions& options);

/// Convenience: parse_mapping(options.mapping_file) then import_long_csv. Throws model::InvalidInput with a
/// hint when options.mapping_file is empty.
ImportResult import_long_csv(const std::string& path, const ImportOptions& options);

}  // namespace ppsnet::import
