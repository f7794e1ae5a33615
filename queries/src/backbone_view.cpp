#include "ppsnet/query/backbone_view.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

#include "ppsnet/algo/backbone.hpp"
#include "ppsnet/query/palette.hpp"
#include "ppsnet/query/text_format.hpp"

namespace ppsnet::query {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

}  // namespace

Diagram backbone_view(const model::PartnerGraph& g, std::span<const double> centrality, std::span<const int> community,
                      const BackboneViewOptions& options) {
  if (centrality.size() != g.num_nodes())
    throw std::invalid_argument("backbone_view: centrality needs one value per node");
  if (options.colour_by == ColourBy::community && community.size() != g.num_nodes())
    throw std::invalid_argument("backbone_view: colouring by community needs one community per node");
  if (options.max_nodes < 2) throw std::invalid_argument("backbone_view: max_nodes must be at least 2");
  if (!(options.alpha >= 0 && options.alpha <= 1))
    throw std::invalid_argument("backbone_view: alpha must lie in [0, 1]");
  const bool initiatives = options.side == algo::Side::initiatives;

  algo::ProjectionOptions po;
  po.side = options.side;
  po.weight = algo::ProjectionWeight::newman;
  po.max_connector_degree = options.max_connector_degree;
  const auto proj = algo::project(g, po);
  algo::DisparityOptions dopt;
  dopt.alpha = options.alpha;
  const auto bb = algo::disparity_filter(proj.graph, dopt);
  const auto& b = bb.graph;

  // Candidates (local projection indices) with a backbone link, the most central first when capped.
  std::vector<std::size_t> cand;
  for (std::size_t u = 0; u < b.num_nodes(); ++u)
    if (b.degree(static_cast<model::NodeId>(u)) > 0) cand.push_back(u);
  const std::size_t with_links = cand.size();
  if (cand.size() > options.max_nodes) {
    std::stable_sort(cand.begin(), cand.end(), [&](std::size_t x, std::size_t y) {
      return centrality[proj.nodes[x]] > centrality[proj.nodes[y]];
    });
    cand.resize(options.max_nodes);
    std::sort(cand.begin(), cand.end());
  }
  std::vector<std::size_t> pos(b.num_nodes(), kNone);
  for (std::size_t i = 0; i < cand.size(); ++i) pos[cand[i]] = i;
  std::vector<DiagramEdge> edges;
  std::vector<bool> linked(cand.size(), false);
  for (std::size_t i = 0; i < cand.size(); ++i) {
    const auto nb = b.neighbours(static_cast<model::NodeId>(cand[i]));
    const auto w = b.weights(static_cast<model::NodeId>(cand[i]));
    for (std::size_t k = 0; k < nb.size(); ++k) {
      const std::size_t j = pos[nb[k]];
      if (j == kNone || j <= i) continue;
      edges.push_back({i, j, w[k]});
    }
  }
  // Too many links to read: every node keeps its top_links strongest (ties: the earlier edge), a link stays when
  // it is among the strongest of either endpoint.
  const std::size_t links_before_thinning = edges.size();
  const bool thin = options.top_links > 0 && edges.size() > options.max_links_per_node_ratio * cand.size();
  if (thin) {
    std::vector<std::vector<std::size_t>> incident(cand.size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
      incident[edges[e].source].push_back(e);
      incident[edges[e].target].push_back(e);
    }
    std::vector<bool> keep(edges.size(), false);
    for (auto& list : incident) {
      std::stable_sort(list.begin(), list.end(),
                       [&](std::size_t x, std::size_t y) { return edges[x].weight > edges[y].weight; });
      for (std::size_t r = 0; r < list.size() && r < options.top_links; ++r) keep[list[r]] = true;
    }
    std::vector<DiagramEdge> thinned;
    for (std::size_t e = 0; e < edges.size(); ++e)
      if (keep[e]) thinned.push_back(edges[e]);
    edges = std::move(thinned);
  }
  for (const auto& e : edges) linked[e.source] = linked[e.target] = true;
  std::vector<std::size_t> final_index(cand.size(), kNone);
  std::vector<model::NodeId> kept;  // PartnerGraph node ids, increasing
  for (std::size_t i = 0; i < cand.size(); ++i)
    if (linked[i]) {
      final_index[i] = kept.size();
      kept.push_back(proj.nodes[cand[i]]);
    }
  for (auto& e : edges) {
    e.source = final_index[e.source];
    e.target = final_index[e.target];
  }

  Diagram d;
  d.layout = options.layout;
  const std::string nodes_word = initiatives ? "initiatives" : "organisations";
  const std::string node_word = initiatives ? "initiative" : "organisation";
  d.title = !options.title.empty() ? options.title
            : initiatives          ? "Initiatives linked by shared partners (backbone)"
                                   : "Organisations linked by shared initiatives (backbone)";
  d.edges = std::move(edges);
  double max_c = 0;
  for (auto v : kept) max_c = std::max(max_c, centrality[v]);
  std::vector<model::NodeId> by_rank = kept;
  std::stable_sort(by_rank.begin(), by_rank.end(),
                   [&](model::NodeId x, model::NodeId y) { return centrality[x] > centrality[y]; });
  by_rank.resize(std::min(options.labelled, by_rank.size()));
  const std::set<model::NodeId> labelled(by_rank.begin(), by_rank.end());
  std::set<std::string> legend_seen;
  for (auto v : kept) {
    DiagramNode n;
    n.id = (g.is_initiative(v) ? "i:" : "o:") + g.external_id(v);
    n.label = shorten(g.label(v), 60);
    n.tooltip = shorten(g.label(v), 200) + "\n" +
                (g.is_initiative(v) ? "initiative (" + std::string(model::to_string(g.initiative(v).kind)) + ")"
                                    : std::string(model::to_string(g.organisation(v).type)));
    n.size = 0.15 + 0.85 * (max_c > 0 ? std::sqrt(std::max(0.0, centrality[v]) / max_c) : 0.0);
    n.show_label = labelled.count(v) > 0;
    n.shape = g.is_initiative(v) ? "box" : "ellipse";
    auto colour = node_colour(g, v, options.colour_by, community);
    n.fill_colour = colour.colour;
    if (legend_seen.insert(colour.legend).second) d.legend.push_back({colour.legend, n.fill_colour, n.shape});
    d.nodes.push_back(std::move(n));
  }
  std::sort(d.legend.begin(), d.legend.end(), [](const auto& x, const auto& y) { return natural_less(x.label, y.label); });

  const double weight_share = bb.weight_in > 0 ? 100.0 * bb.weight_kept / bb.weight_in : 0.0;
  std::string caption = std::string(initiatives ? "Initiatives" : "Organisations") + " linked by shared " +
                        (initiatives ? "partners" : "initiatives") +
                        " (Newman weights; a thicker line means more shared, and by fewer-connected " +
                        (initiatives ? "partners" : "initiatives") + "). Backbone: the disparity filter at α = " +
                        short_number(options.alpha) + " kept " + thousands(bb.edges_kept) + " of " +
                        thousands(bb.edges_in) + " links (" + fixed(weight_share, 0) + "% of the weight). Showing " +
                        thousands(kept.size()) + " of " + thousands(proj.nodes.size()) + " " + nodes_word + " and " +
                        thousands(d.edges.size()) + " links.";
  const std::size_t unlinked = proj.nodes.size() - with_links;
  const std::size_t capped = with_links - kept.size();
  if (unlinked + capped > 0) {
    caption += " Left out: ";
    if (unlinked > 0) caption += count_of(unlinked, node_word, nodes_word) + " without a backbone link";
    if (unlinked > 0 && capped > 0) caption += ", ";
    if (capped > 0)
      caption += thousands(capped) + " of the least central (by " + options.centrality_name + ") or left unlinked";
    caption += ".";
  }
  if (proj.skipped_connectors > 0)
    caption += " " + count_of(proj.skipped_connectors, initiatives ? "organisation" : "initiative",
                              initiatives ? "organisations" : "initiatives") +
               " with more than " + std::to_string(options.max_connector_degree) + " links not used to link.";
  if (thin)
    caption += " Of the " + thousands(links_before_thinning) + " backbone links among the nodes shown, each node keeps its " +
               std::to_string(options.top_links) + " strongest.";
  if (!labelled.empty()) caption += " Labels: the " + std::to_string(labelled.size()) + " most central.";
  d.caption = caption;
  return d;
}

}  // namespace ppsnet::query
