#pragma once
// The one random-number generator of ppsnet's algorithms and queries: SplitMix64.
//
// SplitMix64 (G. L. Steele, D. Lea, C. H. Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014,
// doi:10.1145/2660193.2660195; constants of Stafford's "Mix13" finaliser) is small and fully specified, so the
// same seed gives the same numbers on every platform and standard library (std::shuffle and the std::
// distributions are implementation-defined). Parallel code derives one independent stream per fixed work item
// from (seed, item) with stream_seed, so results do not depend on the thread count.
//
// Rng (below) draws from std::mt19937_64, whose output sequence the C++ standard fixes, and turns its words into
// samples with the simple formulas documented on each member (the std:: distributions are implementation-defined:
// libstdc++, libc++ and MSVC give different numbers for the same engine state). Only +, *, /, std::exp and
// std::log are used; glibc's exp/log give the same results on every x86-64/arm64 machine (another libm could
// differ in the last bit). The synthetic datasets (builtin:katapult, `generate`) and the train/test split of
// `evaluate-recommender` use Rng, so they stay byte-identical to earlier releases; every other randomised
// computation uses SplitMix64.
#include <cmath>
#include <cstdint>
#include <random>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace ppsnet::util {

/// SplitMix64's output function (Stafford's Mix13): a bijection on 64-bit words with good avalanche. O(1).
constexpr std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/// SplitMix64's state increment (2^64 / golden ratio, odd).
inline constexpr std::uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ULL;

/// The k-th output (k >= 1) of SplitMix64 started from `seed`: mix64(seed + k * gamma). hash64(x) = nth(x, 1)
/// is a good 64-bit hash of x. O(1).
constexpr std::uint64_t splitmix64_nth(std::uint64_t seed, std::uint64_t k) { return mix64(seed + k * kGoldenGamma); }
constexpr std::uint64_t hash64(std::uint64_t x) { return splitmix64_nth(x, 1); }

/// Seed of the independent stream for work item `item` of a computation seeded with `seed`:
/// mix64(seed ^ mix64(item + salt)). Different salts give unrelated families of streams. O(1).
constexpr std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t item, std::uint64_t salt = 0x632BE59BD9B4E019ULL) {
  return mix64(seed ^ mix64(item + salt));
}

/// Uniform double on [0, 1) from the top 53 bits of a word: (x >> 11) * 2^-53.
constexpr double unit_interval(std::uint64_t x) { return static_cast<double>(x >> 11) * 0x1.0p-53; }

/// The SplitMix64 generator: next() = mix64(state += gamma). Not thread-safe: one per thread or work item.
class SplitMix64 {
 public:
  explicit constexpr SplitMix64(std::uint64_t seed) : state_(seed) {}
  /// The next 64-bit word. O(1).
  constexpr std::uint64_t next() { return mix64(state_ += kGoldenGamma); }
  /// A number in [0, bound), bound >= 1, as next() % bound: the bias is below bound / 2^64 (negligible for the
  /// graph sizes ppsnet handles; kept because it fixes the documented outputs). O(1).
  constexpr std::uint64_t below(std::uint64_t bound) { return next() % bound; }
  /// Uniform on [0, 1): unit_interval(next()). O(1).
  constexpr double unit() { return unit_interval(next()); }

 private:
  std::uint64_t state_;
};

/// Sequential sampling for synthetic data and data splits: std::mt19937_64 words turned into samples by the
/// formulas below. Not thread-safe.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  /// The next raw 64-bit word of std::mt19937_64.
  std::uint64_t bits() { return engine_(); }

  /// Uniform on [0, 1): the top 53 bits of one word times 2^-53. O(1).
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

  /// Uniform integer on [0, n), n >= 1, unbiased: words below 2^64 mod n are rejected, then r mod n.
  /// Throws std::invalid_argument for n == 0. Expected O(1) (fewer than 2 words on average).
  std::uint64_t below(std::uint64_t n) {
    if (n == 0) throw std::invalid_argument("Rng::below: n must be >= 1");
    const std::uint64_t threshold = (0 - n) % n;  // = 2^64 mod n
    for (;;) {
      const std::uint64_t r = engine_();
      if (r >= threshold) return r % n;
    }
  }

  /// True with probability p (u < p); p outside [0,1] acts as clamped.
  bool bernoulli(double p) { return uniform() < p; }

  /// Approximately standard normal: the Irwin-Hall sum of 12 uniforms minus 6 (mean 0, variance 1,
  /// support [-6, 6]). Enough for shaping synthetic counts; not for statistics that need the far tails.
  double normal() {
    double s = 0;
    for (int i = 0; i < 12; ++i) s += uniform();
    return s - 6.0;
  }

  /// exp(mu + sigma * normal()): lognormal with log-mean mu and log-sd sigma (truncated at 6 sigma).
  double lognormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }

  /// Number of failures before the first success of Bernoulli(p) trials, 0 < p <= 1, by inverse transform:
  /// floor(log(1 - u) / log(1 - p)). Mean (1 - p) / p. Throws std::invalid_argument for p outside (0, 1].
  std::uint64_t geometric(double p) {
    if (!(p > 0.0 && p <= 1.0)) throw std::invalid_argument("Rng::geometric: p must be in (0, 1]");
    if (p == 1.0) return 0;
    return static_cast<std::uint64_t>(std::floor(std::log(1.0 - uniform()) / std::log(1.0 - p)));
  }

  /// Index i drawn with probability w[i] / sum(w) by inverse transform over the running sum (linear scan).
  /// Weights must be >= 0 with a positive sum, else std::invalid_argument. O(size).
  std::size_t weighted(std::span<const double> w) {
    double total = 0;
    for (double x : w) {
      if (!(x >= 0.0)) throw std::invalid_argument("Rng::weighted: negative or NaN weight");
      total += x;
    }
    if (!(total > 0.0)) throw std::invalid_argument("Rng::weighted: weights sum to 0");
    const double target = uniform() * total;
    double run = 0;
    std::size_t last = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (w[i] <= 0.0) continue;
      run += w[i];
      last = i;
      if (target < run) return i;
    }
    return last;  // rounding: target landed on the total
  }

  /// Fisher-Yates shuffle (Knuth's algorithm P) driven by below(). O(size).
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace ppsnet::util
