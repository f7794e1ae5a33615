#pragma once
// Diagnostics: problems found in user data, reported compiler-style and never silently dropped.
//   participations.csv:17:3: error[unknown-organisation]: organisation "X" is not in organisations.csv (add it ...)
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <stdexcept>
#include <vector>

namespace ppsnet::model {

enum class Severity : std::uint8_t { warning, error };

/// Every kind of problem ppsnet reports about user data. Each has a stable kebab-case name (to_string).
enum class DiagnosticKind : std::uint8_t {
  missing_column,          ///< a required column is absent from the header
  missing_value,           ///< a required field is empty / NA
  duplicate_id,            ///< the same id appears twice (second row rejected)
  unknown_initiative,      ///< a participation names an initiative that does not exist
  unknown_organisation,    ///< a participation names an organisation that does not exist
  invalid_kind,            ///< unrecognised initiative kind
  invalid_type,            ///< unrecognised organisation type
  invalid_role,            ///< unrecognised participation role
  invalid_number,          ///< a number (year, contribution) that does not parse
  invalid_region,          ///< COROP / province / country code or name not recognised
  invalid_encoding,        ///< bytes that are not valid in the detected encoding
  repaired_encoding,       ///< double-encoded UTF-8 (mojibake) repaired
  converted_encoding,      ///< Latin-1 / Windows-1252 input converted to UTF-8
  malformed_row,           ///< wrong number of fields, unterminated quote, ...
  malformed_json,          ///< JSON syntax or shape problem
  self_loop,               ///< an edge from a node to itself (rejected)
  duplicate_participation, ///< the same initiative-organisation pair twice (folded into one edge)
  merged_organisation,     ///< two records merged into one organisation (same KvK/BRIN/PIC or alias)
  unknown_link,            ///< organisation.initiative_id names an initiative that does not exist
  mapping_error,           ///< a column mapping file names a column that is not there
  io_error,                ///< a file cannot be opened or read
  duplicate_column,        ///< two header columns with the same name
};

std::string_view to_string(DiagnosticKind k);
std::string_view to_string(Severity s);

struct Diagnostic {
  Severity severity = Severity::error;
  DiagnosticKind kind = DiagnosticKind::malformed_row;
  std::string file;          ///< as given by the user (may be empty for in-memory input)
  std::size_t line = 0;      ///< 1-based physical line of the record's start, 0 if not applicable
  std::size_t column = 0;    ///< 1-based field index, 0 if not applicable
  std::string column_name;   ///< header name of that field, if known
  std::string field;         ///< the raw field text (UTF-8), if any
  std::string message;       ///< what is wrong
  std::string hint;          ///< how to fix it

  /// `file:line:column: error[kind]: message (hint)`; parts that are unknown are left out.
  std::string format() const;
};

/// Collects diagnostics. `max_listed` caps how many are stored (counts stay exact).
class Diagnostics {
 public:
  explicit Diagnostics(std::size_t max_listed = 100000) : max_listed_(max_listed) {}
  void add(Diagnostic d);
  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t error_count() const { return errors_; }
  std::size_t warning_count() const { return warnings_; }
  std::size_t count(DiagnosticKind k) const;
  bool has_errors() const { return errors_ > 0; }
  /// Number of diagnostics not stored because of the cap.
  std::size_t dropped() const { return dropped_; }
  void merge(const Diagnostics& other);

 private:
  std::vector<Diagnostic> items_;
  std::vector<std::size_t> per_kind_ = std::vector<std::size_t>(32, 0);
  std::size_t errors_ = 0, warnings_ = 0, dropped_ = 0, max_listed_;
};

}  // namespace ppsnet::model

// model::InvalidInput (the error thrown for unusable data) is a ppsnet::Error: see ppsnet/error.hpp.
#include "ppsnet/error.hpp"
