// ppsnet analyze DATASET --out DIR: the main job. Writes the report folder (see docs/guide.md).
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <sstream>
#include <thread>
#include <tuple>

#include "commands.hpp"
#include "dataset_option.hpp"
#include "ppsnet/import/rejects.hpp"
#include "ppsnet/output/analysis_columns.hpp"
#include "ppsnet/output/bar_chart.hpp"
#include "ppsnet/output/csv.hpp"
#include "ppsnet/output/dot.hpp"
#include "ppsnet/output/json.hpp"
#include "ppsnet/output/render.hpp"
#include "ppsnet/output/report.hpp"
#include "ppsnet/output/report_html.hpp"
#include "ppsnet/query/analysis.hpp"
#include "ppsnet/query/chart.hpp"
#include "ppsnet/query/impact_table.hpp"
#include "ppsnet/query/report_pictures.hpp"
#include "output_file.hpp"
#include "ppsnet/output/viewer.hpp"
#include "view_selection.hpp"
#include "progress.hpp"

namespace ppsnet::cli {
namespace {

struct AnalyzeArgs {
  DatasetArgs data;
  std::string out = "report";
  query::AnalysisOptions analysis;
  bool quiet = false;
};

// Every file analyze may write, so that a re-used output folder holds no stale file from an earlier run.
const char* const kOutputFiles[] = {"report.md",   "summary.json",    "centrality.csv", "communities.csv",
                                    "graph.json",  "impact.json",     "network.dot",    "network.svg",
                                    "levels.svg",  "reach_by_province.svg", "diagnostics.txt", "rejects.csv",
                                    "community_1.svg", "community_2.svg", "community_3.svg", "region.svg", "backbone.svg", "report.html", "network.html"};

// The dataset as the report names it: as given, except a path like "." or "data/.." that says nothing on its own,
// which becomes the folder's own name.
std::string dataset_name(const std::string& spec) {
  const std::filesystem::path p(spec);
  const std::string last = p.lexically_normal().filename().string();
  if (!last.empty() && last != "." && last != "..") return spec;
  std::error_code ec;
  const auto full = std::filesystem::weakly_canonical(p, ec);
  return ec || full.filename().empty() ? spec : full.filename().string();
}

int run_analyze(const AnalyzeArgs& a) {
  Progress progress(!a.quiet && stderr_is_terminal());
  progress.step("reading " + a.data.spec);
  auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;

  std::filesystem::path dir(a.out);
  ensure_output_folder(dir);
  for (const char* name : kOutputFiles) {
    std::error_code ec;
    std::filesystem::remove(dir / name, ec);  // a stale file would contradict this run's report
  }

  query::AnalysisOptions opt = a.analysis;
  opt.progress = [&](const std::string& s) { progress.step(s); };
  auto r = query::analyse(g, opt);

  progress.step("writing " + dir.string());
  output::ReportContext ctx;
  ctx.dataset = dataset_name(a.data.spec);
  ctx.source_description = imported.source;
  ctx.generated = a.data.spec.rfind("builtin:", 0) == 0;
  for (const auto& f : imported.files) {
    ctx.rows_read += f.rows_read;
    ctx.rows_kept += f.rows_kept;
    ctx.rows_rejected += f.rows_rejected;
  }
  ctx.organisations_merged = imported.build.organisations_merged;
  ctx.errors = imported.diagnostics.error_count();
  ctx.warnings = imported.diagnostics.warning_count();
  for (const auto& d : imported.diagnostics.items()) {
    if (ctx.first_problems.size() == 5) break;
    ctx.first_problems.push_back(d.format());
  }

  const auto [metrics, categories] = output::analysis_columns(g, r);
  std::vector<std::string> files;
  auto write = [&](const std::string& name, const std::string& what, const std::function<void(std::ostream&)>& body) {
    write_output_file(dir / name, body);
    files.push_back(name + " — " + what);
  };
  write("centrality.csv", "degree and exact betweenness of every node",
        [&](std::ostream& f) { output::write_node_table_csv(f, g, metrics, categories); });
  write("communities.csv", "the community of every initiative and organisation",
        [&](std::ostream& f) { output::write_communities_csv(f, g, r); });
  write("graph.json", "the whole network as node-link JSON (NetworkX, d3), with attributes and metrics",
        [&](std::ostream& f) { output::write_node_link_json(f, g, metrics, categories); });
  const std::string dot = output::to_dot(r.diagram);
  write("network.dot", "the picture's Graphviz source", [&](std::ostream& f) { f << dot; });
  progress.step("drawing network.svg (" + r.diagram.layout + ")");
  const std::string svg = output::render_to_string(dot, "svg", r.diagram.layout);
  write("network.svg", "the picture", [&](std::ostream& f) { f << svg; });
  for (const auto& p : query::report_pictures(g, r)) {
    progress.step("drawing " + p.file + " (" + p.diagram.layout + ")");
    const std::string part = output::render_to_string(output::to_dot(p.diagram), "svg", p.diagram.layout);
    write(p.file, "picture: " + p.heading, [&](std::ostream& f) { f << part; });
    ctx.pictures.push_back({p.heading, p.file, p.diagram.caption});
  }
  for (const auto& [table, file, what] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"levels_by_kind", "levels.svg", "bar chart: initiatives with mbo and hbo working together"},
           {"reach_by_province", "reach_by_province.svg", "bar chart: where the partners are, per home province"}}) {
    if (const auto* t = query::find_table(r.impact, table)) {
      const auto chart = table == "levels_by_kind" ? query::levels_chart(*t) : query::reach_chart(*t);
      write(file, what, [&](std::ostream& f) { f << output::stacked_bar_chart_svg(chart); });
      ctx.charts.emplace_back(table, file);
    }
  }
  if (output::viewer_available()) {
    ViewSelection sel;
    sel.max_nodes = 1500;
    sel.labels = 60;
    progress.step("laying out network.html (interactive viewer)");
    const auto doc = viewer_document(g, r, query::select_view(g, r, sel));
    write("network.html", "the interactive network viewer: open it in a web browser (search, filters, details)",
          [&](std::ostream& f) { output::write_viewer_html(f, doc); });
    ctx.viewer = "network.html";
  }
  write("impact.json", "every row of the impact figures (levels, reach, involvement)",
        [&](std::ostream& f) { query::write_json(f, r.impact); });
  if (imported.diagnostics.error_count() + imported.diagnostics.warning_count() > 0) {
    write("diagnostics.txt", "every problem found in the input", [&](std::ostream& f) {
      for (const auto& d : imported.diagnostics.items()) f << d.format() << '\n';
      if (imported.diagnostics.dropped() > 0)
        f << "... and " << imported.diagnostics.dropped() << " more not listed (--on-error collect lists all)\n";
    });
  }
  if (!imported.rejects.empty())
    write("rejects.csv", "the input rows that were not used, with the reason",
          [&](std::ostream& f) { f << import::rejects_csv(imported); });
  files.push_back("summary.json — the counts, for scripts");
  files.insert(files.begin(), "report.html — this report as a web page");
  files.insert(files.begin(), "report.md — this report");
  ctx.files = files;
  write_output_file(dir / "summary.json", [&](std::ostream& f) { output::write_summary_json(f, g, r, ctx); });
  std::ostringstream md;
  output::write_report_md(md, g, r, ctx);
  write_output_file(dir / "report.md", [&](std::ostream& f) { f << md.str(); });
  write_output_file(dir / "report.html",
                    [&](std::ostream& f) { output::write_report_html(f, md.str(), "ppsnet report: " + ctx.dataset); });
  progress.done();
  if (!a.quiet) {
    std::cout << "ppsnet: analysed " << g.num_initiatives() << " initiatives, " << g.num_organisations()
              << " organisations, " << g.num_edges() << " links; " << r.communities.communities.size()
              << " communities. Report: " << (dir / "report.md").string() << '\n';
  }
  return kOk;
}

}  // namespace

void register_analyze(CLI::App& app) {
  auto args = std::make_shared<AnalyzeArgs>();
  auto* cmd = app.add_subcommand("analyze", "analyse a dataset and write a report folder (report.md first)");
  add_dataset_options(*cmd, args->data);
  cmd->add_option("--out,-o", args->out, "output folder (created if needed)")->capture_default_str();
  cmd->add_option("--seed", args->analysis.seed, "seed for community detection (same seed, same result)")
      ->check(CLI::Validator(
          [](std::string& s) {
            return s.find_first_not_of("0123456789") == std::string::npos && !s.empty()
                       ? std::string()
                       : "the seed must be a whole number 0 or larger, got " + s;
          },
          "INT>=0"))
      ->capture_default_str();
  cmd->add_option("--resolution", args->analysis.resolution, "Leiden modularity resolution (higher: smaller communities)")
      ->check(CLI::Validator(
          [](std::string& s) {
            char* end = nullptr;
            const double x = std::strtod(s.c_str(), &end);
            return end != s.c_str() && *end == '\0' && x > 0 && x < 1e6
                       ? std::string()
                       : "the resolution must be a number above 0 (1 is the usual value), got " + s;
          },
          "NUMBER>0"))
      ->capture_default_str();
  cmd->add_option("--starts", args->analysis.leiden_starts, "Leiden random starts (the best is kept)")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd->add_option("--threads", args->analysis.threads, "threads for betweenness (0 = all cores)")->capture_default_str();
  cmd->add_option("--diagram-nodes", args->analysis.diagram_nodes, "most nodes drawn in network.svg")
      ->check(CLI::Range(2, 5000))
      ->capture_default_str();
  cmd->add_option("--labels", args->analysis.diagram_labels, "labels shown in network.svg")->capture_default_str();
  cmd->add_option("--max-connector-degree", args->analysis.max_connector_degree,
                  "organisations in more initiatives than this do not link initiatives in the community projection "
                  "(0 = no limit)")
      ->capture_default_str();
  cmd->add_flag("--quiet,-q", args->quiet, "print nothing but errors");
  cmd->callback([args]() {
    const int rc = run_analyze(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
