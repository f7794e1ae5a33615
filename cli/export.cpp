// ppsnet export DATASET --format F --out FILE: the whole network with attributes, metrics and communities, in a
// format another tool reads (docs/exports.md, "Interop exports").
#include <cmath>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "error_output.hpp"
#include "dataset_option.hpp"
#include "output_file.hpp"
#include "ppsnet/output/analysis_columns.hpp"
#include "ppsnet/output/csv.hpp"
#include "ppsnet/output/cytoscape.hpp"
#include "ppsnet/output/dot.hpp"
#include "ppsnet/output/gexf.hpp"
#include "ppsnet/output/graphml.hpp"
#include "ppsnet/output/json.hpp"
#include "ppsnet/output/render.hpp"
#include "ppsnet/output/vosviewer.hpp"
#include "ppsnet/query/analysis.hpp"
#include "progress.hpp"

namespace ppsnet::cli {
namespace {

struct ExportArgs {
  DatasetArgs data;
  std::string format;
  std::string out;
  std::string positions = "auto";
  std::string gexf_version = "1.3";
  bool pretty = false;
  bool quiet = false;
  query::AnalysisOptions analysis;
};

// Node positions from a Graphviz layout of the whole graph (ids "n<v>", no labels), read from the "plain" output:
//   node NAME X Y WIDTH HEIGHT ...   (inches, y upwards)
void layout_positions(const model::PartnerGraph& g, const std::string& engine, std::vector<double>& x,
                      std::vector<double>& y) {
  query::Diagram d;
  d.layout = engine;
  d.nodes.resize(g.num_nodes());
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) {
    d.nodes[v].id = "n" + std::to_string(v);
    d.nodes[v].fill_colour = "#cccccc";
    d.nodes[v].size = 0.2;
  }
  for (const auto& e : g.graph().edges()) d.edges.push_back({e.u, e.v, e.weight});
  const std::string plain = output::render_to_string(output::to_dot(d), "plain", engine);
  x.assign(g.num_nodes(), std::nan(""));
  y.assign(g.num_nodes(), std::nan(""));
  std::istringstream in(plain);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string kind, name;
    double px = 0, py = 0;
    if (!(ls >> kind) || kind != "node") continue;
    if (!(ls >> name >> px >> py)) continue;
    if (!name.empty() && name.front() == '"') name = name.substr(1, name.size() - 2);
    if (name.size() < 2 || name[0] != 'n') continue;
    const std::size_t v = std::stoul(name.substr(1));
    if (v < g.num_nodes()) {
      x[v] = px;
      y[v] = py;
    }
  }
}

// --format csv: FILE or FILE.csv -> FILE-nodes.csv and FILE-edges.csv; returns FILE.
std::string csv_base(std::string out) {
  if (out.size() > 4 && out.compare(out.size() - 4, 4, ".csv") == 0) out.resize(out.size() - 4);
  return out;
}

int run_export(const ExportArgs& a) {
  check_output_folder_exists(a.format == "csv" ? csv_base(a.out) + "-nodes.csv" : a.out);
  Progress progress(!a.quiet && stderr_is_terminal());
  progress.step("reading " + a.data.spec);
  auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;

  query::AnalysisOptions opt = a.analysis;
  opt.diagram_nodes = 2;  // the picture is not used here
  opt.progress = [&](const std::string& s) { progress.step(s); };
  const auto r = query::analyse(g, opt);

  // The same columns as `ppsnet analyze` (centrality.csv, graph.json).
  const auto [metrics, categories] = output::analysis_columns(g, r);

  std::vector<double> x, y;
  const bool wants_positions = a.format == "cytoscape" || a.format == "vosviewer";
  const std::string engine = a.positions == "auto" ? (wants_positions ? "sfdp" : "none") : a.positions;
  if (engine != "none") {
    if (!wants_positions) {
      print_error("usage", kUsage, "--positions is only used by --format cytoscape and vosviewer", "--positions");
      return kUsage;
    }
    progress.step("computing positions (" + engine + ")");
    layout_positions(g, engine, x, y);
    if (a.format == "cytoscape") {  // Cytoscape.js: pixels, y downwards
      for (auto& v : x) v *= 72.0;
      for (auto& v : y) v *= -72.0;
    }
  }

  progress.step("writing " + a.out);
  std::vector<std::string> written;
  const std::string format = a.format == "json" ? "node-link" : a.format;  // json: the synonym docs/guide.md uses
  if (format == "csv") {
    const std::string base = csv_base(a.out);
    write_output_file(base + "-nodes.csv",
                      [&](std::ostream& f) { output::write_node_table_csv(f, g, metrics, categories); });
    write_output_file(base + "-edges.csv", [&](std::ostream& f) { output::write_edge_table_csv(f, g); });
    written = {base + "-nodes.csv", base + "-edges.csv"};
  } else {
    write_output_file(a.out, [&](std::ostream& f) {
      if (format == "node-link" || format == "node-link-links") {
        output::NodeLinkOptions o;
        o.links_key = format == "node-link-links";
        o.pretty = a.pretty;
        output::write_node_link_json(f, g, metrics, categories, o);
      } else if (format == "cytoscape") {
        output::CytoscapeOptions o;
        o.x = x;
        o.y = y;
        o.pretty = a.pretty;
        output::write_cytoscape_json(f, g, metrics, categories, o);
      } else if (format == "gexf") {
        output::GexfOptions o;
        o.version = a.gexf_version;
        o.description = "ppsnet export of " + a.data.spec;
        output::write_gexf(f, g, metrics, categories, o);
      } else if (format == "graphml") {
        output::write_graphml(f, g, metrics, categories);
      } else if (format == "vosviewer") {
        output::VosviewerOptions o;
        o.cluster = r.communities.node_community;
        o.x = x;
        o.y = y;
        o.pretty = a.pretty;
        o.description = "ppsnet export of " + a.data.spec +
                        ": initiatives and organisations, linked by participation; clusters are Leiden communities "
                        "of the initiative projection (organisations: majority rule).";
        output::write_vosviewer_json(f, g, metrics, categories, o);
      }
    });
    written = {a.out};
  }
  progress.done();
  if (!a.quiet) {
    std::cout << "ppsnet: exported " << g.num_nodes() << " nodes and " << g.num_edges() << " links (" << a.format
              << ") to";
    for (const auto& w : written) std::cout << ' ' << w;
    std::cout << '\n';
  }
  return kOk;
}

}  // namespace

void register_export(CLI::App& app) {
  auto args = std::make_shared<ExportArgs>();
  auto* cmd = app.add_subcommand(
      "export", "write the whole network with attributes, metrics and communities for another tool");
  add_dataset_options(*cmd, args->data);
  cmd->add_option("--format,-f", args->format,
                  "node-link (NetworkX/d3 JSON, key \"edges\"; json is the same), node-link-links (key \"links\"), "
                  "cytoscape (Cytoscape.js JSON), gexf (Gephi), graphml, vosviewer (VOSviewer JSON), csv "
                  "(FILE-nodes.csv + FILE-edges.csv)")
      ->required()
      ->check(CLI::IsMember(
          {"node-link", "json", "node-link-links", "cytoscape", "gexf", "graphml", "vosviewer", "csv"}));
  cmd->add_option("--out,-o", args->out, "output file (csv: FILE or FILE.csv gives FILE-nodes.csv and FILE-edges.csv)")
      ->required();
  cmd->add_option("--positions", args->positions,
                  "node positions for cytoscape/vosviewer from a Graphviz layout: auto (sfdp for those two), none "
                  "(the viewer lays out), sfdp, neato, fdp, dot")
      ->check(CLI::IsMember({"auto", "none", "sfdp", "neato", "fdp", "dot"}))
      ->capture_default_str();
  cmd->add_option("--gexf-version", args->gexf_version, "GEXF version: 1.3 or 1.2draft (older readers)")
      ->check(CLI::IsMember({"1.3", "1.2draft"}))
      ->capture_default_str();
  cmd->add_flag("--pretty", args->pretty, "indent JSON output (node-link, cytoscape, vosviewer)");
  cmd->add_option("--seed", args->analysis.seed, "seed for community detection (same seed, same result)")
      ->capture_default_str();
  cmd->add_option("--resolution", args->analysis.resolution, "Leiden modularity resolution")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--starts", args->analysis.leiden_starts, "Leiden random starts (the best is kept)")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd->add_option("--threads", args->analysis.threads, "threads for betweenness (0 = all cores)")->capture_default_str();
  cmd->add_option("--max-connector-degree", args->analysis.max_connector_degree,
                  "organisations in more initiatives than this do not link initiatives in the community projection "
                  "(0 = no limit)")
      ->capture_default_str();
  cmd->add_flag("--quiet,-q", args->quiet, "print nothing but errors");
  cmd->callback([args]() {
    const int rc = run_export(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
