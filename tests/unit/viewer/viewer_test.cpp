// Tests of the interactive viewer's HTML writer (exporters/src/viewer.cpp) and Graphviz positions
// (output::layout_positions, output::layout_viewer). Expected values are written out by hand below, or come from
// Graphviz's own "plain" output of the same layout (an independent text path through Graphviz).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

#include "ppsnet/output/render.hpp"
#include "ppsnet/output/viewer.hpp"
#include "ppsnet/viewer/assets.hpp"

namespace ppsnet::output {
namespace {

const std::string kLineSeparator = "\xE2\x80\xA8";       // U+2028
const std::string kParagraphSeparator = "\xE2\x80\xA9";  // U+2029

// Names that try to break out of the JSON, the script element or the HTML.
const std::string kScriptName = "</script><script>alert(1)</script>";
const std::string kQuoteName = "say \"hi\" \\ back\\slash & &amp; 'x'";
const std::string kSeparatorName = "line" + kLineSeparator + "para" + kParagraphSeparator + "end";
const std::string kUtf8Name = "Commerciële Zoë – Fryslân 北京";

ViewerDocument hostile_document() {
  ViewerDocument d;
  d.diagram.title = "Title <b>&\"x\"</b>";
  d.diagram.caption = "Showing 4 of 4 nodes </script>";
  d.diagram.layout = "neato";
  const std::string names[] = {kScriptName, kQuoteName, kSeparatorName, kUtf8Name};
  const std::string ids[] = {"i:</script>", "o:\"q\"", "o:2030", "i:01234567"};
  for (int i = 0; i < 4; ++i) {
    query::DiagramNode n;
    n.id = ids[i];
    n.label = names[i];
    n.fill_colour = i % 2 == 0 ? "#0072b2" : "#e69f00";
    n.shape = i % 2 == 0 ? "box" : "ellipse";
    n.size = 0.25 * (i + 1);
    n.show_label = i == 0;
    d.diagram.nodes.push_back(n);
    ViewerNodeInfo info;
    info.external_id = ids[i].substr(2);
    info.name = names[i];
    info.side = i % 2 == 0 ? "initiative" : "organisation";
    info.category = i % 2 == 0 ? "initiative: coe" : "company";
    info.region = i == 3 ? "" : "Fryslân";
    info.community = i == 2 ? -1 : i;
    info.community_label = i == 0 ? "Agri & Food · Fryslân" : "";
    info.centrality = i == 1 ? std::nan("") : 1.5 * i;
    info.degree = i;
    info.type_colour = n.fill_colour;
    info.community_colour = "#cccccc";
    d.info.push_back(info);
    // Positions with at most 2 decimals, so the 0.01 rounding keeps them exactly.
    d.x.push_back(10.25 * i);
    d.y.push_back(-3.5 * i);
  }
  d.diagram.edges = {{0, 1, 2.0}, {0, 3, 1.0}, {2, 1, 1.0}};
  d.diagram.legend = {{"company", "#e69f00", "ellipse"}, {"initiative: coe", "#0072b2", "box"}};
  return d;
}

std::string html_of(const ViewerDocument& d) {
  std::ostringstream out;
  write_viewer_html(out, d);
  return out.str();
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The text of <script type="application/json" id="ppsnet-data">...</script>.
std::string embedded_json(const std::string& html) {
  const std::string open = R"(<script type="application/json" id="ppsnet-data">)";
  const auto begin = html.find(open);
  if (begin == std::string::npos) return "";
  const auto start = begin + open.size();
  const auto end = html.find("</script>", start);
  return html.substr(start, end - start);
}

TEST(Viewer, EscapeJsonForScriptWritesUnicodeEscapes) {
  // Hand-written: < > & and U+2028/U+2029 become \u escapes; everything else, UTF-8 included, stays.
  EXPECT_EQ(escape_json_for_script(R"({"a":"</script>&x"})"), R"({"a":"\u003c/script\u003e\u0026x"})");
  EXPECT_EQ(escape_json_for_script("\"" + kLineSeparator + kParagraphSeparator + "\""), R"("\u2028\u2029")");
  EXPECT_EQ(escape_json_for_script("\"Zoë – 北京\""), "\"Zoë – 北京\"");
  // U+2027 (E2 80 A7) and U+202A (E2 80 AA) are neighbours of the separators and must be kept.
  EXPECT_EQ(escape_json_for_script("\xE2\x80\xA7\xE2\x80\xAA"), "\xE2\x80\xA7\xE2\x80\xAA");
}

TEST(Viewer, BuildHasTheEmbeddedViewer) {
  ASSERT_TRUE(viewer_available()) << "test build configured with PPSNET_VIEWER=OFF";
  const auto& a = viewer::assets();
  for (const char* marker : {"@@PPSNET_TITLE@@", "@@PPSNET_CSS@@", "@@PPSNET_DATA@@", "@@PPSNET_CYTOSCAPE@@",
                             "@@PPSNET_VIEWER_JS@@"}) {
    EXPECT_EQ(count_of(std::string(a.template_html), marker), 1u) << marker;
  }
  // Cytoscape.js's UMD build defines the global `cytoscape`.
  EXPECT_GT(a.cytoscape_js.size(), 100000u);
  EXPECT_NE(a.cytoscape_js.find("cytoscape"), std::string_view::npos);
}

TEST(Viewer, HostileNamesCannotLeaveTheDataElement) {
  const std::string html = html_of(hostile_document());
  // The page has exactly its own three script elements: data, Cytoscape.js, viewer.js.
  EXPECT_EQ(count_of(lower(html), "<script"), 3u);
  EXPECT_EQ(count_of(lower(html), "</script"), 3u);
  const std::string json = embedded_json(html);
  ASSERT_FALSE(json.empty());
  for (const std::string& bad : {std::string("<"), std::string(">"), std::string("&"), kLineSeparator, kParagraphSeparator}) {
    EXPECT_EQ(json.find(bad), std::string::npos) << "raw " << bad << " in the embedded JSON";
  }
  // The escaped forms are there instead (hand-written from the names above).
  EXPECT_NE(json.find(R"(\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e)"), std::string::npos);
  EXPECT_NE(json.find(R"(say \"hi\" \\ back\\slash \u0026 \u0026amp; 'x')"), std::string::npos);
  EXPECT_NE(json.find(R"(line\u2028para\u2029end)"), std::string::npos);
  EXPECT_NE(json.find("Commerciële Zoë – Fryslân 北京"), std::string::npos);  // UTF-8 kept as is
  // The page title is HTML-escaped.
  EXPECT_NE(html.find("<title>Title &lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;</title>"), std::string::npos);
  // No NaN/Infinity tokens (the NaN centrality is null).
  EXPECT_EQ(json.find("NaN"), std::string::npos);
  EXPECT_EQ(json.find("Infinity"), std::string::npos);
}

TEST(Viewer, EmbeddedDataParsesBackToTheDiagram) {
  const ViewerDocument d = hostile_document();
  const std::string json = embedded_json(html_of(d));
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  ASSERT_FALSE(doc.HasParseError()) << "offset " << doc.GetErrorOffset();
  ASSERT_TRUE(doc.IsObject());
  EXPECT_EQ(std::string(doc["title"].GetString()), d.diagram.title);
  EXPECT_EQ(std::string(doc["caption"].GetString()), d.diagram.caption);
  EXPECT_EQ(std::string(doc["colour_by"].GetString()), "type");
  const auto& nodes = doc["nodes"];
  ASSERT_TRUE(nodes.IsArray());
  ASSERT_EQ(nodes.Size(), d.diagram.nodes.size());
  std::set<std::string> ids;
  for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
    const auto& n = nodes[i];
    ASSERT_TRUE(n["id"].IsString()) << "ids are strings";
    ids.insert(n["id"].GetString());
    EXPECT_EQ(std::string(n["name"].GetString()), d.info[i].name);
    EXPECT_EQ(std::string(n["label"].GetString()), d.diagram.nodes[i].label);
    EXPECT_EQ(std::string(n["external_id"].GetString()), d.info[i].external_id);
    EXPECT_EQ(std::string(n["colour"].GetString()), d.diagram.nodes[i].fill_colour);
    EXPECT_EQ(std::string(n["shape"].GetString()), d.diagram.nodes[i].shape);
    EXPECT_EQ(n["show_label"].GetBool(), d.diagram.nodes[i].show_label);
    ASSERT_TRUE(n["x"].IsNumber() && n["y"].IsNumber()) << "node " << i << " has no position";
    EXPECT_DOUBLE_EQ(n["x"].GetDouble(), d.x[i]);
    EXPECT_DOUBLE_EQ(n["y"].GetDouble(), d.y[i]);
    EXPECT_DOUBLE_EQ(n["size"].GetDouble(), d.diagram.nodes[i].size);
  }
  EXPECT_EQ(ids, (std::set<std::string>{"i:</script>", "o:\"q\"", "o:2030", "i:01234567"}));
  // Node 3 has no region (null), node 2 no community (null), node 1 a NaN centrality (null); communities 1-based.
  EXPECT_TRUE(nodes[3]["region"].IsNull());
  EXPECT_EQ(std::string(nodes[0]["region"].GetString()), "Fryslân");
  EXPECT_TRUE(nodes[2]["community"].IsNull());
  EXPECT_EQ(nodes[3]["community"].GetInt(), 4);
  EXPECT_EQ(std::string(nodes[0]["community_label"].GetString()), "Agri & Food · Fryslân");
  EXPECT_TRUE(nodes[1]["community_label"].IsNull());
  EXPECT_TRUE(nodes[1]["centrality"].IsNull());
  EXPECT_DOUBLE_EQ(nodes[2]["centrality"].GetDouble(), 3.0);

  const auto& edges = doc["edges"];
  ASSERT_EQ(edges.Size(), d.diagram.edges.size());
  std::set<std::pair<std::size_t, std::size_t>> got;
  std::set<std::pair<std::size_t, std::size_t>> want;
  for (rapidjson::SizeType k = 0; k < edges.Size(); ++k) {
    got.insert({edges[k][0].GetUint64(), edges[k][1].GetUint64()});
    want.insert({d.diagram.edges[k].source, d.diagram.edges[k].target});
  }
  EXPECT_EQ(got, want);
  // Pen widths as the DOT exporter draws them: weights 2, 1, 1 -> lo 1, hi 2, t = (w-1)/(2-1):
  // width = 0.3 + 3.7 t = 4 for weight 2 and 0.3 for weight 1.
  EXPECT_DOUBLE_EQ(edges[0][3].GetDouble(), 4.0);
  EXPECT_DOUBLE_EQ(edges[1][3].GetDouble(), 0.3);
  const auto& legend = doc["legend"];
  ASSERT_EQ(legend.Size(), 2u);
  EXPECT_EQ(std::string(legend[0]["label"].GetString()), "company");
  EXPECT_EQ(std::string(legend[0]["colour"].GetString()), "#e69f00");
}

TEST(Viewer, SameDocumentGivesTheSameBytes) {
  EXPECT_EQ(html_of(hostile_document()), html_of(hostile_document()));
}

TEST(Viewer, RejectsDocumentsWithMissingPositionsOrBadEdges) {
  ViewerDocument d = hostile_document();
  d.x.pop_back();
  EXPECT_THROW(html_of(d), std::invalid_argument);
  d = hostile_document();
  d.info.pop_back();
  EXPECT_THROW(html_of(d), std::invalid_argument);
  d = hostile_document();
  d.diagram.edges.push_back({0, 4, 1.0});
  EXPECT_THROW(html_of(d), std::invalid_argument);
}

TEST(Viewer, InvalidUtf8IsReplaced) {
  ViewerDocument d = hostile_document();
  d.info[0].name = std::string("bad\xFF") + "byte";
  const std::string json = embedded_json(html_of(d));
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_EQ(std::string(doc["nodes"][0]["name"].GetString()), "bad\xEF\xBF\xBD" "byte");  // U+FFFD
}

// Graphviz "plain" output: "node NAME X Y W H ..." with X, Y in inches (y upwards); parsed for simple names.
std::map<std::string, std::pair<double, double>> plain_positions(const std::string& dot, const std::string& layout) {
  std::istringstream in(render_to_string(dot, "plain", layout));
  std::map<std::string, std::pair<double, double>> out;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string kind, name;
    double x = 0, y = 0;
    fields >> kind;
    if (kind != "node") continue;
    fields >> name >> x >> y;
    out[name] = {x, y};
  }
  return out;
}

TEST(LayoutPositions, DotPutsTheTailAboveTheHead) {
  // Hand-derivable: dot ranks a (rank 0) above b (rank 1) above c; with one node per rank they share x.
  // Graphviz's y points upwards, so y(a) > y(b) > y(c). Ranks are ranksep (0.5 in = 36 pt) plus node heights
  // (0.5 in = 36 pt) apart: 72 points.
  const auto p = layout_positions("digraph { a -> b; b -> c; }", "dot");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].name, "a");
  EXPECT_EQ(p[1].name, "b");
  EXPECT_EQ(p[2].name, "c");
  EXPECT_DOUBLE_EQ(p[0].x, p[1].x);
  EXPECT_DOUBLE_EQ(p[1].x, p[2].x);
  EXPECT_DOUBLE_EQ(p[0].y - p[1].y, 72.0);
  EXPECT_DOUBLE_EQ(p[1].y - p[2].y, 72.0);
}

TEST(LayoutPositions, MatchGraphvizPlainOutput) {
  const std::string dot = "graph { a -- b; b -- c; c -- a; c -- d; d -- e; }";
  for (const std::string layout : {"neato", "sfdp"}) {
    const auto p = layout_positions(dot, layout);
    const auto plain = plain_positions(dot, layout);
    ASSERT_EQ(p.size(), 5u) << layout;
    for (const auto& node : p) {
      ASSERT_TRUE(plain.count(node.name)) << node.name;
      // plain writes inches with 5 significant digits: compare in points within that rounding.
      EXPECT_NEAR(node.x, plain.at(node.name).first * 72.0, 0.05) << layout << " " << node.name;
      EXPECT_NEAR(node.y, plain.at(node.name).second * 72.0, 0.05) << layout << " " << node.name;
    }
    // Deterministic.
    const auto again = layout_positions(dot, layout);
    for (std::size_t i = 0; i < p.size(); ++i) {
      EXPECT_EQ(p[i].x, again[i].x);
      EXPECT_EQ(p[i].y, again[i].y);
    }
  }
}

TEST(LayoutPositions, BadInputThrowsGraphvizError) {
  EXPECT_THROW(layout_positions("graph { a -- ", "neato"), std::runtime_error);
  EXPECT_THROW(layout_positions("graph { a -- b }", "no-such-layout"), std::runtime_error);
}

TEST(LayoutViewer, EveryNodeGetsItsPositionWhateverItsId) {
  ViewerDocument d = hostile_document();
  d.x.clear();
  d.y.clear();
  layout_viewer(d, "dot");
  ASSERT_EQ(d.x.size(), 4u);
  ASSERT_EQ(d.y.size(), 4u);
  // Hand-derivable facts of dot's layout of edges n0-n1, n0-n3, n2-n1: n0 and n2 are sources (rank 0), n1 and n3
  // rank 1, so n0 and n2 are drawn above n1 and n3: on screen (y downwards) their y is smaller.
  EXPECT_LT(d.y[0], d.y[1]);
  EXPECT_LT(d.y[0], d.y[3]);
  EXPECT_LT(d.y[2], d.y[1]);
  EXPECT_DOUBLE_EQ(d.y[0], d.y[2]);
  EXPECT_DOUBLE_EQ(d.y[1], d.y[3]);
  std::set<std::pair<double, double>> distinct;
  for (std::size_t i = 0; i < 4; ++i) distinct.insert({d.x[i], d.y[i]});
  EXPECT_EQ(distinct.size(), 4u);
}

}  // namespace
}  // namespace ppsnet::output
