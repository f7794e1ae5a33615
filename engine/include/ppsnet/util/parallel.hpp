#pragma once
// The one way ppsnet runs work in parallel: a loop over a fixed number of blocks.
//
// The caller cuts its work into `blocks` pieces whose boundaries depend only on the input (never on the number
// of threads), runs them with for_each_block, and combines per-block results in block order. Because the
// blocks and the order of combination are fixed, the output is bit-identical for any thread count, including
// floating-point sums. Workers claim blocks from a shared counter; the calling thread is one of the workers.
//
// Errors: the first exception thrown by a block (or by a workspace constructor) stops the claiming of further
// blocks and is rethrown in the calling thread after every worker has finished (never std::terminate). When the
// system cannot start a thread (std::system_error), the workers already running take its blocks: same result.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace ppsnet::util {

/// Worker threads to use: `requested`, or std::thread::hardware_concurrency() (at least 1) when 0; never more
/// than `blocks` (and at least 1). O(1).
unsigned worker_count(unsigned requested, std::size_t blocks);

/// First index of block b when `items` are cut into `blocks` nearly equal consecutive ranges:
/// floor(items * b / blocks). Block b is [block_begin(items, blocks, b), block_begin(items, blocks, b + 1)).
/// Requires blocks >= 1, b <= blocks and items * blocks < 2^64. O(1).
constexpr std::size_t block_begin(std::size_t items, std::size_t blocks, std::size_t b) { return items * b / blocks; }

/// Runs worker(id) for id = 0 .. workers-1, id 0 on the calling thread and the others on new threads, joins
/// them, and rethrows the first exception any worker threw. A thread that cannot be started is skipped (the
/// others must be able to do its share, as for_each_block's are). Prefer for_each_block.
void run_workers(unsigned workers, const std::function<void(unsigned)>& worker);

/// Calls body(b, workspace) once for every block b in [0, blocks), on worker_count(threads, blocks) workers.
/// Each worker makes its own workspace with make_workspace() (scratch arrays reused across its blocks) before
/// claiming blocks. Which worker runs a block is unspecified: body must write only to state owned by block b
/// (e.g. results[b]) or to the workspace. Exceptions: see the header comment. O(blocks) scheduling overhead.
template <class MakeWorkspace, class Body>
void for_each_block(std::size_t blocks, unsigned threads, MakeWorkspace&& make_workspace, Body&& body);

/// for_each_block without a workspace: body(b).
template <class Body>
void for_each_block(std::size_t blocks, unsigned threads, Body&& body) {
  for_each_block(blocks, threads, [] { return 0; }, [&](std::size_t b, int&) { body(b); });
}

/// Maps every block to a value with map(b, workspace) in parallel, then folds the values in block order:
/// acc = combine(std::move(acc), std::move(value_b)) for b = 0, 1, ..., blocks-1, starting from `init`.
/// The result is therefore independent of the thread count. Memory: one T per block held until the fold.
template <class T, class MakeWorkspace, class Map, class Combine>
T map_reduce_blocks(std::size_t blocks, unsigned threads, MakeWorkspace&& make_workspace, Map&& map, T init,
                    Combine&& combine) {
  std::vector<T> values(blocks);
  for_each_block(blocks, threads, std::forward<MakeWorkspace>(make_workspace),
                 [&](std::size_t b, auto& ws) { values[b] = map(b, ws); });
  for (auto& v : values) init = combine(std::move(init), std::move(v));
  return init;
}

namespace detail {
// Hands out block indices in increasing order; after stop() none (claim() returns `blocks`).
class BlockCounter {
 public:
  explicit BlockCounter(std::size_t blocks) : blocks_(blocks) {}
  std::size_t claim() {
    if (stopped_.load(std::memory_order_relaxed)) return blocks_;
    const std::size_t b = next_.fetch_add(1, std::memory_order_relaxed);
    return b < blocks_ ? b : blocks_;
  }
  void stop() { stopped_.store(true, std::memory_order_relaxed); }

 private:
  std::size_t blocks_;
  std::atomic<std::size_t> next_{0};
  std::atomic<bool> stopped_{false};
};
}  // namespace detail

template <class MakeWorkspace, class Body>
void for_each_block(std::size_t blocks, unsigned threads, MakeWorkspace&& make_workspace, Body&& body) {
  if (blocks == 0) return;
  detail::BlockCounter counter(blocks);
  run_workers(worker_count(threads, blocks), [&](unsigned) {
    try {
      auto workspace = make_workspace();
      for (std::size_t b = counter.claim(); b < blocks; b = counter.claim()) body(b, workspace);
    } catch (...) {
      counter.stop();
      throw;
    }
  });
}

}  // namespace ppsnet::util
