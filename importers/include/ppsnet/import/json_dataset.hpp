#pragma once
// Format v1 as one JSON file: {"initiatives": [...], "organisations": [...], "participations": [...]},
// each array holding objects with the format v1 field names (docs/formats.md, "JSON form").
#include <string>
#include <string_view>

#include "ppsnet/import/import.hpp"

namespace ppsnet::import {

/// Reads a format v1 JSON file with RapidJSON. Values: strings as they are (trimmed; "", "NA", "N/A",
/// "NULL" and null are missing); numbers as their source text (so ids 17 and "17" are the same id and
/// no precision is lost); true/false as text; `sectors` may be an array of strings or a '|'-separated
/// string; other arrays and objects are kept as compact JSON text in ExtraAttributes. Field names are
/// compared case-insensitively. The record rules are V1Loader's (v1.hpp); diagnostics carry the line of
/// the object's opening brace (column 0) and rejects hold the object's JSON text.
/// Throws model::InvalidInput: file cannot be read (io-error); a JSON syntax error (malformed-json with
/// line:column of RapidJSON's error offset, column counted in characters); the root is not an object or
/// one of the three keys is missing or not an array (malformed-json); first error under OnError::fail.
/// An array element that is not an object is a malformed-json error for that element (rejected).
/// Time O(file size).
ImportResult import_json_dataset(const std::string& path, const ImportOptions& options);

/// The same for JSON text in memory; `display_name` is used as the file name in diagnostics.
ImportResult import_json_text(std::string_view text, std::string display_name, const ImportOptions& options);

}  // namespace ppsnet::import
