#pragma once
// Options whose values are request enums: the names come from the query's one list (query::EnumNames), which
// also makes the help text ({a,b,c}) and the error for an unknown name, so no option spells a name itself.
#include <CLI/CLI.hpp>

#include <string>
#include <type_traits>
#include <vector>

#include "ppsnet/query/names.hpp"

namespace ppsnet::cli {

/// A CLI11 validator that turns a name of E into E's number (which CLI11 then stores in the enum) and rejects
/// other text with "NAME is not one of a, b or c". Its description is "{a,b,c}".
template <class E>
CLI::Validator enum_names() {
  std::string braces;
  for (const auto& nv : query::names<E>()) braces += (braces.empty() ? "{" : ",") + std::string(nv.name);
  braces += "}";
  return CLI::Validator(
      [](std::string& input) -> std::string {
        if (const auto e = query::parse_name<E>(input)) {
          input = std::to_string(static_cast<std::underlying_type_t<E>>(*e));
          return {};
        }
        return "\"" + input + "\" is not one of " + query::name_list<E>();
      },
      braces);
}

/// --name for one enum value; the default shown is the name of the value `target` holds.
template <class E>
CLI::Option* add_enum_option(CLI::App& cmd, const std::string& flags, E& target, const std::string& description) {
  return cmd.add_option(flags, target, description)
      ->transform(enum_names<E>())
      ->default_str(std::string(query::name_of(target)));
}

/// --name for a list of enum values (repeat the option or separate by commas).
template <class E>
CLI::Option* add_enum_option(CLI::App& cmd, const std::string& flags, std::vector<E>& target,
                             const std::string& description) {
  std::string shown;
  for (E e : target) shown += (shown.empty() ? "" : ",") + std::string(query::name_of(e));
  return cmd.add_option(flags, target, description)->delimiter(',')->transform(enum_names<E>())->default_str(shown);
}

}  // namespace ppsnet::cli
