#pragma once
// What every reader must see in an export of tests/unit/exporters/fixture.hpp's fixture_graph(), written out by
// hand from the fixture's description (node ids, the 7 edges, names). Ids: the initiative and the organisation that
// share the external id "node" become "initiative:node" / "organisation:node".
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "unit/exporters/fixture.hpp"

namespace ppsnet::test {

inline const std::vector<std::string> kExpectedIds = {"01234567", "2030", "P<3>", "Zuyd", "back\\slash",
                                                     "initiative:node", "organisation:node"};  // sorted (Python order)

inline const std::set<std::pair<std::string, std::string>> kExpectedEdges = {
    {"01234567", "2030"},          {"2030", "Zuyd"},           {"2030", "back\\slash"},
    {"Zuyd", "initiative:node"},   {"initiative:node", "organisation:node"},
    {"01234567", "P<3>"},          {"P<3>", "organisation:node"}};

inline const std::map<std::string, std::string> kExpectedLabels = {
    {"2030", kAgenda},     {"initiative:node", "Graph"}, {"P<3>", kScript},         {"01234567", kCommercie},
    {"Zuyd", kZuyd},       {"back\\slash", kBackslash},  {"organisation:node", kEntity}};

inline std::vector<std::string> string_array(const rapidjson::Value& a) {
  std::vector<std::string> out;
  for (const auto& x : a.GetArray()) out.emplace_back(x.GetString());
  return out;
}

/// Checks nodes, edges (as unordered pairs) and labels printed by interop_read.py.
inline void expect_structure(const rapidjson::Document& d) {
  EXPECT_EQ(string_array(d["nodes"]), kExpectedIds);
  EXPECT_TRUE(d["all_ids_are_str"].GetBool());
  std::set<std::pair<std::string, std::string>> edges;
  for (const auto& e : d["edges"].GetArray()) {
    std::string a = e[0].GetString(), b = e[1].GetString();
    if (b < a) std::swap(a, b);
    edges.emplace(a, b);
  }
  std::set<std::pair<std::string, std::string>> expected;
  for (auto [a, b] : kExpectedEdges) {
    if (b < a) std::swap(a, b);
    expected.emplace(a, b);
  }
  EXPECT_EQ(edges, expected);
  EXPECT_EQ(d["edges"].Size(), 7u);
  for (const auto& [id, label] : kExpectedLabels) {
    ASSERT_TRUE(d["labels"].HasMember(id.c_str())) << id;
    EXPECT_EQ(std::string(d["labels"][id.c_str()].GetString()), label) << id;
  }
  EXPECT_FALSE(d["has_nan_or_inf_token"].GetBool());
}

}  // namespace ppsnet::test
