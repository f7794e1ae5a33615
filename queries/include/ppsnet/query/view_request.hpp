#pragma once
// query::select_view: which picture of the network to make (`ppsnet draw`, `ego`, `view`, and analyze's
// network.html): the whole network's most central part, the backbone of a projection, an ego network, a region or a
// community, as a drawing-ready query::Diagram (docs/exports.md, "Views").
#include <array>
#include <cstdint>
#include <string>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/analysis.hpp"
#include "ppsnet/query/centrality.hpp"  // ProjectionSide and its names
#include "ppsnet/query/diagram.hpp"
#include "ppsnet/query/names.hpp"
#include "ppsnet/query/palette.hpp"

namespace ppsnet::query {

enum class ViewKind : std::uint8_t { whole, backbone, ego, region, community };
template <> struct EnumNames<ViewKind> {
  static constexpr std::array<NamedValue<ViewKind>, 5> values{{{"whole", ViewKind::whole},
                                                               {"backbone", ViewKind::backbone},
                                                               {"ego", ViewKind::ego},
                                                               {"region", ViewKind::region},
                                                               {"community", ViewKind::community}}};
};
template <> struct EnumNames<ColourBy> {
  static constexpr std::array<NamedValue<ColourBy>, 2> values{
      {{"type", ColourBy::type}, {"community", ColourBy::community}}};
};
/// The Graphviz layout engine; automatic: fdp for clustered pictures (only fdp and dot draw clusters), neato up
/// to 60 nodes, else sfdp (multilevel, for large graphs).
enum class GraphLayout : std::uint8_t { automatic, sfdp, neato, fdp, dot };
template <> struct EnumNames<GraphLayout> {
  static constexpr std::array<NamedValue<GraphLayout>, 5> values{{{"auto", GraphLayout::automatic},
                                                                  {"sfdp", GraphLayout::sfdp},
                                                                  {"neato", GraphLayout::neato},
                                                                  {"fdp", GraphLayout::fdp},
                                                                  {"dot", GraphLayout::dot}}};
};

struct ViewRequest {
  ViewKind view = ViewKind::whole;
  double alpha = 0.05;                              ///< backbone: disparity-filter significance level in [0, 1]
  ProjectionSide side = ProjectionSide::initiatives;  ///< backbone: the nodes of the projection
  bool clusters = false;      ///< draw each community inside a box (Graphviz clusters)
  std::string id;             ///< ego: initiative or organisation id ("initiative:ID" / "organisation:ID")
  int radius = 1;             ///< ego: 1 or 2
  std::string corop;          ///< region: COROP code or name (one of corop and province)
  std::string province;       ///< region: province code or name
  int community = 0;          ///< community: 1 = the largest
  ColourBy colour = ColourBy::type;
  GraphLayout layout = GraphLayout::automatic;
  std::size_t max_nodes = 150;
  std::size_t labels = 40;
  std::string title;          ///< empty = chosen by the view
};

/// What is missing from a request before any work (ego without id, region without exactly one of corop and
/// province, community < 1), as the sentence to show; "" when the request is usable. O(1).
std::string view_request_problem(const ViewRequest& request);

/// Node for an id: "initiative:ID"/"i:ID" and "organisation:ID"/"o:ID" pick a side; a bare ID is looked up among
/// initiatives first, then organisations (also by alias). Throws Error(not_found) when there is no such node.
model::NodeId find_node(const model::PartnerGraph& g, const std::string& id);

/// Builds the Diagram the request asks for from the analysis `r` of `g`: betweenness sizes and ranks nodes,
/// r.communities colours them with ColourBy::community. The backbone view is query::backbone_view (projection onto
/// request.side, Newman weights, disparity filter at request.alpha, r.options.max_connector_degree). With clusters,
/// every node with a community is put in its community's cluster (query::cluster_by_community). Throws
/// Error(not_found) for an id, region or community that does not exist. Precondition: view_request_problem() is
/// empty. Time: that of the view (at most O(n log n + m) for the whole network).
Diagram select_view(const model::PartnerGraph& g, const AnalysisResult& r, const ViewRequest& request);

}  // namespace ppsnet::query
