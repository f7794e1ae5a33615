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

namespace ppsnet::import {
namespace {

TEST(JsonDataset, ObjectOrArrayAsIdRejectsTheElementAtItsPosition) {
  // Lines and columns counted by hand in the text below (column = character of the value's '{' or '['):
  //  4:12 initiative id {"x": 1}             -> error, element rejected        /initiatives/1/id
  //  5:41 name ["a", "b"] of I3              -> warning, name left empty, I3 kept
  //  9:44 kvk [1] of O2                      -> error, O2 rejected             /organisations/1/kvk
  // 12:48 organisation_id ["O1"]             -> error, participation rejected  /participations/0/organisation_id
  // 14    I3-O2: O2 was rejected at line 9   -> error unknown-organisation naming line 9
  // Kept: I1, I3, O1 and the participation I1-O1 on line 13.
  const std::string text =
      "{\n"
      "  \"initiatives\": [\n"
      "    {\"id\": \"I1\", \"kind\": \"mbo\"},\n"
      "    {\"id\": {\"x\": 1}, \"kind\": \"mbo\"},\n"
      "    {\"id\": \"I3\", \"kind\": \"coe\", \"name\": [\"a\", \"b\"]}\n"
      "  ],\n"
      "  \"organisations\": [\n"
      "    {\"id\": \"O1\", \"type\": \"company\"},\n"
      "    {\"id\": \"O2\", \"type\": \"company\", \"kvk\": [1]}\n"
      "  ],\n"
      "  \"participations\": [\n"
      "    {\"initiative_id\": \"I1\", \"organisation_id\": [\"O1\"]},\n"
      "    {\"initiative_id\": \"I1\", \"organisation_id\": \"O1\"},\n"
      "    {\"initiative_id\": \"I3\", \"organisation_id\": \"O2\"}\n"
      "  ]\n"
      "}\n";
  ImportResult r = import_json_text(text, "t.json", {});
  EXPECT_EQ(r.graph.num_initiatives(), 2u);
  EXPECT_EQ(r.graph.num_organisations(), 1u);
  EXPECT_EQ(r.graph.num_edges(), 1u);
  EXPECT_EQ(r.graph.initiative(*r.graph.find_initiative("I3")).name, "");
  EXPECT_EQ(r.diagnostics.count(DiagnosticKind::malformed_json), 4u);
  EXPECT_EQ(r.diagnostics.error_count(), 4u);
  EXPECT_EQ(r.diagnostics.warning_count(), 1u);
  std::vector<std::string> formatted;
  for (const auto& d : r.diagnostics.items()) formatted.push_back(d.format());
  ASSERT_EQ(formatted.size(), 5u);
  EXPECT_EQ(formatted[0],
            "t.json:4:12: error[malformed-json]: \"id\" is a JSON object (/initiatives/1/id), not an id or code; element "
            "2 of \"initiatives\" is skipped (write the value as a string or a number, e.g. \"id\": \"A12\")");
  EXPECT_EQ(formatted[1].rfind("t.json:5:41: warning[malformed-json]: \"name\" is a JSON array (/initiatives/2/name), "
                               "not a single value; left empty",
                               0),
            0u)
      << formatted[1];
  EXPECT_EQ(formatted[2].rfind("t.json:9:44: error[malformed-json]: \"kvk\" is a JSON array (/organisations/1/kvk)", 0), 0u)
      << formatted[2];
  EXPECT_EQ(formatted[3].rfind("t.json:12:48: error[malformed-json]: \"organisation_id\" is a JSON array "
                               "(/participations/0/organisation_id)",
                               0),
            0u)
      << formatted[3];
  EXPECT_EQ(formatted[4].rfind("t.json:14: error[unknown-organisation]: organisation \"O2\" is not in the network "
                               "because its own row at t.json:9 was rejected (\"kvk\" is a JSON array)",
                               0),
            0u)
      << formatted[4];
  ASSERT_EQ(r.rejects.size(), 4u);
  EXPECT_EQ(r.rejects[0].line, 4u);
  EXPECT_EQ(r.rejects[0].raw, "{\"id\": {\"x\": 1}, \"kind\": \"mbo\"}");
  EXPECT_EQ(r.rejects[1].line, 9u);
  EXPECT_EQ(r.rejects[2].line, 12u);
  EXPECT_EQ(r.rejects[3].line, 14u);
  EXPECT_EQ(r.files[0].rows_rejected, 1u);
  EXPECT_EQ(r.files[2].rows_rejected, 2u);
  EXPECT_EQ(r.files[2].rows_kept, 1u);
  // Under --on-error fail the first such id stops the import with its position.
  ImportOptions fail;
  fail.on_error = OnError::fail;
  try {
    import_json_text(text, "t.json", fail);
    FAIL() << "expected InvalidInput";
  } catch (const model::InvalidInput& e) {
    EXPECT_EQ(std::string(e.what()).rfind("t.json:4:12: error[malformed-json]", 0), 0u) << e.what();
  }
}

TEST(JsonDataset, NumericIdWrittenDifferentlyGetsAHint) {
  // Numbers are kept as written (documented: ids 17 and "17" are the same id), so the initiative 3.0
  // (line 2) and the participation's 3 (line 4) are different ids; the error at line 4 says which id was
  // meant. Organisation 7 (line 3) and the participation's "007" get the same hint.
  const std::string text =
      "{\"initiatives\": [\n"
      "  {\"id\": 3.0, \"kind\": \"mbo\"}], \"organisations\": [\n"
      "  {\"id\": 7, \"type\": \"company\"}], \"participations\": [\n"
      "  {\"initiative_id\": 3, \"organisation_id\": \"007\"}]}\n";
  ImportResult r = import_json_text(text, "n.json", {});
  EXPECT_EQ(r.graph.participations().size(), 0u);
  ASSERT_EQ(r.diagnostics.error_count(), 2u);
  std::vector<std::string> texts;
  for (const auto& d : r.diagnostics.items())
    if (d.severity == model::Severity::error) texts.push_back(d.format());
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0].rfind("n.json:4: error[unknown-initiative]: initiative \"3\" is not defined; this participation is "
                           "skipped (did you mean \"3.0\"? ids are compared as written, so 3 and 3.0 are different ids",
                           0),
            0u)
      << texts[0];
  EXPECT_NE(texts[1].find("organisation \"007\" is not defined; this participation is skipped (did you mean \"7\"?"),
            std::string::npos)
      << texts[1];
  // An id that is not a number gets the usual hint.
  ImportResult r2 = import_json_text(
      "{\"initiatives\": [{\"id\": \"A\", \"kind\": \"mbo\"}], \"organisations\": [{\"id\": \"O\", "
      "\"type\": \"company\"}], \"participations\": [{\"initiative_id\": \"B\", \"organisation_id\": \"O\"}]}",
      "m.json", {});
  ASSERT_EQ(r2.diagnostics.error_count(), 1u);
  EXPECT_EQ(r2.diagnostics.items()[0].hint, "add the initiative to the initiatives table or correct the id");
}

}  // namespace
}  // namespace ppsnet::import
