// Eigenvector centrality by shifted power iteration (A + I), component by component.
#include "ppsnet/algo/eigenvector.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "ppsnet/algo/components.hpp"

namespace ppsnet::algo {
namespace {

using model::CsrGraph;
using model::NodeId;

struct ComponentVector {
  std::vector<NodeId> nodes;
  std::vector<double> x;  // max 1
  double eigenvalue = 0;
  int iterations = 0;
};

// Power iteration on (A + I) restricted to `nodes` (one component with at least one edge).
void iterate(const CsrGraph& g, const EigenvectorOptions& opt, const std::vector<int>& local,
             ComponentVector& c) {
  const std::size_t k = c.nodes.size();
  std::vector<double> x(k), y(k);
  for (std::size_t i = 0; i < k; ++i) x[i] = opt.weighted ? g.strength(c.nodes[i]) : static_cast<double>(g.degree(c.nodes[i]));
  const double x_max = *std::max_element(x.begin(), x.end());
  for (double& v : x) v /= x_max;
  for (int it = 1; it <= opt.max_iterations; ++it) {
    for (std::size_t i = 0; i < k; ++i) {
      const NodeId v = c.nodes[i];
      double s = x[i];
      auto nb = g.neighbours(v);
      auto ws = g.weights(v);
      for (std::size_t j = 0; j < nb.size(); ++j)
        s += (opt.weighted ? ws[j] : 1.0) * x[static_cast<std::size_t>(local[nb[j]])];
      y[i] = s;
    }
    const double y_max = *std::max_element(y.begin(), y.end());
    double change = 0;
    for (std::size_t i = 0; i < k; ++i) {
      y[i] /= y_max;
      change = std::max(change, std::fabs(y[i] - x[i]));
    }
    x.swap(y);
    if (change < opt.tolerance) {
      c.iterations = it;
      // Rayleigh quotient x'Ax / x'x for the eigenvalue of A.
      double num = 0, den = 0;
      for (std::size_t i = 0; i < k; ++i) {
        const NodeId v = c.nodes[i];
        auto nb = g.neighbours(v);
        auto ws = g.weights(v);
        double ax = 0;
        for (std::size_t j = 0; j < nb.size(); ++j)
          ax += (opt.weighted ? ws[j] : 1.0) * x[static_cast<std::size_t>(local[nb[j]])];
        num += x[i] * ax;
        den += x[i] * x[i];
      }
      c.eigenvalue = num / den;
      c.x = std::move(x);
      return;
    }
  }
  throw AlgorithmError("eigenvector_centrality: no convergence after " + std::to_string(opt.max_iterations) +
                       " iterations (tolerance " + std::to_string(opt.tolerance) + ")");
}

void scale(std::vector<double>& x, EigenvectorScaling s) {
  double d = 0;
  if (s == EigenvectorScaling::max_one) {
    for (double v : x) d = std::max(d, v);
  } else {
    for (double v : x) d += v * v;
    d = std::sqrt(d);
  }
  if (d > 0)
    for (double& v : x) v /= d;
}

}  // namespace

EigenvectorResult eigenvector_centrality(const CsrGraph& g, const EigenvectorOptions& opt) {
  if (!(opt.tolerance > 0)) throw std::invalid_argument("eigenvector_centrality: tolerance must be > 0");
  if (opt.max_iterations < 1) throw std::invalid_argument("eigenvector_centrality: max_iterations must be >= 1");
  const std::size_t n = g.num_nodes();
  if (opt.weighted)
    for (NodeId v = 0; v < n; ++v)
      for (double w : g.weights(v))
        if (!std::isfinite(w) || w <= 0)
          throw std::invalid_argument("eigenvector_centrality: weights must be finite and > 0, got " + std::to_string(w));
  EigenvectorResult r;
  r.scores.assign(n, 0.0);
  if (n == 0) return r;
  const Components comps = connected_components(g);
  std::vector<int> local(n, -1);
  std::vector<ComponentVector> vecs(comps.count());
  for (NodeId v = 0; v < n; ++v) {
    auto& c = vecs[static_cast<std::size_t>(comps.membership[v])];
    local[v] = static_cast<int>(c.nodes.size());
    c.nodes.push_back(v);
  }
  bool any_edge = false;
  for (auto& c : vecs) {
    if (c.nodes.size() < 2) continue;  // isolated node: λ = 0
    any_edge = true;
    iterate(g, opt, local, c);
    r.eigenvalue = std::max(r.eigenvalue, c.eigenvalue);
    r.iterations = std::max(r.iterations, c.iterations);
  }
  if (opt.components == EigenvectorComponents::per_component) {
    for (auto& c : vecs) {
      if (c.x.empty()) continue;
      scale(c.x, opt.scaling);
      for (std::size_t i = 0; i < c.nodes.size(); ++i) r.scores[c.nodes[i]] = c.x[i];
    }
    return r;
  }
  if (!any_edge) {
    r.scores.assign(n, 1.0);
  } else {
    for (auto& c : vecs) {
      if (c.x.empty() || std::fabs(c.eigenvalue - r.eigenvalue) > 1e-9 * r.eigenvalue) continue;
      for (std::size_t i = 0; i < c.nodes.size(); ++i) r.scores[c.nodes[i]] = c.x[i];
    }
  }
  scale(r.scores, opt.scaling);
  return r;
}

}  // namespace ppsnet::algo
