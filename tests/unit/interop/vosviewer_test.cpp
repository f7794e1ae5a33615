#include "ppsnet/output/vosviewer.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

#include "unit/exporters/fixture.hpp"
#include "unit/interop/expected.hpp"
#include "unit/interop/interop_support.hpp"

using namespace ppsnet;

namespace {

// Communities per node (0-based, -1 = none): written as clusters 1, -, 2, 1, 1, -, 3.
const std::vector<int> kCommunity = {0, -1, 1, 0, 0, -1, 2};
const std::vector<double> kX = {0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5};
const std::vector<double> kY = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0};

std::string vosviewer(bool pretty) {
  const auto g = test::fixture_graph();
  const auto metrics = test::fixture_metrics();
  const auto categories = test::fixture_categories();
  output::VosviewerOptions o;
  o.title = "Fixture \"network\"";
  o.description = "names with <tags> & quotes";
  o.cluster = kCommunity;
  o.x = kX;
  o.y = kY;
  o.pretty = pretty;
  std::ostringstream out;
  output::write_vosviewer_json(out, g, metrics, categories, o);
  return out.str();
}

}  // namespace

TEST(Vosviewer, MatchesGoldenFile) { test::expect_interop_golden("fixture.vosviewer.json", vosviewer(true)); }

TEST(Vosviewer, ReadBackByJson) {
  rapidjson::Document d;
  if (!test::read_back("vosviewer", vosviewer(false), d)) GTEST_SKIP() << "NetworkX not installed";
  ASSERT_TRUE(d.IsObject());
  test::expect_structure(d);
  // Clusters numbered from 1; none for the two nodes without a community.
  const std::map<std::string, int> clusters = {{"2030", 1}, {"P<3>", 2}, {"01234567", 1}, {"Zuyd", 1},
                                               {"organisation:node", 3}};
  for (const auto& [id, c] : clusters) EXPECT_EQ(d["cluster"][id.c_str()].GetInt(), c) << id;
  EXPECT_TRUE(d["cluster"]["initiative:node"].IsNull());
  EXPECT_TRUE(d["cluster"]["back\\slash"].IsNull());
  // Links = distinct partners (fixture: [0]=3 [1]=2 [2]=2 [3]=2 [4]=2 [5]=1 [6]=2); Total link strength = sum of
  // weights: 2030 has 2 + 1 + 1 = 4, 01234567 has 2 (from 2030) + 1 (P<3>) = 3, the rest equal their Links.
  const std::map<std::string, std::pair<int, double>> weights = {
      {"2030", {3, 4.0}}, {"initiative:node", {2, 2.0}}, {"P<3>", {2, 2.0}},          {"01234567", {2, 3.0}},
      {"Zuyd", {2, 2.0}}, {"back\\slash", {1, 1.0}},      {"organisation:node", {2, 2.0}}};
  for (const auto& [id, w] : weights) {
    EXPECT_EQ(d["links_weight"][id.c_str()].GetInt(), w.first) << id;
    EXPECT_EQ(d["total_link_strength"][id.c_str()].GetDouble(), w.second) << id;
  }
  EXPECT_EQ(test::string_array(d["score_missing"]),
            (std::vector<std::string>{"01234567", "Zuyd", "initiative:node"}));
  EXPECT_EQ(std::string(d["description_2030"].GetString()),
            "initiative (coe)<br>Heerlen, Zuid-Limburg, Limburg, NL<br>Life Sciences &amp; Health; ICT");
  EXPECT_EQ(d["xy"]["organisation:node"][0].GetDouble(), 3.5);
  EXPECT_EQ(d["xy"]["organisation:node"][1].GetDouble(), 7.0);
  EXPECT_EQ(d["strength_2030_01234567"].GetDouble(), 2.0);
  EXPECT_EQ(test::string_array(d["terminology_keys"]),
            (std::vector<std::string>{"item", "items", "link", "link_strength", "links", "total_link_strength"}));
  EXPECT_EQ(std::string(d["info_title"].GetString()), "Fixture \"network\"");
}

TEST(Vosviewer, RejectsBadClusters) {
  const auto g = test::fixture_graph();
  std::ostringstream out;
  const std::vector<int> short_clusters = {0, 1};
  output::VosviewerOptions o;
  o.cluster = short_clusters;
  EXPECT_THROW(output::write_vosviewer_json(out, g, {}, {}, o), std::invalid_argument);
  const std::vector<int> negative = {0, -2, 0, 0, 0, 0, 0};
  o.cluster = negative;
  EXPECT_THROW(output::write_vosviewer_json(out, g, {}, {}, o), std::invalid_argument);
}
