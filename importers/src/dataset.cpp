// load_dataset: one entry point for every dataset spec (see dataset.hpp).
#include "ppsnet/import/dataset.hpp"

#include <filesystem>

#include "ppsnet/import/cordis.hpp"
#include "ppsnet/import/json_dataset.hpp"
#include "ppsnet/import/long_csv.hpp"
#include "ppsnet/import/v1.hpp"

namespace ppsnet::import {

namespace {

constexpr const char* kForms =
    "name a format v1 folder (initiatives.csv, organisations.csv, participations.csv), a .json file, "
    "cordis:PATH for a CORDIS table, or long:PATH for a one-row-per-participation CSV with a mapping file";

[[noreturn]] void not_readable(const std::string& spec, const std::string& message, const std::string& hint) {
  model::Diagnostic d;
  d.kind = model::DiagnosticKind::io_error;
  d.file = spec;
  d.message = message;
  d.hint = hint;
  throw model::InvalidInput(d);
}

void require_file(const std::string& path, const std::string& what) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (path.empty()) not_readable(what + ":", "no path after \"" + what + ":\"", kForms);
  if (!fs::exists(path, ec)) not_readable(path, "no such file", kForms);
  if (!fs::is_regular_file(path, ec)) not_readable(path, "not a file", std::string("after ") + what + ": name a CSV file");
}

// A mapping file names columns of a long CSV; for any other form it would silently do nothing.
void refuse_mapping(const std::string& spec, const ImportOptions& options, const std::string& form) {
  if (options.mapping_file.empty()) return;
  model::Diagnostic d;
  d.kind = model::DiagnosticKind::mapping_error;
  d.file = options.mapping_file;
  d.message = "a column mapping file (--mapping) only applies to long:PATH datasets (one row per participation); " +
              spec + " is " + form + ", which has fixed column names, so the mapping would be ignored";
  d.hint = form == std::string("a CORDIS table")
               ? "remove --mapping"
               : "remove --mapping, or rename the columns as docs/formats.md describes";
  throw model::InvalidInput(d);
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return same_name(s.substr(s.size() - suffix.size()), suffix);
}

}  // namespace

ImportResult load_dataset(const std::string& spec, const ImportOptions& options) {
  namespace fs = std::filesystem;
  if (spec.rfind("cordis:", 0) == 0) {
    const std::string path = spec.substr(7);
    require_file(path, "cordis");
    refuse_mapping(spec, options, "a CORDIS table");
    return import_cordis(path, options);
  }
  if (spec.rfind("long:", 0) == 0) {
    const std::string path = spec.substr(5);
    require_file(path, "long");
    return import_long_csv(path, options);
  }
  std::error_code ec;
  if (spec.empty()) not_readable("<empty>", "no dataset named", kForms);
  if (!fs::exists(spec, ec)) not_readable(spec, "no such file or folder", kForms);
  if (fs::is_directory(spec, ec)) {
    refuse_mapping(spec, options, "a format v1 folder");
    return import_v1_folder(spec, options);
  }
  if (ends_with_ci(spec, ".json")) {
    refuse_mapping(spec, options, "a format v1 JSON file");
    return import_json_dataset(spec, options);
  }
  if (ends_with_ci(spec, ".csv") || ends_with_ci(spec, ".csv.gz"))
    not_readable(spec, "a single CSV file is not a dataset by itself",
                 "write cordis:" + spec + " for a CORDIS table or long:" + spec +
                     " (with a mapping file) for one row per participation; a format v1 dataset is a folder");
  not_readable(spec, "not a dataset ppsnet can read", kForms);
}

}  // namespace ppsnet::import
