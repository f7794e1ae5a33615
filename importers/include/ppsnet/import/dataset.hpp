#pragma once
// One entry point for every dataset a user can name on the command line.
#include <string>

#include "ppsnet/import/import.hpp"

namespace ppsnet::import {

/// Loads a dataset named by `spec`:
///   a folder                -> format v1 (initiatives.csv, organisations.csv, participations.csv)
///   a file ending in .json  -> format v1 JSON
///   cordis:PATH             -> import_cordis
///   long:PATH               -> one-row-per-participation CSV, read through options.mapping_file
/// Throws model::InvalidInput when the spec names nothing readable (with a hint), when options.mapping_file is
/// set for a form other than long: (error mapping-error: the mapping would be ignored), or on the first error
/// under OnError::fail.
ImportResult load_dataset(const std::string& spec, const ImportOptions& options);

}  // namespace ppsnet::import
