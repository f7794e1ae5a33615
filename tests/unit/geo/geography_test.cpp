// Tests of the built-in geography (engine/src/geo/geography.cpp).
// Expected values: CBS 2015 area codes (12 provinces PV20..PV31, 40 COROP regions CR01..CR40, CBS
// "Gebiedsindelingen"), the shared files derived_corop_provincie_2015.csv and
// derived_corop_adjacency_2015_landborders.csv (computed from the CBS TopoJSON, see shared PROVENANCE.md),
// the ISO 3166-1 list of Debian iso-codes (count printed by tests/reference/geo_country_table.py) and the
// EU-27 member list of the European Union (27 states since 1 February 2020).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "ppsnet/geo/geography.hpp"

namespace geo = ppsnet::geo;

namespace {

const std::string kShared = PPSNET_SHARED_DATA_DIR;

// Minimal splitter for the two derived files: plain comma-separated, no quoted fields.
std::vector<std::vector<std::string>> read_plain_csv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string f;
    while (std::getline(ss, f, ',')) fields.push_back(f);
    rows.push_back(fields);
  }
  return rows;
}

}  // namespace

TEST(Geography, Counts) {
  EXPECT_EQ(geo::provinces().size(), 12u);
  EXPECT_EQ(geo::corop_regions().size(), 40u);
  // 249 ISO 3166-1 codes in Debian iso-codes 4.15 + XK (printed by tests/reference/geo_country_table.py).
  EXPECT_EQ(geo::countries().size(), 250u);
  // 84 land pairs (shared file) + 3 crossings listed in docs/geography.md (13-40, 24-40, 31-32).
  EXPECT_EQ(geo::corop_links().size(), 87u);
}

TEST(Geography, OrderedByCodeAndConsistent) {
  std::uint8_t expect = 20;
  for (const auto& p : geo::provinces()) {
    EXPECT_EQ(p.code, expect++);
    EXPECT_EQ(geo::find_province(p.code), &p);
  }
  expect = 1;
  for (const auto& r : geo::corop_regions()) {
    EXPECT_EQ(r.code, expect++);
    EXPECT_EQ(geo::find_corop(r.code), &r);
    EXPECT_NE(geo::find_province(r.province), nullptr) << r.name;
    EXPECT_EQ(geo::parse_corop(r.name), r.code) << r.name;
  }
  std::string prev;
  for (const auto& c : geo::countries()) {
    EXPECT_LT(prev, std::string(c.iso2));
    prev = std::string(c.iso2);
    EXPECT_EQ(geo::find_country(c.iso2), &c);
    EXPECT_EQ(geo::parse_country(c.name), std::string(c.iso2)) << c.name;
  }
}

TEST(Geography, NamesFromCbs) {
  EXPECT_EQ(geo::find_province(21)->name, "Friesland");
  EXPECT_EQ(geo::find_province(24)->name, "Flevoland");
  EXPECT_EQ(geo::find_province(30)->name, "Noord-Brabant");
  EXPECT_EQ(geo::find_province(31)->name, "Limburg");
  EXPECT_EQ(geo::find_corop(22)->name, "Zaanstreek");
  EXPECT_EQ(geo::find_corop(21)->name, "Agglomeratie Haarlem");
  EXPECT_EQ(geo::find_corop(40)->province, 24);
  EXPECT_EQ(geo::find_corop(0), nullptr);
  EXPECT_EQ(geo::find_corop(41), nullptr);
  EXPECT_EQ(geo::find_province(19), nullptr);
  EXPECT_EQ(geo::find_province(32), nullptr);
}

TEST(Geography, CoropProvinceMatchesSharedFile) {
  const auto path = kShared + "/derived_corop_provincie_2015.csv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data absent: " << path;
  const auto rows = read_plain_csv(path);
  ASSERT_EQ(rows.size(), 40u);
  for (const auto& row : rows) {
    ASSERT_GE(row.size(), 4u);
    const auto code = static_cast<std::uint8_t>(std::stoi(row[0]));
    const auto* r = geo::find_corop(code);
    ASSERT_NE(r, nullptr) << row[0];
    EXPECT_EQ(r->name, row[1]);
    EXPECT_EQ(r->province, std::stoi(row[2])) << row[1];
    EXPECT_EQ(geo::find_province(r->province)->name, row[3]);
  }
}

TEST(Geography, AllLandBordersPresent) {
  const auto path = kShared + "/derived_corop_adjacency_2015_landborders.csv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data absent: " << path;
  const auto rows = read_plain_csv(path);
  ASSERT_EQ(rows.size(), 84u);
  std::set<std::pair<int, int>> land;
  for (const auto& row : rows) {
    const int a = std::stoi(row[0]), b = std::stoi(row[2]);
    land.emplace(std::min(a, b), std::max(a, b));
    EXPECT_TRUE(geo::corop_neighbours(static_cast<std::uint8_t>(a), static_cast<std::uint8_t>(b)))
        << row[1] << " - " << row[3];
  }
  // Every built-in pair without a crossing name is one of the file's land borders, and vice versa.
  std::size_t land_links = 0;
  for (const auto& l : geo::corop_links()) {
    if (l.crossing.empty()) {
      ++land_links;
      EXPECT_TRUE(land.count({l.a, l.b})) << int(l.a) << "-" << int(l.b);
    } else {
      EXPECT_FALSE(land.count({l.a, l.b})) << "crossing duplicates a land border: " << l.crossing;
    }
  }
  EXPECT_EQ(land_links, 84u);
}

TEST(Geography, AdjacencySymmetricIrreflexive) {
  std::size_t pairs = 0;
  for (std::uint8_t a = 0; a <= 41; ++a) {
    EXPECT_FALSE(geo::corop_neighbours(a, a));
    for (std::uint8_t b = 0; b <= 41; ++b) {
      EXPECT_EQ(geo::corop_neighbours(a, b), geo::corop_neighbours(b, a));
      if (a < b && geo::corop_neighbours(a, b)) ++pairs;
    }
    const auto list = geo::corop_neighbour_list(a);
    for (const auto b : list) EXPECT_TRUE(geo::corop_neighbours(a, b));
  }
  EXPECT_EQ(pairs, 87u);  // 84 land + 3 crossings
  EXPECT_TRUE(geo::corop_neighbour_list(0).empty());
  EXPECT_TRUE(geo::corop_neighbour_list(41).empty());
}

TEST(Geography, CrossingsFromDocs) {
  // Westerscheldetunnel: Zeeuwsch-Vlaanderen has no land neighbour, only Overig Zeeland.
  EXPECT_EQ(geo::corop_neighbour_list(31), std::vector<std::uint8_t>{32});
  // Flevoland: land 05, 10, 18 (Afsluitdijk/Houtribdijk are inside the polygons) + bridges to 13 and 24.
  EXPECT_EQ(geo::corop_neighbour_list(40), (std::vector<std::uint8_t>{5, 10, 13, 18, 24}));
  EXPECT_TRUE(geo::corop_neighbours(24, 40));  // Hollandse Brug
  EXPECT_FALSE(geo::corop_neighbours(17, 40));  // no fixed link Utrecht-Flevoland (Eemmeer)
  EXPECT_FALSE(geo::corop_neighbours(23, 40));  // IJmeer not bridged
  EXPECT_FALSE(geo::corop_neighbours(20, 40));
  EXPECT_FALSE(geo::corop_neighbours(31, 33));  // only via Belgium
}

TEST(Geography, ParseCoropVariants) {
  EXPECT_EQ(geo::parse_corop("CR17"), 17);
  EXPECT_EQ(geo::parse_corop("cr17"), 17);
  EXPECT_EQ(geo::parse_corop(" cr17 "), 17);
  EXPECT_EQ(geo::parse_corop("CR01"), 1);
  EXPECT_EQ(geo::parse_corop("17"), 17);
  EXPECT_EQ(geo::parse_corop("017"), 17);
  EXPECT_EQ(geo::parse_corop("3"), 3);
  EXPECT_EQ(geo::parse_corop("Utrecht"), 17);
  EXPECT_EQ(geo::parse_corop("zaanstreek"), 22);
  EXPECT_EQ(geo::parse_corop("AGGLOMERATIE HAARLEM"), 21);
  EXPECT_EQ(geo::parse_corop("Gooi en Vechtstreek"), 24);
  EXPECT_EQ(geo::parse_corop("Arnhem-Nijmegen"), 15);
  EXPECT_EQ(geo::parse_corop("Zuidwest-Fryslân"), 5);
  EXPECT_EQ(geo::parse_corop("Agglomeratie 's-Gravenhage"), 26);
  EXPECT_EQ(geo::parse_corop("CR00"), std::nullopt);
  EXPECT_EQ(geo::parse_corop("41"), std::nullopt);
  EXPECT_EQ(geo::parse_corop("CR"), std::nullopt);
  EXPECT_EQ(geo::parse_corop(""), std::nullopt);
  EXPECT_EQ(geo::parse_corop("Atlantis"), std::nullopt);
  EXPECT_EQ(geo::parse_corop("-5"), std::nullopt);
}

TEST(Geography, ParseProvinceVariants) {
  EXPECT_EQ(geo::parse_province("PV27"), 27);
  EXPECT_EQ(geo::parse_province("pv 27"), 27);
  EXPECT_EQ(geo::parse_province("27"), 27);
  EXPECT_EQ(geo::parse_province("Noord-Holland"), 27);
  EXPECT_EQ(geo::parse_province("noord holland"), 27);
  EXPECT_EQ(geo::parse_province("Fryslân"), 21);
  EXPECT_EQ(geo::parse_province("FRIESLAND"), 21);
  EXPECT_EQ(geo::parse_province("Fryslan"), 21);
  EXPECT_EQ(geo::parse_province("Limburg"), 31);
  EXPECT_EQ(geo::parse_province("19"), std::nullopt);
  EXPECT_EQ(geo::parse_province("PV32"), std::nullopt);
  EXPECT_EQ(geo::parse_province("Vlaanderen"), std::nullopt);
}

TEST(Geography, ParseCountryVariants) {
  EXPECT_EQ(geo::parse_country("NL"), "NL");
  EXPECT_EQ(geo::parse_country("nl"), "NL");
  EXPECT_EQ(geo::parse_country(" de "), "DE");
  EXPECT_EQ(geo::parse_country("EL"), "GR");  // CORDIS / EU interinstitutional code for Greece
  EXPECT_EQ(geo::parse_country("UK"), "GB");
  EXPECT_EQ(geo::parse_country("XK"), "XK");
  EXPECT_EQ(geo::parse_country("Netherlands"), "NL");
  EXPECT_EQ(geo::parse_country("the netherlands"), "NL");
  EXPECT_EQ(geo::parse_country("United Kingdom"), "GB");
  EXPECT_EQ(geo::parse_country("United States of America"), "US");
  EXPECT_EQ(geo::parse_country("Czech Republic"), "CZ");
  EXPECT_EQ(geo::parse_country("Czechia"), "CZ");
  EXPECT_EQ(geo::parse_country("Türkiye"), "TR");
  EXPECT_EQ(geo::parse_country("Turkey"), "TR");
  EXPECT_EQ(geo::parse_country("South Korea"), "KR");
  EXPECT_EQ(geo::parse_country("Cote d'Ivoire"), "CI");
  EXPECT_EQ(geo::parse_country("DEU"), "DE");
  EXPECT_EQ(geo::parse_country("ZZ"), std::nullopt);
  EXPECT_EQ(geo::parse_country(""), std::nullopt);
  EXPECT_EQ(geo::parse_country("Narnia"), std::nullopt);
  EXPECT_EQ(geo::find_country("EL"), nullptr);
  EXPECT_EQ(geo::find_country("gb")->name, "United Kingdom");
}

TEST(Geography, EuMembership) {
  std::size_t members = 0;
  for (const auto& c : geo::countries()) members += c.eu_member ? 1 : 0;
  EXPECT_EQ(members, 27u);
  for (const char* code : {"NL", "BE", "DE", "FR", "GR", "HR", "CY", "MT", "SE", "IE", "nl"}) {
    EXPECT_TRUE(geo::is_eu_member(code)) << code;
  }
  for (const char* code : {"GB", "CH", "NO", "IS", "TR", "US", "UA", "XK", "EL", "UK", "ZZ"}) {
    EXPECT_FALSE(geo::is_eu_member(code)) << code;
  }
}

TEST(Geography, CountryNeighbours) {
  EXPECT_TRUE(geo::country_neighbours("NL", "BE"));
  EXPECT_TRUE(geo::country_neighbours("de", "nl"));
  EXPECT_TRUE(geo::country_neighbours("FR", "GB"));  // Channel Tunnel
  EXPECT_TRUE(geo::country_neighbours("SE", "DK"));  // Oresund bridge
  EXPECT_TRUE(geo::country_neighbours("ES", "PT"));
  EXPECT_TRUE(geo::country_neighbours("LT", "RU"));  // Kaliningrad
  EXPECT_FALSE(geo::country_neighbours("NL", "FR"));
  EXPECT_FALSE(geo::country_neighbours("NL", "NL"));
  EXPECT_FALSE(geo::country_neighbours("GB", "NL"));
  EXPECT_FALSE(geo::country_neighbours("IS", "NO"));
  // Nine neighbours of Germany: DK PL CZ AT CH FR LU BE NL.
  EXPECT_EQ(geo::country_neighbour_list("DE"),
            (std::vector<std::string>{"AT", "BE", "CH", "CZ", "DK", "FR", "LU", "NL", "PL"}));
  EXPECT_EQ(geo::country_neighbour_list("NL"), (std::vector<std::string>{"BE", "DE"}));
  // Symmetry and known codes for every listed border.
  for (const auto& c : geo::countries()) {
    for (const auto& n : geo::country_neighbour_list(c.iso2)) {
      EXPECT_NE(geo::find_country(n), nullptr) << n;
      EXPECT_TRUE(geo::country_neighbours(n, c.iso2));
      const auto back = geo::country_neighbour_list(n);
      EXPECT_NE(std::find(back.begin(), back.end(), std::string(c.iso2)), back.end()) << c.iso2 << "-" << n;
    }
  }
}
