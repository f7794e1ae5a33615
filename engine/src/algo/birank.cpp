// BiRank: alternating propagation between the two sides with the symmetrically normalised weight matrix S.
#include "ppsnet/algo/birank.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace ppsnet::algo {

using model::NodeId;

namespace {
std::vector<double> prior(const std::vector<double>& given, std::size_t size, const char* what) {
  if (given.empty()) return std::vector<double>(size, size ? 1.0 / static_cast<double>(size) : 0.0);
  if (given.size() != size) throw std::invalid_argument(std::string("birank: ") + what + " has the wrong size");
  for (double x : given)
    if (!std::isfinite(x) || x < 0) throw std::invalid_argument(std::string("birank: ") + what + " values must be finite and >= 0");
  return given;
}
}  // namespace

std::vector<double> birank(const model::PartnerGraph& g, const BiRankOptions& opt) {
  if (!(opt.alpha >= 0 && opt.alpha < 1)) throw std::invalid_argument("birank: alpha must be in [0, 1)");
  if (!(opt.beta >= 0 && opt.beta < 1)) throw std::invalid_argument("birank: beta must be in [0, 1)");
  if (!(opt.tolerance > 0)) throw std::invalid_argument("birank: tolerance must be > 0");
  if (opt.max_iterations < 1) throw std::invalid_argument("birank: max_iterations must be >= 1");
  const std::size_t ni = g.num_initiatives(), n = g.num_nodes();
  const auto& csr = g.graph();
  const std::vector<double> u0 = prior(opt.initiative_prior, ni, "initiative_prior");
  const std::vector<double> p0 = prior(opt.organisation_prior, n - ni, "organisation_prior");
  // 1/√d per node (0 for isolated nodes).
  std::vector<double> inv_sqrt_d(n, 0.0);
  for (NodeId v = 0; v < n; ++v) {
    const double d = opt.weighted ? csr.strength(v) : static_cast<double>(csr.degree(v));
    inv_sqrt_d[v] = d > 0 ? 1.0 / std::sqrt(d) : 0.0;
  }
  // x: scores by node id, initiatives = u, organisations = p.
  std::vector<double> x(n);
  for (std::size_t i = 0; i < ni; ++i) x[i] = u0[i];
  for (std::size_t j = 0; j < n - ni; ++j) x[ni + j] = p0[j];
  // (S z)_v for v on one side = Σ_{t ~ v} w_vt z_t / (√d_v √d_t).
  auto propagate = [&](NodeId v) {
    double s = 0;
    auto nb = csr.neighbours(v);
    auto ws = csr.weights(v);
    for (std::size_t k = 0; k < nb.size(); ++k) s += (opt.weighted ? ws[k] : 1.0) * x[nb[k]] * inv_sqrt_d[nb[k]];
    return s * inv_sqrt_d[v];
  };
  for (int it = 0; it < opt.max_iterations; ++it) {
    double change = 0;
    std::vector<double> next(n);
    for (NodeId v = static_cast<NodeId>(ni); v < n; ++v)  // p = α Sᵀ u + (1 − α) p⁰ (uses the current u)
      next[v] = opt.alpha * propagate(v) + (1 - opt.alpha) * p0[v - ni];
    for (NodeId v = static_cast<NodeId>(ni); v < n; ++v) {
      change += std::fabs(next[v] - x[v]);
      x[v] = next[v];
    }
    for (NodeId v = 0; v < ni; ++v)  // u = β S p + (1 − β) u⁰ (uses the new p)
      next[v] = opt.beta * propagate(v) + (1 - opt.beta) * u0[v];
    for (NodeId v = 0; v < ni; ++v) {
      change += std::fabs(next[v] - x[v]);
      x[v] = next[v];
    }
    if (change < opt.tolerance) return x;
  }
  throw AlgorithmError("birank: no convergence after " + std::to_string(opt.max_iterations) + " iterations");
}

}  // namespace ppsnet::algo
