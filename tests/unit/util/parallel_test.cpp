#include "ppsnet/util/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace ppsnet::util {
namespace {

TEST(Parallel, WorkerCount) {
  EXPECT_EQ(worker_count(4, 100), 4u);
  EXPECT_EQ(worker_count(4, 2), 2u);
  EXPECT_EQ(worker_count(4, 0), 1u);
  EXPECT_GE(worker_count(0, 1000), 1u);
}

TEST(Parallel, BlockBeginCutsIntoNearlyEqualRanges) {
  // 10 items in 4 blocks: floor(10 b / 4) = 0, 2, 5, 7, 10.
  const std::vector<std::size_t> want = {0, 2, 5, 7, 10};
  for (std::size_t b = 0; b <= 4; ++b) EXPECT_EQ(block_begin(10, 4, b), want[b]);
}

class ParallelThreads : public ::testing::TestWithParam<unsigned> {};

TEST_P(ParallelThreads, EveryBlockRunsExactlyOnce) {
  const std::size_t blocks = 1000;
  std::vector<std::atomic<int>> runs(blocks);
  for_each_block(blocks, GetParam(), [&](std::size_t b) { ++runs[b]; });
  for (std::size_t b = 0; b < blocks; ++b) EXPECT_EQ(runs[b].load(), 1) << "block " << b;
}

TEST_P(ParallelThreads, EachWorkerMakesOneWorkspace) {
  std::atomic<int> made{0};
  std::vector<int> seen(64, 0);
  for_each_block(
      64, GetParam(),
      [&] {
        ++made;
        return std::vector<int>(3, 0);
      },
      [&](std::size_t b, std::vector<int>& ws) {
        ws[0]++;
        seen[b] = 1;
      });
  EXPECT_GE(made.load(), 1);
  EXPECT_LE(made.load(), static_cast<int>(worker_count(GetParam(), 64)));
  for (int s : seen) EXPECT_EQ(s, 1);
}

// A sum whose floating-point result depends on the order of addition: block b holds 1e16 for even b and
// 1 for odd b. Folded in block order from 0: 1e16 + 1 rounds back to 1e16 each time (ulp of 1e16 is 2),
// so the reduction equals the left-to-right loop below only if the fold order is the block order.
TEST_P(ParallelThreads, ReductionIsInBlockOrderForAnyThreadCount) {
  const std::size_t blocks = 101;
  auto value = [](std::size_t b) { return b % 2 == 0 ? 1e16 : 1.0; };
  double want = 0;
  for (std::size_t b = 0; b < blocks; ++b) want += value(b);
  const double got = map_reduce_blocks(
      blocks, GetParam(), [] { return 0; }, [&](std::size_t b, int&) { return value(b); }, 0.0,
      [](double acc, double x) { return acc + x; });
  EXPECT_EQ(std::memcmp(&got, &want, sizeof got), 0) << got << " vs " << want;
}

TEST_P(ParallelThreads, ExceptionReachesTheCaller) {
  std::atomic<int> after{0};
  EXPECT_THROW(for_each_block(200, GetParam(),
                              [&](std::size_t b) {
                                if (b == 3) throw std::runtime_error("block 3 failed");
                                ++after;
                              }),
               std::runtime_error);
  EXPECT_LT(after.load(), 200);
}

TEST_P(ParallelThreads, WorkspaceExceptionReachesTheCaller) {
  EXPECT_THROW(for_each_block(
                   10, GetParam(), []() -> int { throw std::invalid_argument("no memory for scratch"); },
                   [](std::size_t, int&) {}),
               std::invalid_argument);
}

TEST_P(ParallelThreads, ZeroBlocksRunNothing) {
  bool ran = false;
  for_each_block(0, GetParam(), [&](std::size_t) { ran = true; });
  EXPECT_FALSE(ran);
}

INSTANTIATE_TEST_SUITE_P(Threads, ParallelThreads, ::testing::Values(1u, 2u, 3u, 8u));

}  // namespace
}  // namespace ppsnet::util
