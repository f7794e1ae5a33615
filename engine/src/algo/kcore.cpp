// Batagelj–Zaversnik cores decomposition: nodes kept in an array sorted by current degree (bucket starts in
// `bin`); repeatedly take the node of smallest degree, fix its coreness, and move each neighbour of larger
// current degree one bucket down (a swap with the first node of its bucket).
#include "ppsnet/algo/kcore.hpp"

#include <algorithm>

namespace ppsnet::algo {

std::vector<std::size_t> coreness(const model::CsrGraph& g) {
  using model::NodeId;
  const std::size_t n = g.num_nodes();
  std::vector<std::size_t> deg(n), pos(n), bin;
  std::vector<NodeId> vert(n);
  std::size_t max_deg = 0;
  for (NodeId v = 0; v < n; ++v) {
    deg[v] = g.degree(v);
    max_deg = std::max(max_deg, deg[v]);
  }
  bin.assign(max_deg + 1, 0);
  for (std::size_t d : deg) ++bin[d];
  std::size_t start = 0;
  for (auto& b : bin) {
    const std::size_t count = b;
    b = start;
    start += count;
  }
  for (NodeId v = 0; v < n; ++v) {
    pos[v] = bin[deg[v]]++;
    vert[pos[v]] = v;
  }
  for (std::size_t d = max_deg; d > 0; --d) bin[d] = bin[d - 1];
  if (!bin.empty()) bin[0] = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const NodeId v = vert[i];
    for (NodeId u : g.neighbours(v)) {
      if (deg[u] > deg[v]) {
        const std::size_t du = deg[u], pu = pos[u], pw = bin[du];
        const NodeId w = vert[pw];
        if (u != w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        ++bin[du];
        --deg[u];
      }
    }
  }
  return deg;
}

}  // namespace ppsnet::algo
