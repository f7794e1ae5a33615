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
/// Text for a picture: at most max_bytes bytes, cut at a UTF-8 character boundary, "…" appended when cut (keeps
/// Graphviz fast and pictures readable whatever the data holds: a 5 MB name would take minutes to lay out).
std::string shorten(const std::string& s, std::size_t max_bytes);
/// Natural order for labels: runs of digits compare by value ("community 2" < "community 10"), the rest by byte.
bool natural_less(const std::string& a, const std::string& b);

}  // namespace ppsnet::query
