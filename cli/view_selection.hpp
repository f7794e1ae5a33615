#pragma once
// Choosing what a picture shows, shared by `ppsnet draw`/`ppsnet ego` (SVG/PNG/PDF/DOT) and `ppsnet view` (the
// interactive HTML viewer): the --view/--id/--radius/--corop/--province/--community options that fill a
// query::ViewRequest; query::select_view builds the Diagram.
// Also builds the viewer's document (positions and per-node attributes) for a Diagram; `ppsnet analyze` can use
// it to write network.html next to network.svg.
#include <CLI/CLI.hpp>
#include <string>

#include "dataset_option.hpp"
#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/viewer.hpp"
#include "ppsnet/query/analysis.hpp"
#include "ppsnet/query/diagram.hpp"
#include "ppsnet/query/view_request.hpp"
#include "progress.hpp"

namespace ppsnet::cli {

/// What a picture shows: query::ViewRequest (ppsnet/query/view_request.hpp), set by the options below.
using ViewSelection = query::ViewRequest;

/// Adds --view, --id, --radius, --corop, --province, --community, --alpha and --side (as `ppsnet draw` has them)
/// to `cmd`.
void add_view_options(CLI::App& cmd, ViewSelection& s);

/// Usage errors of a selection (query::view_request_problem): the message to print after "ppsnet: error: ", or ""
/// when the selection is usable.
inline std::string view_usage_error(const ViewSelection& s) { return query::view_request_problem(s); }

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
/// (output::layout_viewer). `colour_by` is how the diagram was coloured.
/// Throws std::runtime_error("graphviz: ...") when the layout fails. Time: the layout's (see layout_viewer).
output::ViewerDocument viewer_document(const model::PartnerGraph& g, const query::AnalysisResult& r,
                                       query::Diagram diagram, query::ColourBy colour_by = query::ColourBy::type);

}  // namespace ppsnet::cli
