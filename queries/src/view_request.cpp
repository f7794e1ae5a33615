#include "ppsnet/query/view_request.hpp"

#include <optional>

#include "ppsnet/error.hpp"
#include "ppsnet/geo/geography.hpp"
#include "ppsnet/query/backbone_view.hpp"
#include "ppsnet/query/diagram_clusters.hpp"
#include "ppsnet/query/network_view.hpp"
#include "ppsnet/query/views.hpp"

namespace ppsnet::query {

std::string view_request_problem(const ViewRequest& s) {
  if (s.view == ViewKind::ego && s.id.empty()) return "--view ego needs --id ID";
  if (s.view == ViewKind::region && s.corop.empty() == s.province.empty()) {
    return "--view region needs exactly one of --corop and --province";
  }
  if (s.view == ViewKind::community && s.community < 1) {
    return "--view community needs --community N (1 = the largest community)";
  }
  return "";
}

model::NodeId find_node(const model::PartnerGraph& g, const std::string& id) {
  const auto strip = [&](std::string_view prefix) -> std::optional<std::string> {
    if (id.rfind(prefix, 0) == 0) return id.substr(prefix.size());
    return std::nullopt;
  };
  std::optional<model::NodeId> v;
  if (auto s = strip("initiative:")) {
    v = g.find_initiative(*s);
  } else if (auto s2 = strip("i:")) {
    v = g.find_initiative(*s2);
  } else if (auto s3 = strip("organisation:")) {
    v = g.find_organisation(*s3);
  } else if (auto s4 = strip("o:")) {
    v = g.find_organisation(*s4);
  }
  if (!v) v = g.find(id);
  if (!v) {
    throw not_found("", "no initiative or organisation has the id \"" + id +
                                "\" (use the id from the data, e.g. from `ppsnet export --format csv`; prefix it with "
                                "initiative: or organisation: when both sides use it)");
  }
  return *v;
}

Diagram select_view(const model::PartnerGraph& g, const AnalysisResult& r, const ViewRequest& s) {
  const std::vector<int>& community = r.communities.node_community;
  ViewOptions vo;
  vo.max_nodes = s.max_nodes;
  vo.labelled = s.labels;
  vo.colour_by = s.colour;
  vo.layout = s.layout == GraphLayout::automatic ? "sfdp" : std::string(name_of(s.layout));
  vo.title = s.title;
  vo.centrality_name = "betweenness";

  Diagram d;
  if (s.view == ViewKind::whole) {
    NetworkViewOptions no;
    no.max_nodes = s.max_nodes;
    no.labelled = s.labels;
    no.colour_by = vo.colour_by;
    no.layout = vo.layout;
    if (!s.title.empty()) no.title = s.title;
    d = network_view(g, r.betweenness, r.component, 0, community, no);
  } else if (s.view == ViewKind::backbone) {
    BackboneViewOptions bo;
    bo.side = s.side;
    bo.alpha = s.alpha;
    bo.max_connector_degree = r.options.max_connector_degree;
    bo.max_nodes = s.max_nodes;
    bo.labelled = s.labels;
    bo.colour_by = vo.colour_by;
    bo.layout = vo.layout;
    bo.title = s.title;
    d = backbone_view(g, r.betweenness, community, bo);
  } else if (s.view == ViewKind::ego) {
    d = ego_view(g, find_node(g, s.id), s.radius, r.betweenness, community, vo);
  } else if (s.view == ViewKind::region) {
    Region region;
    if (!s.corop.empty()) {
      const auto c = geo::parse_corop(s.corop);
      if (!c) throw not_found("", "unknown COROP region \"" + s.corop + "\" (use a code 1..40 or a name)");
      region.corop = *c;
    } else {
      const auto p = geo::parse_province(s.province);
      if (!p) throw not_found("", "unknown province \"" + s.province + "\" (use a name or a code 20..31)");
      region.province = *p;
    }
    d = region_view(g, region, r.betweenness, community, vo);
  } else {
    const int c = s.community - 1;
    if (static_cast<std::size_t>(c) >= r.communities.communities.size()) {
      throw not_found("", "there is no community " + std::to_string(s.community) + " (the data has " +
                                  std::to_string(r.communities.communities.size()) + ")");
    }
    d = community_view(g, c, r.betweenness, community, vo);
    const auto& label = r.communities.communities[static_cast<std::size_t>(c)].label;
    if (s.title.empty() && !label.empty()) d.title += " (" + label + ")";
  }
  if (s.clusters) cluster_by_community(d, g, community, r.communities.communities);
  // Small pictures look best with neato; large ones need sfdp's multilevel layout; only fdp (and dot) draw clusters.
  if (s.layout == GraphLayout::automatic) d.layout = s.clusters ? "fdp" : d.nodes.size() <= 60 ? "neato" : "sfdp";
  return d;
}

}  // namespace ppsnet::query
