// Tests of ppsnet/import/text_encoding.hpp. Expected byte sequences are written out by hand from the
// Unicode code charts (UTF-8 of U+00EB ë is C3 AB; of U+20AC € is E2 82 AC) and the Windows-1252 table.
#include "ppsnet/import/text_encoding.hpp"

#include <gtest/gtest.h>

namespace ppsnet::import {
namespace {

TEST(Utf8Validation, AcceptsWellFormedAndRejectsBrokenSequences) {
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("Commerci\xC3\xABle"));         // ë
  EXPECT_TRUE(is_valid_utf8("\xE2\x82\xAC 5"));              // €
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));            // U+1F600
  EXPECT_FALSE(is_valid_utf8("Commerci\xEBle"));             // Latin-1 ë
  EXPECT_FALSE(is_valid_utf8("\xC3"));                       // truncated
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));                   // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));               // surrogate U+D800
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));           // > U+10FFFF
}

TEST(Bom, StripsOnlyTheUtf8Bom) {
  EXPECT_EQ(strip_utf8_bom("\xEF\xBB\xBF" "id"), "id");
  EXPECT_EQ(strip_utf8_bom("id"), "id");
  EXPECT_TRUE(has_utf16_bom("\xFF\xFEi\0d"));
  EXPECT_FALSE(has_utf16_bom("\xEF\xBB\xBF" "id"));
}

TEST(Windows1252, ConvertsLatinLettersAndSpecials) {
  // E9 = é (C3 A9), EB = ë (C3 AB), 80 = € (E2 82 AC), 93/94 = curly quotes (E2 80 9C / E2 80 9D).
  EXPECT_EQ(windows1252_to_utf8("Caf\xE9 Commerci\xEBle"), "Caf\xC3\xA9 Commerci\xC3\xABle");
  EXPECT_EQ(windows1252_to_utf8("\x80 5"), "\xE2\x82\xAC 5");
  EXPECT_EQ(windows1252_to_utf8("\x93x\x94"), "\xE2\x80\x9Cx\xE2\x80\x9D");
  // 81 is undefined in Windows-1252: read as Latin-1 U+0081 (C2 81).
  EXPECT_EQ(windows1252_to_utf8("a\x81" "b"), "a\xC2\x81" "b");
  EXPECT_EQ(windows1252_to_utf8("plain"), "plain");
}

TEST(Mojibake, RepairsDoubleEncodedUtf8) {
  // "ë" = C3 AB; read as Windows-1252 gives "Ã" (U+00C3, C3 83) and "«" (U+00AB, C2 AB).
  auto r = repair_double_utf8("Commerci\xC3\x83\xC2\xABle");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(*r, "Commerci\xC3\xABle");
  // "é" = C3 A9 -> "Ã©" = C3 83 C2 A9.
  EXPECT_EQ(repair_double_utf8("Caf\xC3\x83\xC2\xA9").value_or(""), "Caf\xC3\xA9");
  // "€" = E2 82 AC -> "â‚¬" = U+00E2 U+201A U+00AC = C3 A2, E2 80 9A, C2 AC.
  EXPECT_EQ(repair_double_utf8("\xC3\xA2\xE2\x80\x9A\xC2\xAC").value_or(""), "\xE2\x82\xAC");
}

TEST(Mojibake, LeavesCorrectTextAlone) {
  EXPECT_FALSE(repair_double_utf8("plain ascii").has_value());
  EXPECT_FALSE(repair_double_utf8("Commerci\xC3\xABle").has_value());  // ë maps to EB, not valid UTF-8
  EXPECT_FALSE(repair_double_utf8("Fryslân").has_value());
  EXPECT_FALSE(repair_double_utf8("\xE2\x82\xAC 5").has_value());      // € -> 80, not valid UTF-8
  EXPECT_FALSE(repair_double_utf8("\xE4\xB8\xAD").has_value());        // U+4E2D not in Windows-1252
}

TEST(Decode, BomAndConversionFlags) {
  auto a = decode_to_utf8("\xEF\xBB\xBFid");
  EXPECT_TRUE(a.had_bom);
  EXPECT_FALSE(a.converted);
  EXPECT_EQ(a.text, "id");
  auto b = decode_to_utf8("Caf\xE9");
  EXPECT_FALSE(b.had_bom);
  EXPECT_TRUE(b.converted);
  EXPECT_EQ(b.text, "Caf\xC3\xA9");
}

}  // namespace
}  // namespace ppsnet::import
