#include "ppsnet/model/diagnostics.hpp"

#include <array>

namespace ppsnet::model {

std::string_view to_string(DiagnosticKind k) {
  static constexpr std::array<std::string_view, 22> names{
      "missing-column",       "missing-value",        "duplicate-id",      "unknown-initiative",
      "unknown-organisation", "invalid-kind",         "invalid-type",      "invalid-role",
      "invalid-number",       "invalid-region",       "invalid-encoding",  "repaired-encoding",
      "converted-encoding",   "malformed-row",        "malformed-json",    "self-loop",
      "duplicate-participation", "merged-organisation", "unknown-link",    "mapping-error",
      "io-error",             "duplicate-column"};
  return names[static_cast<std::size_t>(k)];
}

std::string_view to_string(Severity s) { return s == Severity::error ? "error" : "warning"; }

std::string Diagnostic::format() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) {
      out += ':' + std::to_string(line);
      if (column > 0) out += ':' + std::to_string(column);
    }
    out += ": ";
  }
  out += to_string(severity);
  out += '[';
  out += to_string(kind);
  out += "]: ";
  out += message;
  if (!column_name.empty() && column > 0) out += " [column " + column_name + "]";
  if (!hint.empty()) out += " (" + hint + ")";
  return out;
}

void Diagnostics::add(Diagnostic d) {
  (d.severity == Severity::error ? errors_ : warnings_)++;
  per_kind_[static_cast<std::size_t>(d.kind)]++;
  if (items_.size() < max_listed_) items_.push_back(std::move(d));
  else ++dropped_;
}

std::size_t Diagnostics::count(DiagnosticKind k) const { return per_kind_[static_cast<std::size_t>(k)]; }

void Diagnostics::merge(const Diagnostics& other) {
  for (const auto& d : other.items_) add(d);
  dropped_ += other.dropped_;
}

}  // namespace ppsnet::model
