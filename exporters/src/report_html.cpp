#include "ppsnet/output/report_html.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "text.hpp"

namespace ppsnet::output {
namespace {

constexpr const char* kStyle = R"(body{font-family:Helvetica,Arial,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;
color:#222;line-height:1.45}
h1,h2,h3{line-height:1.2}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:1em 0;font-size:.92em}th,td{border:1px solid #ccc;padding:.3em .6em;
vertical-align:top}th{background:#f3f3f3}tr:nth-child(even) td{background:#fafafa}
img{max-width:100%;height:auto;border:1px solid #eee}code{background:#f3f3f3;padding:0 .2em}
)";

}  // namespace

void write_report_html(std::ostream& out, const std::string& markdown, const std::string& title) {
  cmark_gfm_core_extensions_ensure_registered();
  std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(CMARK_OPT_DEFAULT),
                                                                       &cmark_parser_free);
  cmark_syntax_extension* table = cmark_find_syntax_extension("table");
  if (!parser || !table) throw std::runtime_error("report.html: the Markdown converter could not start");
  cmark_parser_attach_syntax_extension(parser.get(), table);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(cmark_parser_finish(parser.get()), &cmark_node_free);
  if (!doc) throw std::runtime_error("report.html: the Markdown converter failed");
  std::unique_ptr<char, decltype(&std::free)> html(
      cmark_render_html(doc.get(), CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser.get())), &std::free);
  if (!html) throw std::runtime_error("report.html: the Markdown converter failed");
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << detail::html_escape(title) << "</title>\n<style>\n" << kStyle << "</style>\n</head>\n<body>\n"
      << html.get() << "</body>\n</html>\n";
}

}  // namespace ppsnet::output
