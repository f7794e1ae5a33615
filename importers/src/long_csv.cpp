// Long CSV importer: one row per participation, columns chosen by a mapping file.
#include "ppsnet/import/long_csv.hpp"

#include <fstream>
#include <sstream>
#include <unordered_map>

#include "ppsnet/import/csv_reader.hpp"
#include "ppsnet/import/text_encoding.hpp"
#include "ppsnet/import/v1.hpp"

namespace ppsnet::import {

using model::Diagnostic;
using model::DiagnosticKind;
using model::Severity;

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Canonical key, or "" when the key is not a ppsnet field.
std::string canonical_key(std::string_view key) {
  std::string k = lower_ascii(trim(key));
  if (k == "initiative_id") return "initiative.id";
  if (k == "organisation_id" || k == "organization_id") return "organisation.id";
  if (k.rfind("organization.", 0) == 0) k = "organisation." + k.substr(13);
  if (k.rfind("participation.", 0) == 0) k = k.substr(14);
  if (k == "role" || k == "year" || k == "contribution_eur") return k;
  for (auto f : kInitiativeFields)
    if (k == "initiative." + std::string(f)) return k;
  for (auto f : kOrganisationFields)
    if (k == "organisation." + std::string(f)) return k;
  return {};
}

Diagnostic mapping_error(const std::string& file, std::size_t line, std::string message, std::string hint) {
  Diagnostic d;
  d.kind = DiagnosticKind::mapping_error;
  d.file = file;
  d.line = line;
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

const char* kKeysHint =
    "keys are initiative.<field>, organisation.<field>, role, year, contribution_eur (see docs/formats.md)";

}  // namespace

const MappingEntry* ColumnMapping::find(std::string_view field) const {
  const std::string k = canonical_key(field);
  for (const auto& e : entries)
    if (e.field == k) return &e;
  return nullptr;
}

ColumnMapping parse_mapping_text(std::string_view bytes, std::string display_name, model::Diagnostics& diagnostics) {
  ColumnMapping m;
  m.file = display_name;
  std::vector<Diagnostic> errors;
  std::vector<std::pair<std::size_t, std::pair<std::string, std::string>>> pairs;  // line, (key, value)

  // Decide the form from the first meaningful line.
  bool key_value = false;
  {
    std::size_t pos = 0;
    while (pos < bytes.size()) {
      std::size_t end = bytes.find('\n', pos);
      if (end == std::string_view::npos) end = bytes.size();
      const std::string_view line = trim(strip_utf8_bom(bytes.substr(pos, end - pos)));
      pos = end + 1;
      if (line.empty() || line[0] == '#') continue;
      key_value = line.find('=') != std::string_view::npos;
      break;
    }
  }
  if (key_value) {
    const std::string text = decode_to_utf8(bytes).text;
    std::size_t pos = 0, line_no = 0;
    while (pos < text.size()) {
      std::size_t end = text.find('\n', pos);
      if (end == std::string::npos) end = text.size();
      const std::string_view line = trim(std::string_view(text).substr(pos, end - pos));
      pos = end + 1;
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      const std::size_t eq = line.find('=');
      if (eq == std::string_view::npos) {
        errors.push_back(mapping_error(display_name, line_no, "line without '=': \"" + std::string(line) + "\"",
                                       "write field = column"));
        continue;
      }
      pairs.push_back({line_no, {std::string(trim(line.substr(0, eq))), std::string(trim(line.substr(eq + 1)))}});
    }
  } else {
    CsvTable t = read_csv_text(bytes, display_name, diagnostics);
    for (const auto& r : t.rejected)
      errors.push_back(mapping_error(display_name, r.line, "malformed mapping row", "write field,column"));
    if (t.header.size() != 2)
      errors.push_back(mapping_error(display_name, 1,
                                     "a CSV mapping file has 2 columns (field, column); found " +
                                         std::to_string(t.header.size()),
                                     "write a header line field,column and one row per field"));
    else
      for (const auto& row : t.rows) pairs.push_back({row.line, {row.fields[0], row.fields[1]}});
  }

  for (auto& [line_no, kv] : pairs) {
    const std::string key = canonical_key(kv.first);
    if (key.empty()) {
      errors.push_back(mapping_error(display_name, line_no, "unknown ppsnet field \"" + kv.first + "\"", kKeysHint));
      continue;
    }
    bool dup = false;
    for (const auto& e : m.entries) dup = dup || e.field == key;
    if (dup) {
      errors.push_back(mapping_error(display_name, line_no, "field \"" + key + "\" is mapped twice",
                                     "keep one line per field"));
      continue;
    }
    MappingEntry e;
    e.field = key;
    e.line = line_no;
    if (kv.second.rfind("constant:", 0) == 0) {
      e.is_constant = true;
      e.constant = std::string(trim(std::string_view(kv.second).substr(9)));
    } else if (kv.second.empty()) {
      errors.push_back(mapping_error(display_name, line_no, "field \"" + key + "\" has no column name",
                                     "write the column's name after '=' (or constant:VALUE)"));
      continue;
    } else {
      e.column = kv.second;
    }
    m.entries.push_back(std::move(e));
  }

  if (!errors.empty()) {
    const std::string first = errors.front().format();
    const std::size_t n = errors.size();
    for (const auto& d : errors) diagnostics.add(d);
    throw model::InvalidInput(first + (n > 1 ? " (and " + std::to_string(n - 1) + " more mapping errors)" : ""),
                              std::move(errors));
  }
  return m;
}

ColumnMapping parse_mapping(const std::string& path, model::Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Diagnostic d;
    d.kind = DiagnosticKind::io_error;
    d.file = path;
    d.message = "cannot open the mapping file";
    d.hint = "check the path given as the mapping file";
    diagnostics.add(d);
    throw model::InvalidInput(std::move(d));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_mapping_text(ss.str(), path, diagnostics);
}

ImportResult import_long_csv(const std::string& path, const ColumnMapping& mapping, const ImportOptions& options) {
  V1Loader loader(options);
  model::Diagnostics& diags = loader.diagnostics();
  // A short row is kept when it reaches the columns of both ids (or names standing in for them), the
  // initiative kind and the organisation type.
  CsvOptions csv;
  csv.pad_short_rows = true;
  for (auto [field, fallback] : {std::pair<std::string_view, std::string_view>{"initiative.id", "initiative.name"},
                                 {"organisation.id", "organisation.name"},
                                 {"initiative.kind", ""},
                                 {"organisation.type", ""}}) {
    const MappingEntry* e = mapping.find(field);
    if (e == nullptr && !fallback.empty()) e = mapping.find(fallback);
    if (e != nullptr && !e->is_constant) csv.required_columns.push_back({e->column});
  }
  CsvTable table = read_csv(path, diags, csv);
  {
    std::vector<std::string_view> mapped;
    for (const auto& e : mapping.entries)
      if (!e.is_constant) mapped.push_back(e.column);
    check_duplicate_columns(table, mapped, diags);
  }

  // Check the mapping against the file.
  std::vector<Diagnostic> errors;
  auto need = [&](std::string_view a, std::string_view b) {
    if (mapping.find(a) || (!b.empty() && mapping.find(b))) return;
    std::string message = "\"";
    message += a;
    message += '"';
    if (!b.empty()) {
      message += " (or \"";
      message += b;
      message += "\")";
    }
    message += " is not mapped";
    std::string hint = "add a line ";
    hint += a;
    hint += " = <column> (or constant:VALUE)";
    errors.push_back(mapping_error(mapping.file, 0, std::move(message), std::move(hint)));
  };
  need("initiative.id", "initiative.name");
  need("organisation.id", "organisation.name");
  need("initiative.kind", "");
  need("organisation.type", "");
  std::vector<std::size_t> col(mapping.entries.size(), CsvTable::kNoColumn);
  for (std::size_t i = 0; i < mapping.entries.size(); ++i) {
    const auto& e = mapping.entries[i];
    if (e.is_constant) continue;
    if (auto c = table.column(e.column)) {
      col[i] = *c;
      continue;
    }
    std::string present;
    for (const auto& h : table.header) present += (present.empty() ? "" : ", ") + h;
    errors.push_back(mapping_error(mapping.file, e.line,
                                   "column \"" + e.column + "\" (for " + e.field + ") is not in " + path,
                                   "columns found: " + (present.empty() ? std::string("none") : present)));
  }
  if (!errors.empty()) {
    const std::string first = errors.front().format();
    const std::size_t n = errors.size();
    for (const auto& d : errors) diags.add(d);
    throw model::InvalidInput(first + (n > 1 ? " (and " + std::to_string(n - 1) + " more mapping errors)" : ""),
                              std::move(errors));
  }

  if (!options.alias_file.empty()) loader.load_aliases(options.alias_file);
  const std::size_t fi_ini = loader.begin_file(path + " (initiatives)");
  const std::size_t fi_org = loader.begin_file(path + " (organisations)");
  const std::size_t fi_par = loader.begin_file(path + " (participations)", table.records_read);
  loader.add_reader_rejects(fi_par, table);

  std::unordered_map<std::string, bool> initiative_ok, organisation_ok;
  for (const auto& row : table.rows) {
    FieldRecord ini, org, par;
    for (FieldRecord* r : {&ini, &org, &par}) {
      r->file = table.file;
      r->line = row.line;
      r->raw = table.raw(row);
      r->decimal_comma = table.delimiter == ';';
    }
    for (std::size_t i = 0; i < mapping.entries.size(); ++i) {
      const auto& e = mapping.entries[i];
      FieldRecord::Field f;
      if (e.is_constant) {
        f.value = e.constant;
      } else {
        f.value = row.fields[col[i]];
        f.column = col[i] + 1;
        f.label = table.header[col[i]];
      }
      if (e.field.rfind("initiative.", 0) == 0) {
        f.name = e.field.substr(11);
        ini.fields.push_back(std::move(f));
      } else if (e.field.rfind("organisation.", 0) == 0) {
        f.name = e.field.substr(13);
        org.fields.push_back(std::move(f));
      } else {
        f.name = e.field;
        par.fields.push_back(std::move(f));
      }
    }
    // Names stand in for missing id mappings.
    for (FieldRecord* r : {&ini, &org})
      if (!r->find("id"))
        if (const auto* n = r->find("name")) r->fields.push_back({"id", n->value, n->column, n->label});
    const std::string ini_id = ini.find("id")->value;
    const std::string org_id = org.find("id")->value;
    par.fields.push_back({"initiative_id", ini_id, ini.find("id")->column, ini.find("id")->label});
    par.fields.push_back({"organisation_id", org_id, org.find("id")->column, org.find("id")->label});

    // First occurrence of an id: add the record. A row is listed in rejects at most once: when its
    // initiative is rejected, its organisation waits for a later row.
    bool rejected_here = false;
    if (ini_id.empty() || !initiative_ok.count(ini_id)) {
      const bool ok = loader.add_initiative(fi_ini, ini);
      if (!ini_id.empty()) initiative_ok[ini_id] = ok;
      rejected_here = !ok;
    }
    if (!rejected_here && (org_id.empty() || !organisation_ok.count(org_id))) {
      const bool ok = loader.add_organisation(fi_org, org);
      if (!org_id.empty()) organisation_ok[org_id] = ok;
      rejected_here = !ok;
    }
    if (rejected_here) loader.count_rejected(fi_par);
    else loader.add_participation(fi_par, par);
  }
  for (std::size_t fi : {fi_ini, fi_org}) loader.file(fi).rows_read = loader.file(fi).rows_kept + loader.file(fi).rows_rejected;
  return loader.finish("long CSV " + path + " (mapping " + mapping.file + ")");
}

ImportResult import_long_csv(const std::string& path, const ImportOptions& options) {
  if (options.mapping_file.empty()) {
    Diagnostic d;
    d.kind = DiagnosticKind::mapping_error;
    d.file = path;
    d.message = "a long CSV needs a column mapping file";
    d.hint = "pass the mapping file (key = column lines, see docs/formats.md)";
    throw model::InvalidInput(d);
  }
  model::Diagnostics diags;
  ColumnMapping m = parse_mapping(options.mapping_file, diags);
  return import_long_csv(path, m, options);
}

}  // namespace ppsnet::import
