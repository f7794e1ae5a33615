#pragma once
// Helpers for the synthetic datasets. Their random numbers come from util::Rng (ppsnet/util/random.hpp).
#include <span>
#include <vector>

#include "ppsnet/util/random.hpp"

namespace ppsnet::synth {

// The generator the synthetic data draws from (std::mt19937_64 with portable distributions): ppsnet/util/random.hpp.
using util::Rng;

/// Splits the integer `total` into parts proportional to `weights` with per-part minimums:
/// part_i = min_i + floor(R * w_i / W) plus one for the parts with the largest remainders (ties to the lower
/// index), where R = total - sum(min) and W = sum(w) (Hamilton's largest-remainder method). The parts sum
/// to `total` exactly. When W == 0 the rest is spread evenly by the same rule.
/// Throws std::invalid_argument when sizes differ, a weight is negative, or total < sum(min). O(n log n).
std::vector<long long> allocate_largest_remainder(long long total, std::span<const double> weights,
                                                  std::span<const long long> minimums);

}  // namespace ppsnet::synth
