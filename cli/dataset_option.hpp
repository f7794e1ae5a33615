#pragma once
// Shared by every subcommand that reads a dataset: the DATASET argument and the import options.
#include <CLI/CLI.hpp>
#include <string>

#include "ppsnet/import/import.hpp"

namespace ppsnet::cli {

struct DatasetArgs {
  std::string spec;                 ///< folder, .json, cordis:PATH, long:PATH, builtin:katapult
  std::string on_error = "collect";
  std::string rejects;              ///< rejects file (default: none, analyze writes DIR/rejects.csv)
  import::ImportOptions options;
};

/// Adds DATASET and --on-error/--aliases/--municipalities/--duo/--mapping to a subcommand.
void add_dataset_options(CLI::App& cmd, DatasetArgs& args);

/// Loads the dataset (generating builtin:katapult in memory). Prints a one-line summary and the first
/// diagnostics to stderr. Throws model::InvalidInput on unusable input.
import::ImportResult load(const DatasetArgs& args, bool verbose);

}  // namespace ppsnet::cli
