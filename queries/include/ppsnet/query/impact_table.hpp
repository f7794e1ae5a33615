#pragma once
// Table: the presentation form of the impact figures (levels, reach, involvement). A query result is turned into
// one or more Tables (see to_tables in levels.hpp, reach.hpp, involvement.hpp); the CLI prints them as an aligned
// text table, CSV or JSON, and the analyze report can print the same Tables (e.g. as Markdown).
//
// Cells are typed, so each output form chooses its own number format: a share is a fraction in [0, 1], printed as
// a percentage with one decimal in text ("25.0%") and as the fraction itself ("0.25", shortest round-trip form) in
// CSV and JSON. An empty cell means "undefined" (e.g. a share of zero initiatives): "-" in text, an empty field in
// CSV, null in JSON.
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ppsnet/query/names.hpp"

namespace ppsnet::query {

struct TableCell {
  enum class Kind : std::uint8_t { empty, text, integer, number, share };
  Kind kind = Kind::empty;
  std::string text;      ///< Kind::text
  std::int64_t integer = 0;  ///< Kind::integer
  double value = 0;      ///< Kind::number (any finite value) or Kind::share (fraction, normally in [0, 1])

  static TableCell none() { return {}; }
  static TableCell of_text(std::string s) { return {Kind::text, std::move(s), 0, 0}; }
  static TableCell of_integer(std::int64_t n) { return {Kind::integer, {}, n, 0}; }
  static TableCell of_number(double x) { return {Kind::number, {}, 0, x}; }
  static TableCell of_share(double fraction) { return {Kind::share, {}, 0, fraction}; }
};

struct TableColumn {
  std::string title;     ///< header in text and Markdown ("Own region")
  std::string key;       ///< header in CSV and key in JSON ("own_region"): [a-z0-9_]
  int decimals = 1;      ///< digits after the point for Kind::number cells in text form
  bool in_text = true;   ///< false: only in CSV and JSON (e.g. counts whose share the text table shows)
};

struct Table {
  std::string name;      ///< machine name, e.g. "levels_by_kind"
  std::string title;     ///< one line shown above the table in text form
  std::string note;      ///< how the figure was computed (one or two sentences; shown below the table in text form)
  std::vector<TableColumn> columns;
  std::vector<std::vector<TableCell>> rows;  ///< each row has columns.size() cells
};

/// Text form of one cell as shown in the aligned text table: integers in decimal, numbers fixed with the column's
/// decimals, shares as a percentage with one decimal and a "%" sign, empty as "-". O(1).
std::string format_cell_text(const TableCell& cell, int decimals);

/// Aligned text table of the columns with in_text: title line, header, a rule of '-', the rows, then the note
/// (when not empty; wrapped at spaces to lines of at most 100 code points). Columns with a text cell are
/// left-aligned, the others (numbers, shares, empty cells) right-aligned; widths are counted in UTF-8 code points.
/// Lines end in '\n'. O(cells).
void write_text(std::ostream& out, const Table& table);

/// CSV (RFC 4180): header of column keys, then the rows; fields with ',', '"', CR or LF are quoted with '"'
/// doubled. Shares are fractions; numbers use the shortest round-trip form; empty cells are empty. Lines end in
/// '\n'. O(cells).
void write_csv(std::ostream& out, const Table& table);

/// JSON: {"tables":[{"name":..,"title":..,"note":..,"rows":[{key: value, ...}, ...]}, ...]}, keys in column
/// order, shares as fractions, empty cells as null, no NaN/Infinity (non-finite numbers are written as null).
/// Strings are escaped per RFC 8259 (control characters as \u00XX); bytes that are not well-formed UTF-8 (e.g. a
/// Latin-1 name that escaped conversion) become U+FFFD, so the output is always valid JSON. O(cells).
void write_json(std::ostream& out, std::span<const Table> tables);

enum class TableFormat : std::uint8_t { text, csv, json };
template <> struct EnumNames<TableFormat> {
  static constexpr std::array<NamedValue<TableFormat>, 4> values{
      {{"table", TableFormat::text}, {"csv", TableFormat::csv}, {"json", TableFormat::json}, {"text", TableFormat::text}}};
};
/// Parses "table" (or "text"), "csv", "json"; nullopt otherwise.
inline std::optional<TableFormat> parse_table_format(std::string_view s) { return parse_name<TableFormat>(s); }

/// Writes `tables` in `format`: text = every table with write_text, separated by a blank line; json = write_json;
/// csv = the FIRST table only (CSV holds one table: the caller puts the one wanted first). Nothing for no tables.
void write_tables(std::ostream& out, std::span<const Table> tables, TableFormat format);

/// The table named `name` among `tables`; nullptr when absent. O(number of tables).
const Table* find_table(std::span<const Table> tables, std::string_view name);

}  // namespace ppsnet::query
