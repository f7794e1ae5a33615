#pragma once
// Printing the table commands' results (levels, reach, mix, centrality, similar, ...): one place for the
// --format option and for the checked write to stdout.
#include <CLI/CLI.hpp>
#include <span>
#include <string>

#include "ppsnet/query/impact_table.hpp"

namespace ppsnet::cli {

/// Writes `tables` to stdout in `format` (the --format enum option, cli/enum_option.hpp) and
/// flushes. Returns kOk, or kIoError after a message on stderr when stdout cannot be written (closed pipe,
/// full disk).
int print_tables(std::span<const query::Table> tables, query::TableFormat format);

}  // namespace ppsnet::cli
