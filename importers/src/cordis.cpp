// CORDIS Horizon 2020 importer: the eunets participation table and the official organization.csv export.
// Rules and their sources: docs/cordis.md.
#include "ppsnet/import/cordis.hpp"

#include <cstdint>
#include <filesystem>
#include <limits>
#include <unordered_map>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/import/csv_reader.hpp"
#include "ppsnet/import/geo_tables.hpp"
#include "ppsnet/import/v1.hpp"

namespace ppsnet::import {

using model::Diagnostic;
using model::DiagnosticKind;
using model::OrganisationType;
using model::Severity;

namespace {

// PICs of Dutch universities and academic hospitals (activity type HES) in CORDIS, with the name used as
// label when the input has no names (eunets layout). Compiled by hand from the public CORDIS organisation
// records (docs/cordis.md lists them).
struct KnownPic {
  std::string_view pic;
  std::string_view name;
};
constexpr KnownPic kDutchUniversityPics[] = {
    {"999977366", "Delft University of Technology"},
    {"999985805", "Utrecht University"},
    {"999977269", "Eindhoven University of Technology"},
    {"999985708", "University of Amsterdam"},
    {"999992110", "Radboud University (Stichting Katholieke Universiteit)"},
    {"999974553", "Leiden University"},
    {"954530344", "Vrije Universiteit Amsterdam (Stichting VU)"},
    {"999989782", "University of Groningen"},
    {"999981634", "Wageningen University"},
    {"999975911", "Maastricht University"},
    {"999900833", "University of Twente"},
    {"999839335", "Erasmus University Rotterdam"},
    {"999899475", "Tilburg University"},
    {"999988424", "Erasmus MC (Erasmus Universitair Medisch Centrum Rotterdam)"},
    {"999990849", "LUMC (Academisch Ziekenhuis Leiden)"},
    {"999914801", "UMCG (Academisch Ziekenhuis Groningen)"},
    {"998732274", "AMC (Academisch Medisch Centrum bij de Universiteit van Amsterdam)"},
};

/// A Dutch HES organisation in the eunets layout (no names) that is not in kDutchUniversityPics is a
/// university when it has at least this many participation rows, else a hogeschool (docs/cordis.md).
constexpr std::size_t kUniversityParticipationThreshold = 20;

const KnownPic* find_known_pic(std::string_view pic) {
  for (const auto& k : kDutchUniversityPics) {
    if (k.pic == pic) return &k;
  }
  return nullptr;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

/// CORDIS activity type -> organisation type, before the Dutch HES split. nullopt when unknown.
std::optional<OrganisationType> activity_type(std::string_view code) {
  const auto c = lower(trim(code));
  if (c == "prc") return OrganisationType::company;
  if (c == "pub") return OrganisationType::government;
  if (c == "rec") return OrganisationType::research_institute;
  if (c == "hes") return OrganisationType::university;
  if (c == "oth") return OrganisationType::other;
  return std::nullopt;
}

/// CORDIS participation role -> Role. nullopt when unknown.
std::optional<model::Role> cordis_role(std::string_view text) {
  const auto r = lower(trim(text));
  if (r == "coordinator" || r == "coo") return model::Role::coordinator;
  if (r == "participant" || r == "partner" || r == "thirdparty" || r == "associatedpartner" ||
      r == "internationalpartner" || r == "beneficiary" || r == "par") {
    return model::Role::partner;
  }
  return model::parse_role(r);
}

bool is_na(std::string_view s) {
  const auto t = trim(s);
  return t.empty() || t == "NA" || t == "N/A" || t == "NULL" || t == "null";
}

/// Decimal with either separator: a ',' in the text means decimal comma ("1.234,5"), else decimal point.
std::optional<double> parse_amount(std::string_view text) {
  return parse_decimal(text, text.find(',') != std::string_view::npos);
}

struct PendingOrganisation {
  model::Organisation org;
  std::size_t line = 0;
  std::size_t rows = 0;        ///< participation rows naming this organisation
  bool hes = false;            ///< activity type HES
  std::string website;
};

struct PendingParticipation {
  model::ParticipationRecord record;
  std::size_t line = 0;
  std::size_t row = 0;  ///< index into table.rows, for rejects
};

class CordisLoader {
 public:
  explicit CordisLoader(const ImportOptions& options) : options_(options), builder_(result_.diagnostics) {
    // Keep every diagnostic while importing; the OnError::skip cap is applied at the end.
    result_.diagnostics = model::Diagnostics(std::numeric_limits<std::size_t>::max());
  }

  ImportResult run(const std::string& path) {
    CsvOptions csv;
    csv.missing_markers = false;  // "NA" is Namibia in the country column: NA handled per column below
    table_ = read_csv(path, result_.diagnostics, csv);
    file_.file = path;
    file_.rows_read = table_.records_read;
    for (const auto& r : table_.rejected) {
      ++file_.rows_rejected;
      result_.rejects.push_back(RejectedRow{path, r.line, r.raw, r.reason});
    }
    check_fail();
    const std::string name = std::filesystem::path(path).filename().string();
    pair_first_.reserve(table_.rows.size());
    parts_.reserve(table_.rows.size());
    if (table_.column("rcn") && table_.column("pic") && table_.column("role")) {
      load_eunets();
      result_.source = "CORDIS H2020 participation table " + name;
    } else if (table_.column("projectID") && table_.column("organisationID")) {
      load_export();
      result_.source = "CORDIS organization.csv export " + name;
    } else {
      Diagnostic d;
      d.kind = DiagnosticKind::missing_column;
      d.file = path;
      d.line = table_.header.empty() ? 0 : 1;
      d.message = "not a CORDIS file: expected columns rcn, role, pic (participation table) or projectID, "
                  "organisationID (organization.csv export)";
      d.hint = "see docs/cordis.md for the two accepted layouts";
      result_.diagnostics.add(d);
      throw model::InvalidInput(std::move(d));
    }
    add_all();
    result_.files.insert(result_.files.begin(), file_);
    apply_geo_options(builder_, options_, result_.diagnostics, &result_.files, &websites_, &municipality_sources_);
    check_fail();
    result_.graph = builder_.build();
    result_.build = builder_.summary();
    check_fail();
    if (options_.on_error == OnError::skip) {
      model::Diagnostics capped(options_.max_listed);
      capped.merge(result_.diagnostics);
      result_.diagnostics = std::move(capped);
    }
    return std::move(result_);
  }

 private:
  // ------------------------------------------------------------------ helpers

  std::string field(const CsvTable::Row& row, std::optional<std::size_t> col) const {
    return col ? row.fields[*col] : std::string();
  }

  void report(const CsvTable::Row& row, std::optional<std::size_t> col, DiagnosticKind kind, Severity sev,
              std::string message, std::string hint = {}) {
    result_.diagnostics.add(
        table_.diagnostic(row, col ? *col : CsvTable::kNoColumn, kind, sev, std::move(message), std::move(hint)));
    check_fail();
  }

  void reject_row(const CsvTable::Row& row) {
    ++file_.rows_rejected;
    const auto& items = result_.diagnostics.items();
    std::string reason = items.empty() ? std::string("rejected") : items.back().format();
    result_.rejects.push_back(RejectedRow{table_.file, row.line, table_.raw(row), std::move(reason)});
  }

  void check_fail() {
    if (options_.on_error != OnError::fail) return;
    const auto& items = result_.diagnostics.items();
    for (std::size_t i = checked_; i < items.size(); ++i) {
      if (items[i].severity == Severity::error) {
        checked_ = items.size();
        throw model::InvalidInput(stopped(items[i]));
      }
    }
    checked_ = items.size();
  }

  /// Country code of a CORDIS country field. In the eunets table "NA" is Namibia (its `group` column says
  /// "tc", third country); empty means unknown.
  std::string country(const CsvTable::Row& row, std::optional<std::size_t> col) {
    const std::string raw = field(row, col);
    const auto text = trim(raw);
    if (text.empty()) return {};
    if (const auto c = geo::parse_country(text)) return *c;
    report(row, col, DiagnosticKind::invalid_region, Severity::warning,
           "country \"" + std::string(text) + "\" is not recognised; left unknown",
           "CORDIS uses ISO 3166-1 alpha-2 codes with EL for Greece and UK for the United Kingdom");
    return {};
  }

  std::optional<double> amount(const CsvTable::Row& row, std::optional<std::size_t> col) {
    const auto text = field(row, col);
    if (is_na(text)) return std::nullopt;
    if (auto v = parse_amount(text)) return v;
    report(row, col, DiagnosticKind::invalid_number, Severity::warning,
           "amount \"" + text + "\" is not a number; left empty", "write euros as 1234.56 or 1234,56");
    return std::nullopt;
  }

  std::optional<int> year(const CsvTable::Row& row, std::optional<std::size_t> col) {
    const auto text = field(row, col);
    if (is_na(text)) return std::nullopt;
    const auto y = parse_int(text);
    if (y && *y >= 1900 && *y <= 2200) return y;
    report(row, col, DiagnosticKind::invalid_number, Severity::warning,
           "year \"" + text + "\" is not a year; left empty", "write the year as four digits, e.g. 2019");
    return std::nullopt;
  }

  /// Registers a participation row's organisation (first row creates it, later rows are checked against it).
  /// Returns the organisation's index in orgs_.
  std::size_t note_organisation(const CsvTable::Row& row, const std::string& id, OrganisationType type, bool hes,
                         std::optional<std::size_t> type_col, const std::string& cc,
                         std::optional<std::size_t> country_col, model::Organisation&& extra_fields,
                         std::string website) {
    const auto [it, inserted] = org_index_.try_emplace(id, orgs_.size());
    if (inserted) {
      PendingOrganisation p;
      p.org = std::move(extra_fields);
      p.org.id = id;
      p.org.pic = id;
      p.org.type = type;
      p.org.location.country = cc;
      p.line = row.line;
      p.hes = hes;
      p.website = std::move(website);
      orgs_.push_back(std::move(p));
    } else {
      auto& p = orgs_[it->second];
      if (p.org.type != type || p.hes != hes) {
        report(row, type_col, DiagnosticKind::invalid_type, Severity::warning,
               "organisation " + id + " has activity type \"" + field(row, type_col) + "\" here but a different one at line " +
                   std::to_string(p.line) + "; the first is kept",
               "CORDIS gives one activity type per PIC");
      }
      if (p.org.location.country != cc) {
        report(row, country_col, DiagnosticKind::invalid_region, Severity::warning,
               "organisation " + id + " has country \"" + cc + "\" here but \"" + p.org.location.country +
                   "\" at line " + std::to_string(p.line) + "; the first is kept",
               "CORDIS gives one country per PIC");
      }
    }
    ++orgs_[it->second].rows;
    return it->second;
  }

  /// Adds a participation unless the (project, organisation) pair was seen before with the same role,
  /// year and contribution (a repeated row: warning, not added). A repeat that differs is added (GraphBuilder
  /// folds it into the same edge) with a warning.
  void note_participation(const CsvTable::Row& row, std::size_t row_index, std::size_t project, std::size_t org,
                          model::ParticipationRecord&& p, std::optional<std::size_t> pic_col) {
    const std::uint64_t key = (static_cast<std::uint64_t>(project) << 32) | static_cast<std::uint64_t>(org);
    const auto [it, inserted] = pair_first_.emplace(key, parts_.size());
    if (!inserted) {
      const auto& first = parts_[it->second];
      const bool same = first.record.role == p.role && first.record.year == p.year &&
                        first.record.contribution_eur == p.contribution_eur;
      report(row, pic_col, DiagnosticKind::duplicate_participation, Severity::warning,
             "organisation " + p.organisation_id + " is listed again in project " + p.initiative_id +
                 " (first at line " + std::to_string(first.line) + ")" +
                 (same ? "; identical row ignored" : "; kept as a second participation of the same edge"),
             "CORDIS lists each participant once per project; check for a duplicated export");
      if (same) {
        ++file_.rows_merged;
        return;
      }
    }
    parts_.push_back(PendingParticipation{std::move(p), row.line, row_index});
  }

  // ------------------------------------------------------------------ layout 1: eunets table

  void load_eunets() {
    const auto c_rcn = table_.column("rcn");
    const auto c_role = table_.column("role");
    const auto c_pic = table_.column("pic");
    const auto c_type = table_.column("type");
    const auto c_contrib = table_.column("contribution");
    const auto c_country = table_.column("country");
    const auto c_year = table_.column("start_year");
    const auto c_group = table_.column("group");
    // Project-level columns kept as extra attributes of the initiative.
    std::vector<std::pair<std::string, std::size_t>> project_extra;
    for (const char* n : {"start_date", "end_date", "end_year", "duration", "max_contribution", "total_cost"}) {
      if (const auto c = table_.column(n)) project_extra.emplace_back(n, *c);
    }
    for (std::size_t ri = 0; ri < table_.rows.size(); ++ri) {
      const auto& row = table_.rows[ri];
      const auto rcn = std::string(trim(row.fields[*c_rcn]));
      const auto pic = std::string(trim(row.fields[*c_pic]));
      if (is_na(rcn) || is_na(pic)) {
        report(row, is_na(rcn) ? c_rcn : c_pic, DiagnosticKind::missing_value, Severity::error,
               std::string(is_na(rcn) ? "project rcn" : "organisation pic") + " is empty; the row is skipped",
               "every participation row needs rcn and pic");
        reject_row(row);
        continue;
      }
      const auto role = cordis_role(row.fields[*c_role]);
      if (!role) {
        report(row, c_role, DiagnosticKind::invalid_role, Severity::error,
               "role \"" + row.fields[*c_role] + "\" is not a CORDIS role; the row is skipped",
               "expected coordinator, participant or partner");
        reject_row(row);
        continue;
      }
      const auto start_year = year(row, c_year);
      // Project.
      const auto [pit, new_project] = project_index_.try_emplace(rcn, projects_.size());
      const std::size_t project_i = pit->second;
      if (new_project) {
        model::Initiative x;
        x.id = rcn;
        x.kind = model::InitiativeKind::project;
        x.start_year = start_year;
        for (const auto& [name, col] : project_extra) {
          if (!is_na(row.fields[col])) x.extra.emplace_back(name, row.fields[col]);
        }
        projects_.push_back({std::move(x), row.line});
      } else {
        const auto& first = projects_[project_i];
        if (first.initiative.start_year != start_year) {
          report(row, c_year, DiagnosticKind::invalid_number, Severity::warning,
                 "project " + rcn + " has start_year " + field(row, c_year) + " here but a different one at line " +
                     std::to_string(first.line) + "; the first is kept",
                 "a project has one start year");
        }
      }
      // Organisation.
      const auto type_text = field(row, c_type);
      auto type = activity_type(type_text);
      if (!type) {
        report(row, c_type, DiagnosticKind::invalid_type, Severity::warning,
               "activity type \"" + type_text + "\" is not one of PRC, PUB, REC, HES, OTH; type set to other",
               "CORDIS activity types: PRC company, PUB public body, REC research, HES higher education, OTH other");
        type = OrganisationType::other;
      }
      const bool hes = lower(trim(type_text)) == "hes";
      const auto cc = country(row, c_country);
      model::Organisation extra;
      if (c_group && !is_na(row.fields[*c_group])) extra.extra.emplace_back("country_group", row.fields[*c_group]);
      const auto org_i = note_organisation(row, pic, *type, hes, c_type, cc, c_country, std::move(extra), {});
      // Participation.
      model::ParticipationRecord p;
      p.initiative_id = rcn;
      p.organisation_id = pic;
      p.role = *role;
      p.year = start_year;
      p.contribution_eur = amount(row, c_contrib);
      note_participation(row, ri, project_i, org_i, std::move(p), c_pic);
      if (*role == model::Role::coordinator) {
        auto& x = projects_[project_i].initiative;
        if (x.lead_organisation_id.empty()) x.lead_organisation_id = pic;
      }
    }
    names_available_ = false;
  }

  // ------------------------------------------------------------------ layout 2: organization.csv export

  void load_export() {
    const auto c_project = table_.column("projectID");
    const auto c_acronym = table_.column("projectAcronym");
    const auto c_org = table_.column("organisationID");
    const auto c_name = table_.column("name");
    const auto c_type = table_.column("activityType");
    const auto c_city = table_.column("city");
    const auto c_country = table_.column("country");
    const auto c_url = table_.column("organizationURL");
    const auto c_role = table_.column("role");
    const auto c_contrib = table_.column_any({"ecContribution", "netEcContribution"});
    const auto c_rcn = table_.column("rcn");
    std::vector<std::pair<std::string, std::size_t>> org_extra;
    for (const char* n : {"shortName", "vatNumber", "SME", "street", "postCode", "city", "nutsCode",
                          "geolocation", "organizationURL"}) {
      if (const auto c = table_.column(n)) org_extra.emplace_back(n, *c);
    }
    for (std::size_t ri = 0; ri < table_.rows.size(); ++ri) {
      const auto& row = table_.rows[ri];
      const auto project = std::string(trim(row.fields[*c_project]));
      const auto org_id = std::string(trim(row.fields[*c_org]));
      if (project.empty() || org_id.empty()) {
        report(row, project.empty() ? c_project : c_org, DiagnosticKind::missing_value, Severity::error,
               std::string(project.empty() ? "projectID" : "organisationID") + " is empty; the row is skipped",
               "every row needs projectID and organisationID");
        reject_row(row);
        continue;
      }
      std::optional<model::Role> role = model::Role::partner;
      if (c_role) {
        role = cordis_role(row.fields[*c_role]);
        if (!role) {
          report(row, c_role, DiagnosticKind::invalid_role, Severity::error,
                 "role \"" + row.fields[*c_role] + "\" is not a CORDIS role; the row is skipped",
                 "expected coordinator, participant, partner, thirdParty, associatedPartner or "
                 "internationalPartner");
          reject_row(row);
          continue;
        }
      }
      const auto [pit, new_project] = project_index_.try_emplace(project, projects_.size());
      const std::size_t project_i = pit->second;
      if (new_project) {
        model::Initiative x;
        x.id = project;
        x.name = field(row, c_acronym);
        x.kind = model::InitiativeKind::project;
        if (c_rcn && !row.fields[*c_rcn].empty()) x.extra.emplace_back("rcn", row.fields[*c_rcn]);
        projects_.push_back({std::move(x), row.line});
      }
      const auto type_text = field(row, c_type);
      auto type = activity_type(type_text);
      if (!type) {
        if (!type_text.empty()) {
          report(row, c_type, DiagnosticKind::invalid_type, Severity::warning,
                 "activity type \"" + type_text + "\" is not one of PRC, PUB, REC, HES, OTH; type set to other",
                 "CORDIS activity types: PRC company, PUB public body, REC research, HES higher education, OTH other");
        }
        type = OrganisationType::other;
      }
      const bool hes = lower(trim(type_text)) == "hes";
      const auto cc = country(row, c_country);
      model::Organisation extra;
      extra.name = field(row, c_name);
      if (cc == "NL" || cc.empty()) extra.location.municipality = field(row, c_city);
      for (const auto& [n, col] : org_extra) {
        if (!row.fields[col].empty()) extra.extra.emplace_back(n, row.fields[col]);
      }
      const auto org_i =
          note_organisation(row, org_id, *type, hes, c_type, cc, c_country, std::move(extra), field(row, c_url));
      model::ParticipationRecord p;
      p.initiative_id = project;
      p.organisation_id = org_id;
      p.role = *role;
      p.contribution_eur = amount(row, c_contrib);
      note_participation(row, ri, project_i, org_i, std::move(p), c_org);
      if (*role == model::Role::coordinator) {
        auto& x = projects_[project_i].initiative;
        if (x.lead_organisation_id.empty()) x.lead_organisation_id = org_id;
      }
    }
    names_available_ = true;
  }

  // ------------------------------------------------------------------ into the builder

  /// The HES split for Dutch organisations (docs/cordis.md, "Higher education: university or hogeschool").
  OrganisationType dutch_hes_type(const PendingOrganisation& p) const {
    if (find_known_pic(p.org.pic) != nullptr) return OrganisationType::university;
    if (names_available_) {
      if (const auto t = dutch_institution_type_from_name(p.org.name)) return *t;
      return OrganisationType::hogeschool;
    }
    return p.rows >= kUniversityParticipationThreshold ? OrganisationType::university
                                                       : OrganisationType::hogeschool;
  }

  void add_all() {
    for (auto& [x, line] : projects_) builder_.add_initiative(std::move(x), {table_.file, line});
    check_fail();
    for (auto& p : orgs_) {
      if (p.hes && p.org.location.country == "NL") p.org.type = dutch_hes_type(p);
      if (p.org.name.empty()) {
        const auto* known = find_known_pic(p.org.pic);
        p.org.name = known != nullptr ? std::string(known->name) : "PIC " + p.org.pic;
      }
      const std::string id = p.org.id;
      const std::string municipality = p.org.location.municipality;
      if (builder_.add_organisation(std::move(p.org), {table_.file, p.line})) {
        if (const auto i = builder_.organisation_index(id)) {
          if (*i >= websites_.size()) websites_.resize(*i + 1);
          websites_[*i] = p.website;
          // The organisation's first row, for a municipality the --municipalities table does not know.
          auto& where = municipality_sources_.organisations;
          if (*i >= where.size()) where.resize(*i + 1);
          if (where[*i].line == 0 && !municipality.empty()) where[*i] = {table_.file, p.line, 0, {}, municipality};
        }
      }
    }
    check_fail();
    for (const auto& p : parts_) {
      const auto before = result_.diagnostics.items().size();
      if (builder_.add_participation(p.record, {table_.file, p.line})) {
        ++file_.rows_kept;
      } else {
        ++file_.rows_rejected;
        const auto& items = result_.diagnostics.items();
        std::string reason = "rejected";
        for (std::size_t i = before; i < items.size(); ++i) {
          if (items[i].severity == Severity::error) {
            reason = items[i].format();
            break;
          }
        }
        result_.rejects.push_back(RejectedRow{table_.file, p.line, table_.raw(table_.rows[p.row]), reason});
      }
      check_fail();
    }
    websites_.resize(builder_.num_organisations());
  }

  struct PendingProject {
    model::Initiative initiative;
    std::size_t line = 0;
  };

  const ImportOptions& options_;
  ImportResult result_;
  model::GraphBuilder builder_;
  CsvTable table_;
  FileSummary file_;
  std::size_t checked_ = 0;
  bool names_available_ = false;
  std::vector<PendingProject> projects_;
  std::unordered_map<std::string, std::size_t> project_index_;
  std::vector<PendingOrganisation> orgs_;
  std::unordered_map<std::string, std::size_t> org_index_;
  std::vector<PendingParticipation> parts_;
  std::unordered_map<std::uint64_t, std::size_t> pair_first_;  ///< (project << 32 | organisation) -> part
  std::vector<std::string> websites_;
  MunicipalitySources municipality_sources_;  // first row of each organisation with a municipality
};

}  // namespace

ImportResult import_cordis(const std::string& path, const ImportOptions& options) {
  CordisLoader loader(options);
  return loader.run(path);
}

}  // namespace ppsnet::import
