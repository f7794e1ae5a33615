#include "ppsnet/util/parallel.hpp"

#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

namespace ppsnet::util {

unsigned worker_count(unsigned requested, std::size_t blocks) {
  unsigned threads = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  if (blocks < threads) threads = static_cast<unsigned>(std::max<std::size_t>(blocks, 1));
  return threads;
}

void run_workers(unsigned workers, const std::function<void(unsigned)>& worker) {
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto guarded = [&](unsigned id) {
    try {
      worker(id);
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(workers > 0 ? workers - 1 : 0);
  for (unsigned id = 1; id < workers; ++id) {
    try {
      pool.emplace_back(guarded, id);
    } catch (const std::system_error&) {
      break;  // the running workers take its share
    }
  }
  guarded(0);
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace ppsnet::util
