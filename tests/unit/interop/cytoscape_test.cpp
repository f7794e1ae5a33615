#include "ppsnet/output/cytoscape.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

#include "unit/exporters/fixture.hpp"
#include "unit/interop/expected.hpp"
#include "unit/interop/interop_support.hpp"

using namespace ppsnet;

namespace {

// Positions: x = node id, y = -2 * node id, except node 1 whose x is NaN (written without a position).
const std::vector<double> kX = {0.0, std::numeric_limits<double>::quiet_NaN(), 2.0, 3.0, 4.0, 5.0, 6.5};
const std::vector<double> kY = {-0.0, -2.0, -4.0, -6.0, -8.0, -10.0, -13.0};

std::string cytoscape(bool positions, bool pretty) {
  const auto g = test::fixture_graph();
  const auto metrics = test::fixture_metrics();
  const auto categories = test::fixture_categories();
  output::CytoscapeOptions o;
  o.pretty = pretty;
  if (positions) {
    o.x = kX;
    o.y = kY;
  }
  std::ostringstream out;
  output::write_cytoscape_json(out, g, metrics, categories, o);
  return out.str();
}

}  // namespace

TEST(Cytoscape, MatchesGoldenFile) { test::expect_interop_golden("fixture.cytoscape.json", cytoscape(true, true)); }

TEST(Cytoscape, ReadBackByJson) {
  rapidjson::Document d;
  if (!test::read_back("cytoscape", cytoscape(true, false), d)) GTEST_SKIP() << "NetworkX not installed";
  ASSERT_TRUE(d.IsObject());
  test::expect_structure(d);
  EXPECT_TRUE(d["element_ids_unique"].GetBool());
  EXPECT_TRUE(d["same_keys"].GetBool());
  EXPECT_EQ(test::string_array(d["score_null"]),
            (std::vector<std::string>{"01234567", "Zuyd", "initiative:node"}));
  EXPECT_TRUE(d["score_third_exact"].GetBool());
  EXPECT_EQ(test::string_array(d["sectors_2030"]), (std::vector<std::string>{"Life Sciences & Health", "ICT"}));
  EXPECT_EQ(d["weight_2030_01234567"].GetDouble(), 2.0);
  EXPECT_EQ(d["participations_2030_01234567"].GetInt(), 2);
  test::expect_edge_attributes(d["edge_attrs"], true);  // expected.hpp, by hand from fixture.hpp
  // 6 of 7 nodes have a position (initiative:node's x is NaN); organisation:node is node 6: (6.5, -13).
  EXPECT_EQ(d["positions"].MemberCount(), 6u);
  EXPECT_FALSE(d["positions"].HasMember("initiative:node"));
  EXPECT_EQ(d["positions"]["organisation:node"][0].GetDouble(), 6.5);
  EXPECT_EQ(d["positions"]["organisation:node"][1].GetDouble(), -13.0);
}

TEST(Cytoscape, WithoutPositionsHasNoPositionKey) {
  const std::string s = cytoscape(false, false);
  EXPECT_EQ(s.find("\"position\""), std::string::npos);
  EXPECT_EQ(s.find('\n'), s.size() - 1);  // compact: one line
}

TEST(Cytoscape, EdgeIdsAvoidNodeIds) {
  // A node called "e0" would clash with the first edge id: edge ids then become "edge:e<k>".
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  model::Initiative i;
  i.id = "e0";
  b.add_initiative(i);
  model::Organisation o;
  o.id = "e1";
  b.add_organisation(o);
  b.add_participation({"e0", "e1"});
  const auto g = b.build();
  std::ostringstream out;
  output::write_cytoscape_json(out, g);
  rapidjson::Document d;
  d.Parse(out.str().c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(std::string(d["elements"]["edges"][0]["data"]["id"].GetString()), "edge:e0");
}

TEST(Cytoscape, RejectsPositionsOfTheWrongSize) {
  const auto g = test::fixture_graph();
  const std::vector<double> x = {1.0, 2.0};
  output::CytoscapeOptions o;
  o.x = x;
  o.y = x;
  std::ostringstream out;
  EXPECT_THROW(output::write_cytoscape_json(out, g, {}, {}, o), std::invalid_argument);
}
