#pragma once
// Options whose values are request enums: the names come from the query's one list (query::EnumNames), which
// also makes the help text ({a,b,c}) and the error for an unknown name, so no option spells a name itself.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "ppsnet/query/names.hpp"

namespace ppsnet::cli {

/// A CLI11 validator that accepts the names of E (aliases included) and rejects other text with
/// "NAME is not one of a, b or c". Its description is "{a,b,c}" (the canonical names).
template <class E>
CLI::Validator enum_names() {
  std::string braces;
  for (const auto& nv : query::names<E>())
    if (query::name_of(nv.value) == nv.name) braces += (braces.empty() ? "{" : ",") + std::string(nv.name);  // aliases unlisted
  braces += "}";
  return CLI::Validator(
      [](std::string& input) -> std::string {
        if (query::parse_name<E>(input)) return {};
        return "\"" + input + "\" is not one of " + query::name_list<E>();
      },
      braces);
}

/// --name for one enum value; the default shown is the name of the value `target` holds. The option stores
/// the parsed value in `target` (which must outlive the parse).
template <class E>
CLI::Option* add_enum_option(CLI::App& cmd, const std::string& flags, E& target, const std::string& description) {
  return cmd
      .add_option_function<std::string>(
          flags, [&target](const std::string& name) { target = *query::parse_name<E>(name); }, description)
      ->check(enum_names<E>())
      ->type_name("ENUM")
      ->default_str(std::string(query::name_of(target)));
}

/// --name for a list of enum values (repeat the option or separate by commas).
template <class E>
CLI::Option* add_enum_option(CLI::App& cmd, const std::string& flags, std::vector<E>& target,
                             const std::string& description) {
  std::string shown;
  for (E e : target) shown += (shown.empty() ? "" : ",") + std::string(query::name_of(e));
  return cmd
      .add_option_function<std::vector<std::string>>(
          flags,
          [&target](const std::vector<std::string>& names) {
            target.clear();
            for (const auto& n : names) target.push_back(*query::parse_name<E>(n));
          },
          description)
      ->delimiter(',')
      ->check(enum_names<E>())
      ->type_name("ENUM")
      ->default_str(shown);
}

}  // namespace ppsnet::cli
