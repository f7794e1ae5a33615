#include "ppsnet/util/random.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace ppsnet::util {
namespace {

// Expected words: tests/reference/splitmix64_reference.py (the published algorithm written out in Python).
// Seed 1234567 is also the test vector commonly published with Vigna's splitmix64.c.
TEST(SplitMix64, MatchesReferenceSequence) {
  SplitMix64 a{1234567};
  const std::vector<std::uint64_t> want = {6457827717110365317ULL, 3203168211198807973ULL, 9817491932198370423ULL,
                                           4593380528125082431ULL, 16408922859458223821ULL};
  for (auto w : want) EXPECT_EQ(a.next(), w);
  SplitMix64 z{0};
  EXPECT_EQ(z.next(), 16294208416658607535ULL);
  EXPECT_EQ(z.next(), 7960286522194355700ULL);
}

TEST(SplitMix64, NthAndHashAgreeWithTheSequence) {
  SplitMix64 a{1234567};
  for (std::uint64_t k = 1; k <= 5; ++k) EXPECT_EQ(splitmix64_nth(1234567, k), a.next());
  EXPECT_EQ(hash64(1234567), 6457827717110365317ULL);
}

TEST(SplitMix64, UnitIsTheTop53BitsScaled) {
  SplitMix64 a{42};
  EXPECT_DOUBLE_EQ(a.unit(), 0.7415648787718233);  // reference script
  EXPECT_EQ(unit_interval(0), 0.0);
  EXPECT_LT(unit_interval(~0ULL), 1.0);
}

TEST(SplitMix64, BelowStaysInRangeAndHitsEveryValue) {
  SplitMix64 a{7};
  std::vector<int> seen(5, 0);
  for (int i = 0; i < 1000; ++i) {
    const auto x = a.below(5);
    ASSERT_LT(x, 5u);
    ++seen[x];
  }
  for (int c : seen) EXPECT_GT(c, 150);  // expected 200 each; 150 is > 4 standard deviations below
}

TEST(SplitMix64, StreamSeedsDifferPerItemAndSalt) {
  EXPECT_NE(stream_seed(1, 0), stream_seed(1, 1));
  EXPECT_NE(stream_seed(1, 0), stream_seed(2, 0));
  EXPECT_NE(stream_seed(1, 0, 1), stream_seed(1, 0, 2));
  EXPECT_EQ(stream_seed(5, 9), mix64(5 ^ mix64(9 + 0x632BE59BD9B4E019ULL)));
}

}  // namespace
}  // namespace ppsnet::util
