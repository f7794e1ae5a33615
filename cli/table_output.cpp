#include "table_output.hpp"

#include <iostream>

#include "commands.hpp"
#include "error_output.hpp"

namespace ppsnet::cli {

int print_tables(std::span<const query::Table> tables, query::TableFormat format) {
  query::write_tables(std::cout, tables, format);
  std::cout.flush();
  if (!std::cout) {
    print_error("output", kIoError, "cannot write the output");
    return kIoError;
  }
  return kOk;
}

}  // namespace ppsnet::cli
