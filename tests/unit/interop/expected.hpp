#pragma once
// What every reader must see in an export of tests/unit/exporters/fixture.hpp's fixture_graph(), written out by
// hand from the fixture's description (node ids, the 7 edges, names). Ids: the initiative and the organisation that
// share the external id "node" become "initiative:node" / "organisation:node".
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <map>
#include <optional>
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

/// What the participations folded into each edge carry, written out by hand from fixture.hpp's description.
struct ExpectedEdge {
  std::vector<std::string> roles;  // distinct, sorted alphabetically
  std::vector<int> years;          // distinct, ascending
  std::optional<double> contribution_eur;
};
inline const std::map<std::string, ExpectedEdge> kExpectedEdgeAttributes = {
    {"01234567|2030", {{"cofunder", "partner"}, {2019, 2021}, 1000.25 + 500.5}},  // = 1500.75 exactly
    {"2030|Zuyd", {{"lead"}, {}, std::nullopt}},
    {"2030|back\\slash", {{"partner"}, {2018}, std::nullopt}},
    {"Zuyd|initiative:node", {{"partner"}, {}, std::nullopt}},
    {"initiative:node|organisation:node", {{"partner"}, {}, std::nullopt}},
    {"01234567|P<3>", {{"partner"}, {}, 0.1}},
    {"P<3>|organisation:node", {{"partner"}, {}, std::nullopt}}};

/// Checks `attrs` = {"a|b": {roles, years, first_year, last_year, contribution_eur}} as printed by the read-back
/// scripts. `lists`: roles/years are arrays (JSON formats); otherwise "; "-joined text (XML formats), and a missing
/// value is null in both.
inline void expect_edge_attributes(const rapidjson::Value& attrs, bool lists) {
  ASSERT_TRUE(attrs.IsObject());
  EXPECT_EQ(attrs.MemberCount(), kExpectedEdgeAttributes.size());
  const auto joined = [](const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i > 0 ? "; " : "") + parts[i];
    return out;
  };
  for (const auto& [key, want] : kExpectedEdgeAttributes) {
    ASSERT_TRUE(attrs.HasMember(key.c_str())) << key;
    const rapidjson::Value& e = attrs[key.c_str()];
    std::vector<std::string> years_text;
    for (int y : want.years) years_text.push_back(std::to_string(y));
    if (lists) {
      EXPECT_EQ(string_array(e["roles"]), want.roles) << key;
      std::vector<int> years;
      for (const auto& y : e["years"].GetArray()) years.push_back(y.GetInt());
      EXPECT_EQ(years, want.years) << key;
    } else {
      EXPECT_EQ(std::string(e["roles"].GetString()), joined(want.roles)) << key;
      if (want.years.empty()) {
        EXPECT_TRUE(e["years"].IsNull()) << key;
      } else {
        EXPECT_EQ(std::string(e["years"].GetString()), joined(years_text)) << key;
      }
    }
    if (want.years.empty()) {
      EXPECT_TRUE(e["first_year"].IsNull()) << key;
      EXPECT_TRUE(e["last_year"].IsNull()) << key;
    } else {
      EXPECT_EQ(e["first_year"].GetInt(), want.years.front()) << key;
      EXPECT_EQ(e["last_year"].GetInt(), want.years.back()) << key;
    }
    if (want.contribution_eur) {
      EXPECT_EQ(e["contribution_eur"].GetDouble(), *want.contribution_eur) << key;  // exact: shortest round trip
    } else {
      EXPECT_TRUE(e["contribution_eur"].IsNull()) << key;
    }
  }
}

}  // namespace ppsnet::test
