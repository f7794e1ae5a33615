#include "view_selection.hpp"

#include <cmath>
#include <optional>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/query/backbone_view.hpp"
#include "ppsnet/query/diagram_clusters.hpp"
#include "ppsnet/query/network_view.hpp"
#include "ppsnet/query/palette.hpp"
#include "ppsnet/query/views.hpp"

namespace ppsnet::cli {

void add_view_options(CLI::App& cmd, ViewSelection& s) {
  cmd.add_option("--view", s.view,
                 "whole (the most central part), backbone (initiatives linked by shared partners, only significant "
                 "links; --alpha, --side), ego (--id, --radius), region (--corop or --province), community "
                 "(--community)")
      ->check(CLI::IsMember({"whole", "backbone", "ego", "region", "community"}))
      ->capture_default_str();
  cmd.add_option("--alpha", s.alpha,
                 "backbone view: significance level of the disparity filter (smaller keeps fewer links)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd.add_option("--side", s.side, "backbone view: initiatives (linked by shared partners) or organisations "
                                   "(linked by shared initiatives)")
      ->check(CLI::IsMember({"initiatives", "organisations"}))
      ->capture_default_str();
  cmd.add_option("--id", s.id, "ego view: the initiative or organisation id (initiative:ID / organisation:ID "
                               "when both sides use it)");
  cmd.add_option("--radius", s.radius, "ego view: 1 (direct links) or 2 (also links of links)")
      ->check(CLI::IsMember({1, 2}))
      ->capture_default_str();
  cmd.add_option("--corop", s.corop, "region view: COROP region code (1..40, CR17) or name");
  cmd.add_option("--province", s.province, "region view: province name or code (20..31, PV27)");
  cmd.add_option("--community", s.community, "community view: community number (1 = the largest)");
}

std::string view_usage_error(const ViewSelection& s) {
  if (s.view == "ego" && s.id.empty()) return "--view ego needs --id ID";
  if (s.view == "region" && s.corop.empty() == s.province.empty()) {
    return "--view region needs exactly one of --corop and --province";
  }
  if (s.view == "community" && s.community < 1) {
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

query::Diagram select_view(const model::PartnerGraph& g, const query::AnalysisResult& r, const ViewSelection& s) {
  const std::vector<int>& community = r.communities.node_community;
  query::ViewOptions vo;
  vo.max_nodes = s.max_nodes;
  vo.labelled = s.labels;
  vo.colour_by = s.colour == "community" ? query::ColourBy::community : query::ColourBy::type;
  vo.layout = s.layout == "auto" ? "sfdp" : s.layout;
  vo.title = s.title;
  vo.centrality_name = "betweenness";

  query::Diagram d;
  if (s.view == "whole") {
    query::NetworkViewOptions no;
    no.max_nodes = s.max_nodes;
    no.labelled = s.labels;
    no.colour_by = vo.colour_by;
    no.layout = vo.layout;
    if (!s.title.empty()) no.title = s.title;
    d = query::network_view(g, r.betweenness, r.component, 0, community, no);
  } else if (s.view == "backbone") {
    query::BackboneViewOptions bo;
    bo.side = s.side == "organisations" ? algo::Side::organisations : algo::Side::initiatives;
    bo.alpha = s.alpha;
    bo.max_connector_degree = r.options.max_connector_degree;
    bo.max_nodes = s.max_nodes;
    bo.labelled = s.labels;
    bo.colour_by = vo.colour_by;
    bo.layout = vo.layout;
    bo.title = s.title;
    d = query::backbone_view(g, r.betweenness, community, bo);
  } else if (s.view == "ego") {
    d = query::ego_view(g, find_node(g, s.id), s.radius, r.betweenness, community, vo);
  } else if (s.view == "region") {
    query::Region region;
    if (!s.corop.empty()) {
      const auto c = geo::parse_corop(s.corop);
      if (!c) throw not_found("", "unknown COROP region \"" + s.corop + "\" (use a code 1..40 or a name)");
      region.corop = *c;
    } else {
      const auto p = geo::parse_province(s.province);
      if (!p) throw not_found("", "unknown province \"" + s.province + "\" (use a name or a code 20..31)");
      region.province = *p;
    }
    d = query::region_view(g, region, r.betweenness, community, vo);
  } else {
    const int c = s.community - 1;
    if (static_cast<std::size_t>(c) >= r.communities.communities.size()) {
      throw not_found("", "there is no community " + std::to_string(s.community) + " (the data has " +
                                  std::to_string(r.communities.communities.size()) + ")");
    }
    d = query::community_view(g, c, r.betweenness, community, vo);
    const auto& label = r.communities.communities[static_cast<std::size_t>(c)].label;
    if (s.title.empty() && !label.empty()) d.title += " (" + label + ")";
  }
  if (s.clusters) query::cluster_by_community(d, g, community, r.communities.communities);
  // Small pictures look best with neato; large ones need sfdp's multilevel layout; only fdp (and dot) draw clusters.
  if (s.layout == "auto") d.layout = s.clusters ? "fdp" : d.nodes.size() <= 60 ? "neato" : "sfdp";
  return d;
}

PreparedView prepare_view(const DatasetArgs& data, query::AnalysisOptions opt, const ViewSelection& s,
                          Progress& progress, bool verbose) {
  PreparedView v;
  progress.step("reading " + data.spec);
  v.imported = load(data, verbose);
  opt.diagram_nodes = 2;  // the picture is built below from the selection
  opt.progress = [&progress](const std::string& step) { progress.step(step); };
  v.analysis = query::analyse(v.imported.graph, opt);
  v.diagram = select_view(v.imported.graph, v.analysis, s);
  return v;
}

namespace {

// The graph node of a diagram id "i:<external id>" / "o:<external id>" (the views' convention).
std::optional<model::NodeId> node_of(const model::PartnerGraph& g, const std::string& diagram_id) {
  if (diagram_id.size() < 2 || diagram_id[1] != ':') return std::nullopt;
  const std::string_view ext = std::string_view(diagram_id).substr(2);
  if (diagram_id[0] == 'i') return g.find_initiative(ext);
  if (diagram_id[0] == 'o') return g.find_organisation(ext);
  return std::nullopt;
}

std::string region_of(const model::Location& l) {
  if (l.province != 0) {
    if (const auto* p = geo::find_province(l.province)) return std::string(p->name);
  }
  if (!l.country.empty() && l.country != "NL") return l.country;
  return "";
}

}  // namespace

output::ViewerDocument viewer_document(const model::PartnerGraph& g, const query::AnalysisResult& r,
                                       query::Diagram diagram, const std::string& colour_by) {
  output::ViewerDocument doc;
  doc.colour_by = colour_by;
  doc.centrality_name = "betweenness";
  const std::vector<int>& community = r.communities.node_community;
  doc.info.reserve(diagram.nodes.size());
  for (const auto& node : diagram.nodes) {
    output::ViewerNodeInfo info;
    const auto v = node_of(g, node.id);
    if (v) {
      info.external_id = g.external_id(*v);
      info.name = g.label(*v);
      if (g.is_initiative(*v)) {
        const auto& in = g.initiative(*v);
        info.side = "initiative";
        info.category = "initiative: " + std::string(model::to_string(in.kind));
        info.region = region_of(in.location);
        info.type_colour = std::string(query::colour_of(in.kind));
      } else {
        const auto& o = g.organisation(*v);
        info.side = "organisation";
        info.category = query::node_colour(g, *v, query::ColourBy::type, {}).legend;  // as the legend says
        info.region = region_of(o.location);
        info.type_colour = std::string(query::colour_of(o.type));
      }
      info.community = *v < community.size() ? community[*v] : -1;
      info.community_colour = std::string(query::community_colour(info.community));
      if (info.community >= 0 && static_cast<std::size_t>(info.community) < r.communities.communities.size()) {
        info.community_label = r.communities.communities[static_cast<std::size_t>(info.community)].label;
      }
      info.centrality = *v < r.betweenness.size() ? r.betweenness[*v] : std::nan("");
      info.degree = *v < r.degree.size() ? static_cast<int>(std::lround(r.degree[*v])) : -1;
    } else {
      info.external_id = node.id;
      info.name = node.label;
      info.centrality = std::nan("");
    }
    doc.info.push_back(std::move(info));
  }
  doc.diagram = std::move(diagram);
  output::layout_viewer(doc);
  return doc;
}

}  // namespace ppsnet::cli
