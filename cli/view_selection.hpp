#pragma once
// Choosing what a picture shows, shared by `ppsnet draw`/`ppsnet ego` (SVG/PNG/PDF/DOT) and `ppsnet view` (the
// interactive HTML viewer): the --view/--id/--radius/--corop/--province/--community options, their usage checks,
// and the query that builds the Diagram (query::network_view, ego_view, region_view, community_view).
// Also builds the viewer's document (positions and per-node attributes) for a Diagram; `ppsnet analyze` can use
// it to write network.html next to network.svg.
#include <CLI/CLI.hpp>
#include <string>

#include "dataset_option.hpp"
#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/viewer.hpp"
#include "ppsnet/query/analysis.hpp"
#include "ppsnet/query/diagram.hpp"
#include "progress.hpp"

namespace ppsnet::cli {

struct ViewSelection {
  std::string view = "whole";    ///< whole | backbone | ego | region | community
  double alpha = 0.05;           ///< backbone: disparity-filter significance level in [0, 1]
  std::string side = "initiatives";  ///< backbone: initiatives | organisations (the nodes of the projection)
  bool clusters = false;         ///< draw each community inside a box (Graphviz clusters; layout auto -> fdp)
  std::string id;                ///< ego: initiative or organisation id (initiative:ID / organisation:ID)
  int radius = 1;                ///< ego: 1 or 2
  std::string corop;             ///< region: COROP code or name
  std::string province;          ///< region: province code or name
  int community = 0;             ///< community: 1-based on the command line
  std::string colour = "type";   ///< type | community
  std::string layout = "auto";   ///< auto | sfdp | neato | fdp | dot
  std::size_t max_nodes = 150;
  std::size_t labels = 40;
  std::string title;             ///< empty = chosen by the view
};

/// Adds --view, --id, --radius, --corop, --province, --community, --alpha and --side (as `ppsnet draw` has them)
/// to `cmd`.
void add_view_options(CLI::App& cmd, ViewSelection& s);

/// Usage errors of a selection (missing --id for ego, neither or both of --corop/--province, no --community):
/// the message to print after "ppsnet: error: ", or "" when the selection is usable.
std::string view_usage_error(const ViewSelection& s);

/// Node for an id: "initiative:ID"/"i:ID" and "organisation:ID"/"o:ID" pick a side; a bare ID is looked up among
/// initiatives first, then organisations (also by alias). Throws model::InvalidInput when there is no such node.
model::NodeId find_node(const model::PartnerGraph& g, const std::string& id);

/// Builds the Diagram the selection asks for from the analysis `r` of `g` (betweenness sizes and ranks nodes,
/// r.communities colours them with --colour community). The backbone view is query::backbone_view (projection onto
/// s.side, Newman weights, disparity filter at s.alpha, r.options.max_connector_degree). With clusters, every node
/// with a community is put in its community's cluster (query::cluster_by_community). With layout "auto" the
/// Diagram's layout is fdp when clustered (sfdp and neato ignore clusters), else neato up to 60 nodes, else sfdp. Throws model::InvalidInput for an id, region or community that does not exist.
/// Precondition: view_usage_error(s) is empty.
query::Diagram select_view(const model::PartnerGraph& g, const query::AnalysisResult& r, const ViewSelection& s);

/// What `draw` and `view` share once their options are checked: the data, its analysis and the selected Diagram.
struct PreparedView {
  import::ImportResult imported;
  query::AnalysisResult analysis;
  query::Diagram diagram;
};

/// Loads `data` (diagnostics printed when verbose), analyses it with `opt` (its diagram_nodes is ignored: the
/// picture is the selection's, built by select_view) and builds the Diagram; each step is shown on `progress`.
/// Throws what load, analyse and select_view throw. Precondition: view_usage_error(s) is empty.
PreparedView prepare_view(const DatasetArgs& data, query::AnalysisOptions opt, const ViewSelection& s,
                          Progress& progress, bool verbose);

/// The interactive viewer's document for `diagram` (built by select_view or query::network_view from `g` and `r`,
/// diagram ids "i:<id>"/"o:<id>"): per-node name, side, type/kind, province (or country), community, betweenness,
/// degree and both colour schemes, and positions from a Graphviz layout with the diagram's engine
/// (output::layout_viewer). `colour_by` is how the diagram was coloured ("type" or "community").
/// Throws std::runtime_error("graphviz: ...") when the layout fails. Time: the layout's (see layout_viewer).
output::ViewerDocument viewer_document(const model::PartnerGraph& g, const query::AnalysisResult& r,
                                       query::Diagram diagram, const std::string& colour_by = "type");

}  // namespace ppsnet::cli
