#include "ppsnet/query/text_format.hpp"

#include <cstdio>

namespace ppsnet::query {

std::string thousands(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string count_of(std::size_t n, const std::string& singular, const std::string& plural) {
  return thousands(n) + " " + (n == 1 ? singular : plural);
}

std::string fixed(double x, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, x);
  return buf;
}

}  // namespace ppsnet::query
