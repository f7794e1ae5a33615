#include "ppsnet/output/dot.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "ppsnet/output/render.hpp"
#include "unit/exporters/fixture.hpp"

using namespace ppsnet;
using output::dot_quote;
using output::edge_pen_widths;
using output::to_dot;

namespace {

// What Graphviz 2.43's DOT lexer stores for a quoted id we wrote (cgraph scan.l, state qstring): `\"` becomes `"`,
// every other backslash pair is kept as is. So the stored name is the original id with each `\` doubled and each
// line break written as the two characters `\n`.
std::string graphviz_stored_name(const std::string& id) {
  std::string out;
  for (char c : id) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

// The text Graphviz draws for a stored label (non-HTML): first HTML entities are decoded (htmlEntityUTF8; only
// &amp; occurs in what we write), then backslash escapes: \n, \l, \r end a line, \X is X.
std::string graphviz_displayed_text(const std::string& stored) {
  std::string decoded;
  for (std::size_t i = 0; i < stored.size(); ++i) {
    if (stored.compare(i, 5, "&amp;") == 0) {
      decoded += '&';
      i += 4;
    } else {
      decoded += stored[i];
    }
  }
  std::string out;
  for (std::size_t i = 0; i < decoded.size(); ++i) {
    if (decoded[i] == '\\' && i + 1 < decoded.size()) {
      const char next = decoded[++i];
      out += (next == 'n' || next == 'l' || next == 'r') ? '\n' : next;
    } else {
      out += decoded[i];
    }
  }
  return out;
}

const output::DotNodeInfo* find_node(const output::DotGraphInfo& info, const std::string& name) {
  for (const auto& n : info.nodes) {
    if (n.name == name) return &n;
  }
  return nullptr;
}

std::string attr(const output::DotNodeInfo& n, const std::string& key) {
  auto it = n.attributes.find(key);
  return it == n.attributes.end() ? std::string() : it->second;
}

// Parses the DOT with Graphviz and checks every diagram node: present under its id, label shown as the
// original text (or empty), tooltip and colour preserved; edge count equal.
void expect_round_trip(const query::Diagram& d) {
  const std::string dot = to_dot(d);
  output::DotGraphInfo info;
  ASSERT_NO_THROW(info = output::parse_dot(dot)) << dot;
  EXPECT_FALSE(info.directed);
  EXPECT_EQ(info.nodes.size(), d.nodes.size());  // the legend is part of the graph label, not nodes
  EXPECT_EQ(info.num_edges, d.edges.size());
  for (const auto& n : d.nodes) {
    const auto* p = find_node(info, graphviz_stored_name(n.id));
    ASSERT_NE(p, nullptr) << "node id not found after parsing: " << n.id;
    EXPECT_EQ(graphviz_displayed_text(attr(*p, "label")), n.show_label ? n.label : std::string()) << n.id;
    EXPECT_EQ(graphviz_displayed_text(attr(*p, "tooltip")), n.tooltip) << n.id;
    EXPECT_EQ(attr(*p, "fillcolor"), n.fill_colour);
    EXPECT_EQ(attr(*p, "shape"), n.shape);
  }
}

}  // namespace

TEST(DotQuote, EscapesQuotesBackslashesAndLineBreaks) {
  EXPECT_EQ(dot_quote("plain"), "\"plain\"");
  EXPECT_EQ(dot_quote(""), "\"\"");
  EXPECT_EQ(dot_quote("a\"b"), "\"a\\\"b\"");
  EXPECT_EQ(dot_quote("a\\b"), "\"a\\\\b\"");
  EXPECT_EQ(dot_quote("a\nb"), "\"a\\nb\"");
  EXPECT_EQ(dot_quote("a\r\nb\rc"), "\"a\\nb\\nc\"");  // CR LF and lone CR are one line break each
  EXPECT_EQ(dot_quote("01234567"), "\"01234567\"");    // leading zero kept
  EXPECT_EQ(dot_quote("a:b"), "\"a:b\"");              // ':' inside quotes is not a port
}

TEST(DotQuote, EscapesAmpersandOnlyInDisplayedText) {
  EXPECT_EQ(dot_quote("R&D", false), "\"R&D\"");
  EXPECT_EQ(dot_quote("R&D &amp;", true), "\"R&amp;D &amp;amp;\"");
}

TEST(DotQuote, ReplacesInvalidUtf8AndControlCharacters) {
  EXPECT_EQ(dot_quote("Commerciële"), "\"Commerciële\"");
  EXPECT_EQ(dot_quote(std::string("a\xC3") + "b"), "\"a\xEF\xBF\xBD" "b\"");   // truncated 2-byte sequence
  EXPECT_EQ(dot_quote(std::string("a\x01" "b")), "\"a\xEF\xBF\xBD" "b\"");   // control character
  EXPECT_EQ(dot_quote("\xC0\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");          // overlong '/' is two bad bytes
  EXPECT_EQ(dot_quote("tab\there"), "\"tab\there\"");
}

// Hand calculations with width = 0.3 + 3.7 t.
TEST(EdgePenWidths, LinearWhenWeightsSpanLessThanTwoOrdersOfMagnitude) {
  const std::vector<double> w{2, 3, 6};  // lo 2, hi 6, ratio 3: t = (w-2)/4 = 0, 0.25, 1
  const auto p = edge_pen_widths(w);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_DOUBLE_EQ(p[0], 0.3);
  EXPECT_DOUBLE_EQ(p[1], 0.3 + 3.7 * 0.25);  // 1.225
  EXPECT_DOUBLE_EQ(p[2], 4.0);
}

TEST(EdgePenWidths, LogarithmicWhenWeightsSpanOrdersOfMagnitude) {
  const std::vector<double> w{1, 10, 1000};  // ratio 1000: t = log10(w)/3 = 0, 1/3, 1
  const auto p = edge_pen_widths(w);
  EXPECT_DOUBLE_EQ(p[0], 0.3);
  EXPECT_NEAR(p[1], 0.3 + 3.7 / 3.0, 1e-12);  // 1.5333...
  EXPECT_DOUBLE_EQ(p[2], 4.0);
  // Ratio exactly 100 switches to log scale: {1, 10, 100} -> t = 0, 0.5, 1.
  const auto q = edge_pen_widths(std::vector<double>{1, 10, 100});
  EXPECT_NEAR(q[1], 0.3 + 3.7 * 0.5, 1e-12);
  // Ratio 99 stays linear: {1, 50.5, 99} -> t = 0.5 for the middle one as well, so test an asymmetric point.
  const auto r = edge_pen_widths(std::vector<double>{1, 10, 99});  // t = 9/98
  EXPECT_NEAR(r[1], 0.3 + 3.7 * 9.0 / 98.0, 1e-12);
}

TEST(EdgePenWidths, EqualWeightsGetDefaultWidthAndBadWeightsTheMinimum) {
  const auto p = edge_pen_widths(std::vector<double>{5, 5});
  EXPECT_EQ(p, (std::vector<double>{1.0, 1.0}));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const auto q = edge_pen_widths(std::vector<double>{0, nan, 2, 4, -1});
  EXPECT_EQ(q, (std::vector<double>{0.3, 0.3, 0.3, 4.0, 0.3}));
  EXPECT_TRUE(edge_pen_widths(std::vector<double>{}).empty());
}

TEST(ToDot, MatchesGoldenFile) { test::expect_golden("fixture.dot", to_dot(test::fixture_diagram())); }

TEST(ToDot, IsDeterministic) { EXPECT_EQ(to_dot(test::fixture_diagram()), to_dot(test::fixture_diagram())); }

TEST(ToDot, GraphvizReadsBackEveryNodeWithItsOriginalLabel) { expect_round_trip(test::fixture_diagram()); }

TEST(ToDot, GraphvizReadsBackGraphNameCaptionClustersAndLegend) {
  const auto d = test::fixture_diagram();
  const auto info = output::parse_dot(to_dot(d));
  EXPECT_EQ(info.name, "Fixture \"network\"");
  // The graph label is an HTML-like table: legend cells, then the caption, with & < > " as entities
  // (Graphviz HTML labels are XML). Expected text written by hand from the fixture's legend and caption.
  const std::string label = info.attributes.at("label");
  EXPECT_NE(label.find("<TD BGCOLOR=\"#1b9e77\" BORDER=\"1\"><FONT POINT-SIZE=\"10\">initiative</FONT></TD>"),
            std::string::npos) << label;
  EXPECT_NE(label.find(">organisation &quot;org&quot;</FONT>"), std::string::npos) << label;
  EXPECT_NE(label.find("showing 7 of 7 nodes: &quot;all&quot; &amp; nothing\\hidden"), std::string::npos) << label;
  EXPECT_EQ(info.attributes.at("charset"), "UTF-8");
  EXPECT_EQ(info.attributes.at("labelloc"), "b");
  EXPECT_EQ(info.attributes.at("outputorder"), "edgesfirst");
  EXPECT_EQ(info.attributes.at("overlap"), "prism");
  EXPECT_EQ(info.attributes.count("splines"), 0u);  // 7 nodes is not large
  std::vector<std::string> subgraphs = info.subgraphs;
  std::sort(subgraphs.begin(), subgraphs.end());
  EXPECT_EQ(subgraphs, (std::vector<std::string>{"cluster_Limburg \"Zuid\"", "cluster_strict"}));
}

TEST(ToDot, LegendTextIsEscapedForHtmlLabelsAndRenders) {
  query::Diagram d;
  query::DiagramNode n;
  n.id = "a";
  n.fill_colour = "#ffffff";
  d.nodes.push_back(n);
  d.legend = {{"<script>alert(1)</script> & \"x\"", "#000000", "box"}, {"bad colour", "red\" onclick=\"x", "box"}};
  d.caption = "a < b";
  const std::string dot = to_dot(d);
  EXPECT_NE(dot.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), std::string::npos) << dot;
  EXPECT_EQ(dot.find("onclick"), std::string::npos) << dot;  // a colour that is not a colour becomes grey
  EXPECT_NE(dot.find("a &lt; b"), std::string::npos) << dot;
  const std::string svg = output::render_to_string(dot, "svg", "dot");
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
}

TEST(ToDot, KeywordsNumbersAndOddIdsAreSafe) {
  query::Diagram d;
  const std::vector<std::string> ids{"node",  "edge", "graph", "digraph", "subgraph", "strict", "NODE", "Graph",
                                     "2030",  "01234567", "-1.5", "1e5", ".5", "", "a:b:c", "a -- b", "{", "}",
                                     "[x]",   ";", "=", "//", "/*", "#", "a\\", "\\\"", "\"", "<b>html</b>",
                                     "x\ny"};
  for (const auto& id : ids) {
    query::DiagramNode n;
    n.id = id;
    n.label = id;
    n.tooltip = id;
    n.fill_colour = "#000000";
    n.show_label = true;
    d.nodes.push_back(n);
  }
  for (std::size_t i = 1; i < d.nodes.size(); ++i) d.edges.push_back({i - 1, i, static_cast<double>(i)});
  expect_round_trip(d);
}

TEST(ToDot, LargeGraphsGetStraightEdgesAndNeatoGetsOverlapFalse) {
  query::Diagram d;
  d.layout = "neato";
  for (int i = 0; i < 301; ++i) {
    query::DiagramNode n;
    n.id = "n" + std::to_string(i);
    n.fill_colour = "#ffffff";
    d.nodes.push_back(n);
  }
  const auto info = output::parse_dot(to_dot(d));
  EXPECT_EQ(info.attributes.at("splines"), "false");  // 301 > 300 nodes
  EXPECT_EQ(info.attributes.at("overlap"), "false");
  EXPECT_EQ(info.attributes.at("layout"), "neato");
}

TEST(ToDot, RejectsDuplicateIdsAndBadEdgeIndices) {
  query::Diagram d;
  query::DiagramNode n;
  n.id = "x";
  d.nodes = {n, n};
  EXPECT_THROW(to_dot(d), std::invalid_argument);
  d.nodes[1].id = "y";
  d.edges = {{0, 2, 1.0}};
  EXPECT_THROW(to_dot(d), std::out_of_range);
  // CR and LF are both written as \n, so these two ids would be the same Graphviz node.
  d.edges.clear();
  d.nodes[0].id = "a\rb";
  d.nodes[1].id = "a\nb";
  EXPECT_THROW(to_dot(d), std::invalid_argument);
}

TEST(ToDot, EmptyDiagramIsValid) {
  const auto info = output::parse_dot(to_dot(query::Diagram{}));
  EXPECT_EQ(info.name, "ppsnet");
  EXPECT_TRUE(info.nodes.empty());
}

// A long caption is wrapped at spaces into lines of at most 110 characters (UTF-8 characters, not bytes), with and
// without a legend; a single word longer than that is kept whole.
TEST(ToDot, LongCaptionsAreWrappedAtSpaces) {
  query::Diagram d;
  d.nodes.push_back({});
  d.nodes[0].id = "a";
  // 30 words of 9 characters ("ééééé1234" has 9 characters in 14 bytes) + spaces: 299 characters.
  std::string caption;
  for (int i = 0; i < 30; ++i) caption += (i ? " " : "") + std::string("ééééé") + std::to_string(1000 + i);
  d.caption = caption;
  // Without a legend: escString label, lines joined by \n. 11 words = 109 characters fit on a line
  // (11 * 9 + 10 spaces), 12 would be 119: lines of 11, 11 and 8 words.
  const std::string plain = output::to_dot(d);
  const auto label_at = plain.find("label=\"");
  ASSERT_NE(label_at, std::string::npos);
  const std::string label = plain.substr(label_at + 7, plain.find('"', label_at + 7) - label_at - 7);
  std::vector<std::string> lines;
  for (std::size_t start = 0;;) {
    const auto nl = label.find("\\n", start);
    lines.push_back(label.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 2;
  }
  ASSERT_EQ(lines.size(), 3u) << label;
  EXPECT_EQ(lines[0], caption.substr(0, 11 * 14 + 10));  // 11 words of 14 bytes and 10 spaces
  // With a legend: HTML-like label, lines joined by <BR/>.
  d.legend.push_back({"company", "#d9d9d9", "ellipse"});
  const std::string html = output::to_dot(d);
  std::size_t breaks = 0;
  for (std::size_t p = html.find("<BR/>"); p != std::string::npos; p = html.find("<BR/>", p + 1)) ++breaks;
  EXPECT_EQ(breaks, 2u);
  // One 150-character word: nothing to break at.
  d.legend.clear();
  d.caption = std::string(150, 'x');
  EXPECT_NE(output::to_dot(d).find("label=\"" + std::string(150, 'x') + "\""), std::string::npos);
}
