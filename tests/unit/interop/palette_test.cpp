#include "ppsnet/query/palette.hpp"

#include <gtest/gtest.h>

#include "ppsnet/model/graph_builder.hpp"

using namespace ppsnet;

// Legend names: a CoE initiative and a CoE taking part as an organisation must read differently; community
// numbers are 1-based; colouring by community without a community list falls back to type.
TEST(NodeColour, LegendNamesTellCoeInitiativesFromCoePartners) {
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  model::Initiative coe;
  coe.id = "C";
  coe.kind = model::InitiativeKind::coe;
  b.add_initiative(coe);
  model::Organisation partner;
  partner.id = "P";
  partner.type = model::OrganisationType::coe;
  b.add_organisation(partner);
  b.add_participation({"C", "P"});
  const auto g = b.build();
  EXPECT_EQ(query::node_colour(g, 0, query::ColourBy::type, {}).legend, "initiative: coe");
  EXPECT_EQ(query::node_colour(g, 1, query::ColourBy::type, {}).legend, "coe (as partner)");
  EXPECT_EQ(query::node_colour(g, 1, query::ColourBy::type, {}).colour, query::colour_of(model::OrganisationType::coe));
  const std::vector<int> community = {4, -1};
  EXPECT_EQ(query::node_colour(g, 0, query::ColourBy::community, community).legend, "community 5");
  EXPECT_EQ(query::node_colour(g, 1, query::ColourBy::community, community).legend, "no community");
  EXPECT_EQ(query::node_colour(g, 1, query::ColourBy::community, {}).legend, "coe (as partner)");
}
