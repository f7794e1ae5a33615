#pragma once
// Common types of all importers: options, the per-file row summary, the result.
#include <cstddef>
#include <string>
#include <vector>

#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::import {

/// What to do with a row that has an error: stop at the first (fail: throws model::InvalidInput with the
/// diagnostic), skip it and keep going but list only the first `max_listed` (skip), or skip it and list all (collect).
enum class OnError { fail, skip, collect };

struct ImportOptions {
  OnError on_error = OnError::collect;
  std::size_t max_listed = 1000;      ///< for OnError::skip
  std::string alias_file;             ///< CSV alias,canonical_id (optional)
  std::string municipality_table;     ///< CBS gemeente -> COROP -> province CSV (optional; fills corop/province)
  std::string duo_register;           ///< DUO hbo/wo register CSV (optional; enriches institutions)
  std::string mapping_file;           ///< column mapping for the "long" CSV layout
};

/// Row counts of one input file.
struct FileSummary {
  std::string file;
  std::size_t rows_read = 0, rows_kept = 0, rows_rejected = 0, rows_merged = 0;
};

/// A rejected input row, as it was (UTF-8), with the reason; written to a rejects file on request.
struct RejectedRow {
  std::string file;
  std::size_t line = 0;
  std::string raw;     ///< the row's fields joined with the file's delimiter (or the JSON object text)
  std::string reason;  ///< the first diagnostic's formatted text
};

struct ImportResult {
  model::PartnerGraph graph;
  model::Diagnostics diagnostics;
  model::BuildSummary build;
  std::vector<FileSummary> files;
  std::vector<RejectedRow> rejects;
  std::string source;  ///< human description of what was read, e.g. "CORDIS table cordis_h2020....csv"
};

}  // namespace ppsnet::import
