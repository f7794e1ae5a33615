#include "ppsnet/query/backbone_view.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

#include "ppsnet/model/graph_builder.hpp"

using namespace ppsnet;

// Hand-made graph: initiatives I1, I2, I3 (node ids 0, 1, 2); organisations o1, o2 in {I1, I2}, o3 in {I2, I3},
// o4 in {I1, I2, I3}.
// Newman weights Σ 1/(d_k − 1): w12 = 1 + 1 + 1/2 = 2.5, w23 = 1 + 1/2 = 1.5, w13 = 1/2 = 0.5.
// Strengths s1 = 3, s2 = 4, s3 = 2; every initiative has k = 2 links, so α_ij = (1 − w_ij / s_i)^1:
//   I1–I2: 1 − 2.5/3 = 0.167 (I1), 1 − 2.5/4 = 0.375 (I2)
//   I2–I3: 1 − 1.5/4 = 0.625 (I2), 1 − 1.5/2 = 0.25  (I3)
//   I1–I3: 1 − 0.5/3 = 0.833 (I1), 1 − 0.5/2 = 0.75  (I3)
// At α = 0.2 only I1–I2 stays (weight 2.5 of 4.5 = 56%); at α = 0.3 also I2–I3.
namespace {

model::PartnerGraph triangle() {
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  for (const char* id : {"I1", "I2", "I3"}) {
    model::Initiative in;
    in.id = id;
    in.kind = model::InitiativeKind::mbo;
    b.add_initiative(in);
  }
  for (const char* id : {"o1", "o2", "o3", "o4"}) {
    model::Organisation o;
    o.id = id;
    o.type = model::OrganisationType::company;
    b.add_organisation(o);
  }
  for (auto [i, o] : {std::pair{"I1", "o1"}, {"I2", "o1"}, {"I1", "o2"}, {"I2", "o2"}, {"I2", "o3"}, {"I3", "o3"},
                      {"I1", "o4"}, {"I2", "o4"}, {"I3", "o4"}})
    b.add_participation({i, o});
  auto g = b.build();
  EXPECT_FALSE(diag.has_errors());
  return g;
}

std::set<std::string> ids(const query::Diagram& d) {
  std::set<std::string> out;
  for (const auto& n : d.nodes) out.insert(n.id);
  return out;
}

const std::vector<double> kCentrality = {1, 3, 2, 0, 0, 0, 0};

}  // namespace

TEST(BackboneView, StrictAlphaKeepsOnlyTheDominantLink) {
  const auto g = triangle();
  query::BackboneViewOptions opt;
  opt.alpha = 0.2;
  const auto d = query::backbone_view(g, kCentrality, {}, opt);
  EXPECT_EQ(ids(d), (std::set<std::string>{"i:I1", "i:I2"}));
  ASSERT_EQ(d.edges.size(), 1u);
  EXPECT_DOUBLE_EQ(d.edges[0].weight, 2.5);
  EXPECT_NE(d.caption.find("α = 0.2 kept 1 of 3 links (56% of the weight)"), std::string::npos) << d.caption;
  EXPECT_NE(d.caption.find("Left out: 1 initiative without a backbone link"), std::string::npos) << d.caption;
}

TEST(BackboneView, LooserAlphaKeepsTheSecondLinkAndTheCapKeepsTheMostCentral) {
  const auto g = triangle();
  query::BackboneViewOptions opt;
  opt.alpha = 0.3;
  auto d = query::backbone_view(g, kCentrality, {}, opt);
  EXPECT_EQ(ids(d), (std::set<std::string>{"i:I1", "i:I2", "i:I3"}));
  EXPECT_EQ(d.edges.size(), 2u);
  opt.max_nodes = 2;  // the two most central: I2 (3) and I3 (2), linked by I2–I3 (1.5)
  d = query::backbone_view(g, kCentrality, {}, opt);
  EXPECT_EQ(ids(d), (std::set<std::string>{"i:I2", "i:I3"}));
  ASSERT_EQ(d.edges.size(), 1u);
  EXPECT_DOUBLE_EQ(d.edges[0].weight, 1.5);
}

TEST(BackboneView, RejectsBadArguments) {
  const auto g = triangle();
  query::BackboneViewOptions opt;
  opt.alpha = 1.5;
  EXPECT_THROW(query::backbone_view(g, kCentrality, {}, opt), std::invalid_argument);
  EXPECT_THROW(query::backbone_view(g, std::vector<double>{1, 2}, {}, {}), std::invalid_argument);
}

// α = 1 keeps all three links (every α_ij < 1). With thinning forced (ratio 0) and top_links = 1 each initiative
// keeps its strongest link: I1 -> I1–I2 (2.5 > 0.5), I2 -> I1–I2 (2.5 > 1.5), I3 -> I2–I3 (1.5 > 0.5).
TEST(BackboneView, ThinningKeepsEachNodesStrongestLinks) {
  const auto g = triangle();
  query::BackboneViewOptions opt;
  opt.alpha = 1.0;
  opt.top_links = 1;
  opt.max_links_per_node_ratio = 0;
  const auto d = query::backbone_view(g, kCentrality, {}, opt);
  std::multiset<double> weights;
  for (const auto& e : d.edges) weights.insert(e.weight);
  EXPECT_EQ(weights, (std::multiset<double>{1.5, 2.5}));
  EXPECT_NE(d.caption.find("Of the 3 backbone links among the nodes shown, each node keeps its 1 strongest."),
            std::string::npos)
      << d.caption;
  opt.top_links = 0;  // never thin
  EXPECT_EQ(query::backbone_view(g, kCentrality, {}, opt).edges.size(), 3u);
}
