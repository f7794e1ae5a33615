#pragma once
// How the CLI reports problems on stderr: as text (default), or with --error-format json as JSON Lines, one
// object per line, so that a program can read them:
//   {"type":"diagnostic","severity":"error","kind":"unknown-organisation","file":"participations.csv","line":17,
//    "column":3,"column_name":"organisation_id","field":"X","message":"...","hint":"..."}
//   {"type":"error","category":"invalid-input","exit_code":2,"message":"...","parameter":"",
//    "diagnostics":[{...same fields...}]}
// Categories: those of ppsnet::Error (invalid-input, invalid-request, not-found, internal) plus "usage" (a bad
// command line), "output" (cannot write) and "internal". Exit codes: cli/commands.hpp. docs/guide.md.
#include <string>

#include "ppsnet/error.hpp"

namespace ppsnet::cli {

enum class ErrorFormat { text, json };

/// The format of this run (set from --error-format before the command runs).
ErrorFormat& error_format();

/// Finds --error-format json / --error-format=json anywhere in argv, so that even a command line CLI11 rejects
/// is reported in the asked format.
void scan_error_format(int argc, char** argv);

/// One diagnostic: its format() line (text) or a "diagnostic" object (json).
void print_diagnostic(const model::Diagnostic& d);

/// A note about the diagnostics, e.g. how many more there are: "ppsnet: TEXT" or {"type":"note","message":TEXT}.
void print_note(const std::string& text);

/// The error that ends the run: text "ppsnet: error: MESSAGE" (MESSAGE alone when it is a formatted diagnostic
/// line) plus `advice` on its own line when not empty; json an "error" object (advice left out). `parameter`: the
/// option at fault, "--name" (empty: none).
void print_error(const std::string& category, int exit_code, const std::string& message,
                 const std::string& parameter = {}, const std::vector<model::Diagnostic>& diagnostics = {},
                 const std::string& advice = {});

}  // namespace ppsnet::cli
