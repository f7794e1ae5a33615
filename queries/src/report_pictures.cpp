#include "ppsnet/query/report_pictures.hpp"

#include <array>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/query/backbone_view.hpp"
#include "ppsnet/query/views.hpp"

namespace ppsnet::query {
namespace {

void choose_layout(Diagram& d) { d.layout = d.nodes.size() <= 60 ? "neato" : "sfdp"; }

}  // namespace

std::vector<ReportPicture> report_pictures(const model::PartnerGraph& g, const AnalysisResult& r,
                                           const ReportPictureOptions& options) {
  std::vector<ReportPicture> out;
  ViewOptions vo;
  vo.max_nodes = options.max_nodes;
  vo.labelled = options.labelled;
  vo.colour_by = ColourBy::type;
  vo.centrality_name = "betweenness";

  if (options.backbone && g.num_initiatives() >= 2) {
    BackboneViewOptions bo;
    bo.max_connector_degree = r.options.max_connector_degree;
    bo.colour_by = ColourBy::community;
    bo.max_nodes = options.backbone_max_nodes;
    bo.labelled = options.labelled;
    ReportPicture p;
    p.file = "backbone.svg";
    p.heading = "Initiatives linked by shared partners";
    p.diagram = backbone_view(g, r.betweenness, r.communities.node_community, bo);
    if (p.diagram.nodes.size() >= 2) {
      choose_layout(p.diagram);
      out.push_back(std::move(p));
    }
  }
  const auto& cs = r.communities.communities;
  std::size_t drawn = 0;
  for (std::size_t k = 0; k < cs.size() && drawn < options.communities; ++k) {
    if (cs[k].initiatives + cs[k].organisations < 2) continue;
    ++drawn;
    ReportPicture p;
    p.file = "community_" + std::to_string(k + 1) + ".svg";
    p.heading = "Community " + std::to_string(k + 1) + (cs[k].label.empty() ? "" : ": " + cs[k].label);
    p.diagram = community_view(g, static_cast<int>(k), r.betweenness, r.communities.node_community, vo);
    if (!cs[k].label.empty()) p.diagram.title += " (" + cs[k].label + ")";
    choose_layout(p.diagram);
    out.push_back(std::move(p));
  }

  std::array<std::size_t, 32> home{};  // initiatives per province code (20..31)
  for (model::NodeId i = 0; i < g.num_initiatives(); ++i) {
    const auto code = g.initiative(i).location.province;
    if (code < home.size()) ++home[code];
  }
  std::uint8_t best = 0;
  for (std::uint8_t code = 20; code < home.size(); ++code)
    if (home[code] > (best == 0 ? 0 : home[best])) best = code;
  if (best != 0) {
    ReportPicture p;
    p.file = "region.svg";
    const auto* prov = geo::find_province(best);
    p.heading = "Region: " + std::string(prov ? prov->name : "province " + std::to_string(best));
    Region region;
    region.province = best;
    vo.max_nodes = options.region_max_nodes;
    p.diagram = region_view(g, region, r.betweenness, r.communities.node_community, vo);
    choose_layout(p.diagram);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace ppsnet::query
