#pragma once
// Number formatting for text meant for people (reports, captions, tables). Locale-independent.
#include <cstddef>
#include <string>

namespace ppsnet::query {

/// 67322 -> "67,322".
std::string thousands(std::size_t n);
/// "1 community", "2 communities": the count in thousands() form and the right word.
std::string count_of(std::size_t n, const std::string& singular, const std::string& plural);
/// Fixed-point with `digits` decimals, '.' as the decimal point ("0.125").
std::string fixed(double x, int digits);
/// Shortest round-trip-free decimal for people: 0.05 -> "0.05", 0.1 -> "0.1", 2 -> "2" (up to 6 significant digits).
std::string short_number(double x);
/// Natural order for labels: runs of digits compare by value ("community 2" < "community 10"), the rest by byte.
bool natural_less(const std::string& a, const std::string& b);

}  // namespace ppsnet::query
