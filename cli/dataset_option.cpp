#include "dataset_option.hpp"

#include <iostream>

#include "error_output.hpp"
#include "ppsnet/import/dataset.hpp"
#include "ppsnet/synth/katapult.hpp"

namespace ppsnet::cli {

void add_dataset_options(CLI::App& cmd, DatasetArgs& args) {
  cmd.add_option("DATASET", args.spec,
                 "the data: a format-v1 folder, a .json file, cordis:PATH (CORDIS table or organization.csv), "
                 "long:PATH (with --mapping), or builtin:katapult (the built-in Katapult-shaped dataset)")
      ->required();
  cmd.add_option("--on-error", args.on_error,
                 "what to do with bad rows: fail (stop at the first), skip (skip them, list the first 1000), "
                 "collect (skip them, list all)")
      ->check(CLI::IsMember({"fail", "skip", "collect"}))
      ->capture_default_str();
  cmd.add_option("--aliases", args.options.alias_file, "CSV alias,canonical_id: other spellings of an organisation")
      ->check(CLI::ExistingFile);
  cmd.add_option("--municipalities", args.options.municipality_table,
                 "CBS municipality -> COROP -> province table (fills in regions from municipality names)")
      ->check(CLI::ExistingFile);
  cmd.add_option("--duo", args.options.duo_register, "DUO register of hogescholen and universities (Latin-1 CSV)")
      ->check(CLI::ExistingFile);
  cmd.add_option("--mapping", args.options.mapping_file, "column mapping file for long:PATH datasets")
      ->check(CLI::ExistingFile);
}

import::ImportResult load(const DatasetArgs& args, bool verbose) {
  import::ImportOptions opt = args.options;
  opt.on_error = args.on_error == "fail" ? import::OnError::fail
                 : args.on_error == "skip" ? import::OnError::skip
                                           : import::OnError::collect;
  import::ImportResult result;
  if (args.spec.rfind("builtin:", 0) == 0) {
    const std::string name = args.spec.substr(8);
    if (name != "katapult")
      throw model::InvalidInput("unknown built-in dataset \"" + name + "\" (the built-in dataset is builtin:katapult)");
    if (!opt.mapping_file.empty()) {
      model::Diagnostic d;
      d.kind = model::DiagnosticKind::mapping_error;
      d.file = opt.mapping_file;
      d.message = "a column mapping file (--mapping) only applies to long:PATH datasets; the built-in dataset is "
                  "generated, so the mapping would be ignored";
      d.hint = "remove --mapping";
      throw model::InvalidInput(d);
    }
    synth::KatapultOptions ko;
    result.graph = synth::generate_katapult(ko, result.diagnostics);
    result.source = "built-in synthetic Katapult-shaped dataset (seed " + std::to_string(ko.seed) +
                    "; see docs/generator.md)";
  } else {
    result = import::load_dataset(args.spec, opt);
  }
  if (verbose) {
    std::size_t shown = 0;
    for (const auto& d : result.diagnostics.items()) {
      if (++shown > 20) break;
      print_diagnostic(d);
    }
    const std::size_t total = result.diagnostics.error_count() + result.diagnostics.warning_count();
    if (total > 20) print_note("... " + std::to_string(total - 20) + " more problems (see diagnostics.txt)");
  }
  return result;
}

}  // namespace ppsnet::cli
