#include "view_selection.hpp"

#include "enum_option.hpp"

#include <cmath>
#include <optional>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/query/palette.hpp"

namespace ppsnet::cli {

void add_view_options(CLI::App& cmd, ViewSelection& s) {
  add_enum_option(cmd, "--view", s.view,
                  "whole (the most central part), backbone (initiatives linked by shared partners, only significant "
                  "links; --alpha, --side), ego (--id, --radius), region (--corop or --province), community "
                  "(--community)");
  cmd.add_option("--alpha", s.alpha,
                 "backbone view: significance level of the disparity filter (smaller keeps fewer links)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  add_enum_option(cmd, "--side", s.side,
                  "backbone view: initiatives (linked by shared partners) or organisations (linked by shared "
                  "initiatives)");
  cmd.add_option("--id", s.id, "ego view: the initiative or organisation id (initiative:ID / organisation:ID "
                               "when both sides use it)");
  cmd.add_option("--radius", s.radius, "ego view: 1 (direct links) or 2 (also links of links)")
      ->check(CLI::IsMember({1, 2}))
      ->capture_default_str();
  cmd.add_option("--corop", s.corop, "region view: COROP region code (1..40, CR17) or name");
  cmd.add_option("--province", s.province, "region view: province name or code (20..31, PV27)");
  cmd.add_option("--community", s.community, "community view: community number (1 = the largest)");
}

PreparedView prepare_view(const DatasetArgs& data, query::AnalysisOptions opt, const ViewSelection& s,
                          Progress& progress, bool verbose) {
  PreparedView v;
  progress.step("reading " + data.spec);
  v.imported = load(data, verbose);
  opt.diagram_nodes = 2;  // the picture is built below from the selection
  opt.progress = [&progress](const std::string& step) { progress.step(step); };
  v.analysis = query::analyse(v.imported.graph, opt);
  v.diagram = query::select_view(v.imported.graph, v.analysis, s);
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
                                       query::Diagram diagram, query::ColourBy colour_by) {
  output::ViewerDocument doc;
  doc.colour_by = std::string(query::name_of(colour_by));
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
