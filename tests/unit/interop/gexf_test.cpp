#include "ppsnet/output/gexf.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "ppsnet/query/palette.hpp"

#include "unit/exporters/fixture.hpp"
#include "unit/interop/expected.hpp"
#include "unit/interop/interop_support.hpp"

using namespace ppsnet;

namespace {

std::string gexf(const std::string& version = "1.3") {
  const auto g = test::fixture_graph();
  const auto metrics = test::fixture_metrics();
  const auto categories = test::fixture_categories();
  output::GexfOptions o;
  o.version = version;
  o.description = "fixture <graph> & \"names\"";
  std::ostringstream out;
  output::write_gexf(out, g, metrics, categories, o);
  return out.str();
}

// Checks shared by GEXF and GraphML: attribute values and types as NetworkX read them (expected values from the
// fixture's description: metrics 1/3, 1e-300, 123456789.125, missing NaN/inf; community "Zorg", "" etc.).
void expect_attributes(const rapidjson::Document& d) {
  test::expect_structure(d);
  EXPECT_FALSE(d["directed"].GetBool());
  EXPECT_EQ(std::string(d["side"]["2030"].GetString()), "initiative");
  EXPECT_EQ(std::string(d["side"]["organisation:node"].GetString()), "organisation");
  EXPECT_EQ(d["corop"]["2030"].GetInt(), 39);
  EXPECT_TRUE(d["corop"]["back\\slash"].IsNull());  // unknown: no value at all
  EXPECT_TRUE(d["corop_is_int"].GetBool());
  EXPECT_TRUE(d["degree_is_float"].GetBool());
  EXPECT_EQ(std::string(d["sectors_2030"].GetString()), "Life Sciences & Health; ICT");
  EXPECT_EQ(std::string(d["budget_2030"].GetString()), "1,5 mln");
  EXPECT_EQ(std::string(d["extra_label_2030"].GetString()), "clash");  // extra "label" renamed
  EXPECT_EQ(std::string(d["website_node"].GetString()), "https://example.org/?a=1&b=2");
  EXPECT_EQ(std::string(d["community"]["P<3>"].GetString()), "a,b\"c");
  EXPECT_TRUE(d["community"]["initiative:node"].IsNull());
  EXPECT_TRUE(d["score_third_exact"].GetBool());
  EXPECT_TRUE(d["score_tiny_exact"].GetBool());
  EXPECT_TRUE(d["score_big_exact"].GetBool());
  // NaN (initiative:node), +inf (01234567) and -inf (Zuyd) are missing values.
  EXPECT_EQ(test::string_array(d["score_missing"]),
            (std::vector<std::string>{"initiative:node", "01234567", "Zuyd"}));
  EXPECT_EQ(d["weight_2030_01234567"].GetDouble(), 2.0);  // two participations
  EXPECT_EQ(d["participations_2030_01234567"].GetInt(), 2);
  // Roles, years and contributions of the folded participations (expected.hpp, by hand from fixture.hpp), with the
  // types NetworkX gives them from the declared attribute types.
  test::expect_edge_attributes(d["edge_attrs"], false);
  const auto& types = d["edge_types_2030_01234567"];
  EXPECT_EQ(std::string(types["roles"].GetString()), "str");
  EXPECT_EQ(std::string(types["years"].GetString()), "str");
  EXPECT_EQ(std::string(types["first_year"].GetString()), "int");
  EXPECT_EQ(std::string(types["last_year"].GetString()), "int");
  EXPECT_EQ(std::string(types["contribution_eur"].GetString()), "float");
}

// "#rrggbb" -> {r, g, b}, written independently of the exporter.
std::array<int, 3> rgb(std::string_view hex) {
  unsigned r = 0, g = 0, b = 0;
  EXPECT_EQ(std::sscanf(std::string(hex).c_str(), "#%2x%2x%2x", &r, &g, &b), 3) << hex;
  return {static_cast<int>(r), static_cast<int>(g), static_cast<int>(b)};
}

// Gephi's viz module as NetworkX reads it: every node has the colour ppsnet's pictures give its kind/type
// (query::colour_of, the palette of the SVG diagrams) and size 10 + 30 sqrt(degree / max degree). Degrees from
// fixture.hpp: 2030 has 3 (the maximum) -> 40; back\slash has 1 -> 10 + 30/sqrt(3) = 27.320508075688775;
// the others have 2 -> 10 + 30 sqrt(2/3) = 34.494897427831781.
void expect_viz(const rapidjson::Document& d) {
  const auto g = test::fixture_graph();
  const auto ids = std::map<std::string, model::NodeId>{{"2030", 0}, {"initiative:node", 1}, {"P<3>", 2},
                                                        {"01234567", 3}, {"Zuyd", 4}, {"back\\slash", 5},
                                                        {"organisation:node", 6}};
  ASSERT_TRUE(d["viz"].IsObject());
  EXPECT_EQ(d["viz"].MemberCount(), 7u);
  for (const auto& [id, v] : ids) {
    ASSERT_TRUE(d["viz"].HasMember(id.c_str())) << id;
    const auto& viz = d["viz"][id.c_str()];
    const auto want = rgb(g.is_initiative(v) ? query::colour_of(g.initiative(v).kind)
                                             : query::colour_of(g.organisation(v).type));
    EXPECT_EQ(viz["color"]["r"].GetInt(), want[0]) << id;
    EXPECT_EQ(viz["color"]["g"].GetInt(), want[1]) << id;
    EXPECT_EQ(viz["color"]["b"].GetInt(), want[2]) << id;
    const double size = id == "2030" ? 40.0 : id == "back\\slash" ? 27.320508075688775 : 34.494897427831781;
    EXPECT_NEAR(viz["size"].GetDouble(), size, 1e-12) << id;
  }
  // Hand check of one conversion: a coe initiative is #6a51a3 = (106, 81, 163) in the diagrams' palette.
  EXPECT_EQ(rgb(query::colour_of(model::InitiativeKind::coe)), (std::array<int, 3>{106, 81, 163}));
}

}  // namespace

TEST(Gexf, MatchesGoldenFile13) { test::expect_interop_golden("fixture.gexf", gexf()); }

TEST(Gexf, MatchesGoldenFile12draft) { test::expect_interop_golden("fixture.1.2draft.gexf", gexf("1.2draft")); }

TEST(Gexf, ReadBackByNetworkX13) {
  rapidjson::Document d;
  if (!test::read_back("gexf", gexf(), d)) GTEST_SKIP() << "NetworkX not installed";
  ASSERT_TRUE(d.IsObject());
  expect_attributes(d);
  expect_viz(d);
}

TEST(Gexf, ReadBackByNetworkX12draft) {
  rapidjson::Document d;
  if (!test::read_back("gexf", gexf("1.2draft"), d)) GTEST_SKIP() << "NetworkX not installed";
  ASSERT_TRUE(d.IsObject());
  expect_attributes(d);
  expect_viz(d);
}

TEST(Gexf, VizNamespaceShapesAndOptOut) {
  const std::string s = gexf();
  EXPECT_NE(s.find("xmlns:viz=\"http://gexf.net/1.3/viz\""), std::string::npos);
  EXPECT_NE(gexf("1.2draft").find("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""), std::string::npos);
  // 3 initiatives are squares (boxes in the diagrams), 4 organisations discs.
  std::size_t squares = 0, discs = 0;
  for (std::size_t at = 0; (at = s.find("<viz:shape value=\"square\"/>", at)) != std::string::npos; ++at) ++squares;
  for (std::size_t at = 0; (at = s.find("<viz:shape value=\"disc\"/>", at)) != std::string::npos; ++at) ++discs;
  EXPECT_EQ(squares, 3u);
  EXPECT_EQ(discs, 4u);
  output::GexfOptions o;
  o.viz = false;
  std::ostringstream out;
  output::write_gexf(out, test::fixture_graph(), {}, {}, o);
  EXPECT_EQ(out.str().find("viz"), std::string::npos);
}

TEST(Gexf, DeclaresUtf8AndEscapesMarkup) {
  const std::string s = gexf();
  EXPECT_EQ(s.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0), 0u);
  EXPECT_NE(s.find("version=\"1.3\""), std::string::npos);
  EXPECT_EQ(s.find("<script>"), std::string::npos);
  EXPECT_NE(s.find("label=\"&lt;script&gt;alert(1)&lt;/script&gt;\""), std::string::npos);
  EXPECT_NE(s.find("R&amp;D &amp;amp; Partners: Port 80"), std::string::npos);  // a literal "&amp;" stays text
  EXPECT_NE(s.find("Back\\slash &amp; Co&#10;Line two"), std::string::npos);   // newline survives attribute values
  EXPECT_NE(s.find("Commerciële"), std::string::npos);                          // UTF-8 written as is
  EXPECT_EQ(s.find("NaN"), std::string::npos);
  EXPECT_EQ(s.find("inf"), std::string::npos);
}

TEST(Gexf, RejectsUnknownVersionAndBadColumns) {
  const auto g = test::fixture_graph();
  std::ostringstream out;
  output::GexfOptions o;
  o.version = "1.4";
  EXPECT_THROW(output::write_gexf(out, g, {}, {}, o), std::invalid_argument);
  const std::vector<output::MetricColumn> bad{{"x", {1.0}}};
  EXPECT_THROW(output::write_gexf(out, g, bad), std::invalid_argument);
  const std::vector<output::MetricColumn> reserved{{"label", std::vector<double>(g.num_nodes(), 0.0)}};
  EXPECT_THROW(output::write_gexf(out, g, reserved), std::invalid_argument);
}

TEST(Gexf, InvalidUtf8AndNonCharactersBecomeReplacementCharacters) {
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  model::Initiative i;
  i.id = "i1";
  i.name = std::string("bad \xC3(") + " nonchar \xEF\xBF\xBE ctl \x01";
  b.add_initiative(i);
  model::Organisation o;
  o.id = "o1";
  o.name = "ok";
  b.add_organisation(o);
  b.add_participation({"i1", "o1"});
  const auto g = b.build();
  std::ostringstream out;
  output::write_gexf(out, g);
  const std::string s = out.str();
  // 0xC3 followed by '(' is not UTF-8; U+FFFE is not an XML character; U+0001 is not allowed in XML 1.0.
  EXPECT_NE(s.find("label=\"bad \xEF\xBF\xBD( nonchar \xEF\xBF\xBD ctl \xEF\xBF\xBD\""), std::string::npos) << s;
}
