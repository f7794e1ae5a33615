#pragma once
// Internal helpers shared by the exporters (not installed, not part of the public API).
#include <string>
#include <string_view>

namespace ppsnet::output::detail {

/// Returns `s` as valid UTF-8 without C0 control characters other than tab, LF and CR: every byte that does
/// not start a well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates, <= U+10FFFF), and every other
/// control character (U+0000..U+001F, U+007F), becomes U+FFFD. O(|s|).
std::string sanitise_utf8(std::string_view s);

/// Shortest decimal text that reads back to exactly `x` (std::to_chars round-trip form, e.g. "0.1", "2",
/// "1e-07"). Precondition: x is finite.
std::string shortest_number(double x);

/// `x` in fixed notation with at most `decimals` digits after the point, trailing zeros (and a trailing point)
/// removed: fixed_number(0.25, 4) == "0.25", fixed_number(2, 4) == "2". Precondition: x is finite.
std::string fixed_number(double x, int decimals);

/// Text for HTML element content or a quoted attribute value: & < > " ' written as &amp; &lt; &gt; &quot; &#39;.
/// O(|s|).
std::string html_escape(std::string_view s);

}  // namespace ppsnet::output::detail
