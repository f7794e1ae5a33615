// Tests of the format v1 JSON importer. Expected values are read off tests/data/importers/v1_small.json by
// hand: line 3 initiative "1" (kept; id given as a number), line 4 initiative "2" kind "rocket" (error
// invalid-kind, rejected), line 7 O1 (name mojibake "CommerciÃ«le" -> repaired), line 8 "oops" (error
// malformed-json, rejected), line 9 O2 (null country -> NL, province "NA" -> missing), line 12 participation
// 1-O1 (kept, 1500.5 EUR, year "2020"), line 13 participation 2-O2 (error unknown-initiative, rejected).
#include "ppsnet/import/json_dataset.hpp"

#include <gtest/gtest.h>

namespace ppsnet::import {
namespace {

using model::DiagnosticKind;

const std::string kSmall = std::string(PPSNET_TEST_DATA_DIR) + "/importers/v1_small.json";

TEST(JsonDataset, SmallFixture) {
  ImportResult r = import_json_dataset(kSmall, {});
  const auto& g = r.graph;
  EXPECT_EQ(g.num_initiatives(), 1u);
  EXPECT_EQ(g.num_organisations(), 2u);
  EXPECT_EQ(g.num_edges(), 1u);
  const auto& i = g.initiative(*g.find_initiative("1"));
  EXPECT_EQ(i.kind, model::InitiativeKind::mbo);
  EXPECT_EQ(i.sectors, (std::vector<std::string>{"Agri & Food", "ICT"}));
  EXPECT_EQ(i.start_year.value_or(0), 2019);
  EXPECT_EQ(i.location.corop, 40);
  ASSERT_EQ(i.extra.size(), 1u);
  EXPECT_EQ(i.extra[0].first, "website");
  EXPECT_EQ(i.extra[0].second, "{\"url\":\"x\"}");
  const auto& o1 = g.organisation(*g.find_organisation("O1"));
  EXPECT_EQ(o1.kvk, "01234567");
  EXPECT_EQ(o1.name, "Commerci\xC3\xABle BV");
  const auto& o2 = g.organisation(*g.find_organisation("O2"));
  EXPECT_EQ(o2.location.country, "NL");
  EXPECT_EQ(o2.location.province, 0);
  ASSERT_EQ(g.participations().size(), 1u);
  EXPECT_DOUBLE_EQ(g.participations()[0].contribution_eur.value_or(0), 1500.5);
  EXPECT_EQ(g.participations()[0].year.value_or(0), 2020);

  const auto& d = r.diagnostics;
  EXPECT_EQ(d.count(DiagnosticKind::invalid_kind), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::malformed_json), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::unknown_initiative), 1u);
  EXPECT_EQ(d.count(DiagnosticKind::repaired_encoding), 1u);
  EXPECT_EQ(d.error_count(), 3u);
  ASSERT_EQ(r.rejects.size(), 3u);
  EXPECT_EQ(r.rejects[0].line, 4u);
  EXPECT_EQ(r.rejects[0].raw, "{\"id\": \"2\", \"kind\": \"rocket\"}");
  EXPECT_EQ(r.rejects[1].line, 8u);
  EXPECT_EQ(r.rejects[2].line, 13u);
  EXPECT_EQ(r.rejects[2].file, kSmall);
  ASSERT_EQ(r.files.size(), 3u);
  EXPECT_EQ(r.files[0].rows_read, 2u);
  EXPECT_EQ(r.files[0].rows_kept, 1u);
  EXPECT_EQ(r.files[1].rows_read, 3u);
  EXPECT_EQ(r.files[1].rows_rejected, 1u);
  EXPECT_EQ(r.files[2].rows_rejected, 1u);
}

TEST(JsonDataset, SyntaxErrorHasLineAndColumn) {
  // Line 3 is `    {"id": "A",}`: the '}' after the trailing comma is character 16.
  try {
    import_json_text("{\n  \"initiatives\": [\n    {\"id\": \"A\",}\n  ]\n}", "bad.json", {});
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    EXPECT_EQ(std::string(e.what()).rfind("bad.json:3:16: error[malformed-json]: JSON syntax error", 0), 0u) << e.what();
  }
}

TEST(JsonDataset, ShapeErrors) {
  EXPECT_THROW(import_json_text("[1]", "a.json", {}), model::InvalidInput);
  try {
    import_json_text("{\"initiatives\": [], \"organisations\": []}", "b.json", {});
    FAIL();
  } catch (const model::InvalidInput& e) {
    EXPECT_NE(std::string(e.what()).find("\"participations\" is missing"), std::string::npos) << e.what();
  }
  EXPECT_THROW(import_json_text("{\"initiatives\": {}, \"organisations\": [], \"participations\": []}", "c.json", {}),
               model::InvalidInput);
  EXPECT_THROW(import_json_dataset("/nonexistent/x.json", {}), model::InvalidInput);
}

TEST(JsonDataset, DeeplyNestedValuesDoNotOverflowTheStack) {
  // 200,000 nested arrays where an initiative object is expected: a recursive parser would overflow the stack
  // (segfault); the file is refused with a malformed-json error where level 65 opens: '{"initiatives":' is 15
  // bytes and its '{' is level 1, so the '[' at byte offset 15 is level 2 and level 65 is the 64th '[', at
  // offset 15 + 63 = 78: line 1, column 79.
  const std::string deep = "{\"initiatives\":" + std::string(200000, '[') + std::string(200000, ']') +
                           ",\"organisations\":[],\"participations\":[]}";
  try {
    import_json_text(deep, "deep.json", {});
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    EXPECT_NE(std::string(e.what()).find("deep.json:1:79"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("malformed-json"), std::string::npos) << e.what();
  }
  // 64 levels are fine (and then simply the wrong shape for an initiative, reported per row).
  const std::string ok = "{\"initiatives\":[" + std::string(62, '[') + std::string(62, ']') +
                         "],\"organisations\":[],\"participations\":[]}";
  EXPECT_NO_THROW(import_json_text(ok, "ok.json", {}));
}

TEST(JsonDataset, EmptyArraysGiveEmptyGraph) {
  ImportResult r = import_json_text("{\"Initiatives\": [], \"organisations\": [], \"participations\": []}", "e.json", {});
  EXPECT_EQ(r.graph.num_nodes(), 0u);
  EXPECT_EQ(r.diagnostics.items().size(), 0u);
}

TEST(JsonDataset, FailPolicyThrowsAtFirstError) {
  ImportOptions o;
  o.on_error = OnError::fail;
  try {
    import_json_dataset(kSmall, o);
    FAIL();
  } catch (const model::InvalidInput& e) {
    EXPECT_NE(std::string(e.what()).find(":4: error[invalid-kind]"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace ppsnet::import

namespace ppsnet::import {
namespace {

TEST(JsonDataset, Latin1JsonIsConvertedWithWarning) {
  // "Caf\xE9" is Latin-1 for "Café" (UTF-8 C3 A9).
  ImportResult r = import_json_text(
      "{\"initiatives\": [{\"id\": \"A\", \"kind\": \"mbo\", \"name\": \"Caf\xE9\"}], \"organisations\": [], "
      "\"participations\": []}",
      "l.json", {});
  EXPECT_EQ(r.diagnostics.count(model::DiagnosticKind::converted_encoding), 1u);
  EXPECT_EQ(r.graph.initiative(0).name, "Caf\xC3\xA9");
}

}  // namespace
}  // namespace ppsnet::import
