#include "ppsnet/algo/backbone.hpp"

#include <cmath>
#include <stdexcept>

namespace ppsnet::algo {

namespace {

// α of an edge of weight w at a node of degree k and strength s (see disparity_significance()).
double endpoint_alpha(double w, std::size_t k, double s) {
  if (k <= 1) return 0.0;
  const double share = w / s;
  const double base = share >= 1.0 ? 0.0 : 1.0 - share;
  return std::pow(base, static_cast<double>(k - 1));
}

}  // namespace

std::vector<DisparityEdge> disparity_significance(const model::CsrGraph& g) {
  const std::size_t n = g.num_nodes();
  std::vector<double> strength(n, 0.0);
  for (model::NodeId v = 0; v < n; ++v) {
    for (double w : g.weights(v))
      if (!(w > 0) || !std::isfinite(w))
        throw std::invalid_argument("disparity filter: edge weights must be > 0 and finite");
    strength[v] = g.strength(v);
  }
  std::vector<DisparityEdge> out;
  out.reserve(g.num_edges());
  for (const auto& e : g.edges()) {
    DisparityEdge d;
    d.u = e.u;
    d.v = e.v;
    d.weight = e.weight;
    d.alpha_u = endpoint_alpha(e.weight, g.degree(e.u), strength[e.u]);
    d.alpha_v = endpoint_alpha(e.weight, g.degree(e.v), strength[e.v]);
    out.push_back(d);
  }
  return out;
}

Backbone disparity_filter(const model::CsrGraph& g, const DisparityOptions& opt) {
  if (!std::isfinite(opt.alpha) || opt.alpha < 0 || opt.alpha > 1)
    throw std::invalid_argument("disparity filter: alpha must be in [0, 1]");
  const auto sig = disparity_significance(g);
  std::vector<model::WeightedEdge> kept;
  Backbone b;
  b.edges_in = sig.size();
  for (const auto& d : sig) {
    b.weight_in += d.weight;
    const bool su = d.alpha_u < opt.alpha, sv = d.alpha_v < opt.alpha;
    const bool keep = opt.rule == BackboneRule::either ? (su || sv) : (su && sv);
    if (!keep) continue;
    kept.push_back({d.u, d.v, d.weight});
    b.weight_kept += d.weight;
  }
  b.graph = model::CsrGraph::from_edges(g.num_nodes(), kept);
  b.edges_kept = b.graph.num_edges();
  for (model::NodeId v = 0; v < g.num_nodes(); ++v)
    if (b.graph.degree(v) > 0) ++b.nodes_with_edges;
  return b;
}

}  // namespace ppsnet::algo
