// PageRank by power iteration (pull form: each node sums over its neighbours in CSR order, so the result does
// not depend on anything but the graph and the options).
#include "ppsnet/algo/pagerank.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace ppsnet::algo {

using model::CsrGraph;
using model::NodeId;

std::vector<double> pagerank(const CsrGraph& g, const PageRankOptions& opt) {
  const std::size_t n = g.num_nodes();
  if (!(opt.damping >= 0 && opt.damping < 1)) throw std::invalid_argument("pagerank: damping must be in [0, 1)");
  if (!(opt.tolerance > 0)) throw std::invalid_argument("pagerank: tolerance must be > 0");
  if (opt.max_iterations < 1) throw std::invalid_argument("pagerank: max_iterations must be >= 1");
  if (n == 0) return {};
  std::vector<double> r(n, 1.0 / static_cast<double>(n));
  if (!opt.reset.empty()) {
    if (opt.reset.size() != n) throw std::invalid_argument("pagerank: reset needs one value per node");
    double sum = 0;
    for (double x : opt.reset) {
      if (!std::isfinite(x) || x < 0) throw std::invalid_argument("pagerank: reset values must be finite and >= 0");
      sum += x;
    }
    if (!(sum > 0)) throw std::invalid_argument("pagerank: reset values are all 0");
    for (std::size_t v = 0; v < n; ++v) r[v] = opt.reset[v] / sum;
  }
  std::vector<double> out_strength(n, 0.0);
  for (NodeId v = 0; v < n; ++v) {
    if (opt.weighted) {
      for (double w : g.weights(v))
        if (!std::isfinite(w) || w <= 0)
          throw std::invalid_argument("pagerank: weights must be finite and > 0, got " + std::to_string(w));
      out_strength[v] = g.strength(v);
    } else {
      out_strength[v] = static_cast<double>(g.degree(v));
    }
  }
  const double a = opt.damping;
  std::vector<double> x = r, share(n), next(n);
  for (int it = 0; it < opt.max_iterations; ++it) {
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v) {
      if (out_strength[v] > 0) {
        share[v] = x[v] / out_strength[v];
      } else {
        share[v] = 0;
        dangling += x[v];
      }
    }
    double change = 0;
    for (NodeId v = 0; v < n; ++v) {
      double s = 0;
      auto nb = g.neighbours(v);
      if (opt.weighted) {
        auto ws = g.weights(v);
        for (std::size_t j = 0; j < nb.size(); ++j) s += share[nb[j]] * ws[j];
      } else {
        for (NodeId u : nb) s += share[u];
      }
      next[v] = a * s + (a * dangling + (1 - a)) * r[v];
      change += std::fabs(next[v] - x[v]);
    }
    x.swap(next);
    if (change < opt.tolerance) {
      double sum = 0;
      for (double v : x) sum += v;
      for (double& v : x) v /= sum;
      return x;
    }
  }
  throw AlgorithmError("pagerank: no convergence after " + std::to_string(opt.max_iterations) + " iterations");
}

std::vector<double> personalized_pagerank(const CsrGraph& g, std::span<const NodeId> seeds, PageRankOptions opt) {
  if (seeds.empty()) throw std::invalid_argument("personalized_pagerank: no seed nodes");
  opt.reset.assign(g.num_nodes(), 0.0);
  for (NodeId s : seeds) {
    if (s >= g.num_nodes()) throw std::invalid_argument("personalized_pagerank: seed node id out of range");
    opt.reset[s] = 1.0;
  }
  return pagerank(g, opt);
}

}  // namespace ppsnet::algo
