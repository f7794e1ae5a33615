#pragma once
// report_pictures: which partial views `ppsnet analyze` draws next to the whole-network picture (issue 6 item 5):
// the largest communities and the home region with the most initiatives. Each is a query::Diagram built by the
// views in views.hpp; the CLI renders them with Graphviz and report.md embeds them.
#include <string>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/analysis.hpp"
#include "ppsnet/query/diagram.hpp"

namespace ppsnet::query {

struct ReportPicture {
  std::string file;     ///< file name in the report folder, e.g. "community_1.svg", "region.svg"
  std::string heading;  ///< short heading for report.md, e.g. "Community 1: Noord-Brabant"
  Diagram diagram;
};

struct ReportPictureOptions {
  bool backbone = true;          ///< the initiatives' backbone picture (backbone_view)
  std::size_t backbone_max_nodes = 200;
  std::size_t communities = 3;   ///< pictures of the largest communities (0 = none)
  std::size_t max_nodes = 80;    ///< nodes per community picture (views keep the most central; the caption says so)
  std::size_t region_max_nodes = 120;  ///< nodes in the region picture (its home initiatives come first)
  std::size_t labelled = 20;     ///< labels per picture
};

/// The pictures, in report order:
/// - backbone.svg: initiatives linked by shared partners, disparity-filter backbone at α = 0.05 (backbone_view,
///   with r.options.max_connector_degree), coloured by community; left out when fewer than 2 initiatives are linked;
/// - community_K.svg for K = 1..min(options.communities, number of communities with >= 2 members), community
///   K-1 of r.communities (ordered largest first), colour by type, most central by r.betweenness;
/// - region.svg: the province that is home (Initiative::location.province) to the most initiatives (ties: the
///   lower CBS code), drawn with region_view; left out when no initiative has a home province (e.g. CORDIS).
/// Layout: neato up to 60 drawn nodes, else sfdp (as `ppsnet draw --layout auto`).
/// Preconditions: r comes from analyse(g). Deterministic. O(k (n + m + n log n)) for k pictures.
std::vector<ReportPicture> report_pictures(const model::PartnerGraph& g, const AnalysisResult& r,
                                           const ReportPictureOptions& options = {});

}  // namespace ppsnet::query
