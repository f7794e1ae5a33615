#include "ppsnet/query/diagram_clusters.hpp"

#include <gtest/gtest.h>

#include <map>
#include <stdexcept>

#include "ppsnet/output/dot.hpp"
#include "ppsnet/output/render.hpp"
#include "ppsnet/query/network_view.hpp"
#include "unit/exporters/fixture.hpp"

using namespace ppsnet;

// Fixture nodes (tests/unit/exporters/fixture.hpp): [0] i:2030 [1] i:node [2] i:P<3> [3] o:01234567 [4] o:Zuyd
// [5] o:back\slash [6] o:node. Hand-made communities: 0 = {2030, 01234567, Zuyd} labelled "Limburg", 1 = {P<3>},
// 2 = {organisation node}; initiative node and back\slash have none.
TEST(DiagramClusters, MembersOfACommunityShareANamedClusterAndGraphvizDrawsThem) {
  const auto g = test::fixture_graph();
  const std::vector<int> community = {0, -1, 1, 0, 0, -1, 2};
  query::CommunitySummary c0, c1, c2;
  c0.label = "Limburg";
  const std::vector<query::CommunitySummary> summaries = {c0, c1, c2};
  auto d = query::network_view(g, std::vector<double>{3, 2, 2, 2, 2, 1, 2}, std::vector<int>(7, 0), 0, {});
  query::cluster_by_community(d, g, community, summaries);
  std::map<std::string, std::string> cluster;
  for (const auto& n : d.nodes) cluster[n.id] = n.cluster;
  EXPECT_EQ(cluster.at("i:2030"), "community 1: Limburg");
  EXPECT_EQ(cluster.at("o:Zuyd"), "community 1: Limburg");
  EXPECT_EQ(cluster.at("i:P<3>"), "community 2");
  EXPECT_EQ(cluster.at("o:node"), "community 3");
  EXPECT_EQ(cluster.at("i:node"), "");
  EXPECT_EQ(cluster.at("o:back\\slash"), "");
  d.layout = "fdp";
  const auto info = output::parse_dot(output::to_dot(d));
  EXPECT_EQ(info.subgraphs.size(), 3u);  // three communities among the drawn nodes
  EXPECT_EQ(info.nodes.size(), d.nodes.size());
  EXPECT_FALSE(output::render_to_string(output::to_dot(d), "svg", "fdp").empty());
  EXPECT_THROW(query::cluster_by_community(d, g, std::vector<int>{0}, summaries), std::invalid_argument);
}
