#pragma once
// Internal to engine/src/algo/: the community numbering every ppsnet partition uses (defined in community.cpp).
#include <span>
#include <vector>

namespace ppsnet::algo::detail {

/// Renumbers communities by size (largest first), ties by the smallest member node id. Input ids need not be
/// dense (any ints). Sets count to the number of communities. O(n log n).
std::vector<int> canonical_membership(std::span<const int> membership, int& count);

}  // namespace ppsnet::algo::detail
