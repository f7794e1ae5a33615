#pragma once
// report.html: the analyze report (report.md) as one web page, for readers who open files in a browser.
#include <ostream>
#include <string>

namespace ppsnet::output {

/// Writes an HTML5 page: `title` (escaped) as <title> and the CommonMark rendering of `markdown` as the body, with
/// a small built-in style sheet (readable tables, pictures scaled to the page width). Pictures and links in the
/// Markdown stay relative, so the page works offline next to the files it shows.
/// Converter: libcmark-gfm (GitHub's CommonMark, Debian libcmark-gfm-dev) with its table extension and
/// CMARK_OPT_DEFAULT, i.e.
/// "safe" mode: raw HTML in the Markdown is not passed through and javascript:/vbscript:/file:/data: links are
/// dropped, so text from the data can never become markup or script. (report.md itself backslash-escapes
/// Markdown's special characters in names; see write_report_md.)
/// Throws std::runtime_error when libcmark-gfm fails (out of memory). O(size of markdown).
void write_report_html(std::ostream& out, const std::string& markdown, const std::string& title);

}  // namespace ppsnet::output
