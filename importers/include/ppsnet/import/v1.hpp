#pragma once
// Format v1: a folder with initiatives.csv, organisations.csv and participations.csv (columns and rules in
// docs/formats.md). The record rules (which field is required, how each is parsed, what each problem is
// called) live in V1Loader, which the JSON and long-CSV importers share.
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ppsnet/import/csv_reader.hpp"
#include "ppsnet/import/geo_tables.hpp"
#include "ppsnet/import/import.hpp"

namespace ppsnet::import {

/// One input record (a CSV row or a JSON object) as named text fields, with where it came from.
struct FieldRecord {
  struct Field {
    std::string name;        ///< field / column name as written in the input
    std::string value;       ///< UTF-8 text, trimmed; "" = missing
    std::size_t column = 0;  ///< 1-based column index in a CSV file, 0 for JSON
    std::string label;       ///< column name shown in diagnostics when it differs from `name` (mapped files)
  };
  std::string file;
  std::size_t line = 0;        ///< 1-based line where the record starts
  std::vector<Field> fields;
  std::string raw;             ///< the record as written (for the rejects file)
  bool decimal_comma = false;  ///< numbers use ',' as decimal separator (`;`-separated CSV)
  /// The field named `name` (ASCII case-insensitive), or nullptr.
  const Field* find(std::string_view name) const;
};

/// The column names of format v1, in documentation order.
inline constexpr std::string_view kInitiativeFields[] = {"id", "name", "kind", "lead_organisation_id",
                                                         "municipality", "corop", "province", "country",
                                                         "sectors", "start_year"};
inline constexpr std::string_view kOrganisationFields[] = {"id", "name", "type", "municipality", "corop",
                                                           "province", "country", "kvk", "brin", "pic",
                                                           "initiative_id", "sectors"};
inline constexpr std::string_view kParticipationFields[] = {"initiative_id", "organisation_id", "role", "year",
                                                            "contribution_eur"};

/// Largest contribution_eur accepted, in euros (1e12 = a million million; the whole Horizon Europe budget is
/// about 1e11). Larger amounts are almost always typing errors (extra digits, cents) and are dropped.
inline constexpr double kMaxContributionEur = 1e12;

/// Turns records into GraphBuilder calls with diagnostics, counts rows per file, applies the OnError policy
/// and collects rejected rows. Not copyable or movable (the builder refers to the diagnostics it owns).
///
/// Field rules (all values are text first; "" is missing):
///  - initiatives: id required (missing-value error); kind required, parse_initiative_kind (missing-value /
///    invalid-kind error); start_year an integer 1800..2200 (else invalid-number warning, left empty);
///  - organisations: id required; type required, parse_organisation_type (invalid-type error);
///  - both: corop via geo::parse_corop, province via geo::parse_province, country via geo::parse_country
///    (not recognised -> invalid-region warning, left unknown); an empty country means "NL"; a known COROP
///    fills an empty province (and a different explicit province gives an invalid-region warning);
///    sectors split at '|'; unknown fields are kept as ExtraAttributes in input order;
///  - participations: initiative_id and organisation_id required; role via parse_role, empty = partner
///    (not recognised -> invalid-role warning, partner used); year integer (invalid-number warning, left
///    empty); contribution_eur parse_decimal with the record's decimal_comma (invalid-number warning, left
///    empty); a negative amount, or one above kMaxContributionEur, is a data error: invalid-number warning,
///    the field is left empty and the row kept. Unknown participation fields are ignored.
/// An error rejects the record: it goes to ImportResult::rejects with the first error's text, and is counted
/// in its FileSummary; so is a record the GraphBuilder rejects (duplicate-id, unknown-initiative, ...).
/// A rejected initiative or organisation row with an id is noted in the builder (note_rejected_*), so that a
/// participation naming that id says which row was rejected and why instead of "not defined".
/// Each kept record's municipality field (file, line, column) is remembered, so that a municipality the
/// --municipalities table does not know is reported at the data row that uses it.
/// Under OnError::fail the first error throws model::InvalidInput with stopped() of the diagnostic.
class V1Loader {
 public:
  explicit V1Loader(const ImportOptions& options);
  V1Loader(const V1Loader&) = delete;
  V1Loader& operator=(const V1Loader&) = delete;

  model::Diagnostics& diagnostics() { return result_.diagnostics; }
  model::GraphBuilder& builder() { return builder_; }
  const ImportOptions& options() const { return options_; }

  /// Starts a new input file; the returned index is used with the add_* calls.
  std::size_t begin_file(std::string file, std::size_t rows_read = 0);
  FileSummary& file(std::size_t index) { return result_.files[index]; }

  /// Lists the CSV reader's malformed rows of `table` as rejects of file `file_index` (and, under
  /// OnError::fail, throws at the first).
  void add_reader_rejects(std::size_t file_index, const CsvTable& table);
  /// Records a rejected record (counted in the summary of file `file_index`, listed in rejects).
  void reject(std::size_t file_index, RejectedRow row);

  /// Counts a rejected record of file `file_index` that is already listed in rejects (same input row).
  void count_rejected(std::size_t file_index) { ++result_.files[file_index].rows_rejected; }

  /// Add one record each; true when kept (added or merged). Diagnostics as described above.
  bool add_initiative(std::size_t file_index, const FieldRecord& record);
  bool add_organisation(std::size_t file_index, const FieldRecord& record);
  bool add_participation(std::size_t file_index, const FieldRecord& record);

  /// Reads an alias table (see aliases.hpp) into the builder; call before adding organisations.
  void load_aliases(const std::string& path);

  /// Under OnError::fail: throws model::InvalidInput with the text of the first error added since the last
  /// call. Otherwise does nothing. Called by the add_* functions; call it after adding diagnostics yourself.
  void check_fail();

  /// Applies options.municipality_table / duo_register (apply_geo_options in geo_tables.hpp: DUO
  /// institutions, then municipality -> COROP/province), builds the graph and returns the result
  /// (diagnostics capped at max_listed under OnError::skip).
  /// The loader must not be used afterwards.
  ImportResult finish(std::string source);

 private:
  bool conclude(std::size_t file_index, const FieldRecord& record, std::size_t errors_before, bool added);
  /// The message of the first error added since `items_before`, without a trailing "; the row is skipped".
  std::string first_error_message(std::size_t items_before) const;
  /// Remembers where `record`'s municipality was read, for builder record `index` of `sources`.
  static void remember_municipality(std::vector<FieldLocation>& sources, std::size_t index, const FieldRecord& record);
  ImportOptions options_;
  MunicipalitySources municipality_sources_;
  ImportResult result_;
  model::GraphBuilder builder_;
  std::size_t checked_errors_ = 0;
};

/// Makes a FieldRecord from a CSV row: every header column becomes a field (column index kept);
/// decimal_comma is set when the table's delimiter is ';'.
FieldRecord record_from_row(const CsvTable& table, const CsvTable::Row& row);

/// Throws model::InvalidInput (and adds an error missing-column to `diagnostics`) when one of `required` is
/// not a column of `table`: `file:LINE: error[missing-column]: required column "kind" is missing; columns
/// found: id, name (add a column named kind to the header line)`. A file with no header at all (0 bytes or
/// only blank lines) gives instead `file:1: ... the file is empty; it needs a header line naming at least
/// the columns id, kind (...)`. O(columns · required).
void require_columns(const CsvTable& table, std::initializer_list<std::string_view> required,
                     model::Diagnostics& diagnostics);

/// The diagnostic thrown (in model::InvalidInput) under OnError::fail for `diagnostic`: a copy with the message's last clause replaced
/// by "; import stopped at the first error (--on-error fail)" when that clause (after the last "; ") says
/// "skipped" ("; row skipped", "; the row is skipped", "; this participation is skipped", ...), since the
/// import stops instead; otherwise that sentence is appended. O(message length).
model::Diagnostic stopped(const model::Diagnostic& diagnostic);

/// Reads a format v1 folder: initiatives.csv, organisations.csv and participations.csv must all exist
/// (column order free, extra columns kept; required columns: initiatives id, kind; organisations id, type;
/// participations initiative_id, organisation_id). Uses options.alias_file, municipality_table and
/// duo_register when set. Throws model::InvalidInput when a file is missing or unreadable, a required
/// column is absent, or on the first error under OnError::fail. Time O(total rows · columns).
ImportResult import_v1_folder(const std::string& folder, const ImportOptions& options);

}  // namespace ppsnet::import
