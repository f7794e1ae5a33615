#include "ppsnet/output/render.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "ppsnet/output/dot.hpp"
#include "unit/exporters/fixture.hpp"

using namespace ppsnet;

namespace {
bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::string what_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "(no exception)";
}
}  // namespace

// Debian 12 ships the layouts in libgvplugin_dot_layout / libgvplugin_neato_layout and svg in
// libgvplugin_core; png comes from libgvplugin_pango (cairo) or libgvplugin_gd. A failure here names the plugin
// package that is missing rather than failing later inside a render.
TEST(Render, GraphvizPluginsForOurLayoutsAndFormatsAreInstalled) {
  const auto layouts = output::available_layouts();
  for (const char* l : {"dot", "neato", "fdp", "sfdp"}) {
    EXPECT_TRUE(contains(layouts, l)) << "Graphviz layout plugin missing: " << l;
  }
  const auto formats = output::available_formats();
  for (const char* f : {"svg", "png", "pdf"}) {
    EXPECT_TRUE(contains(formats, f)) << "Graphviz output plugin missing: " << f;
  }
}

TEST(Render, SvgOfFixtureContainsEveryNameXmlEscaped) {
  const std::string svg = output::render_to_string(output::to_dot(test::fixture_diagram()), "svg", "sfdp");
  ASSERT_EQ(svg.rfind("<?xml", 0), 0u);
  // Expected texts: the fixture names with XML escaping (& -> &amp;, < -> &lt;, > -> &gt;, " -> &quot;) as in
  // Graphviz's SVG renderer; multi-line labels are one <text> element per line.
  for (const char* expected : {
           "Agenda 2030: &quot;Slimme&quot; Zorg",
           "Commerciële Dienstverlening &quot;Noord&quot;",
           "Zuyd Hogeschool",
           ">Back\\slash &amp; Co<",
           ">Line two<",
           "&lt;script&gt;alert(1)&lt;/script&gt;",
           ">Graph<",
           ">initiative<",
           "organisation &quot;org&quot;",
           "showing 7 of 7 nodes: &quot;all&quot; &amp; nothing\\hidden",
       }) {
    EXPECT_NE(svg.find(expected), std::string::npos) << "missing in SVG: " << expected;
  }
  // kEntity is not shown as a label (show_label false) but is the tooltip: a literal "&amp;" in the name must stay
  // visible as "&amp;", i.e. be escaped once more in the SVG attribute.
  EXPECT_NE(svg.find("R&amp;D &amp;amp; Partners: Port 80"), std::string::npos);
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
}

TEST(Render, PngAndPdfHaveTheirMagicNumbers) {
  const std::string dot = output::to_dot(test::fixture_diagram());
  const std::string png = output::render_to_string(dot, "png", "neato");
  ASSERT_GE(png.size(), 8u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  const std::string pdf = output::render_to_string(dot, "pdf", "fdp");
  EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
}

TEST(Render, WritesFile) {
  const auto path = test::temp_path("render.svg");
  std::filesystem::remove(path);
  output::render(output::to_dot(test::fixture_diagram()), "svg", "dot", path.string());
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_NE(s.str().find("</svg>"), std::string::npos);
  std::filesystem::remove(path);
  EXPECT_THROW(output::render("graph { a }", "svg", "dot", "/nonexistent-dir/x.svg"), std::runtime_error);
}

TEST(Render, EmptyLayoutUsesTheGraphsLayoutAttribute) {
  const std::string svg = output::render_to_string("graph { layout=\"neato\"; a -- b }", "svg", "");
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
}

TEST(Render, SyntaxErrorThrowsWithGraphvizMessageAndLaterCallsStillWork) {
  const std::string msg = what_of([] { output::render_to_string("graph { a -- }", "svg", "dot"); });
  EXPECT_NE(msg.find("graphviz:"), std::string::npos) << msg;
  EXPECT_NE(msg.find("syntax error"), std::string::npos) << msg;
  EXPECT_NO_THROW(output::render_to_string("graph { a -- b }", "svg", "dot"));
  EXPECT_THROW(output::parse_dot("digraph { -> }"), std::runtime_error);
  EXPECT_EQ(output::parse_dot("graph \"g\" { a -- b }").num_edges, 1u);
  const std::string empty_msg = what_of([] { output::parse_dot(""); });
  EXPECT_NE(empty_msg.find("no graph"), std::string::npos) << empty_msg;
}

TEST(Render, UnknownLayoutOrFormatThrowsWithGraphvizMessage) {
  const std::string layout_msg = what_of([] { output::render_to_string("graph { a }", "svg", "no-such-layout"); });
  EXPECT_NE(layout_msg.find("no-such-layout"), std::string::npos) << layout_msg;
  EXPECT_NE(layout_msg.find("not recognized"), std::string::npos) << layout_msg;
  const std::string format_msg = what_of([] { output::render_to_string("graph { a }", "no-such-format", "dot"); });
  EXPECT_NE(format_msg.find("no-such-format"), std::string::npos) << format_msg;
  EXPECT_NO_THROW(output::render_to_string("graph { a }", "svg", "dot"));
}
