// CSV reader: an RFC 4180 record splitter with exact physical line numbers (why not libcsv: see
// docs/adr/0001-csv-reading.md), plus the field hygiene described in csv_reader.hpp.
#include "ppsnet/import/csv_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>

#include "ppsnet/import/text_encoding.hpp"

namespace ppsnet::import {

using model::Diagnostic;
using model::DiagnosticKind;
using model::Severity;

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}


std::string shorten(std::string_view s, std::size_t max = 200) {
  if (s.size() <= max) return std::string(s);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return std::string(s.substr(0, cut)) + "...";
}

// Picks the delimiter from the first line: most frequent of , ; TAB outside quotes.
char detect_delimiter(std::string_view t) {
  std::size_t comma = 0, semi = 0, tab = 0;
  bool quoted = false;
  std::size_t start = t.find_first_not_of(" \t\r\n");  // the header is the first non-blank line
  if (start == std::string_view::npos) return ',';
  for (char c : t.substr(start)) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++comma;
    else if (!quoted && c == ';') ++semi;
    else if (!quoted && c == '\t') ++tab;
  }
  if (comma == 0 && semi == 0 && tab == 0) return ',';
  if (comma >= semi && comma >= tab) return ',';
  if (semi >= tab) return ';';
  return '\t';
}

struct RawRecord {
  std::size_t line = 0;        // start line
  std::size_t begin = 0, end = 0;  // byte range in the text (without the terminating line break)
  std::vector<std::string> fields;
  bool malformed = false;
  std::string reason;
};

// Splits the next record starting at `pos`. Advances pos and line past the record's line break.
class Splitter {
 public:
  Splitter(std::string_view t, char delim) : t_(t), delim_(delim) {}
  bool done() const { return pos_ >= t_.size(); }

  RawRecord next() {
    RawRecord r;
    r.line = line_;
    r.begin = pos_;
    while (true) {
      std::string field;
      skip_blanks();
      if (pos_ < t_.size() && t_[pos_] == '"') {
        const std::size_t open_line = line_;
        ++pos_;
        bool closed = false;
        while (pos_ < t_.size()) {
          const char c = t_[pos_];
          if (c == '"') {
            if (pos_ + 1 < t_.size() && t_[pos_ + 1] == '"') {
              field += '"';
              pos_ += 2;
            } else {
              ++pos_;
              closed = true;
              break;
            }
          } else if (c == '\r' || c == '\n') {
            field += '\n';
            consume_line_break();
          } else {
            field += c;
            ++pos_;
          }
        }
        if (!closed) {
          r.malformed = true;
          r.reason = "unterminated quoted field (the quote opens on line " + std::to_string(open_line) + ")";
          r.fields.push_back(std::move(field));
          r.end = pos_;
          return r;
        }
        skip_blanks();
        if (pos_ < t_.size() && t_[pos_] != delim_ && t_[pos_] != '\r' && t_[pos_] != '\n') {
          if (!r.malformed) {
            r.malformed = true;
            r.reason = "text after the closing quote of field " + std::to_string(r.fields.size() + 1);
          }
          while (pos_ < t_.size() && t_[pos_] != delim_ && t_[pos_] != '\r' && t_[pos_] != '\n') field += t_[pos_++];
        }
      } else {
        while (pos_ < t_.size() && t_[pos_] != delim_ && t_[pos_] != '\r' && t_[pos_] != '\n') field += t_[pos_++];
      }
      r.fields.push_back(std::move(field));
      if (pos_ < t_.size() && t_[pos_] == delim_) {
        ++pos_;
        continue;
      }
      r.end = pos_;
      if (pos_ < t_.size()) consume_line_break();
      return r;
    }
  }

 private:
  void skip_blanks() {
    while (pos_ < t_.size() && (t_[pos_] == ' ' || t_[pos_] == '\t') && t_[pos_] != delim_) ++pos_;
  }
  void consume_line_break() {
    if (t_[pos_] == '\r' && pos_ + 1 < t_.size() && t_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }

  std::string_view t_;
  char delim_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

}  // namespace

std::string_view trim(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

bool same_name(std::string_view a, std::string_view b) { return iequals(trim(a), trim(b)); }

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (same_name(header[i], name)) return i;
  return std::nullopt;
}

bool is_missing_value_word(std::string_view s) {
  return same_name(s, "NA") || same_name(s, "N/A") || same_name(s, "NULL");
}

std::optional<std::size_t> CsvTable::column_any(std::initializer_list<std::string_view> names) const {
  for (auto n : names)
    if (auto c = column(n)) return c;
  return std::nullopt;
}

std::string CsvTable::raw(const Row& row) const {
  std::string out;
  for (std::size_t i = 0; i < row.fields.size(); ++i) {
    if (i > 0) out += delimiter;
    const std::string& f = row.fields[i];
    const bool quote = f.find_first_of(std::string{delimiter, '"', '\n', '\r'}) != std::string::npos;
    if (!quote) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  return out;
}

Diagnostic CsvTable::diagnostic(const Row& row, std::size_t col, DiagnosticKind kind, Severity severity,
                                std::string message, std::string hint) const {
  Diagnostic d;
  d.severity = severity;
  d.kind = kind;
  d.file = file;
  d.line = row.line;
  if (col != kNoColumn) {
    d.column = col + 1;
    if (col < header.size()) d.column_name = header[col];
    if (col < row.fields.size()) d.field = row.fields[col];
  }
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

CsvTable read_csv_text(std::string_view bytes, std::string display_name, model::Diagnostics& diagnostics,
                       const CsvOptions& options) {
  CsvTable table;
  table.file = std::move(display_name);
  if (has_utf16_bom(bytes)) {
    Diagnostic d;
    d.kind = DiagnosticKind::invalid_encoding;
    d.file = table.file;
    d.message = "the file is UTF-16 encoded, which ppsnet does not read";
    d.hint = "save it as CSV UTF-8 (in Excel: Save As > CSV UTF-8)";
    diagnostics.add(d);
    throw model::InvalidInput(std::move(d));
  }
  DecodedText decoded = decode_to_utf8(bytes);
  table.had_bom = decoded.had_bom;
  table.converted_encoding = decoded.converted;
  if (decoded.converted) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.kind = DiagnosticKind::converted_encoding;
    d.file = table.file;
    d.message = "the file is not valid UTF-8; read it as Windows-1252 (Latin-1) and converted it to UTF-8";
    d.hint = "save the file as UTF-8 to make its encoding unambiguous";
    diagnostics.add(std::move(d));
  }
  const std::string_view text = decoded.text;
  table.delimiter = options.delimiter != 0 ? options.delimiter : detect_delimiter(text);

  Splitter splitter(text, table.delimiter);
  bool have_header = false;
  while (!splitter.done()) {
    RawRecord rec = splitter.next();
    // Trim, and skip records whose fields are all empty.
    bool all_empty = true;
    for (auto& f : rec.fields) {
      const std::string_view tv = trim(f);
      if (tv.size() != f.size()) f = std::string(tv);
      if (!f.empty()) all_empty = false;
    }
    if (all_empty && !rec.malformed) continue;

    // Repair double-encoded UTF-8 per field.
    if (options.repair_encoding) {
      for (std::size_t i = 0; i < rec.fields.size(); ++i) {
        auto repaired = repair_double_utf8(rec.fields[i]);
        if (!repaired) continue;
        Diagnostic d;
        d.severity = Severity::warning;
        d.kind = DiagnosticKind::repaired_encoding;
        d.file = table.file;
        d.line = rec.line;
        d.column = i + 1;
        if (have_header && i < table.header.size()) d.column_name = table.header[i];
        d.field = rec.fields[i];
        d.message = "repaired double-encoded UTF-8: \"" + rec.fields[i] + "\" -> \"" + *repaired + "\"";
        d.hint = "the text was converted to UTF-8 twice; export it once as UTF-8";
        diagnostics.add(std::move(d));
        rec.fields[i] = std::move(*repaired);
      }
    }

    if (!have_header) {
      have_header = true;
      if (rec.malformed) {
        Diagnostic d;
        d.kind = DiagnosticKind::malformed_row;
        d.file = table.file;
        d.line = rec.line;
        d.message = "the header line is malformed: " + rec.reason;
        d.hint = "check the quotes in the first line";
        diagnostics.add(std::move(d));
      }
      table.header = std::move(rec.fields);
      table.header_line = rec.line;
      while (!table.header.empty() && table.header.back().empty()) table.header.pop_back();
      continue;
    }

    ++table.records_read;
    const std::size_t ncol = table.header.size();
    std::string short_hint;
    if (!rec.malformed && rec.fields.size() < ncol) {
      const std::size_t have = rec.fields.size();
      const std::string counts = "the row has " + std::to_string(have) + (have == 1 ? " field" : " fields") +
                                 ", the header has " + std::to_string(ncol);
      // The first required column (in header order) that the row does not reach.
      std::size_t lacking = ncol;
      for (const auto& alternatives : options.required_columns)
        for (const auto& name : alternatives)
          if (auto c = table.column(name)) {
            if (*c >= have) lacking = std::min(lacking, *c);
            break;
          }
      if (options.pad_short_rows && lacking == ncol) {
        const std::size_t missing = ncol - have;
        std::string names;
        for (std::size_t i = have; i < ncol && i < have + 5; ++i)
          names += (names.empty() ? "" : ", ") + table.header[i];
        if (missing > 5) names += ", ...";
        Diagnostic d;
        d.severity = Severity::warning;
        d.kind = DiagnosticKind::malformed_row;
        d.file = table.file;
        d.line = rec.line;
        d.field = shorten(text.substr(rec.begin, rec.end - rec.begin));
        d.message = counts + "; the missing " + (missing == 1 ? "last field" : std::to_string(missing) + " last fields") +
                    " (" + names + ") " + (missing == 1 ? "was" : "were") + " read as empty";
        d.hint = "if a value was meant for one of these columns, add it at its place in the row";
        diagnostics.add(std::move(d));
        rec.fields.resize(ncol);
      } else {
        rec.malformed = true;
        rec.reason = counts;
        if (lacking < ncol) {
          rec.reason += "; the required column \"" + table.header[lacking] + "\" (column " +
                        std::to_string(lacking + 1) + ") is not among them";
          short_hint = "fill in the " + table.header[lacking] + " field; write the fields in the header's order";
        }
      }
    }
    if (!rec.malformed && rec.fields.size() > ncol) {
      const bool extras_empty = std::all_of(rec.fields.begin() + static_cast<std::ptrdiff_t>(ncol), rec.fields.end(),
                                            [](const std::string& f) { return f.empty(); });
      if (extras_empty) {
        rec.fields.resize(ncol);
      } else {
        rec.malformed = true;
        rec.reason = "the row has " + std::to_string(rec.fields.size()) + " fields, the header has " +
                     std::to_string(ncol);
      }
    }
    if (rec.malformed) {
      Diagnostic d;
      d.kind = DiagnosticKind::malformed_row;
      d.file = table.file;
      d.line = rec.line;
      const std::string raw(text.substr(rec.begin, rec.end - rec.begin));
      d.field = shorten(raw);
      d.message = rec.reason + "; row skipped";
      d.hint = !short_hint.empty()
                   ? short_hint
                   : "quote fields that contain the delimiter '" +
                         std::string(table.delimiter == '\t' ? "TAB" : std::string(1, table.delimiter)) +
                         "', a quote or a line break, and double quotes inside quoted fields";
      CsvTable::Rejected rj{rec.line, raw, d.format()};
      diagnostics.add(std::move(d));
      table.rejected.push_back(std::move(rj));
      continue;
    }
    if (options.missing_markers)
      for (auto& f : rec.fields)
        if (is_missing_value_word(f)) f.clear();
    table.rows.push_back(CsvTable::Row{rec.line, std::move(rec.fields)});
  }
  return table;
}

void check_duplicate_columns(CsvTable& table, std::span<const std::string_view> read,
                             model::Diagnostics& diagnostics) {
  std::string first_error;
  std::vector<Diagnostic> error_list;
  std::size_t errors = 0;
  const std::vector<std::string> original = table.header;
  for (std::size_t j = 1; j < original.size(); ++j) {
    if (original[j].empty()) continue;
    std::size_t i = 0;
    while (i < j && !same_name(original[i], original[j])) ++i;
    if (i == j) continue;
    const bool is_read =
        std::any_of(read.begin(), read.end(), [&](std::string_view r) { return same_name(r, original[j]); });
    Diagnostic d;
    d.kind = DiagnosticKind::duplicate_column;
    d.file = table.file;
    d.line = table.header_line;
    d.column = j + 1;
    d.column_name = original[j];
    d.field = original[j];
    const std::string both = "columns " + std::to_string(i + 1) + " and " + std::to_string(j + 1) +
                             " are both named \"" + original[j] + "\"";
    if (is_read) {
      d.severity = Severity::error;
      d.message = both + "; ppsnet cannot tell which one to read, so the file is not read";
      d.hint = "rename or delete one of the two columns";
      if (errors++ == 0) first_error = d.format();
      error_list.push_back(d);
    } else {
      std::string name;
      for (int k = 2;; ++k) {
        name = original[j] + "_" + std::to_string(k);
        bool taken = false;
        for (const auto& h : table.header) taken = taken || same_name(h, name);
        if (!taken) break;
      }
      d.severity = Severity::warning;
      d.message = both + "; column " + std::to_string(j + 1) + " is kept as \"" + name + "\"";
      d.hint = "rename one of the two columns";
      table.header[j] = name;
    }
    diagnostics.add(std::move(d));
  }
  if (errors > 0)
    throw model::InvalidInput(
        first_error + (errors > 1 ? " (and " + std::to_string(errors - 1) + " more duplicate columns)" : ""),
        std::move(error_list));
}

CsvTable read_csv(const std::string& path, model::Diagnostics& diagnostics, const CsvOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Diagnostic d;
    d.kind = DiagnosticKind::io_error;
    d.file = path;
    d.message = "cannot open the file";
    d.hint = "check the path and the file's permissions";
    diagnostics.add(d);
    throw model::InvalidInput(std::move(d));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    Diagnostic d;
    d.kind = DiagnosticKind::io_error;
    d.file = path;
    d.message = "cannot read the file";
    diagnostics.add(d);
    throw model::InvalidInput(std::move(d));
  }
  return read_csv_text(ss.str(), path, diagnostics, options);
}

std::optional<double> parse_decimal(std::string_view text, bool decimal_comma) {
  std::string_view s = trim(text);
  auto strip_affix = [&](std::string_view a) {
    if (s.size() >= a.size() && iequals(s.substr(0, a.size()), a)) s = trim(s.substr(a.size()));
    if (s.size() >= a.size() && iequals(s.substr(s.size() - a.size()), a)) s = trim(s.substr(0, s.size() - a.size()));
  };
  strip_affix("\xE2\x82\xAC");  // €
  strip_affix("EUR");
  if (s.empty()) return std::nullopt;
  std::string buf;
  std::size_t i = 0;
  if (s[0] == '-' || s[0] == '+') {
    if (s[0] == '-') buf += '-';
    i = 1;
  }
  std::string_view body = s.substr(i);
  if (body.empty()) return std::nullopt;
  const char dec = decimal_comma ? ',' : '.';
  const std::size_t dec_pos = body.find(dec);
  std::string_view int_part = body.substr(0, dec_pos);
  std::string_view frac_part = dec_pos == std::string_view::npos ? std::string_view{} : body.substr(dec_pos + 1);
  if (dec_pos != std::string_view::npos && frac_part.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  if (decimal_comma && int_part.find('.') != std::string_view::npos) {
    // '.' groups thousands: d{1,3}(.ddd)+ ; a single '.' not followed by exactly 3 digits (and no comma)
    // is read as a decimal point ("1.5").
    bool grouped = true;
    std::size_t first = int_part.find('.');
    if (first == 0 || first > 3) grouped = false;
    for (std::size_t p = first; grouped && p < int_part.size(); p += 4) {
      if (int_part[p] != '.' || p + 4 > int_part.size() ||
          int_part.substr(p + 1, 3).find_first_not_of("0123456789") != std::string_view::npos)
        grouped = false;
      else if (p + 4 < int_part.size() && int_part[p + 4] != '.')
        grouped = false;
    }
    if (grouped) {
      std::string digits;
      for (char c : int_part)
        if (c != '.') digits += c;
      buf += digits;
    } else if (dec_pos == std::string_view::npos && std::count(int_part.begin(), int_part.end(), '.') == 1) {
      frac_part = int_part.substr(int_part.find('.') + 1);
      int_part = int_part.substr(0, int_part.find('.'));
      if (frac_part.empty() || frac_part.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
      buf += int_part;
    } else {
      return std::nullopt;
    }
  } else {
    buf += int_part;
  }
  const std::string_view int_digits = std::string_view(buf).substr(buf.size() && buf[0] == '-' ? 1 : 0);
  if (int_digits.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  if (int_digits.empty() && frac_part.empty()) return std::nullopt;
  if (!frac_part.empty()) {
    buf += '.';
    buf += frac_part;
  } else if (dec_pos != std::string_view::npos && int_digits.empty()) {
    return std::nullopt;
  }
  double v = 0;
  const char* b = buf.data();
  const char* e = buf.data() + buf.size();
  if (buf == "-" || buf.empty()) return std::nullopt;
  auto [p, ec] = std::from_chars(b, e, v);
  if (ec != std::errc{} || p != e || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<int> parse_int(std::string_view text) {
  std::string_view s = trim(text);
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  // Accept a zero fraction written by spreadsheets ("2019.0", "2019,00").
  const std::size_t sep = s.find_first_of(".,");
  if (sep != std::string_view::npos) {
    const std::string_view frac = s.substr(sep + 1);
    if (frac.empty() || frac.find_first_not_of('0') != std::string_view::npos) return std::nullopt;
    s = s.substr(0, sep);
  }
  if (s.empty()) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::vector<std::string> split_list(std::string_view text, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view part = trim(text.substr(start, end - start));
    if (!part.empty() && std::find(out.begin(), out.end(), part) == out.end()) out.emplace_back(part);
    start = end + 1;
  }
  return out;
}

}  // namespace ppsnet::import
