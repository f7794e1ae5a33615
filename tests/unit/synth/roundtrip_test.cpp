// The written format-v1 folder reads back (import::load_dataset) into the same graph, without diagnostics.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "ppsnet/import/dataset.hpp"
#include "ppsnet/output/dataset_v1.hpp"
#include "ppsnet/synth/katapult.hpp"

namespace {

using namespace ppsnet;

/// A path in the temporary folder, unique per test process (several build trees may run the suite at once).
std::filesystem::path tmp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
}

/// CSV cannot tell a missing extra attribute from an empty one (the importer keeps empty cells of extra
/// columns as empty values): compare the non-empty ones.
model::ExtraAttributes non_empty(const model::ExtraAttributes& e) {
  model::ExtraAttributes out;
  for (const auto& kv : e)
    if (!kv.second.empty()) out.push_back(kv);
  return out;
}

void expect_same_location(const model::Location& a, const model::Location& b, const std::string& who) {
  EXPECT_EQ(a.municipality, b.municipality) << who;
  EXPECT_EQ(a.corop, b.corop) << who;
  EXPECT_EQ(a.province, b.province) << who;
  EXPECT_EQ(a.country, b.country) << who;
}

TEST(DatasetV1RoundTrip, GeneratedFolderReadsBackUnchanged) {
  model::Diagnostics d;
  synth::KatapultOptions o;
  o.seed = 5;
  o.scale = 0.2;
  const auto g = synth::generate_katapult(o, d);
  const auto dir = tmp_path("ppsnet_synth_roundtrip");
  std::filesystem::remove_all(dir);
  output::write_dataset_v1(g, dir.string());

  const auto r = import::load_dataset(dir.string(), import::ImportOptions{});
  for (const auto& diag : r.diagnostics.items()) ADD_FAILURE() << diag.format();
  const auto& h = r.graph;
  ASSERT_EQ(h.num_initiatives(), g.num_initiatives());
  ASSERT_EQ(h.num_organisations(), g.num_organisations());
  ASSERT_EQ(h.num_edges(), g.num_edges());
  ASSERT_EQ(h.participations().size(), g.participations().size());
  for (model::NodeId v = 0; v < g.num_initiatives(); ++v) {
    const auto& a = g.initiative(v);
    const auto w = h.find_initiative(a.id);
    ASSERT_TRUE(w.has_value()) << a.id;
    const auto& b = h.initiative(*w);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.lead_organisation_id, b.lead_organisation_id);
    EXPECT_EQ(a.sectors, b.sectors);
    EXPECT_EQ(a.start_year, b.start_year);
    EXPECT_EQ(non_empty(a.extra), non_empty(b.extra)) << a.id;
    expect_same_location(a.location, b.location, a.id);
  }
  for (std::size_t i = 0; i < g.num_organisations(); ++i) {
    const auto& a = g.organisation(g.organisation_node(i));
    const auto w = h.find_organisation(a.id);
    ASSERT_TRUE(w.has_value()) << a.id;
    const auto& b = h.organisation(*w);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.kvk, b.kvk);
    EXPECT_EQ(a.brin, b.brin);
    EXPECT_EQ(a.initiative_id, b.initiative_id);
    EXPECT_EQ(a.sectors, b.sectors);
    EXPECT_EQ(non_empty(a.extra), non_empty(b.extra)) << a.id;
    expect_same_location(a.location, b.location, a.id);
  }
  for (std::size_t k = 0; k < g.participations().size(); ++k) {
    const auto& a = g.participations()[k];
    const auto& b = h.participations()[k];
    EXPECT_EQ(g.external_id(a.initiative), h.external_id(b.initiative));
    EXPECT_EQ(g.external_id(a.organisation), h.external_id(b.organisation));
    EXPECT_EQ(a.role, b.role);
    EXPECT_EQ(a.year, b.year);
    EXPECT_EQ(a.contribution_eur, b.contribution_eur);
  }
  EXPECT_EQ(h.initiative_links().size(), g.initiative_links().size());
  std::filesystem::remove_all(dir);
}

}  // namespace
