// Connected components by breadth-first search; ids ordered by size (desc), ties by smallest node id.
#include "ppsnet/algo/components.hpp"

#include <algorithm>
#include <numeric>

namespace ppsnet::algo {

Components connected_components(const model::CsrGraph& g) {
  const std::size_t n = g.num_nodes();
  std::vector<int> raw(n, -1);  // ids in order of smallest node id (discovery from increasing roots)
  std::vector<std::size_t> raw_sizes;
  std::vector<model::NodeId> queue;
  queue.reserve(n);
  for (model::NodeId root = 0; root < n; ++root) {
    if (raw[root] >= 0) continue;
    const int id = static_cast<int>(raw_sizes.size());
    queue.assign(1, root);
    raw[root] = id;
    for (std::size_t head = 0; head < queue.size(); ++head)
      for (model::NodeId w : g.neighbours(queue[head]))
        if (raw[w] < 0) {
          raw[w] = id;
          queue.push_back(w);
        }
    raw_sizes.push_back(queue.size());
  }
  // raw ids already follow the smallest member id, so a stable sort by size gives the tie rule.
  std::vector<int> order(raw_sizes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return raw_sizes[static_cast<std::size_t>(a)] > raw_sizes[static_cast<std::size_t>(b)]; });
  std::vector<int> rank(order.size());
  Components c;
  c.sizes.resize(order.size());
  for (std::size_t r = 0; r < order.size(); ++r) {
    rank[static_cast<std::size_t>(order[r])] = static_cast<int>(r);
    c.sizes[r] = raw_sizes[static_cast<std::size_t>(order[r])];
  }
  c.membership.resize(n);
  for (std::size_t v = 0; v < n; ++v) c.membership[v] = rank[static_cast<std::size_t>(raw[v])];
  c.largest = c.sizes.empty() ? -1 : 0;
  return c;
}

}  // namespace ppsnet::algo
