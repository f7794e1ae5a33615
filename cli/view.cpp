// ppsnet view DATASET --out network.html: one self-contained HTML page with an interactive network viewer
// (Cytoscape.js, embedded at build time). The same views as `ppsnet draw` (view_selection.hpp); node positions come
// from a Graphviz layout computed here, so the browser never lays out the network (docs/exports.md, "Interactive
// viewer").
#include <cctype>
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "error_output.hpp"
#include "dataset_option.hpp"
#include "output_file.hpp"
#include "ppsnet/output/viewer.hpp"
#include "ppsnet/query/analysis.hpp"
#include "progress.hpp"
#include "enum_option.hpp"
#include "view_selection.hpp"

namespace ppsnet::cli {
namespace {

struct ViewArgs {
  DatasetArgs data;
  ViewSelection selection;
  std::string out;
  bool quiet = false;
  query::AnalysisOptions analysis;
};

// Default number of nodes in the page: sfdp lays out 1,500 nodes of the built-in dataset in about 2 s, and
// Cytoscape.js pans and zooms that many smoothly in a browser on an ordinary laptop.
constexpr std::size_t kDefaultViewerNodes = 1500;
constexpr std::size_t kMaxViewerNodes = 20000;

int run_view(const ViewArgs& a) {
  if (!output::viewer_available()) {
    print_error("usage", kUsage,
                "this ppsnet was built without the interactive viewer (configured with -DPPSNET_VIEWER=OFF); run "
                "`npm ci --prefix viewer` and configure again with -DPPSNET_VIEWER=ON");
    return kUsage;
  }
  {
    std::string ext = std::filesystem::path(a.out).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".html" && ext != ".htm") {
      print_error("usage", kUsage,
                  "--out must end in .html or .htm: the viewer is one web page (got \"" + a.out +
                      "\"; for a picture use ppsnet draw --out FILE.svg)",
                  "--out");
      return kUsage;
    }
  }
  if (const std::string usage = view_usage_error(a.selection); !usage.empty()) {
    print_error("usage", kUsage, usage);
    return kUsage;
  }
  check_output_folder_exists(a.out);
  Progress progress(!a.quiet && stderr_is_terminal());
  PreparedView view = prepare_view(a.data, a.analysis, a.selection, progress, !a.quiet);
  const std::string caption = view.diagram.caption;
  progress.step("laying out " + std::to_string(view.diagram.nodes.size()) + " nodes (" + view.diagram.layout + ")");
  const output::ViewerDocument doc =
      viewer_document(view.imported.graph, view.analysis, std::move(view.diagram), a.selection.colour);
  progress.step("writing " + a.out);
  write_output_file(a.out, [&](std::ostream& out) { output::write_viewer_html(out, doc); });
  progress.done();
  if (!a.quiet) std::cout << "ppsnet: " << caption << "\nppsnet: wrote " << a.out << '\n';
  return kOk;
}

}  // namespace

void register_view(CLI::App& app) {
  auto a = std::make_shared<ViewArgs>();
  a->selection.max_nodes = kDefaultViewerNodes;
  a->selection.labels = 60;
  auto* cmd = app.add_subcommand("view", "write an interactive network viewer: one HTML file that works offline "
                                         "(search, filters, details per node)");
  add_dataset_options(*cmd, a->data);
  add_view_options(*cmd, a->selection);
  add_enum_option(*cmd, "--colour,--color", a->selection.colour,
                  "initial node colour: type (organisation type / initiative kind) or community (the page can "
                  "switch)");
  add_enum_option(*cmd, "--layout", a->selection.layout,
                  "Graphviz layout for the positions: auto (neato up to 60 nodes, else sfdp), sfdp, neato, fdp, dot");
  cmd->add_option("--max-nodes", a->selection.max_nodes,
                  "most nodes in the page (the most relevant are kept; the caption says what was left out)")
      ->check(CLI::Range(std::size_t{2}, kMaxViewerNodes))
      ->capture_default_str();
  cmd->add_option("--labels", a->selection.labels,
                  "names always shown for this many of the most central nodes (the others appear when zooming in)")
      ->capture_default_str();
  cmd->add_option("--title", a->selection.title, "page title (default: one chosen by the view)");
  cmd->add_option("--out,-o", a->out, "output: FILE.html (or .htm)")->required();
  cmd->add_option("--seed", a->analysis.seed, "seed for community detection")->capture_default_str();
  cmd->add_option("--resolution", a->analysis.resolution, "Leiden modularity resolution")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--threads", a->analysis.threads, "threads for betweenness (0 = all cores)")->capture_default_str();
  cmd->add_flag("--quiet,-q", a->quiet, "print nothing but errors");
  cmd->callback([a]() {
    const int rc = run_view(*a);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
