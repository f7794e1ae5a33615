#pragma once
// Rejects file: every rejected input row, so that users can fix and re-import them.
#include <string>

#include "ppsnet/import/import.hpp"

namespace ppsnet::import {

/// Writes result.rejects to `path` as UTF-8 CSV (comma-separated, LF line ends, RFC 4180 quoting) with the
/// header `file,line,reason,raw`, one row per rejected record in the order they were found. `raw` is the
/// record as read (a CSV row with its own delimiter, or a JSON object's text). An empty list gives just
/// the header. Throws model::InvalidInput when the file cannot be written. Time O(total size).
void write_rejects(const ImportResult& result, const std::string& path);

/// The same CSV text, for tests and for writing to a stream.
std::string rejects_csv(const ImportResult& result);

}  // namespace ppsnet::import
