#pragma once
// Fact and calibration tables behind the Katapult-shaped generator (engine/src/synth/katapult.cpp).
// Facts (real): the 36 hogescholen and 18 universities with BRIN, seat municipality and COROP region
// (compiled from DUO "instellingen hbo en wo", Jan 2021), and up to four CBS municipalities per COROP region.
// Calibration (chosen, documented in docs/generator.md): initiatives per COROP region, hogeschool weights,
// regional-partner shares, topsector leanings, name parts.
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace ppsnet::synth::detail {

inline constexpr int kNumTopsectors = 10;
/// Topsector labels (Dutch topsector policy, plus ICT as the key enabling technology).
extern const std::array<std::string_view, kNumTopsectors> kTopsectors;
/// Baseline topsector weights for initiatives (mbo PPS lean to health, technology, ICT).
extern const std::array<double, kNumTopsectors> kTopsectorBase;

struct HigherEducation {
  std::string_view name;          ///< DUO INSTELLINGSNAAM
  std::string_view brin;          ///< DUO BRIN NUMMER
  std::string_view municipality;  ///< CBS municipality name of the seat
  std::uint8_t corop;             ///< CBS COROP code of the seat
  bool university;                ///< wo (true) or hbo (false)
  double mbo_weight;              ///< calibration: how often mbo initiatives name it (hbo only)
  int coes;                       ///< calibration: CoEs it leads at scale 1 (hbo only)
  double coe_partner_weight;      ///< calibration: weight as a partner of CoEs
};
/// 36 hbo institutions then 18 universities, in DUO file order.
std::span<const HigherEducation> higher_education();

/// Municipalities (CBS 2024 names) of each COROP region, main one first. Index = COROP code (0 unused).
std::span<const std::string_view> municipalities(std::uint8_t corop);

/// Initiatives (mbo + CoE) homed in each COROP region at scale 1. Index = COROP code (0 unused). Sum 191.
extern const std::array<int, 41> kInitiativesPerCorop;

/// Share of an initiative's organisations that lie in its own or a neighbouring COROP region.
double regional_share_target(std::uint8_t corop);
/// Share of the non-regional company partners that are abroad.
double international_share_target(std::uint8_t corop);
/// Topsector multipliers for a home region (1 = no leaning).
std::array<double, kNumTopsectors> topsector_leaning(std::uint8_t corop);
/// Weight of a COROP region when a supra-regional company is placed there (economic size proxy).
double economic_weight(std::uint8_t corop);
/// COROP region where a province's AOC (agricultural vocational college) sits.
std::uint8_t aoc_corop(std::uint8_t province);

struct ForeignCountry {
  std::string_view iso2;
  double weight;
  std::string_view legal_form;
  std::array<std::string_view, 3> cities;  ///< "" = unused slot
};
std::span<const ForeignCountry> foreign_countries();
/// True when the COROP region borders Belgium / Germany (more partners from there).
bool borders_belgium(std::uint8_t corop);
bool borders_germany(std::uint8_t corop);

/// Name parts.
std::span<const std::string_view> company_name_heads();
std::span<const std::string_view> company_name_words(int topsector);
std::span<const std::string_view> mbo_themes(int topsector);
std::span<const std::string_view> coe_themes(int topsector);

struct OtherOrganisation {
  std::string_view id;
  std::string_view name;
  std::string_view type;          ///< organisation type text form
  std::string_view municipality;
  std::uint8_t corop;             ///< 0 for national bodies without a regional seat in the model
  int topsector;                  ///< -1 = any
};
/// Real national branch organisations, research institutes and regional development agencies, with their
/// seat. Their participation in the synthetic initiatives is invented.
std::span<const OtherOrganisation> other_organisations();

}  // namespace ppsnet::synth::detail
