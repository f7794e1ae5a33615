// ppsnet export / draw / ego through the CLI (cli::run in-process) on tests/data/analyze_small, whose facts are
// hand-computed in its README: 4 initiatives + 5 organisations = 9 nodes, 8 distinct links.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "unit/cli_run.hpp"
#include "ppsnet/output/render.hpp"
#include "unit/interop/interop_support.hpp"

using namespace ppsnet;

namespace {

const std::string kData = std::string(PPSNET_TEST_DATA_DIR) + "/analyze_small";

int ppsnet_cli(std::vector<std::string> args) { return test::run_cli(std::move(args)).rc; }

std::filesystem::path temp_dir() {
  const auto dir = std::filesystem::temp_directory_path() / ("ppsnet_interop_cli_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Nodes and edges NetworkX reads from a GEXF/GraphML file, and the label of FL1 ("Fieldlab ""Smart"", Zaandam" in
// the CSV: quotes and a comma).
std::string networkx_summary(const std::string& reader, const std::filesystem::path& file) {
  const std::string code =
      "import sys, json\n"
      "try:\n import networkx as nx\n from networkx.readwrite import gexf as x\n"
      "except ImportError:\n sys.exit(77)\n"
      "x.GEXF.versions['1.3'] = dict(x.GEXF.versions['1.2draft'], NS_GEXF='http://gexf.net/1.3', VERSION='1.3')\n"
      "G = nx." + reader + "(sys.argv[1])\n"
      "print(G.number_of_nodes(), G.number_of_edges(), json.dumps(G.nodes['FL1']['label']), "
      "G.nodes['MBO1']['community'] is not None, type(G.nodes['MBO1']['betweenness']).__name__)\n";
  const std::string script = (file.parent_path() / "read.py").string();
  std::ofstream(script) << code;
  const auto [status, out] = test::run_command("/usr/bin/python3 '" + script + "' '" + file.string() + "'");
  if (status == 77) return "skip";
  return out;
}

}  // namespace

TEST(CliExport, GexfAndGraphmlReadBackByNetworkX) {
  const auto dir = temp_dir();
  for (const auto& [format, reader] : std::vector<std::pair<std::string, std::string>>{
           {"gexf", "read_gexf"}, {"graphml", "read_graphml"}}) {
    const auto file = dir / ("small." + format);
    ASSERT_EQ(ppsnet_cli({"export", kData, "--format", format, "--out", file.string(), "--quiet"}), 0);
    const std::string seen = networkx_summary(reader, file);
    if (seen == "skip") GTEST_SKIP() << "NetworkX not installed";
    EXPECT_EQ(seen, "9 8 \"Fieldlab \\\"Smart\\\", Zaandam\" True float\n") << format;
  }
  std::filesystem::remove_all(dir);
}

TEST(CliExport, JsonFormatsHaveEveryNodeLinkAndPosition) {
  const auto dir = temp_dir();
  const auto cy = dir / "small.cyjs";
  const auto vos = dir / "small.vos.json";
  const auto nl = dir / "small.json";
  ASSERT_EQ(ppsnet_cli({"export", kData, "--format", "cytoscape", "--out", cy.string(), "-q"}), 0);
  ASSERT_EQ(ppsnet_cli({"export", kData, "--format", "vosviewer", "--out", vos.string(), "-q"}), 0);
  ASSERT_EQ(ppsnet_cli({"export", kData, "--format", "node-link-links", "--out", nl.string(), "-q"}), 0);
  rapidjson::Document c, v, n;
  c.Parse(slurp(cy).c_str());
  v.Parse(slurp(vos).c_str());
  n.Parse(slurp(nl).c_str());
  ASSERT_FALSE(c.HasParseError() || v.HasParseError() || n.HasParseError());
  EXPECT_EQ(c["elements"]["nodes"].Size(), 9u);
  EXPECT_EQ(c["elements"]["edges"].Size(), 8u);
  for (const auto& node : c["elements"]["nodes"].GetArray()) EXPECT_TRUE(node.HasMember("position"));
  EXPECT_EQ(v["network"]["items"].Size(), 9u);
  EXPECT_EQ(v["network"]["links"].Size(), 8u);
  for (const auto& item : v["network"]["items"].GetArray()) {
    EXPECT_TRUE(item.HasMember("x") && item.HasMember("y"));
    if (item.HasMember("cluster")) {
      EXPECT_GE(item["cluster"].GetInt(), 1);  // clusters numbered from 1
    }
  }
  EXPECT_TRUE(n.HasMember("links"));
  EXPECT_EQ(n["nodes"].Size(), 9u);
  // --positions none: no coordinates.
  ASSERT_EQ(ppsnet_cli({"export", kData, "--format", "vosviewer", "--positions", "none", "--out", vos.string(), "-q"}),
            0);
  EXPECT_EQ(slurp(vos).find("\"x\":"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(CliExport, CsvWritesNodeAndEdgeTables) {
  const auto dir = temp_dir();
  ASSERT_EQ(ppsnet_cli({"export", kData, "--format", "csv", "--out", (dir / "small.csv").string(), "-q"}), 0);
  const auto count_lines = [](const std::string& s) { return std::count(s.begin(), s.end(), '\n'); };
  // Header + 9 nodes ("Fieldlab ""Smart"", Zaandam" is one quoted field without a line break) and header + 8 edges.
  EXPECT_EQ(count_lines(slurp(dir / "small-nodes.csv")), 10);
  EXPECT_EQ(count_lines(slurp(dir / "small-edges.csv")), 9);
  std::filesystem::remove_all(dir);
}

TEST(CliDraw, EgoRegionAndCommunityViews) {
  const auto dir = temp_dir();
  const auto dot = dir / "v.dot";
  // Ego of MBO1 at radius 2: MBO1, its partners ROC1, C1, HS1, COEorg, and COE1 (through HS1 and C1); C2 is at
  // distance 3. Links: the 4 of MBO1 + COE1--HS1 + COE1--C1 = 6.
  ASSERT_EQ(ppsnet_cli({"ego", kData, "MBO1", "--radius", "2", "--out", dot.string(), "-q"}), 0);
  auto info = output::parse_dot(slurp(dot));
  EXPECT_EQ(info.nodes.size(), 6u);
  EXPECT_EQ(info.num_edges, 6u);
  // Same through draw --view ego.
  ASSERT_EQ(ppsnet_cli({"draw", kData, "--view", "ego", "--id", "MBO1", "--radius", "2", "--out", dot.string(), "-q"}),
            0);
  EXPECT_EQ(output::parse_dot(slurp(dot)).nodes.size(), 6u);
  // Province Noord-Holland: MBO1 (province given) and COE1 (PV27) with all their partners (ROC1, C1, HS1, COEorg,
  // C2): 7 nodes, 4 + 3 = 7 links. COROP Zaanstreek (22): only MBO1 is based there: 5 nodes.
  ASSERT_EQ(ppsnet_cli({"draw", kData, "--view", "region", "--province", "Noord-Holland", "--out", dot.string(), "-q"}),
            0);
  info = output::parse_dot(slurp(dot));
  EXPECT_EQ(info.nodes.size(), 7u);
  EXPECT_EQ(info.num_edges, 7u);
  ASSERT_EQ(ppsnet_cli({"draw", kData, "--view", "region", "--corop", "Zaanstreek", "--out", dot.string(), "-q"}), 0);
  EXPECT_EQ(output::parse_dot(slurp(dot)).nodes.size(), 5u);
  // Community 1 rendered to SVG and the whole network to PNG.
  const auto svg = dir / "c.svg";
  ASSERT_EQ(ppsnet_cli({"draw", kData, "--view", "community", "--community", "1", "--colour", "community", "--out",
                        svg.string(), "-q"}),
            0);
  EXPECT_NE(slurp(svg).find("<svg"), std::string::npos);
  const auto png = dir / "w.png";
  ASSERT_EQ(ppsnet_cli({"draw", kData, "--out", png.string(), "-q"}), 0);
  EXPECT_EQ(slurp(png).substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  std::filesystem::remove_all(dir);
}

TEST(CliDraw, UsageAndDataErrorsGiveStableExitCodes) {
  const auto dir = temp_dir();
  const std::string out = (dir / "x.svg").string();
  EXPECT_EQ(ppsnet_cli({"ego", kData, "NOPE", "--out", out, "-q"}), cli::kInvalidInput);
  EXPECT_EQ(ppsnet_cli({"draw", kData, "--view", "ego", "--out", out, "-q"}), cli::kUsage);  // no --id
  EXPECT_EQ(ppsnet_cli({"draw", kData, "--view", "region", "--out", out, "-q"}), cli::kUsage);
  EXPECT_EQ(ppsnet_cli({"draw", kData, "--view", "region", "--corop", "Atlantis", "--out", out, "-q"}),
            cli::kInvalidInput);
  EXPECT_EQ(ppsnet_cli({"draw", kData, "--view", "community", "--community", "99", "--out", out, "-q"}),
            cli::kInvalidInput);
  EXPECT_EQ(ppsnet_cli({"draw", kData, "--out", (dir / "x.gif").string(), "-q"}), cli::kUsage);
  EXPECT_EQ(ppsnet_cli({"export", kData, "--format", "gexf", "--positions", "sfdp", "--out", out, "-q"}), cli::kUsage);
  std::filesystem::remove_all(dir);
}

TEST(CliExport, SameInputSameBytes) {
  // Positions come from Graphviz sfdp, which starts from a fixed seed: two runs must give identical files.
  const auto dir = temp_dir();
  const auto a = dir / "a.json";
  const auto b = dir / "b.json";
  ASSERT_EQ(ppsnet_cli({"export", kData, "--format", "vosviewer", "--out", a.string(), "-q"}), 0);
  ASSERT_EQ(ppsnet_cli({"export", kData, "--format", "vosviewer", "--out", b.string(), "-q"}), 0);
  EXPECT_EQ(slurp(a), slurp(b));
  std::filesystem::remove_all(dir);
}
