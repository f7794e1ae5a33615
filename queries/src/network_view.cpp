#include "ppsnet/query/network_view.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>
#include <set>
#include <string>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/query/palette.hpp"
#include "ppsnet/query/text_format.hpp"

namespace ppsnet::query {
namespace {

std::string describe(const model::PartnerGraph& g, model::NodeId v) {
  std::string t = shorten(g.label(v), 200);
  if (g.is_initiative(v)) {
    const auto& in = g.initiative(v);
    t += "\ninitiative (" + std::string(model::to_string(in.kind)) + ")";
  } else {
    const auto& o = g.organisation(v);
    t += "\n" + std::string(model::to_string(o.type));
    if (o.location.corop != 0)
      if (const auto* c = geo::find_corop(o.location.corop)) t += ", " + std::string(c->name);
    if (!o.location.country.empty() && o.location.country != "NL") t += ", " + o.location.country;
  }
  t += "\npartners/initiatives: " + std::to_string(g.graph().degree(v));
  return t;
}

}  // namespace

Diagram network_view(const model::PartnerGraph& g, std::span<const double> centrality, std::span<const int> component,
                     int largest_component, std::span<const int> community, const NetworkViewOptions& options) {
  assert(centrality.size() == g.num_nodes() && component.size() == g.num_nodes());
  const auto& csr = g.graph();
  Diagram d;
  d.title = options.title;
  d.layout = options.layout;

  std::vector<model::NodeId> candidates;
  std::size_t non_isolated = 0;
  for (model::NodeId v = 0; v < g.num_nodes(); ++v)
    if (csr.degree(v) > 0) ++non_isolated;
  const bool all = non_isolated <= options.max_nodes;
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) {
    if (csr.degree(v) == 0) continue;
    if (!all && component[v] != largest_component) continue;
    candidates.push_back(v);
  }
  const std::size_t in_largest = all ? 0 : candidates.size();
  if (!all) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](model::NodeId a, model::NodeId b) { return centrality[a] > centrality[b]; });
    if (candidates.size() > options.max_nodes) candidates.resize(options.max_nodes);
  }
  std::vector<std::size_t> local(g.num_nodes(), static_cast<std::size_t>(-1));
  std::sort(candidates.begin(), candidates.end());
  for (std::size_t i = 0; i < candidates.size(); ++i) local[candidates[i]] = i;
  // Keep only nodes with an edge among the kept ones.
  std::vector<bool> connected(candidates.size(), false);
  std::vector<DiagramEdge> edges;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const model::NodeId v = candidates[i];
    auto nb = csr.neighbours(v);
    auto w = csr.weights(v);
    for (std::size_t k = 0; k < nb.size(); ++k) {
      const std::size_t j = local[nb[k]];
      if (j == static_cast<std::size_t>(-1) || j <= i) continue;
      edges.push_back({i, j, w[k]});
      connected[i] = connected[j] = true;
    }
  }
  std::vector<std::size_t> final_index(candidates.size(), static_cast<std::size_t>(-1));
  std::vector<model::NodeId> kept;
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (connected[i]) {
      final_index[i] = kept.size();
      kept.push_back(candidates[i]);
    }
  for (auto& e : edges) {
    e.source = final_index[e.source];
    e.target = final_index[e.target];
  }
  d.edges = std::move(edges);

  double max_c = 0;
  for (model::NodeId v : kept) max_c = std::max(max_c, centrality[v]);
  std::vector<model::NodeId> by_rank = kept;
  std::stable_sort(by_rank.begin(), by_rank.end(),
                   [&](model::NodeId a, model::NodeId b) { return centrality[a] > centrality[b]; });
  std::set<model::NodeId> labelled(by_rank.begin(),
                                   by_rank.begin() + static_cast<std::ptrdiff_t>(std::min(options.labelled, by_rank.size())));
  std::set<std::string> legend_seen;
  for (model::NodeId v : kept) {
    DiagramNode n;
    n.id = (g.is_initiative(v) ? "i:" : "o:") + g.external_id(v);
    n.label = shorten(g.label(v), 60);
    n.tooltip = shorten(describe(g, v), 400);
    const double rel = max_c > 0 ? std::sqrt(std::max(0.0, centrality[v]) / max_c) : 0.0;
    n.size = 0.15 + 0.85 * rel;
    n.show_label = labelled.count(v) > 0;
    n.shape = g.is_initiative(v) ? "box" : "ellipse";
    auto colour = node_colour(g, v, options.colour_by, community);
    n.fill_colour = colour.colour;
    if (legend_seen.insert(colour.legend).second) d.legend.push_back({colour.legend, n.fill_colour, n.shape});
    d.nodes.push_back(std::move(n));
  }
  std::sort(d.legend.begin(), d.legend.end(), [](const auto& a, const auto& b) { return natural_less(a.label, b.label); });

  if (all) {
    d.caption = "All " + thousands(kept.size()) + " connected nodes and " + thousands(d.edges.size()) +
                " links. Node size: " + options.centrality_name + ".";
    if (g.num_nodes() > kept.size())
      d.caption += " Left out: " + count_of(g.num_nodes() - kept.size(), "node", "nodes") + " without any link.";
  } else {
    d.caption = "Showing the " + thousands(kept.size()) + " most central nodes (by " + options.centrality_name +
                ") of the largest connected component (" + thousands(in_largest) + " of " +
                thousands(g.num_nodes()) + " nodes) and the " + thousands(d.edges.size()) +
                " links among them. Left out: " + thousands(g.num_nodes() - kept.size()) + " nodes and " +
                thousands(g.num_edges() - d.edges.size()) + " links. Labels: the " +
                std::to_string(labelled.size()) + " most central.";
  }
  return d;
}

}  // namespace ppsnet::query
