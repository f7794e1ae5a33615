// Format v1 importer and the record rules shared with the JSON and long-CSV importers.
#include "ppsnet/import/v1.hpp"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <span>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/import/aliases.hpp"
#include "ppsnet/import/geo_tables.hpp"

namespace ppsnet::import {

using model::Diagnostic;
using model::DiagnosticKind;
using model::Severity;

namespace {

bool is_known(std::span<const std::string_view> names, std::string_view n) {
  return std::any_of(names.begin(), names.end(), [&](std::string_view k) { return same_name(k, n); });
}

std::string region_label(std::uint8_t corop) {
  const auto* c = geo::find_corop(corop);
  std::string code = (corop < 10 ? "CR0" : "CR") + std::to_string(corop);
  return c ? code + " (" + std::string(c->name) + ")" : code;
}

std::string province_label(std::uint8_t province) {
  const auto* p = geo::find_province(province);
  std::string code = "PV" + std::to_string(province);
  return p ? code + " (" + std::string(p->name) + ")" : code;
}

// Diagnostics about one record.
class RecordCheck {
 public:
  RecordCheck(const FieldRecord& r, model::Diagnostics& d) : r_(r), d_(d) {}

  std::string value(std::string_view name) const {
    const auto* f = r_.find(name);
    return f ? f->value : std::string{};
  }

  void report(std::string_view name, DiagnosticKind kind, Severity sev, std::string message, std::string hint) {
    Diagnostic d;
    d.severity = sev;
    d.kind = kind;
    d.file = r_.file;
    d.line = r_.line;
    if (const auto* f = r_.find(name)) {
      d.column = f->column;
      d.column_name = f->label.empty() ? f->name : f->label;
      d.field = f->value;
    } else {
      d.column_name = std::string(name);
    }
    d.message = std::move(message);
    d.hint = std::move(hint);
    if (sev == Severity::error) error_ = true;
    d_.add(std::move(d));
  }

  // A required text field; error missing-value when empty.
  std::string required(std::string_view name, std::string_view what) {
    std::string v = value(name);
    if (v.empty())
      report(name, DiagnosticKind::missing_value, Severity::error, std::string(what) + " is empty; the row is skipped",
             "fill in the " + std::string(name) + " column");
    return v;
  }

  model::Location location() {
    model::Location loc;
    loc.municipality = value("municipality");
    if (auto v = value("corop"); !v.empty()) {
      if (auto c = geo::parse_corop(v)) loc.corop = *c;
      else
        report("corop", DiagnosticKind::invalid_region, Severity::warning,
               "COROP region \"" + v + "\" is not recognised; left unknown",
               "use the CBS code (CR17 or 17) or the region name");
    }
    if (auto v = value("province"); !v.empty()) {
      if (auto p = geo::parse_province(v)) loc.province = *p;
      else
        report("province", DiagnosticKind::invalid_region, Severity::warning,
               "province \"" + v + "\" is not recognised; left unknown",
               "use the CBS code (PV27 or 27) or the province name");
    }
    if (auto v = value("country"); v.empty()) {
      loc.country = "NL";
    } else if (auto c = geo::parse_country(v)) {
      loc.country = *c;
    } else {
      report("country", DiagnosticKind::invalid_region, Severity::warning,
             "country \"" + v + "\" is not recognised; left unknown", "use the ISO 3166-1 alpha-2 code, e.g. NL, BE, DE");
    }
    if (loc.corop != 0) {
      if (const auto* c = geo::find_corop(loc.corop)) {
        if (loc.province == 0) {
          loc.province = c->province;
        } else if (loc.province != c->province) {
          report("province", DiagnosticKind::invalid_region, Severity::warning,
                 "COROP region " + region_label(loc.corop) + " lies in province " + province_label(c->province) +
                     ", not " + province_label(loc.province) + "; both kept as given",
                 "correct the COROP region or the province");
        }
      }
    }
    return loc;
  }

  std::optional<int> year(std::string_view name) {
    const std::string v = value(name);
    if (v.empty()) return std::nullopt;
    auto y = parse_int(v);
    if (!y || *y < 1800 || *y > 2200) {
      report(name, DiagnosticKind::invalid_number, Severity::warning,
             "year \"" + v + "\" is not a year between 1800 and 2200; left empty", "write the year as four digits, e.g. 2019");
      return std::nullopt;
    }
    return y;
  }

  model::ExtraAttributes extras(std::span<const std::string_view> known) const {
    model::ExtraAttributes out;
    for (const auto& f : r_.fields)
      if (!is_known(known, f.name)) out.emplace_back(f.name, f.value);
    return out;
  }

  bool error() const { return error_; }

 private:
  const FieldRecord& r_;
  model::Diagnostics& d_;
  bool error_ = false;
};

}  // namespace

const FieldRecord::Field* FieldRecord::find(std::string_view name) const {
  for (const auto& f : fields)
    if (same_name(f.name, name)) return &f;
  return nullptr;
}

FieldRecord record_from_row(const CsvTable& table, const CsvTable::Row& row) {
  FieldRecord r;
  r.file = table.file;
  r.line = row.line;
  r.raw = table.raw(row);
  r.decimal_comma = table.delimiter == ';';
  r.fields.reserve(table.header.size());
  for (std::size_t i = 0; i < table.header.size() && i < row.fields.size(); ++i)
    r.fields.push_back({table.header[i], row.fields[i], i + 1});
  return r;
}

void require_columns(const CsvTable& table, std::initializer_list<std::string_view> required,
                     model::Diagnostics& diagnostics) {
  auto fail = [&](Diagnostic d) {
    diagnostics.add(d);
    throw model::InvalidInput(std::move(d));
  };
  if (table.header.empty() && table.header_line == 0 && required.size() > 0) {
    // Nothing but blanks (a 0-byte file, or only empty lines): no header to look for columns in.
    std::string names;
    for (auto name : required) names += (names.empty() ? "" : ", ") + std::string(name);
    Diagnostic d;
    d.kind = DiagnosticKind::missing_column;
    d.file = table.file;
    d.line = 1;
    d.message = "the file is empty; it needs a header line naming at least the column" +
                std::string(required.size() == 1 ? " " : "s ") + names;
    std::string header;
    for (auto name : required) header += (header.empty() ? "" : ",") + std::string(name);
    d.hint = "write a header line such as " + header + " first, then one record per line";
    fail(std::move(d));
  }
  for (auto name : required) {
    if (table.column(name)) continue;
    std::string present;
    for (const auto& h : table.header) present += (present.empty() ? "" : ", ") + h;
    Diagnostic d;
    d.kind = DiagnosticKind::missing_column;
    d.file = table.file;
    d.line = table.header_line;
    d.column_name = std::string(name);
    d.message = "required column \"" + std::string(name) + "\" is missing; columns found: " +
                (present.empty() ? std::string("none") : present);
    d.hint = "add a column named " + std::string(name) + " to the header line";
    fail(std::move(d));
  }
}

Diagnostic stopped(const Diagnostic& diagnostic) {
  Diagnostic d = diagnostic;
  // The last clause says what happens to the row ("; row skipped", "; the row is skipped", "; this
  // participation is skipped", "; element 2 of "initiatives" is skipped"): under --on-error fail it is not.
  const std::size_t cut = d.message.rfind("; ");
  if (cut != std::string::npos && d.message.find("skipped", cut) != std::string::npos) d.message.resize(cut);
  d.message += "; import stopped at the first error (--on-error fail)";
  return d;
}

V1Loader::V1Loader(const ImportOptions& options)
    : options_(options), builder_(result_.diagnostics) {
  // Store every diagnostic while importing (the reasons of rejected rows come from them); the
  // OnError::skip cap is applied in finish().
  result_.diagnostics = model::Diagnostics(std::numeric_limits<std::size_t>::max());
}

std::size_t V1Loader::begin_file(std::string file, std::size_t rows_read) {
  FileSummary s;
  s.file = std::move(file);
  s.rows_read = rows_read;
  result_.files.push_back(std::move(s));
  return result_.files.size() - 1;
}

void V1Loader::check_fail() {
  const auto& items = result_.diagnostics.items();
  if (options_.on_error != OnError::fail) {
    checked_errors_ = items.size();
    return;
  }
  for (std::size_t i = checked_errors_; i < items.size(); ++i) {
    if (items[i].severity == Severity::error) {
      checked_errors_ = items.size();
      throw model::InvalidInput(stopped(items[i]));
    }
  }
  checked_errors_ = items.size();
}

void V1Loader::reject(std::size_t file_index, RejectedRow row) {
  ++result_.files[file_index].rows_rejected;
  result_.rejects.push_back(std::move(row));
}

void V1Loader::add_reader_rejects(std::size_t file_index, const CsvTable& table) {
  check_fail();  // malformed rows were reported by the reader: the first throws under OnError::fail
  for (const auto& r : table.rejected) reject(file_index, RejectedRow{table.file, r.line, r.raw, r.reason});
}

bool V1Loader::conclude(std::size_t file_index, const FieldRecord& record, std::size_t items_before, bool added) {
  FileSummary& s = result_.files[file_index];
  if (added) {
    ++s.rows_kept;
  } else {
    std::string reason = "rejected";
    const auto& items = result_.diagnostics.items();
    for (std::size_t i = items_before; i < items.size(); ++i)
      if (items[i].severity == Severity::error) {
        reason = items[i].format();
        break;
      }
    check_fail();
    reject(file_index, RejectedRow{record.file, record.line, record.raw, std::move(reason)});
  }
  check_fail();
  return added;
}

std::string V1Loader::first_error_message(std::size_t items_before) const {
  const auto& items = result_.diagnostics.items();
  for (std::size_t i = items_before; i < items.size(); ++i) {
    if (items[i].severity != Severity::error) continue;
    std::string m = items[i].message;
    for (std::string_view tail : {"; the row is skipped", "; this row is skipped"})
      if (m.size() >= tail.size() && m.compare(m.size() - tail.size(), tail.size(), tail) == 0)
        m.resize(m.size() - tail.size());
    return m;
  }
  return {};
}

void V1Loader::remember_municipality(std::vector<FieldLocation>& sources, std::size_t index,
                                     const FieldRecord& record) {
  if (sources.size() <= index) sources.resize(index + 1);
  const auto* f = record.find("municipality");
  if (f == nullptr || f->value.empty()) return;
  sources[index] = FieldLocation{record.file, record.line, f->column, f->label.empty() ? f->name : f->label, f->value};
}

bool V1Loader::add_initiative(std::size_t file_index, const FieldRecord& record) {
  const std::size_t before = result_.diagnostics.items().size();
  RecordCheck c(record, result_.diagnostics);
  model::Initiative in;
  in.id = c.required("id", "the initiative id");
  in.name = c.value("name");
  const std::string kind = c.value("kind");
  if (kind.empty()) {
    c.report("kind", DiagnosticKind::missing_value, Severity::error, "initiative kind is empty; the row is skipped",
             "use one of mbo, coe, fieldlab, project, other");
  } else if (auto k = model::parse_initiative_kind(kind)) {
    in.kind = *k;
  } else {
    c.report("kind", DiagnosticKind::invalid_kind, Severity::error,
             "initiative kind \"" + kind + "\" is not recognised; the row is skipped",
             "use one of mbo, coe, fieldlab, project, other");
  }
  in.lead_organisation_id = c.value("lead_organisation_id");
  in.location = c.location();
  in.sectors = split_list(c.value("sectors"));
  in.start_year = c.year("start_year");
  in.extra = c.extras(kInitiativeFields);
  const std::string id = in.id;
  bool added = false;
  if (!c.error()) added = builder_.add_initiative(std::move(in), {record.file, record.line});
  if (added) remember_municipality(municipality_sources_.initiatives, builder_.num_initiatives() - 1, record);
  else builder_.note_rejected_initiative(id, {record.file, record.line}, first_error_message(before));
  return conclude(file_index, record, before, added);
}

bool V1Loader::add_organisation(std::size_t file_index, const FieldRecord& record) {
  const std::size_t before = result_.diagnostics.items().size();
  RecordCheck c(record, result_.diagnostics);
  model::Organisation o;
  o.id = c.required("id", "the organisation id");
  o.name = c.value("name");
  const std::string type = c.value("type");
  if (type.empty()) {
    c.report("type", DiagnosticKind::missing_value, Severity::error, "organisation type is empty; the row is skipped",
             "use one of company, university, hogeschool, mbo-school, coe, vo-school, government, "
             "research-institute, branch-organisation, other");
  } else if (auto t = model::parse_organisation_type(type)) {
    o.type = *t;
  } else {
    c.report("type", DiagnosticKind::invalid_type, Severity::error,
             "organisation type \"" + type + "\" is not recognised; the row is skipped",
             "use one of company, university, hogeschool, mbo-school, coe, vo-school, government, "
             "research-institute, branch-organisation, other");
  }
  o.location = c.location();
  o.kvk = c.value("kvk");
  o.brin = c.value("brin");
  o.pic = c.value("pic");
  o.initiative_id = c.value("initiative_id");
  o.sectors = split_list(c.value("sectors"));
  o.extra = c.extras(kOrganisationFields);
  const std::string id = o.id;
  bool added = false;
  if (!c.error()) {
    const std::size_t merged_before = builder_.summary().organisations_merged;
    const std::size_t count_before = builder_.num_organisations();
    added = builder_.add_organisation(std::move(o), {record.file, record.line});
    if (added && builder_.summary().organisations_merged > merged_before) ++result_.files[file_index].rows_merged;
    if (added && builder_.num_organisations() > count_before) {
      remember_municipality(municipality_sources_.organisations, count_before, record);
    } else if (added) {
      // Merged: the existing record took this row's municipality when it had none.
      if (auto target = builder_.organisation_index(id)) {
        auto& sources = municipality_sources_.organisations;
        if (*target >= sources.size() || sources[*target].line == 0)
          remember_municipality(sources, *target, record);
      }
    }
  }
  if (!added) builder_.note_rejected_organisation(id, {record.file, record.line}, first_error_message(before));
  return conclude(file_index, record, before, added);
}

bool V1Loader::add_participation(std::size_t file_index, const FieldRecord& record) {
  const std::size_t before = result_.diagnostics.items().size();
  RecordCheck c(record, result_.diagnostics);
  model::ParticipationRecord p;
  p.initiative_id = c.required("initiative_id", "the initiative id");
  p.organisation_id = c.required("organisation_id", "the organisation id");
  if (auto role = c.value("role"); !role.empty()) {
    if (auto r = model::parse_role(role)) p.role = *r;
    else
      c.report("role", DiagnosticKind::invalid_role, Severity::warning,
               "role \"" + role + "\" is not recognised; partner is used", "use one of lead, coordinator, partner, cofunder");
  }
  p.year = c.year("year");
  if (auto v = c.value("contribution_eur"); !v.empty()) {
    if (auto x = parse_decimal(v, record.decimal_comma)) {
      if (*x < 0) {
        c.report("contribution_eur", DiagnosticKind::invalid_number, Severity::warning,
                 "contribution \"" + v + "\" is negative; the field is left empty, the row is kept",
                 "a contribution is an amount in euros of 0 or more; correct the sign or leave the field empty");
      } else if (*x > kMaxContributionEur) {
        c.report("contribution_eur", DiagnosticKind::invalid_number, Severity::warning,
                 "contribution \"" + v + "\" is more than 10^12 euros; the field is left empty, the row is kept",
                 "check the amount for extra digits; write euros, not cents");
      } else {
        p.contribution_eur = *x;
      }
    } else {
      c.report("contribution_eur", DiagnosticKind::invalid_number, Severity::warning,
               "contribution \"" + v + "\" is not a number; left empty",
               record.decimal_comma ? "write euros as digits with a decimal comma, e.g. 1250,50"
                                    : "write euros as digits with a decimal point, e.g. 1250.50");
    }
  }
  bool added = false;
  if (!c.error()) {
    model::SourceRef where{record.file, record.line};
    if (const auto* f = record.find("initiative_id")) {
      where.initiative_column = f->column;
      if (!f->label.empty()) where.initiative_column_name = f->label;
    }
    if (const auto* f = record.find("organisation_id")) {
      where.organisation_column = f->column;
      if (!f->label.empty()) where.organisation_column_name = f->label;
    }
    added = builder_.add_participation(p, where);
  }
  return conclude(file_index, record, before, added);
}

void V1Loader::load_aliases(const std::string& path) {
  AliasLoad a = import::load_aliases(path, builder_, result_.diagnostics);
  check_fail();
  result_.files.push_back(a.summary);
  for (auto& r : a.rejects) result_.rejects.push_back(std::move(r));
}

ImportResult V1Loader::finish(std::string source) {
  // Municipality -> COROP/province and DUO enrichment (when the options name the tables).
  apply_geo_options(builder_, options_, result_.diagnostics, &result_.files, nullptr, &municipality_sources_);
  check_fail();
  result_.graph = builder_.build();
  result_.build = builder_.summary();
  check_fail();
  result_.source = std::move(source);
  if (options_.on_error == OnError::skip) {
    model::Diagnostics capped(options_.max_listed);
    capped.merge(result_.diagnostics);
    result_.diagnostics = std::move(capped);
  }
  return std::move(result_);
}

namespace {

void read_table(V1Loader& loader, const std::string& path, std::initializer_list<std::string_view> required,
                std::span<const std::string_view> known, bool (V1Loader::*add)(std::size_t, const FieldRecord&)) {
  CsvOptions csv;
  csv.pad_short_rows = true;
  for (auto name : required) csv.required_columns.push_back({std::string(name)});
  CsvTable table = read_csv(path, loader.diagnostics(), csv);
  check_duplicate_columns(table, known, loader.diagnostics());
  require_columns(table, required, loader.diagnostics());
  const std::size_t fi = loader.begin_file(path, table.records_read);
  loader.add_reader_rejects(fi, table);
  for (const auto& row : table.rows) (loader.*add)(fi, record_from_row(table, row));
}

}  // namespace

ImportResult import_v1_folder(const std::string& folder, const ImportOptions& options) {
  namespace fs = std::filesystem;
  const fs::path dir(folder);
  std::vector<std::string> missing;
  for (const char* name : {"initiatives.csv", "organisations.csv", "participations.csv"})
    if (!fs::is_regular_file(dir / name)) missing.emplace_back(name);
  Diagnostic d;
  d.kind = DiagnosticKind::io_error;
  d.file = folder;
  d.hint = "a format v1 folder holds initiatives.csv, organisations.csv and participations.csv; see docs/formats.md";
  if (!fs::is_directory(dir)) {
    d.message = "not a folder";
    throw model::InvalidInput(d);
  }
  if (!missing.empty()) {
    std::string list;
    for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
    d.message = "the folder lacks " + list;
    throw model::InvalidInput(d);
  }
  V1Loader loader(options);
  if (!options.alias_file.empty()) loader.load_aliases(options.alias_file);
  read_table(loader, (dir / "initiatives.csv").string(), {"id", "kind"}, kInitiativeFields,
             &V1Loader::add_initiative);
  read_table(loader, (dir / "organisations.csv").string(), {"id", "type"}, kOrganisationFields,
             &V1Loader::add_organisation);
  read_table(loader, (dir / "participations.csv").string(), {"initiative_id", "organisation_id"},
             kParticipationFields, &V1Loader::add_participation);
  return loader.finish("format v1 folder " + folder);
}

}  // namespace ppsnet::import
