#include "ppsnet/query/impact_table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace ppsnet::query {
namespace {

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string shortest(double x) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
  if (ec != std::errc()) return "0";
  return std::string(buf, end);
}

std::string fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", std::clamp(decimals, 0, 12), x);
  std::string s(buf);
  if (s == "-0" || s.find_first_not_of("-0.") == std::string::npos) {
    if (!s.empty() && s[0] == '-') s.erase(0, 1);  // no "-0.0"
  }
  return s;
}

/// Breaks `s` into lines of at most `width` code points at spaces (longer words stay whole); each line ends in '\n'.
std::string wrap(std::string_view s, std::size_t width) {
  std::string out, line;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(' ', start);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view word = s.substr(start, end - start);
    if (!line.empty() && utf8_length(line) + 1 + utf8_length(word) > width) {
      out += line;
      out += '\n';
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
    start = end + 1;
  }
  if (!line.empty()) out += line + '\n';
  return out;
}

void csv_field(std::ostream& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << s;
    return;
  }
  out << '"';
  for (char c : s) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

/// Length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no overlongs, no surrogates,
/// <= U+10FFFF), or 0 when the bytes there are not one.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}

void json_string(std::ostream& out, std::string_view s) {
  out << '"';
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence(s, i);
    if (n == 0) {  // not UTF-8: U+FFFD keeps the JSON valid
      out << "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (n > 1) {
      out << s.substr(i, n);
      i += n;
      continue;
    }
    const char c = s[i++];
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out << "\\\""; break;
      case '\\': out << "\\\\"; break;
      case '\n': out << "\\n"; break;
      case '\r': out << "\\r"; break;
      case '\t': out << "\\t"; break;
      default:
        if (u < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", u);
          out << buf;
        } else {
          out << c;
        }
    }
  }
  out << '"';
}

void json_number(std::ostream& out, double x) {
  if (std::isfinite(x)) out << shortest(x);
  else out << "null";
}

}  // namespace

std::string format_cell_text(const TableCell& cell, int decimals) {
  switch (cell.kind) {
    case TableCell::Kind::empty: return "-";
    case TableCell::Kind::text: return cell.text;
    case TableCell::Kind::integer: return std::to_string(cell.integer);
    case TableCell::Kind::number: return std::isfinite(cell.value) ? fixed(cell.value, decimals) : "-";
    case TableCell::Kind::share: return std::isfinite(cell.value) ? fixed(cell.value * 100.0, 1) + "%" : "-";
  }
  return "-";
}

void write_text(std::ostream& out, const Table& t) {
  std::vector<std::size_t> cols;  // visible columns
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c].in_text) cols.push_back(c);
  const std::size_t nc = cols.size();
  std::vector<std::vector<std::string>> text(t.rows.size(), std::vector<std::string>(nc));
  std::vector<std::size_t> width(nc, 0);
  std::vector<bool> right(nc, true);  // numeric columns (no text cell) are right-aligned
  for (std::size_t k = 0; k < nc; ++k) width[k] = utf8_length(t.columns[cols[k]].title);
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    for (std::size_t k = 0; k < nc; ++k) {
      if (cols[k] >= t.rows[r].size()) {
        text[r][k].assign(1, '-');  // (not = "-": GCC 12 -Wrestrict false positive)
        continue;
      }
      const auto& cell = t.rows[r][cols[k]];
      text[r][k] = format_cell_text(cell, t.columns[cols[k]].decimals);
      width[k] = std::max(width[k], utf8_length(text[r][k]));
      if (cell.kind == TableCell::Kind::text) right[k] = false;
    }
  auto put = [&](const std::string& s, std::size_t k) {
    const std::size_t pad = width[k] - std::min(width[k], utf8_length(s));
    const bool last = k + 1 == nc;
    if (right[k]) out << std::string(pad, ' ') << s;
    else out << s << (last ? std::string() : std::string(pad, ' '));
    if (!last) out << "  ";
  };
  if (!t.title.empty()) out << t.title << "\n\n";
  for (std::size_t k = 0; k < nc; ++k) put(t.columns[cols[k]].title, k);
  out << '\n';
  std::size_t total = 0;
  for (std::size_t k = 0; k < nc; ++k) total += width[k] + (k + 1 < nc ? 2 : 0);
  out << std::string(total, '-') << '\n';
  for (const auto& row : text) {
    for (std::size_t k = 0; k < nc; ++k) put(row[k], k);
    out << '\n';
  }
  if (t.rows.empty()) out << "(no rows)\n";
  if (!t.note.empty()) out << '\n' << wrap(t.note, 100);
}

void write_csv(std::ostream& out, const Table& t) {
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (c) out << ',';
    csv_field(out, t.columns[c].key);
  }
  out << '\n';
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (c) out << ',';
      if (c >= row.size()) continue;
      const auto& cell = row[c];
      switch (cell.kind) {
        case TableCell::Kind::empty: break;
        case TableCell::Kind::text: csv_field(out, cell.text); break;
        case TableCell::Kind::integer: out << cell.integer; break;
        case TableCell::Kind::number:
        case TableCell::Kind::share:
          if (std::isfinite(cell.value)) out << shortest(cell.value);
          break;
      }
    }
    out << '\n';
  }
}

void write_json(std::ostream& out, std::span<const Table> tables) {
  out << "{\"tables\":[";
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const Table& t = tables[i];
    if (i) out << ',';
    out << "\n{\"name\":";
    json_string(out, t.name);
    out << ",\"title\":";
    json_string(out, t.title);
    out << ",\"note\":";
    json_string(out, t.note);
    out << ",\"rows\":[";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      if (r) out << ',';
      out << "\n {";
      for (std::size_t c = 0; c < t.columns.size(); ++c) {
        if (c) out << ',';
        json_string(out, t.columns[c].key);
        out << ':';
        if (c >= t.rows[r].size()) {
          out << "null";
          continue;
        }
        const auto& cell = t.rows[r][c];
        switch (cell.kind) {
          case TableCell::Kind::empty: out << "null"; break;
          case TableCell::Kind::text: json_string(out, cell.text); break;
          case TableCell::Kind::integer: out << cell.integer; break;
          case TableCell::Kind::number:
          case TableCell::Kind::share: json_number(out, cell.value); break;
        }
      }
      out << '}';
    }
    out << "]}";
  }
  out << "\n]}\n";
}


void write_tables(std::ostream& out, std::span<const Table> tables, TableFormat format) {
  if (tables.empty()) return;
  switch (format) {
    case TableFormat::text:
      for (std::size_t i = 0; i < tables.size(); ++i) {
        if (i) out << '\n';
        write_text(out, tables[i]);
      }
      break;
    case TableFormat::csv: write_csv(out, tables.front()); break;
    case TableFormat::json: write_json(out, tables); break;
  }
}

const Table* find_table(std::span<const Table> tables, std::string_view name) {
  for (const auto& t : tables)
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace ppsnet::query
