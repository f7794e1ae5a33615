#include "ppsnet/output/json.hpp"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

#include "unit/exporters/fixture.hpp"
#include "unit/interop/expected.hpp"

using namespace ppsnet;

namespace {

std::string node_link(const output::NodeLinkOptions& options = {}) {
  const auto g = test::fixture_graph();
  const auto metrics = test::fixture_metrics();
  const auto categories = test::fixture_categories();
  std::ostringstream out;
  output::write_node_link_json(out, g, metrics, categories, options);
  return out.str();
}

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str(), text.size());
  EXPECT_FALSE(d.HasParseError()) << "offset " << d.GetErrorOffset();
  return d;
}

const rapidjson::Value* node_by_id(const rapidjson::Document& d, const std::string& id) {
  for (const auto& n : d["nodes"].GetArray()) {
    if (n["id"].IsString() && id == n["id"].GetString()) return &n;
  }
  return nullptr;
}

std::set<std::string> keys(const rapidjson::Value& object) {
  std::set<std::string> out;
  for (const auto& m : object.GetObject()) out.insert(m.name.GetString());
  return out;
}

// Runs a command and returns (exit status, stdout).
std::pair<int, std::string> run(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return {-1, output};
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) output.append(buf, n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

}  // namespace

TEST(NodeLinkJson, MatchesGoldenFilePretty) {
  output::NodeLinkOptions o;
  o.pretty = true;
  test::expect_golden("fixture.node-link.json", node_link(o));
}

TEST(NodeLinkJson, MatchesGoldenFileCompactWithLinksKey) {
  output::NodeLinkOptions o;
  o.links_key = true;
  test::expect_golden("fixture.node-link.links.json", node_link(o));
}

TEST(NodeLinkJson, CompactAndPrettyAreTheSameDocument) {
  output::NodeLinkOptions pretty;
  pretty.pretty = true;
  const std::string compact = node_link();
  EXPECT_EQ(compact.find('\n'), compact.size() - 1);  // one line
  EXPECT_TRUE(parse(compact) == parse(node_link(pretty)));
}

TEST(NodeLinkJson, ShapeIdsAndMissingValues) {
  const auto d = parse(node_link());
  EXPECT_FALSE(d["directed"].GetBool());
  EXPECT_FALSE(d["multigraph"].GetBool());
  EXPECT_EQ(d["graph"]["num_initiatives"].GetUint(), 3u);
  ASSERT_EQ(d["nodes"].Size(), 7u);
  ASSERT_EQ(d["edges"].Size(), 7u);  // 8 participations, the repeated pair folded (see fixture.hpp)
  for (const auto& n : d["nodes"].GetArray()) EXPECT_TRUE(n["id"].IsString());
  // "node" is an initiative id and an organisation id: both are prefixed; digit ids stay strings with zeros.
  EXPECT_EQ(node_by_id(d, "node"), nullptr);
  ASSERT_NE(node_by_id(d, "initiative:node"), nullptr);
  ASSERT_NE(node_by_id(d, "organisation:node"), nullptr);
  const auto* agenda = node_by_id(d, "2030");
  const auto* commercie = node_by_id(d, "01234567");
  ASSERT_NE(agenda, nullptr);
  ASSERT_NE(commercie, nullptr);
  EXPECT_EQ(std::string((*agenda)["label"].GetString()), test::kAgenda);
  EXPECT_EQ((*agenda)["bipartite"].GetInt(), 0);
  EXPECT_EQ((*commercie)["bipartite"].GetInt(), 1);
  EXPECT_EQ(std::string((*commercie)["kvk"].GetString()), "01234567");
  EXPECT_TRUE((*commercie)["brin"].IsNull());
  // COROP 39 is Zuid-Limburg and province 31 Limburg (CBS Gebiedsindelingen 2015).
  EXPECT_EQ(std::string((*agenda)["corop_name"].GetString()), "Zuid-Limburg");
  EXPECT_EQ(std::string((*agenda)["province_name"].GetString()), "Limburg");
  EXPECT_EQ((*agenda)["start_year"].GetInt(), 2019);
  // The extra attribute "label" clashes with the label field and is renamed; "budget" is kept.
  EXPECT_EQ(std::string((*agenda)["extra_label"].GetString()), "clash");
  EXPECT_EQ(std::string((*agenda)["budget"].GetString()), "1,5 mln");
  // Missing metric (NaN, +inf, -inf) and category ("") values are null.
  EXPECT_TRUE((*node_by_id(d, "initiative:node"))["score"].IsNull());
  EXPECT_TRUE((*commercie)["score"].IsNull());
  EXPECT_TRUE((*node_by_id(d, "Zuyd"))["score"].IsNull());
  EXPECT_TRUE((*node_by_id(d, "initiative:node"))["community"].IsNull());
  EXPECT_EQ((*agenda)["score"].GetDouble(), 1.0 / 3.0);
  // Every organisation has the same keys (unknown values are null, not absent).
  EXPECT_EQ(keys(*commercie), keys(*node_by_id(d, "back\\slash")));
  // The repeated pair: weight 2, two participation records.
  const auto& e0 = d["edges"][0];
  EXPECT_EQ(std::string(e0["source"].GetString()), "2030");
  EXPECT_EQ(std::string(e0["target"].GetString()), "01234567");
  EXPECT_EQ(e0["weight"].GetDouble(), 2.0);
  EXPECT_EQ(e0["participations"].GetUint(), 2u);
}

TEST(NodeLinkJson, NeverWritesNanOrInfinity) {
  const std::string text = node_link();
  EXPECT_EQ(text.find("NaN"), std::string::npos);
  EXPECT_EQ(text.find("Infinity"), std::string::npos);
  EXPECT_EQ(text.find("inf"), std::string::npos);
}

TEST(NodeLinkJson, InvalidUtf8IsReplaced) {
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  model::Initiative i;
  i.id = "x";
  i.name = std::string("bad \xFF byte");
  b.add_initiative(i);
  const auto g = b.build();
  std::ostringstream out;
  output::write_node_link_json(out, g);
  const auto d = parse(out.str());
  EXPECT_EQ(std::string(d["nodes"][0]["label"].GetString()), "bad \xEF\xBF\xBD byte");
}

TEST(NodeLinkJson, RejectsBadColumns) {
  const auto g = test::fixture_graph();
  std::ostringstream out;
  const std::vector<output::MetricColumn> short_column{{"degree", {1, 2}}};
  EXPECT_THROW(output::write_node_link_json(out, g, short_column), std::invalid_argument);
  const std::vector<output::MetricColumn> reserved{{"label", std::vector<double>(7, 0.0)}};
  EXPECT_THROW(output::write_node_link_json(out, g, reserved), std::invalid_argument);
  const std::vector<output::MetricColumn> metric{{"c", std::vector<double>(7, 0.0)}};
  const std::vector<output::CategoryColumn> same_name{{"c", std::vector<std::string>(7)}};
  EXPECT_THROW(output::write_node_link_json(out, g, metric, same_name), std::invalid_argument);
}

// NetworkX reads the file back (script tests/unit/exporters/networkx_read.py, run with /usr/bin/python3).
class NodeLinkJsonNetworkX : public ::testing::TestWithParam<bool> {};

TEST_P(NodeLinkJsonNetworkX, ReadsTheFileBack) {
  const bool links = GetParam();
  output::NodeLinkOptions o;
  o.links_key = links;
  const auto path = test::temp_path(std::string("node_link_") + (links ? "links" : "edges") + ".json");
  {
    std::ofstream f(path, std::ios::binary);
    f << node_link(o);
  }
  const std::string script = std::string(PPSNET_SOURCE_DIR) + "/tests/unit/exporters/networkx_read.py";
  if (run("/usr/bin/python3 -c 'import networkx' 2>/dev/null").first != 0) {
    GTEST_SKIP() << "python3-networkx is not installed";
  }
  const auto [status, output] =
      run("/usr/bin/python3 '" + script + "' '" + path.string() + "' " + (links ? "links" : "edges"));
  std::filesystem::remove(path);
  ASSERT_EQ(status, 0) << output;
  const auto r = parse(output);
  EXPECT_FALSE(r["directed"].GetBool());
  EXPECT_FALSE(r["multigraph"].GetBool());
  EXPECT_EQ(r["nodes"].GetInt(), 7);  // 3 initiatives + 4 organisations (fixture.hpp)
  EXPECT_EQ(r["edges"].GetInt(), 7);
  EXPECT_EQ(r["initiatives"].GetInt(), 3);
  EXPECT_TRUE(r["is_bipartite_split"].GetBool());
  EXPECT_TRUE(r["all_ids_are_str"].GetBool());
  EXPECT_EQ(std::string(r["label_01234567"].GetString()), test::kCommercie);
  EXPECT_EQ(std::string(r["label_back_slash"].GetString()), test::kBackslash);
  EXPECT_EQ(r["weight_2030_01234567"].GetDouble(), 2.0);
  EXPECT_EQ(r["participations_2030_01234567"].GetInt(), 2);
  EXPECT_TRUE(r["score_third_exact"].GetBool());
  EXPECT_TRUE(r["score_tiny_exact"].GetBool());
  EXPECT_TRUE(r["score_big_exact"].GetBool());
  EXPECT_TRUE(r["score_missing_is_none"].GetBool());
  EXPECT_FALSE(r["has_nan_or_inf_token"].GetBool());
  test::expect_edge_attributes(r["edge_attrs"], true);  // by hand from fixture.hpp (unit/interop/expected.hpp)
  EXPECT_TRUE(r["contribution_is_float"].GetBool());
  EXPECT_TRUE(r["first_year_is_int"].GetBool());
}

INSTANTIATE_TEST_SUITE_P(EdgesAndLinksKeys, NodeLinkJsonNetworkX, ::testing::Bool());
