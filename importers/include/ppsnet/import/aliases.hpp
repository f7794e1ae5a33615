#pragma once
// Alias table: a CSV with columns alias, canonical_id (any order, any delimiter the CSV reader detects).
// Each row says that `alias` (another organisation id, or a name as written in some source) is the
// organisation whose id is `canonical_id`; GraphBuilder then merges records that use the alias.
#include <cstddef>
#include <string>
#include <vector>

#include "ppsnet/import/import.hpp"
#include "ppsnet/model/graph_builder.hpp"

namespace ppsnet::import {

struct AliasLoad {
  std::size_t added = 0;              ///< aliases declared to the builder
  FileSummary summary;                ///< rows read / kept / rejected
  std::vector<RejectedRow> rejects;   ///< rows without alias or canonical_id, and malformed rows
};

/// Reads the alias table at `path` and calls builder.add_alias(alias, canonical_id) for each row, in file
/// order (a later row for the same alias wins, as in GraphBuilder). The column `canonical_id` may also be
/// called `canonical` or `id`. A row with an empty alias or canonical_id is rejected (error missing-value).
/// Throws model::InvalidInput when the file cannot be read or a column is missing (missing-column).
/// Declare aliases before adding organisations. Time O(rows).
AliasLoad load_aliases(const std::string& path, model::GraphBuilder& builder, model::Diagnostics& diagnostics);

}  // namespace ppsnet::import
