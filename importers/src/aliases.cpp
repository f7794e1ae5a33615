#include "ppsnet/import/aliases.hpp"

#include "ppsnet/import/csv_reader.hpp"
#include "ppsnet/import/v1.hpp"

namespace ppsnet::import {

AliasLoad load_aliases(const std::string& path, model::GraphBuilder& builder, model::Diagnostics& diagnostics) {
  AliasLoad out;
  CsvOptions csv;
  csv.pad_short_rows = true;
  csv.required_columns = {{"alias"}, {"canonical_id", "canonical", "id"}};
  CsvTable table = read_csv(path, diagnostics, csv);
  static constexpr std::string_view kRead[] = {"alias", "canonical_id", "canonical", "id"};
  check_duplicate_columns(table, kRead, diagnostics);
  require_columns(table, {"alias"}, diagnostics);
  const auto alias_col = table.column("alias");
  auto canon_col = table.column_any({"canonical_id", "canonical", "id"});
  if (!canon_col) require_columns(table, {"canonical_id"}, diagnostics);  // throws missing-column
  out.summary.file = path;
  out.summary.rows_read = table.records_read;
  for (const auto& r : table.rejected) {
    ++out.summary.rows_rejected;
    out.rejects.push_back(RejectedRow{path, r.line, r.raw, r.reason});
  }
  for (const auto& row : table.rows) {
    const std::string& alias = row.fields[*alias_col];
    const std::string& canonical = row.fields[*canon_col];
    if (alias.empty() || canonical.empty()) {
      const std::size_t col = alias.empty() ? *alias_col : *canon_col;
      auto d = table.diagnostic(row, col, model::DiagnosticKind::missing_value, model::Severity::error,
                                std::string(alias.empty() ? "alias" : "canonical_id") + " is empty; the row is skipped",
                                "give both the alias and the id of the organisation it stands for");
      ++out.summary.rows_rejected;
      out.rejects.push_back(RejectedRow{path, row.line, table.raw(row), d.format()});
      diagnostics.add(std::move(d));
      continue;
    }
    builder.add_alias(alias, canonical);
    ++out.added;
    ++out.summary.rows_kept;
  }
  return out;
}

}  // namespace ppsnet::import
