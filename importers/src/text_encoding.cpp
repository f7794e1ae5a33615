#include "ppsnet/import/text_encoding.hpp"

#include <iconv.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <stdexcept>

namespace ppsnet::import {

namespace {

// Unicode code points of the Windows-1252 bytes 0x80..0x9F (0 = undefined in Windows-1252).
// Source: the Unicode Consortium's mapping table cp1252.txt.
constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80..87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88..8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90..97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98..9F
};

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes one code point of valid UTF-8 at s[i]; advances i.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { ++i; return b0; }
  int len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
  char32_t cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

// Windows-1252 byte for a code point, or -1.
int cp1252_byte(char32_t cp) {
  if (cp < 0x100) return static_cast<int>(cp);
  for (std::size_t k = 0; k < kCp1252High.size(); ++k)
    if (kCp1252High[k] == cp) return static_cast<int>(0x80 + k);
  return -1;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) { ++i; continue; }
    int len;
    char32_t min;
    char32_t cp;
    if ((b0 & 0xE0) == 0xC0) { len = 2; min = 0x80; cp = b0 & 0x1F; }
    else if ((b0 & 0xF0) == 0xE0) { len = 3; min = 0x800; cp = b0 & 0x0F; }
    else if ((b0 & 0xF8) == 0xF0) { len = 4; min = 0x10000; cp = b0 & 0x07; }
    else return false;
    if (i + static_cast<std::size_t>(len) > n) return false;
    for (int k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

std::string_view strip_utf8_bom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

bool has_utf16_bom(std::string_view s) {
  return s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'));
}

std::string windows1252_to_utf8(std::string_view s) {
  iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv cannot convert WINDOWS-1252 to UTF-8");
  std::string out;
  out.reserve(s.size() + s.size() / 8 + 16);
  std::array<char, 4096> buf{};
  char* in = const_cast<char*>(s.data());  // iconv's signature takes char**; it does not write the input
  std::size_t in_left = s.size();
  while (in_left > 0) {
    char* o = buf.data();
    std::size_t o_left = buf.size();
    const std::size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
    out.append(buf.data(), static_cast<std::size_t>(o - buf.data()));
    if (rc == static_cast<std::size_t>(-1)) {
      if (errno == E2BIG) continue;
      // EILSEQ/EINVAL: a byte undefined in Windows-1252 -> read it as Latin-1.
      append_utf8(out, static_cast<unsigned char>(*in));
      ++in;
      --in_left;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
  }
  iconv_close(cd);
  return out;
}

std::optional<std::string> repair_double_utf8(std::string_view s) {
  bool any_high = false;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) { any_high = true; break; }
  if (!any_high) return std::nullopt;
  std::string bytes;
  bytes.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const int b = cp1252_byte(next_code_point(s, i));
    if (b < 0) return std::nullopt;
    bytes += static_cast<char>(b);
  }
  bool multi = false;
  for (char c : bytes)
    if (static_cast<unsigned char>(c) >= 0x80) { multi = true; break; }
  if (!multi || !is_valid_utf8(bytes) || bytes == s) return std::nullopt;
  return bytes;
}

DecodedText decode_to_utf8(std::string_view bytes) {
  DecodedText d;
  const std::string_view body = strip_utf8_bom(bytes);
  d.had_bom = body.size() != bytes.size();
  if (is_valid_utf8(body)) {
    d.text.assign(body);
  } else {
    d.text = windows1252_to_utf8(body);
    d.converted = true;
  }
  return d;
}

}  // namespace ppsnet::import
