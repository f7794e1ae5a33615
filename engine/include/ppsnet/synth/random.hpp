#pragma once
// Deterministic random sampling for the synthetic datasets.
//
// The standard distributions (std::uniform_int_distribution, std::normal_distribution, ...) are
// implementation-defined: libstdc++, libc++ and MSVC give different numbers for the same engine state.
// ppsnet promises the same bytes for the same seed, so the generators draw raw 64-bit words from
// std::mt19937_64 (whose output sequence the C++ standard fixes) and turn them into samples with the
// simple formulas below. Only +, *, /, std::exp and std::log are used; std::exp/std::log are the C library's
// (glibc results are the same on every x86-64/arm64 machine; another libm could differ in the last bit).
#include <cmath>
#include <cstdint>
#include <random>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace ppsnet::synth {

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

/// Splits the integer `total` into parts proportional to `weights` with per-part minimums:
/// part_i = min_i + floor(R * w_i / W) plus one for the parts with the largest remainders (ties to the lower
/// index), where R = total - sum(min) and W = sum(w) (Hamilton's largest-remainder method). The parts sum
/// to `total` exactly. When W == 0 the rest is spread evenly by the same rule.
/// Throws std::invalid_argument when sizes differ, a weight is negative, or total < sum(min). O(n log n).
std::vector<long long> allocate_largest_remainder(long long total, std::span<const double> weights,
                                                  std::span<const long long> minimums);

}  // namespace ppsnet::synth
