#include "ppsnet/output/report_html.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "ppsnet/output/report.hpp"
#include "ppsnet/query/analysis.hpp"
#include "unit/exporters/fixture.hpp"

using namespace ppsnet;

namespace {

std::string html_of(const std::string& md, const std::string& title = "t") {
  std::ostringstream out;
  output::write_report_html(out, md, title);
  return out.str();
}

}  // namespace

// CommonMark spec examples, written out by hand: a GFM table becomes <table>; raw HTML is not passed through in
// the default (safe) mode; backslash-escaped punctuation is literal text.
TEST(ReportHtml, TablesHeadingsAndSafeMode) {
  const std::string h = html_of("# Title\n\n| a | b |\n|---|---:|\n| 1 | 2 |\n\nx <script>alert(1)</script> y\n\n\\*not emphasis\\*\n",
                                "A & <B>");
  EXPECT_NE(h.find("<title>A &amp; &lt;B&gt;</title>"), std::string::npos);
  EXPECT_NE(h.find("<h1>Title</h1>"), std::string::npos);
  EXPECT_NE(h.find("<table>"), std::string::npos);
  EXPECT_NE(h.find("<td align=\"right\">2</td>"), std::string::npos) << h;
  EXPECT_EQ(h.find("<script>"), std::string::npos);
  EXPECT_NE(h.find("*not emphasis*"), std::string::npos);
  EXPECT_EQ(h.find("<em>"), std::string::npos);
}

// The whole chain on the fixture whose names hold '<script>', '&', '|', '\' and newlines: every name reaches
// report.html as text (escaped), none as markup.
TEST(ReportHtml, NamesFromTheDataStayText) {
  const auto g = test::fixture_graph();
  const auto r = query::analyse(g);
  output::ReportContext ctx;
  ctx.dataset = "fixture";
  std::ostringstream md;
  output::write_report_md(md, g, r, ctx);
  const std::string h = html_of(md.str());
  EXPECT_EQ(h.find("<script>"), std::string::npos);
  EXPECT_NE(h.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  // "R&D &amp; Partners" is shown literally: the '&' of "&amp;" is escaped again, not read as an entity.
  EXPECT_NE(h.find("R&amp;D &amp;amp; Partners: Port 80"), std::string::npos);
  // "Back\slash & Co<newline>Line two": the backslash survives, the newline becomes a space.
  EXPECT_NE(h.find("Back\\slash &amp; Co Line two"), std::string::npos);
}
