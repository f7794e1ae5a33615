#pragma once
// CSV reading for real-world files (RFC 4180 plus the habits of Excel exports), see docs/formats.md
// "Encodings and CSV dialect" and docs/adr/0001-csv-reading.md.
//
// What read_csv does, in order:
//  1. reads the bytes; a UTF-16 BOM -> error invalid-encoding (thrown as InvalidInput: save as UTF-8);
//  2. strips a UTF-8 BOM; text that is not valid UTF-8 is converted from Windows-1252/Latin-1 with glibc
//     iconv (one warning converted-encoding per file);
//  3. detects the delimiter from the header line: the most frequent of `,` `;` TAB outside quotes
//     (ties: `,` before `;` before TAB; none -> `,`), unless CsvOptions::delimiter forces one;
//  4. splits records: CRLF, LF or a lone CR end a line; quoted fields may hold delimiters, doubled quotes
//     ("" -> ") and line breaks (kept as LF); a quote inside an unquoted field is kept as a character;
//  5. per field: trims spaces and tabs at both ends, repairs double-encoded UTF-8 (warning
//     repaired-encoding with line and column), maps NA, N/A, NULL (any case) and empty to "" (missing);
//  6. the first record is the header (names trimmed; trailing empty names dropped); records whose fields
//     are all empty are skipped (blank lines, Excel's ";;;;" rows); a record with more fields than the
//     header of which an extra one is non-empty is a malformed-row error: it is skipped, counted and listed
//     in `rejected`; so is an unterminated quote at end of file and a closing quote followed by other text
//     (`"abc"def`). A record with FEWER fields than the header (hand-edited files often leave out trailing
//     empty fields) is kept with the missing trailing fields empty and a warning malformed-row, when
//     CsvOptions::pad_short_rows is set and every column of CsvOptions::required_columns is among the fields
//     present; otherwise it is an error malformed-row naming the first required column it lacks, and skipped.
// Everything stays text: codes with leading zeros ("0080", "00IC") are kept as they are.
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ppsnet/model/diagnostics.hpp"

namespace ppsnet::import {

struct CsvOptions {
  char delimiter = 0;            ///< 0 = detect from the header line; else ',', ';' or '\t' (any byte works)
  bool repair_encoding = true;   ///< repair double-encoded UTF-8 per field
  bool missing_markers = true;   ///< map NA, N/A, NULL (case-insensitive) to "" (empty is always missing)
  /// Keep a record with fewer fields than the header (missing trailing fields read as "", warning
  /// malformed-row) when it holds every column of `required_columns`. false: every short record is an error.
  bool pad_short_rows = false;
  /// The columns a short record must hold to be kept. Each entry lists alternative names of one column
  /// (compared as same_name(); the first name found in the header counts). An entry none of whose names is
  /// in the header is ignored here (the caller reports the missing column).
  std::vector<std::vector<std::string>> required_columns;
};

struct CsvTable {
  struct Row {
    std::size_t line = 0;              ///< 1-based physical line where the record starts
    std::vector<std::string> fields;   ///< exactly header.size() fields, UTF-8, trimmed, missing = ""
  };
  /// A record the reader skipped (malformed-row); `raw` is its text as read (UTF-8, line breaks kept).
  struct Rejected {
    std::size_t line = 0;
    std::string raw;
    std::string reason;                ///< the diagnostic's formatted text
  };

  std::string file;                    ///< display name used in diagnostics
  char delimiter = ',';
  std::vector<std::string> header;     ///< trimmed names as written
  std::size_t header_line = 0;         ///< physical line of the header (1 unless blank lines come first; 0 = none)
  std::vector<Row> rows;               ///< the well-formed data records, in file order
  std::vector<Rejected> rejected;      ///< the malformed records, in file order
  std::size_t records_read = 0;        ///< data records seen (rows + rejected; blank records not counted)
  bool converted_encoding = false;     ///< input was Windows-1252/Latin-1
  bool had_bom = false;

  /// Index of the column whose name equals `name` ignoring ASCII case and surrounding spaces.
  /// O(columns).
  std::optional<std::size_t> column(std::string_view name) const;
  /// The first of `names` that is a column (see column()).
  std::optional<std::size_t> column_any(std::initializer_list<std::string_view> names) const;

  /// The row's fields joined with the delimiter, quoted where needed (for rejects files).
  std::string raw(const Row& row) const;

  /// A Diagnostic located at `row` and 0-based column index `col` (pass kNoColumn for the whole row):
  /// file, line, 1-based column, column name and the field's text are filled in.
  static constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);
  model::Diagnostic diagnostic(const Row& row, std::size_t col, model::DiagnosticKind kind,
                               model::Severity severity, std::string message, std::string hint = {}) const;
};

/// Reads a CSV file (see the file comment). Diagnostics go to `diagnostics`; malformed records are skipped
/// (short records: see CsvOptions::pad_short_rows).
/// Throws model::InvalidInput when the file cannot be opened or read (message names the path, with a hint)
/// or is UTF-16. An empty file gives an empty header and no rows. Time and memory O(file size).
CsvTable read_csv(const std::string& path, model::Diagnostics& diagnostics, const CsvOptions& options = {});

/// The same for text in memory (raw bytes: BOM stripping and encoding conversion apply); `display_name`
/// is used as the file name in diagnostics.
CsvTable read_csv_text(std::string_view bytes, std::string display_name, model::Diagnostics& diagnostics,
                       const CsvOptions& options = {});

/// Checks that no two header columns have the same name (compared as same_name()). For each later column
/// whose name an earlier column already has:
///  - when the name is one of `read` (the columns the caller reads): error duplicate-column at the header line
///    and the later column ("columns 2 and 5 are both named "name""), because there is no telling which one
///    holds the right values; after all duplicates are reported, model::InvalidInput is thrown with the first;
///  - otherwise (a column kept as an extra attribute, or ignored): warning duplicate-column, and the later
///    column is renamed NAME_2 (NAME_3, ... when taken) so that both values are kept.
/// O(columns^2) (headers are short).
void check_duplicate_columns(CsvTable& table, std::span<const std::string_view> read, model::Diagnostics& diagnostics);

/// ASCII case-insensitive equality after trimming spaces of both sides.
bool same_name(std::string_view a, std::string_view b);

/// True for the words that mean "no value" in an optional value column: NA, N/A, NULL (any case, spaces
/// trimmed). O(length).
bool is_missing_value_word(std::string_view s);

/// Parses a decimal number: optional sign, digits, optional fraction; surrounding spaces and a leading
/// or trailing "€"/"EUR" are ignored. With `decimal_comma` the decimal separator is ',' and '.' may group
/// thousands ("1.234.567,50"); without it the separator is '.' and ',' is not accepted (ambiguous).
/// nullopt when the text is not such a number (or is empty, inf, nan).
std::optional<double> parse_decimal(std::string_view text, bool decimal_comma);

/// Parses an integer (optional sign, digits; surrounding spaces ignored; "2019.0" accepted as 2019).
/// nullopt when not an integer or out of int range.
std::optional<int> parse_int(std::string_view text);

/// Splits `text` at `separator`, trims each part, drops empty parts and duplicates (first kept).
std::vector<std::string> split_list(std::string_view text, char separator = '|');

/// Trims ASCII spaces and tabs (and CR/LF) at both ends.
std::string_view trim(std::string_view s);

}  // namespace ppsnet::import
