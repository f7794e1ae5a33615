#include "ppsnet/query/views.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/query/palette.hpp"
#include "ppsnet/query/text_format.hpp"

namespace ppsnet::query {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

void check_spans(const model::PartnerGraph& g, std::span<const double> centrality, std::span<const int> community,
                 const ViewOptions& options, const char* who) {
  if (centrality.size() != g.num_nodes()) {
    throw std::invalid_argument(std::string(who) + ": centrality needs one value per node");
  }
  if (options.colour_by == ColourBy::community && community.size() != g.num_nodes()) {
    throw std::invalid_argument(std::string(who) + ": colouring by community needs one community per node");
  }
  if (options.max_nodes < 2) throw std::invalid_argument(std::string(who) + ": max_nodes must be at least 2");
}

std::string describe(const model::PartnerGraph& g, model::NodeId v) {
  std::string t = g.label(v);
  const model::Location* loc = nullptr;
  if (g.is_initiative(v)) {
    t += "\ninitiative (" + std::string(model::to_string(g.initiative(v).kind)) + ")";
    loc = &g.initiative(v).location;
  } else {
    t += "\n" + std::string(model::to_string(g.organisation(v).type));
    loc = &g.organisation(v).location;
  }
  if (loc->corop != 0)
    if (const auto* c = geo::find_corop(loc->corop)) t += ", " + std::string(c->name);
  if (!loc->country.empty() && loc->country != "NL") t += ", " + loc->country;
  t += "\nlinks: " + std::to_string(g.graph().degree(v));
  return t;
}

/// Orders by centrality descending, then node id.
struct ByCentrality {
  std::span<const double> c;
  bool operator()(model::NodeId a, model::NodeId b) const {
    if (c[a] != c[b]) return c[a] > c[b];
    return a < b;
  }
};


struct Built {
  Diagram diagram;
  std::size_t isolated_dropped = 0;  ///< kept nodes without an edge among the kept ones (dropped when asked)
};

/// Draws the induced subgraph on `kept` (any order; drawn in node-id order). When drop_isolated, nodes without an
/// edge among the kept ones are left out (counted). `centre` (or kNone) gets the largest size and a label.
Built build(const model::PartnerGraph& g, std::vector<model::NodeId> kept, std::span<const double> centrality,
            std::span<const int> community, const ViewOptions& options, std::size_t centre, bool drop_isolated) {
  const auto& csr = g.graph();
  std::sort(kept.begin(), kept.end());
  std::vector<std::size_t> local(g.num_nodes(), kNone);
  for (std::size_t i = 0; i < kept.size(); ++i) local[kept[i]] = i;
  std::vector<bool> connected(kept.size(), false);
  std::vector<DiagramEdge> edges;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const auto nb = csr.neighbours(kept[i]);
    const auto w = csr.weights(kept[i]);
    for (std::size_t k = 0; k < nb.size(); ++k) {
      const std::size_t j = local[nb[k]];
      if (j == kNone || j <= i) continue;
      edges.push_back({i, j, w[k]});
      connected[i] = connected[j] = true;
    }
  }
  Built out;
  std::vector<std::size_t> final_index(kept.size(), kNone);
  std::vector<model::NodeId> drawn;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (drop_isolated && !connected[i] && kept[i] != centre) {
      ++out.isolated_dropped;
      continue;
    }
    final_index[i] = drawn.size();
    drawn.push_back(kept[i]);
  }
  for (auto& e : edges) {
    e.source = final_index[e.source];
    e.target = final_index[e.target];
  }
  Diagram& d = out.diagram;
  d.layout = options.layout;
  d.edges = std::move(edges);

  double max_c = 0;
  for (model::NodeId v : drawn) max_c = std::max(max_c, std::max(0.0, centrality[v]));
  std::vector<model::NodeId> by_rank = drawn;
  std::sort(by_rank.begin(), by_rank.end(), ByCentrality{centrality});
  std::set<model::NodeId> labelled(
      by_rank.begin(), by_rank.begin() + static_cast<std::ptrdiff_t>(std::min(options.labelled, by_rank.size())));
  std::set<std::string> legend_seen;
  for (model::NodeId v : drawn) {
    DiagramNode n;
    n.id = (g.is_initiative(v) ? "i:" : "o:") + g.external_id(v);
    n.label = g.label(v);
    n.tooltip = describe(g, v);
    const double rel = max_c > 0 ? std::sqrt(std::max(0.0, centrality[v]) / max_c) : 0.0;
    n.size = v == centre ? 1.0 : 0.15 + 0.85 * rel;
    n.show_label = v == centre || labelled.count(v) > 0;
    n.shape = g.is_initiative(v) ? "box" : "ellipse";
    auto colour = node_colour(g, v, options.colour_by, community);
    n.fill_colour = colour.colour;
    if (legend_seen.insert(colour.legend).second) d.legend.push_back({colour.legend, n.fill_colour, n.shape});
    d.nodes.push_back(std::move(n));
  }
  std::sort(d.legend.begin(), d.legend.end(), [](const auto& a, const auto& b) { return natural_less(a.label, b.label); });
  return out;
}

std::string labels_note(std::size_t labelled, std::size_t drawn, const ViewOptions& options) {
  const std::size_t shown = std::min(labelled, drawn);
  if (shown >= drawn) return " Labels: all.";
  return " Labels: the " + std::to_string(shown) + " most central (by " + options.centrality_name + ").";
}

}  // namespace

Diagram ego_view(const model::PartnerGraph& g, model::NodeId centre, int radius, std::span<const double> centrality,
                 std::span<const int> community, const ViewOptions& options) {
  check_spans(g, centrality, community, options, "ego_view");
  if (radius != 1 && radius != 2) throw std::invalid_argument("ego_view: radius must be 1 or 2");
  if (centre >= g.num_nodes()) throw std::invalid_argument("ego_view: centre is not a node of the graph");
  const auto& csr = g.graph();
  // Distances by breadth-first search up to `radius`.
  std::vector<int> dist(g.num_nodes(), -1);
  dist[centre] = 0;
  std::vector<model::NodeId> ring1, ring2;
  for (model::NodeId u : csr.neighbours(centre)) {
    if (dist[u] < 0) {
      dist[u] = 1;
      ring1.push_back(u);
    }
  }
  if (radius == 2) {
    for (model::NodeId u : ring1)
      for (model::NodeId w : csr.neighbours(u))
        if (dist[w] < 0) {
          dist[w] = 2;
          ring2.push_back(w);
        }
  }
  const std::size_t within = 1 + ring1.size() + ring2.size();
  std::vector<model::NodeId> kept{centre};
  std::sort(ring1.begin(), ring1.end(), ByCentrality{centrality});
  const std::size_t take1 = std::min(ring1.size(), options.max_nodes - 1);
  kept.insert(kept.end(), ring1.begin(), ring1.begin() + static_cast<std::ptrdiff_t>(take1));
  std::size_t ring2_reachable = 0;
  if (radius == 2 && kept.size() < options.max_nodes) {
    std::vector<bool> kept1(g.num_nodes(), false);
    for (std::size_t k = 0; k < take1; ++k) kept1[ring1[k]] = true;
    std::vector<model::NodeId> candidates;
    for (model::NodeId w : ring2) {
      const auto nb = csr.neighbours(w);
      if (std::any_of(nb.begin(), nb.end(), [&](model::NodeId u) { return kept1[u]; })) candidates.push_back(w);
    }
    ring2_reachable = candidates.size();
    std::sort(candidates.begin(), candidates.end(), ByCentrality{centrality});
    const std::size_t take2 = std::min(candidates.size(), options.max_nodes - kept.size());
    kept.insert(kept.end(), candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(take2));
  }
  const std::size_t kept1_count = take1;
  const std::size_t kept2_count = kept.size() - 1 - take1;
  Built b = build(g, kept, centrality, community, options, centre, false);
  Diagram& d = b.diagram;
  const std::string who = std::string(g.is_initiative(centre) ? "initiative " : "organisation ") + g.label(centre);
  d.title = options.title.empty() ? "Ego network of " + g.label(centre) : options.title;
  std::string caption = "Ego network of " + who + " (" + g.external_id(centre) + ") at radius " +
                        std::to_string(radius) + ": " + thousands(ring1.size()) + " direct " +
                        (g.is_initiative(centre) ? "partners" : "initiatives");
  if (radius == 2) {
    caption += " and " + thousands(ring2.size()) + " " + (g.is_initiative(centre) ? "initiatives" : "partners") +
               " two steps away";
  }
  caption += ". Showing " + thousands(d.nodes.size()) + " of " + thousands(within) + " nodes and " +
             thousands(d.edges.size()) + " links.";
  if (d.nodes.size() < within) {
    caption += " Left out (the least central, by " + options.centrality_name + "): ";
    std::string parts;
    if (kept1_count < ring1.size()) parts += thousands(ring1.size() - kept1_count) + " at distance 1";
    if (radius == 2 && kept2_count < ring2.size()) {
      if (!parts.empty()) parts += ", ";
      parts += thousands(ring2.size() - kept2_count) + " at distance 2";
      if (ring2_reachable < ring2.size()) {
        parts += " (" + thousands(ring2.size() - ring2_reachable) + " of them only reachable through left-out nodes)";
      }
    }
    caption += parts + ".";
  }
  caption += labels_note(options.labelled, d.nodes.size(), options);
  d.caption = caption;
  return d;
}

Diagram region_view(const model::PartnerGraph& g, const Region& region, std::span<const double> centrality,
                    std::span<const int> community, const ViewOptions& options) {
  check_spans(g, centrality, community, options, "region_view");
  if ((region.corop == 0) == (region.province == 0)) {
    throw std::invalid_argument("region_view: give exactly one of a COROP region and a province");
  }
  std::string region_name;
  if (region.corop != 0) {
    const auto* c = geo::find_corop(region.corop);
    if (c == nullptr) throw std::invalid_argument("region_view: unknown COROP code " + std::to_string(region.corop));
    region_name = "COROP region " + std::string(c->name);
  } else {
    const auto* p = geo::find_province(region.province);
    if (p == nullptr) {
      throw std::invalid_argument("region_view: unknown province code " + std::to_string(region.province));
    }
    region_name = "province " + std::string(p->name);
  }
  const auto in_region = [&](const model::Location& loc) {
    return region.corop != 0 ? loc.corop == region.corop : loc.province == region.province;
  };
  const auto& csr = g.graph();
  std::vector<model::NodeId> home;
  for (model::NodeId v = 0; v < g.num_initiatives(); ++v)
    if (in_region(g.initiative(v).location)) home.push_back(v);
  // Partners: how many home initiatives each joins.
  std::map<model::NodeId, std::size_t> joins;
  for (model::NodeId v : home)
    for (model::NodeId u : csr.neighbours(v)) ++joins[u];
  const std::size_t all_partners = joins.size();

  std::vector<model::NodeId> kept_home = home;
  std::sort(kept_home.begin(), kept_home.end(), ByCentrality{centrality});
  if (kept_home.size() > options.max_nodes) kept_home.resize(options.max_nodes);
  std::vector<bool> is_kept_home(g.num_nodes(), false);
  for (model::NodeId v : kept_home) is_kept_home[v] = true;
  std::vector<model::NodeId> partners;
  for (const auto& [u, count] : joins) {
    const auto nb = csr.neighbours(u);
    if (std::any_of(nb.begin(), nb.end(), [&](model::NodeId v) { return is_kept_home[v]; })) partners.push_back(u);
  }
  std::sort(partners.begin(), partners.end(), [&](model::NodeId a, model::NodeId b) {
    if (joins[a] != joins[b]) return joins[a] > joins[b];
    return ByCentrality{centrality}(a, b);
  });
  const std::size_t room = options.max_nodes - kept_home.size();
  const std::size_t partners_total = partners.size();
  if (partners.size() > room) partners.resize(room);
  std::size_t outside = 0;
  for (model::NodeId u : partners)
    if (!in_region(g.organisation(u).location)) ++outside;
  std::vector<model::NodeId> kept = kept_home;
  kept.insert(kept.end(), partners.begin(), partners.end());
  Built b = build(g, kept, centrality, community, options, kNone, true);
  Diagram& d = b.diagram;
  d.title = options.title.empty() ? "Partnerships around " + region_name : options.title;
  std::string caption = "Initiatives based in " + region_name + " (" + thousands(home.size()) +
                        ") and their partners (" + thousands(all_partners) + "). Showing " +
                        thousands(d.nodes.size()) + " nodes and " + thousands(d.edges.size()) + " links; " +
                        thousands(outside) + " of the " + thousands(partners.size()) +
                        " partners shown are based outside the region.";
  const std::size_t left_home = home.size() - kept_home.size();
  const std::size_t left_partners = all_partners - partners.size();
  if (left_home + left_partners + b.isolated_dropped > 0) {
    caption += " Left out: ";
    std::string parts;
    if (left_home > 0) parts += thousands(left_home) + " initiatives (the least central)";
    if (left_partners > 0) {
      if (!parts.empty()) parts += ", ";
      parts += thousands(left_partners) + " partners (those joining the fewest initiatives of the region";
      if (partners_total < all_partners) parts += ", or only left-out ones";
      parts += ")";
    }
    if (b.isolated_dropped > 0) {
      if (!parts.empty()) parts += ", ";
      parts += thousands(b.isolated_dropped) + " initiatives without partners";
    }
    caption += parts + ".";
  }
  caption += labels_note(options.labelled, d.nodes.size(), options);
  d.caption = caption;
  return d;
}

Diagram community_view(const model::PartnerGraph& g, int community, std::span<const double> centrality,
                       std::span<const int> node_community, const ViewOptions& options) {
  if (node_community.size() != g.num_nodes()) {
    throw std::invalid_argument("community_view: node_community needs one value per node");
  }
  check_spans(g, centrality, node_community, options, "community_view");
  if (community < 0) throw std::invalid_argument("community_view: community must be >= 0");
  std::vector<model::NodeId> members;
  std::size_t member_initiatives = 0;
  for (model::NodeId v = 0; v < g.num_nodes(); ++v)
    if (node_community[v] == community) {
      members.push_back(v);
      if (g.is_initiative(v)) ++member_initiatives;
    }
  if (members.empty()) {
    throw std::invalid_argument("community_view: no node is in community " + std::to_string(community + 1));
  }
  std::sort(members.begin(), members.end(), ByCentrality{centrality});
  const std::size_t total = members.size();
  if (members.size() > options.max_nodes) members.resize(options.max_nodes);
  // A one-node community is drawn as that node; otherwise members without a link among those shown are left out.
  Built b = build(g, members, centrality, node_community, options, kNone, members.size() > 1);
  Diagram& d = b.diagram;
  const std::string name = "community " + std::to_string(community + 1);
  d.title = options.title.empty() ? "Partnership network: " + name : options.title;
  std::string caption = name + ": " + thousands(member_initiatives) + " initiatives and " +
                        thousands(total - member_initiatives) +
                        " organisations (those with most of their initiatives in it). Showing " +
                        thousands(d.nodes.size()) + " nodes and " + thousands(d.edges.size()) +
                        " links among them (links to other communities are not drawn).";
  const std::size_t capped = total - members.size();
  if (capped + b.isolated_dropped > 0) {
    caption += " Left out: ";
    if (capped > 0) caption += thousands(capped) + " of the least central members (by " + options.centrality_name + ")";
    if (capped > 0 && b.isolated_dropped > 0) caption += ", ";
    if (b.isolated_dropped > 0) caption += thousands(b.isolated_dropped) + " members without a link among those shown";
    caption += ".";
  }
  caption += labels_note(options.labelled, d.nodes.size(), options);
  d.caption = caption;
  return d;
}

}  // namespace ppsnet::query
