#include "ppsnet/algo/partition_compare.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <utility>

namespace ppsnet::algo {

namespace {

struct Contingency {
  std::vector<double> rows, cols, cells;  // counts a_i, b_j and the nonzero n_ij
  double n = 0;
};

// Dense relabelling 0.. in order of first appearance.
std::vector<int> dense(std::span<const int> x, int& count) {
  std::map<int, int> id;
  std::vector<int> out(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    auto [it, fresh] = id.emplace(x[i], static_cast<int>(id.size()));
    out[i] = it->second;
  }
  count = static_cast<int>(id.size());
  return out;
}

Contingency contingency(std::span<const int> a, std::span<const int> b, const char* what) {
  if (a.size() != b.size()) throw std::invalid_argument(std::string(what) + ": the labelings differ in length");
  int ca = 0, cb = 0;
  const auto da = dense(a, ca), db = dense(b, cb);
  Contingency t;
  t.n = static_cast<double>(a.size());
  t.rows.assign(ca, 0.0);
  t.cols.assign(cb, 0.0);
  std::vector<std::pair<int, int>> pairs(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    t.rows[da[i]] += 1;
    t.cols[db[i]] += 1;
    pairs[i] = {da[i], db[i]};
  }
  std::sort(pairs.begin(), pairs.end());
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    t.cells.push_back(static_cast<double>(j - i));
    i = j;
  }
  return t;
}

double pairs_of(double x) { return x * (x - 1) / 2; }

}  // namespace

double adjusted_rand_index(std::span<const int> a, std::span<const int> b) {
  const auto t = contingency(a, b, "adjusted_rand_index");
  double sum_cells = 0, sum_rows = 0, sum_cols = 0;
  for (double x : t.cells) sum_cells += pairs_of(x);
  for (double x : t.rows) sum_rows += pairs_of(x);
  for (double x : t.cols) sum_cols += pairs_of(x);
  const double total = pairs_of(t.n);
  if (total == 0) return 1.0;
  const double expected = sum_rows * sum_cols / total;
  const double max_index = 0.5 * (sum_rows + sum_cols);
  const double denom = max_index - expected;
  if (denom == 0) return 1.0;
  return (sum_cells - expected) / denom;
}

double normalized_mutual_information(std::span<const int> a, std::span<const int> b) {
  if (a.size() != b.size())
    throw std::invalid_argument("normalized_mutual_information: the labelings differ in length");
  int ca = 0, cb = 0;
  dense(a, ca);
  dense(b, cb);
  if (ca == cb && ca <= 1) return 1.0;  // both a single community, or empty
  const auto t = contingency(a, b, "normalized_mutual_information");
  const double n = t.n;
  auto entropy = [n](const std::vector<double>& c) {
    double h = 0;
    for (double x : c)
      if (x > 0) h -= (x / n) * std::log(x / n);
    return h;
  };
  // I = Σ_ij (n_ij/n) ln(n n_ij / (a_i b_j)) needs the row/column of each cell: recompute by pairs.
  int dummy = 0;
  const auto da = dense(a, dummy), db = dense(b, dummy);
  std::vector<std::pair<int, int>> pairs(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) pairs[i] = {da[i], db[i]};
  std::sort(pairs.begin(), pairs.end());
  double mi = 0;
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const double nij = static_cast<double>(j - i);
    mi += (nij / n) * std::log(n * nij / (t.rows[pairs[i].first] * t.cols[pairs[i].second]));
    i = j;
  }
  if (mi <= 0) return 0.0;
  const double denom = 0.5 * (entropy(t.rows) + entropy(t.cols));
  return std::clamp(mi / denom, 0.0, 1.0);
}

StabilityReport leiden_stability(const model::CsrGraph& g, const LeidenOptions& opt) {
  if (opt.n_starts < 1) throw std::invalid_argument("leiden_stability: n_starts must be >= 1");
  std::vector<Partition> starts;
  for (int s = 0; s < opt.n_starts; ++s) {
    LeidenOptions one = opt;
    one.n_starts = 1;
    one.seed = opt.seed + static_cast<std::uint64_t>(s);
    starts.push_back(leiden(g, one));
  }
  return stability_report(std::move(starts));
}

StabilityReport stability_report(std::vector<Partition> starts) {
  if (starts.empty()) throw std::invalid_argument("stability_report: no starts");
  const std::size_t n = starts[0].membership.size();
  for (const auto& p : starts) {
    if (p.membership.size() != n) throw std::invalid_argument("stability_report: memberships differ in length");
    for (int c : p.membership)
      if (c < 0 || c >= p.count) throw std::invalid_argument("stability_report: a label is outside [0, count)");
  }
  StabilityReport r;
  r.starts = std::move(starts);
  const int s_count = static_cast<int>(r.starts.size());
  std::size_t best = 0;
  for (std::size_t s = 1; s < r.starts.size(); ++s)
    if (r.starts[s].quality > r.starts[best].quality) best = s;
  r.best = r.starts[best];
  if (s_count > 1) {
    double ari = 0, nmi = 0, pairs = 0;
    for (int x = 0; x < s_count; ++x)
      for (int y = x + 1; y < s_count; ++y) {
        ari += adjusted_rand_index(r.starts[x].membership, r.starts[y].membership);
        nmi += normalized_mutual_information(r.starts[x].membership, r.starts[y].membership);
        pairs += 1;
      }
    r.mean_ari = ari / pairs;
    r.mean_nmi = nmi / pairs;
  }
  const auto& star = r.best.membership;
  std::vector<std::size_t> star_size(r.best.count, 0);
  for (int c : star) ++star_size[c];
  std::vector<double> hits(n, 0.0);
  for (const auto& p : r.starts) {
    // Community c of start p equals a community of the best partition iff all its members share one best label
    // and the sizes agree.
    std::vector<int> label(p.count, -1);
    std::vector<bool> pure(p.count, true);
    std::vector<std::size_t> size(p.count, 0);
    for (std::size_t v = 0; v < n; ++v) {
      const int c = p.membership[v];
      ++size[c];
      if (label[c] < 0)
        label[c] = star[v];
      else if (label[c] != star[v])
        pure[c] = false;
    }
    for (std::size_t v = 0; v < n; ++v) {
      const int c = p.membership[v];
      if (pure[c] && size[c] == star_size[star[v]]) hits[v] += 1;
    }
  }
  r.certainty.resize(n);
  for (std::size_t v = 0; v < n; ++v) r.certainty[v] = hits[v] / s_count;
  return r;
}

}  // namespace ppsnet::algo
