#include "ppsnet/algo/bipartite_modularity.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "ppsnet/algo/community.hpp"

namespace ppsnet::algo {

namespace {

void check_resolution(double gamma, const char* what) {
  if (!std::isfinite(gamma) || gamma < 0) throw std::invalid_argument(std::string(what) + ": resolution must be >= 0");
}

void check_membership(const model::CsrGraph& g, std::span<const int> membership, const char* what) {
  if (membership.size() != g.num_nodes())
    throw std::invalid_argument(std::string(what) + ": membership must have one label per node");
  for (int c : membership)
    if (c < 0) throw std::invalid_argument(std::string(what) + ": community labels must be >= 0");
}

void check_sides(const model::CsrGraph& g, std::size_t num_red, const char* what) {
  if (num_red > g.num_nodes()) throw std::invalid_argument(std::string(what) + ": num_red exceeds the node count");
  for (model::NodeId r = 0; r < num_red; ++r)
    for (model::NodeId b : g.neighbours(r))
      if (b < num_red) throw std::invalid_argument(std::string(what) + ": an edge joins two red nodes");
  for (model::NodeId b = static_cast<model::NodeId>(num_red); b < g.num_nodes(); ++b)
    for (model::NodeId r : g.neighbours(b))
      if (r >= num_red) throw std::invalid_argument(std::string(what) + ": an edge joins two blue nodes");
}

// Edge weight as used by Q_B.
double a(double w, bool weighted) { return weighted ? w : 1.0; }

std::vector<double> degrees(const model::CsrGraph& g, bool weighted) {
  std::vector<double> k(g.num_nodes(), 0.0);
  for (model::NodeId v = 0; v < g.num_nodes(); ++v)
    for (double w : g.weights(v)) k[v] += a(w, weighted);
  return k;
}

double edge_total(const model::CsrGraph& g, std::size_t num_red, bool weighted) {
  double m = 0;
  for (model::NodeId r = 0; r < num_red; ++r)
    for (double w : g.weights(r)) m += a(w, weighted);
  return m;
}

double score(const model::CsrGraph& g, std::size_t num_red, std::span<const int> membership, double gamma,
             bool weighted) {
  const double m = edge_total(g, num_red, weighted);
  if (m == 0) return std::numeric_limits<double>::quiet_NaN();
  const int c_max = membership.empty() ? 0 : *std::max_element(membership.begin(), membership.end());
  const auto k = degrees(g, weighted);
  std::vector<double> e(c_max + 1, 0.0), kr(c_max + 1, 0.0), db(c_max + 1, 0.0);
  for (model::NodeId r = 0; r < num_red; ++r) {
    kr[membership[r]] += k[r];
    const auto nb = g.neighbours(r);
    const auto ws = g.weights(r);
    for (std::size_t i = 0; i < nb.size(); ++i)
      if (membership[nb[i]] == membership[r]) e[membership[r]] += a(ws[i], weighted);
  }
  for (model::NodeId b = static_cast<model::NodeId>(num_red); b < g.num_nodes(); ++b) db[membership[b]] += k[b];
  double q = 0;
  for (int c = 0; c <= c_max; ++c) q += e[c] / m - gamma * kr[c] * db[c] / (m * m);
  return q;
}

// Labels renumbered by community size (largest first), ties by smallest member node id.
std::vector<int> canonical(std::span<const int> labels, int& count) {
  const int c_max = labels.empty() ? -1 : *std::max_element(labels.begin(), labels.end());
  std::vector<std::size_t> size(c_max + 1, 0), first(c_max + 1, labels.size());
  for (std::size_t v = 0; v < labels.size(); ++v) {
    ++size[labels[v]];
    first[labels[v]] = std::min(first[labels[v]], v);
  }
  std::vector<int> used;
  for (int c = 0; c <= c_max; ++c)
    if (size[c] > 0) used.push_back(c);
  std::sort(used.begin(), used.end(), [&](int x, int y) {
    if (size[x] != size[y]) return size[x] > size[y];
    return first[x] < first[y];
  });
  std::vector<int> map(c_max + 1, -1);
  for (std::size_t i = 0; i < used.size(); ++i) map[used[i]] = static_cast<int>(i);
  count = static_cast<int>(used.size());
  std::vector<int> out(labels.size());
  for (std::size_t v = 0; v < labels.size(); ++v) out[v] = map[labels[v]];
  return out;
}

// One BRIM half-step: move every node of [lo, hi) to its best label given the other side's totals `other`.
// Returns whether any node changed label.
//
// Equivalent to scanning every label c in increasing order with s(c) = link(c) − γ k_v other(c) / m and moving on a
// strict gain over the current label, but in O(deg(v)) per node: a label without a link to v scores
// −γ k_v other(c) / m, non-increasing in other(c) (also after rounding), so among those only the lowest label of
// the group with the smallest other(c) can win — or of a following group whose rounded score is equal.
bool half_step(const model::CsrGraph& g, std::size_t lo, std::size_t hi, std::vector<int>& label,
               const std::vector<double>& k, const std::vector<double>& other, double gamma, double m,
               bool weighted) {
  const std::size_t c_count = other.size();
  // Labels ordered by (other(c), c); with γ = 0 every unlinked label scores 0, so by c alone.
  std::vector<int> order(c_count);
  std::iota(order.begin(), order.end(), 0);
  auto key = [&](int c) { return gamma > 0 ? other[c] : 0.0; };
  std::sort(order.begin(), order.end(), [&](int x, int y) {
    if (key(x) != key(y)) return key(x) < key(y);
    return x < y;
  });
  std::vector<std::size_t> group_end(c_count);  // position one past the group (same key) of each position
  for (std::size_t i = c_count; i-- > 0;)
    group_end[i] = (i + 1 < c_count && key(order[i + 1]) == key(order[i])) ? group_end[i + 1] : i + 1;
  std::vector<double> link(c_count, 0.0);
  std::vector<char> linked(c_count, 0);
  std::vector<int> touched, candidates;
  bool changed = false;
  for (std::size_t v = lo; v < hi; ++v) {
    const auto node = static_cast<model::NodeId>(v);
    if (g.degree(node) == 0) continue;
    const auto nb = g.neighbours(node);
    const auto ws = g.weights(node);
    touched.clear();
    for (std::size_t i = 0; i < nb.size(); ++i) {
      const int c = label[nb[i]];
      if (!linked[c]) {
        linked[c] = 1;
        touched.push_back(c);
      }
      link[c] += a(ws[i], weighted);
    }
    auto score = [&](int c) { return link[c] - gamma * k[v] * other[c] / m; };
    candidates.assign(touched.begin(), touched.end());
    // Unlinked labels: the first unlinked label of each group, while the score stays equal to the first one's.
    bool have_first = false;
    double first_score = 0;
    for (std::size_t pos = 0; pos < c_count;) {
      std::size_t i = pos;
      while (i < group_end[pos] && linked[order[i]]) ++i;
      if (i < group_end[pos]) {
        const double s = score(order[i]);
        if (have_first && s < first_score) break;
        if (!have_first) {
          have_first = true;
          first_score = s;
        }
        candidates.push_back(order[i]);
      }
      pos = group_end[pos];
    }
    std::sort(candidates.begin(), candidates.end());
    const int current = label[v];
    int best = current;
    double best_score = score(current);
    for (int c : candidates) {
      const double s = score(c);
      if (s > best_score) {
        best_score = s;
        best = c;
      }
    }
    for (int c : touched) {
      link[c] = 0.0;
      linked[c] = 0;
    }
    if (best != current) {
      label[v] = best;
      changed = true;
    }
  }
  return changed;
}

}  // namespace

double bipartite_modularity(const model::CsrGraph& g, std::size_t num_red, std::span<const int> membership,
                            const BipartiteModularityOptions& opt) {
  check_resolution(opt.resolution, "bipartite_modularity");
  check_membership(g, membership, "bipartite_modularity");
  check_sides(g, num_red, "bipartite_modularity");
  return score(g, num_red, membership, opt.resolution, opt.weighted);
}

double bipartite_modularity(const model::PartnerGraph& g, std::span<const int> membership,
                            const BipartiteModularityOptions& opt) {
  return bipartite_modularity(g.graph(), g.num_initiatives(), membership, opt);
}

BrimResult brim(const model::CsrGraph& g, std::size_t num_red, const BrimOptions& opt) {
  check_resolution(opt.resolution, "brim");
  if (opt.max_iterations < 1) throw std::invalid_argument("brim: max_iterations must be >= 1");
  check_sides(g, num_red, "brim");
  const std::size_t n = g.num_nodes();
  std::vector<int> label;
  if (!opt.initial.empty()) {
    check_membership(g, opt.initial, "brim");
    label = opt.initial;
  } else if (g.num_edges() == 0) {
    label.resize(n);
    std::iota(label.begin(), label.end(), 0);
  } else {
    LeidenOptions lo;
    lo.seed = opt.seed;
    if (opt.weighted) {
      label = leiden(g, lo).membership;
    } else {
      std::vector<model::WeightedEdge> edges = g.edges();
      for (auto& e : edges) e.weight = 1.0;
      label = leiden(model::CsrGraph::from_edges(n, edges), lo).membership;
    }
  }
  BrimResult res;
  res.initial_quality = score(g, num_red, label, opt.resolution, opt.weighted);
  const double m = edge_total(g, num_red, opt.weighted);
  if (m > 0) {
    const auto k = degrees(g, opt.weighted);
    // Compact the label space to the labels in use.
    int c_count = 0;
    {
      const int c_max = n == 0 ? -1 : *std::max_element(label.begin(), label.end());
      std::vector<int> map(c_max + 1, -1);
      for (auto& c : label) {
        if (map[c] < 0) map[c] = c_count++;
        c = map[c];
      }
    }
    std::vector<double> red_tot(c_count), blue_tot(c_count);
    auto totals = [&](std::size_t lo, std::size_t hi, std::vector<double>& t) {
      std::fill(t.begin(), t.end(), 0.0);
      for (std::size_t v = lo; v < hi; ++v) t[label[v]] += k[v];
    };
    while (res.iterations < opt.max_iterations) {
      ++res.iterations;
      totals(num_red, n, blue_tot);
      const bool red_changed = half_step(g, 0, num_red, label, k, blue_tot, opt.resolution, m, opt.weighted);
      totals(0, num_red, red_tot);
      const bool blue_changed = half_step(g, num_red, n, label, k, red_tot, opt.resolution, m, opt.weighted);
      if (!red_changed && !blue_changed) {
        res.converged = true;
        break;
      }
    }
  } else {
    res.converged = true;
  }
  res.membership = canonical(label, res.count);
  res.quality = score(g, num_red, res.membership, opt.resolution, opt.weighted);
  return res;
}

BrimResult brim(const model::PartnerGraph& g, const BrimOptions& opt) {
  return brim(g.graph(), g.num_initiatives(), opt);
}

}  // namespace ppsnet::algo
