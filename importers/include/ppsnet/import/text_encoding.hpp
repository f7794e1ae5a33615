#pragma once
// Text encodings met in real-world CSV exports: UTF-8 (with or without BOM), Windows-1252 / Latin-1
// (Excel in a Dutch locale) and double-encoded UTF-8 ("mojibake": UTF-8 bytes read as Windows-1252 and
// saved again as UTF-8, e.g. "CommerciÃ«le" for "Commerciële"). Pure functions, no I/O.
#include <optional>
#include <string>
#include <string_view>

namespace ppsnet::import {

/// True when `s` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF).
/// O(n).
bool is_valid_utf8(std::string_view s);

/// `s` without a leading UTF-8 byte order mark (EF BB BF); unchanged when there is none.
std::string_view strip_utf8_bom(std::string_view s);

/// True when `s` starts with a UTF-16 byte order mark (FF FE or FE FF), which ppsnet does not read.
bool has_utf16_bom(std::string_view s);

/// Converts Windows-1252 text to UTF-8 with glibc iconv ("WINDOWS-1252" -> "UTF-8"). The five bytes that
/// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are read as Latin-1 (U+0081 ...), so every
/// byte string converts and Latin-1 text (which differs from Windows-1252 only in 0x80..0x9F) is read
/// correctly for all printable characters. Throws std::runtime_error only if iconv itself is unavailable.
/// O(n).
std::string windows1252_to_utf8(std::string_view s);

/// Repairs double-encoded UTF-8. Every code point of `s` is mapped back to its Windows-1252 byte
/// (U+0000..U+00FF to the same byte, U+20AC -> 0x80, U+2018 -> 0x91, ... for the 27 Windows-1252
/// specials); when all map and the resulting bytes are valid UTF-8 that contain at least one multi-byte
/// sequence, those bytes are the repaired text. Returns nullopt when `s` is not mojibake (plain ASCII,
/// ordinary accented text such as "Commerciële", or text with characters outside Windows-1252).
/// `s` must be valid UTF-8. O(n).
std::optional<std::string> repair_double_utf8(std::string_view s);

/// What decode_to_utf8 found.
struct DecodedText {
  std::string text;        ///< UTF-8, without BOM
  bool had_bom = false;    ///< a UTF-8 BOM was stripped
  bool converted = false;  ///< input was not valid UTF-8 and was converted from Windows-1252
};

/// Raw file bytes -> UTF-8: strips a UTF-8 BOM; if the rest is not valid UTF-8 converts it from
/// Windows-1252 (see windows1252_to_utf8). Does not check for UTF-16 (see has_utf16_bom). O(n).
DecodedText decode_to_utf8(std::string_view bytes);

}  // namespace ppsnet::import
