#pragma once
// Shared fixtures for the exporter tests: a small PartnerGraph and a Diagram whose names contain everything that
// breaks naive writers (quotes, backslashes, newlines, DOT keywords, digit-leading ids with leading zeros, ':',
// '<script>', '&' and a literal "&amp;", UTF-8), plus golden-file comparison.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <sstream>
#include <string>

#include <unistd.h>

#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/output/columns.hpp"
#include "ppsnet/query/diagram.hpp"

namespace ppsnet::test {

// Display names used in both fixtures.
inline const std::string kAgenda = "Agenda 2030: \"Slimme\" Zorg";          // quotes and ':'
inline const std::string kCommercie = "Commerciële Dienstverlening \"Noord\"";  // UTF-8 and quotes
inline const std::string kZuyd = "Zuyd Hogeschool";
inline const std::string kBackslash = "Back\\slash & Co\nLine two";          // backslash, '&', newline
inline const std::string kScript = "<script>alert(1)</script>";
inline const std::string kEntity = "R&D &amp; Partners: Port 80";            // literal entity text, ':'

/// Graph (initiatives first, node ids in brackets):
///   initiatives [0] "2030" kAgenda (coe, Heerlen, COROP 39, PV31, sectors Life Sciences & Health; ICT, 2019,
///                        extra budget="1,5 mln", label="clash")
///               [1] "node" name "Graph" (mbo, no location, extra website=...)
///               [2] "P<3>" kScript (fieldlab, NL)
///   organisations [3] "01234567" kCommercie (company, KvK 01234567, Groningen, COROP 3, PV20)
///                 [4] "Zuyd" kZuyd (hogeschool, BRIN 12AB, Heerlen, COROP 39, PV31)
///                 [5] "back\slash" kBackslash (research-institute, PIC 999999999)
///                 [6] "node" kEntity (other, BE)  -- same external id as initiative [1]
///   participations: 2030-01234567 twice (partner 2019 EUR 1000.25; cofunder 2021 EUR 500.5), 2030-Zuyd (lead),
///                   2030-back\slash (2018), node-Zuyd, node-node, P<3>-01234567 (EUR 0.1), P<3>-node
///                   => 7 edges, weight 2 on 2030-01234567, 1 elsewhere; other roles partner.
///   edge attributes by hand: 2030-01234567 roles {cofunder, partner}, years {2019, 2021}, contribution
///   1000.25 + 500.5 = 1500.75; 2030-Zuyd roles {lead}, no year, no contribution; 2030-back\slash years {2018};
///   P<3>-01234567 contribution 0.1; all others roles {partner}, no year, no contribution.
///   degrees: [0]=3 [1]=2 [2]=2 [3]=2 [4]=2 [5]=1 [6]=2.
inline model::PartnerGraph fixture_graph() {
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  model::Initiative a;
  a.id = "2030";
  a.name = kAgenda;
  a.kind = model::InitiativeKind::coe;
  a.lead_organisation_id = "Zuyd";
  a.location = {"Heerlen", 39, 31, "NL"};
  a.sectors = {"Life Sciences & Health", "ICT"};
  a.start_year = 2019;
  a.extra = {{"budget", "1,5 mln"}, {"label", "clash"}};
  b.add_initiative(a);
  model::Initiative n;
  n.id = "node";
  n.name = "Graph";
  n.kind = model::InitiativeKind::mbo;
  n.extra = {{"website", "https://example.org/?a=1&b=2"}};
  b.add_initiative(n);
  model::Initiative s;
  s.id = "P<3>";
  s.name = kScript;
  s.kind = model::InitiativeKind::fieldlab;
  s.location.country = "NL";
  b.add_initiative(s);

  model::Organisation c;
  c.id = "01234567";
  c.name = kCommercie;
  c.type = model::OrganisationType::company;
  c.kvk = "01234567";
  c.location = {"Groningen", 3, 20, "NL"};
  b.add_organisation(c);
  model::Organisation z;
  z.id = "Zuyd";
  z.name = kZuyd;
  z.type = model::OrganisationType::hogeschool;
  z.brin = "12AB";
  z.location = {"Heerlen", 39, 31, "NL"};
  z.sectors = {"Life Sciences & Health"};
  b.add_organisation(z);
  model::Organisation k;
  k.id = "back\\slash";
  k.name = kBackslash;
  k.type = model::OrganisationType::research_institute;
  k.pic = "999999999";
  b.add_organisation(k);
  model::Organisation e;
  e.id = "node";
  e.name = kEntity;
  e.type = model::OrganisationType::other;
  e.location.country = "BE";
  b.add_organisation(e);

  b.add_participation({"2030", "01234567", model::Role::partner, 2019, 1000.25});
  b.add_participation({"2030", "01234567", model::Role::cofunder, 2021, 500.5});
  b.add_participation({"2030", "Zuyd", model::Role::lead});
  b.add_participation({"2030", "back\\slash", model::Role::partner, 2018});
  b.add_participation({"node", "Zuyd"});
  b.add_participation({"node", "node"});
  b.add_participation({"P<3>", "01234567", model::Role::partner, std::nullopt, 0.1});
  b.add_participation({"P<3>", "node"});
  auto g = b.build();
  EXPECT_FALSE(diag.has_errors());
  return g;
}

/// Metric columns for fixture_graph(): "degree" (hand-counted above) and "score" with missing values and numbers
/// that need all 17 significant digits.
inline std::vector<output::MetricColumn> fixture_metrics() {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  return {{"degree", {3, 2, 2, 2, 2, 1, 2}},
          {"score", {1.0 / 3.0, nan, 0.1, inf, -inf, 1e-300, 123456789.125}}};
}

inline std::vector<output::CategoryColumn> fixture_categories() {
  return {{"community", {"Zorg", "", "a,b\"c", "Zorg", "Zorg", "", "Noord"}}};
}

/// Diagram with the same awkward names as node ids and labels, two clusters, a legend and edges whose weights
/// span three orders of magnitude.
inline query::Diagram fixture_diagram() {
  query::Diagram d;
  d.title = "Fixture \"network\"";
  d.caption = "showing 7 of 7 nodes: \"all\" & nothing\\hidden";
  d.layout = "sfdp";
  const auto node = [&](std::string id, std::string label, std::string colour, std::string shape, bool show,
                        std::string cluster) {
    query::DiagramNode n;
    n.id = std::move(id);
    n.label = label;
    n.tooltip = label + "\ntype: test";
    n.fill_colour = std::move(colour);
    n.shape = std::move(shape);
    n.size = 0.25;
    n.show_label = show;
    n.cluster = std::move(cluster);
    d.nodes.push_back(std::move(n));
  };
  node("2030", kAgenda, "#1b9e77", "box", true, "Limburg \"Zuid\"");
  node("node", "Graph", "#1b9e77", "box", true, "");
  node("P<3>", kScript, "#1b9e77", "box", true, "");
  node("01234567", kCommercie, "#d95f02", "ellipse", true, "");
  node("Zuyd", kZuyd, "#d95f02", "ellipse", true, "Limburg \"Zuid\"");
  node("back\\slash", kBackslash, "#d95f02", "ellipse", true, "");
  node("graph:node", kEntity, "#d95f02", "ellipse", false, "strict");
  d.edges = {{0, 3, 1.0}, {0, 4, 10.0}, {0, 5, 1000.0}, {1, 4, 1.0}, {1, 6, 1.0}, {2, 3, 1.0}, {2, 6, 1.0}};
  d.legend = {{"initiative", "#1b9e77", "box"}, {"organisation \"org\"", "#d95f02", "ellipse"}};
  return d;
}

/// A temporary file path unique to this process and `tag` (ctest runs test cases in parallel processes).
inline std::filesystem::path temp_path(const std::string& tag) {
  return std::filesystem::temp_directory_path() / ("ppsnet_exporters_" + std::to_string(getpid()) + "_" + tag);
}

/// Compares `actual` byte for byte with tests/data/exporters/<name>. With PPSNET_UPDATE_GOLDEN=1 in the
/// environment the file is (re)written instead (scripts/update-golden.sh); review the diff before committing.
inline void expect_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(PPSNET_TEST_DATA_DIR) + "/exporters/" + name;
  const char* update = std::getenv("PPSNET_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << actual;
    ASSERT_TRUE(out.good()) << "cannot write " << path;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in.good()) << "missing golden file " << path << " (run scripts/update-golden.sh)";
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str()) << "output differs from " << path
                                    << "; if the change is intended run scripts/update-golden.sh and review git diff";
}

}  // namespace ppsnet::test
