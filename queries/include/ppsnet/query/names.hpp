#pragma once
// Names of the enum values in requests: one list per enum, used to parse options (CLI, HTTP query strings,
// Python keyword arguments), to print them back and to write help texts, so a name is spelled in one place.
//
// A request enum E is given names by specialising EnumNames<E> next to E:
//   template <> struct EnumNames<Foo> { static constexpr std::array<NamedValue<Foo>, 2> values{{{"a", Foo::a}, {"b", Foo::b}}}; };
// The first name of a value is its canonical name; further entries with the same value are accepted aliases.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ppsnet::query {

template <class E>
struct NamedValue {
  std::string_view name;
  E value;
};

template <class E>
struct EnumNames;  // specialised per enum

/// Every (name, value) pair of E, canonical names first for each value. O(1).
template <class E>
constexpr std::span<const NamedValue<E>> names() {
  return std::span<const NamedValue<E>>(EnumNames<E>::values);
}

/// The canonical name of `value`; "" when it has none (a value outside the list). O(names).
template <class E>
constexpr std::string_view name_of(E value) {
  for (const auto& nv : names<E>())
    if (nv.value == value) return nv.name;
  return {};
}

/// The value named `name` (exact, case-sensitive match of a name or alias); nullopt otherwise. O(names).
template <class E>
constexpr std::optional<E> parse_name(std::string_view name) {
  for (const auto& nv : names<E>())
    if (nv.name == name) return nv.value;
  return std::nullopt;
}

/// The canonical names joined for help texts and error messages: "a, b or c". O(names).
template <class E>
std::string name_list(std::string_view last = " or ") {
  std::string out;
  std::size_t count = 0, total = 0;
  for (const auto& nv : names<E>())
    if (name_of(nv.value) == nv.name) ++total;
  for (const auto& nv : names<E>()) {
    if (name_of(nv.value) != nv.name) continue;  // an alias
    if (count > 0) out += count + 1 == total ? std::string(last) : std::string(", ");
    out += nv.name;
    ++count;
  }
  return out;
}

}  // namespace ppsnet::query
