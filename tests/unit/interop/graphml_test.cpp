#include "ppsnet/output/graphml.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

#include "unit/exporters/fixture.hpp"
#include "unit/interop/expected.hpp"
#include "unit/interop/interop_support.hpp"

using namespace ppsnet;

namespace {

std::string graphml() {
  const auto g = test::fixture_graph();
  const auto metrics = test::fixture_metrics();
  const auto categories = test::fixture_categories();
  std::ostringstream out;
  output::write_graphml(out, g, metrics, categories);
  return out.str();
}

}  // namespace

TEST(Graphml, MatchesGoldenFile) { test::expect_interop_golden("fixture.graphml", graphml()); }

TEST(Graphml, ReadBackByNetworkX) {
  rapidjson::Document d;
  if (!test::read_back("graphml", graphml(), d)) GTEST_SKIP() << "NetworkX not installed";
  ASSERT_TRUE(d.IsObject());
  test::expect_structure(d);
  EXPECT_FALSE(d["directed"].GetBool());
  EXPECT_EQ(d["corop"]["2030"].GetInt(), 39);
  EXPECT_TRUE(d["corop_is_int"].GetBool());
  EXPECT_TRUE(d["degree_is_float"].GetBool());
  EXPECT_EQ(std::string(d["sectors_2030"].GetString()), "Life Sciences & Health; ICT");
  EXPECT_EQ(std::string(d["extra_label_2030"].GetString()), "clash");
  EXPECT_EQ(std::string(d["community"]["P<3>"].GetString()), "a,b\"c");
  EXPECT_TRUE(d["community"]["initiative:node"].IsNull());
  EXPECT_TRUE(d["score_third_exact"].GetBool());
  EXPECT_TRUE(d["score_tiny_exact"].GetBool());
  EXPECT_TRUE(d["score_big_exact"].GetBool());
  EXPECT_EQ(test::string_array(d["score_missing"]),
            (std::vector<std::string>{"initiative:node", "01234567", "Zuyd"}));
  EXPECT_EQ(d["weight_2030_01234567"].GetDouble(), 2.0);
  EXPECT_EQ(d["participations_2030_01234567"].GetInt(), 2);
  test::expect_edge_attributes(d["edge_attrs"], false);  // expected.hpp, by hand from fixture.hpp
  EXPECT_EQ(std::string(d["edge_types_2030_01234567"]["first_year"].GetString()), "int");
  EXPECT_EQ(std::string(d["edge_types_2030_01234567"]["contribution_eur"].GetString()), "float");
}

TEST(Graphml, TypedKeysAndEscaping) {
  const std::string s = graphml();
  EXPECT_NE(s.find("attr.name=\"corop\" attr.type=\"int\""), std::string::npos);
  EXPECT_NE(s.find("attr.name=\"score\" attr.type=\"double\""), std::string::npos);
  EXPECT_NE(s.find("attr.name=\"community\" attr.type=\"string\""), std::string::npos);
  EXPECT_NE(s.find("<node id=\"P&lt;3&gt;\">"), std::string::npos);
  EXPECT_NE(s.find("<node id=\"back\\slash\">"), std::string::npos);
  EXPECT_EQ(s.find("<script>"), std::string::npos);
  EXPECT_EQ(s.find("NaN"), std::string::npos);
}

TEST(Graphml, RejectsBadColumns) {
  const auto g = test::fixture_graph();
  std::ostringstream out;
  const std::vector<output::CategoryColumn> dup{{"c", std::vector<std::string>(g.num_nodes())},
                                                {"c", std::vector<std::string>(g.num_nodes())}};
  EXPECT_THROW(output::write_graphml(out, g, {}, dup), std::invalid_argument);
}
