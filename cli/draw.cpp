// ppsnet draw DATASET --view whole|ego|region|community --out FILE.svg|png|pdf|dot, and ppsnet ego DATASET ID
// (or --id ID; the same as draw --view ego --id ID). Views are built by queries (network_view, views.hpp); the
// picture is drawn in-process by Graphviz (docs/exports.md, "Network diagrams").
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "error_output.hpp"
#include "dataset_option.hpp"
#include "output_file.hpp"
#include "ppsnet/output/dot.hpp"
#include "ppsnet/output/render.hpp"
#include "ppsnet/query/analysis.hpp"
#include "progress.hpp"
#include "enum_option.hpp"
#include "view_selection.hpp"

namespace ppsnet::cli {
namespace {

struct DrawArgs {
  DatasetArgs data;
  ViewSelection selection;  // --view, --id, --radius, --corop, --province, --community, --colour, --layout, ...
  std::string out;
  bool quiet = false;
  query::AnalysisOptions analysis;
};

std::string extension_of(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (!ext.empty()) ext = ext.substr(1);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

int run_draw(const DrawArgs& a) {
  const std::string format = extension_of(a.out);
  if (format != "svg" && format != "png" && format != "pdf" && format != "dot") {
    print_error("usage", kUsage, "--out must end in .svg, .png, .pdf or .dot (got \"" + a.out + "\")", "--out");
    return kUsage;
  }
  if (const std::string usage = view_usage_error(a.selection); !usage.empty()) {
    print_error("usage", kUsage, usage);
    return kUsage;
  }
  check_output_folder_exists(a.out);
  Progress progress(!a.quiet && stderr_is_terminal());
  const PreparedView view = prepare_view(a.data, a.analysis, a.selection, progress, !a.quiet);
  const query::Diagram& d = view.diagram;

  const std::string dot = output::to_dot(d);
  progress.step("drawing " + a.out + " (" + d.layout + ")");
  // Render first (a Graphviz failure is ours), then write through write_output_file (a failure there is the
  // user's folder: exit 4 with a hint).
  const std::string bytes = format == "dot" ? dot : output::render_to_string(dot, format, d.layout);
  write_output_file(a.out, [&](std::ostream& f) { f.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
  progress.done();
  if (!a.quiet) std::cout << "ppsnet: " << d.caption << "\nppsnet: wrote " << a.out << '\n';
  return kOk;
}

void add_drawing_options(CLI::App& cmd, DrawArgs& a) {
  add_enum_option(cmd, "--colour,--color", a.selection.colour,
                  "node colour: type (organisation type / initiative kind) or community");
  cmd.add_flag("--clusters", a.selection.clusters,
               "draw each community inside a box of its own (uses the fdp layout unless --layout says otherwise)");
  add_enum_option(cmd, "--layout", a.selection.layout,
                  "Graphviz layout: auto (neato up to 60 nodes, else sfdp), sfdp, neato, fdp, dot");
  cmd.add_option("--max-nodes", a.selection.max_nodes,
                 "most nodes drawn (the most relevant are kept; the caption says what was left out)")
      ->check(CLI::Range(2, 5000))
      ->capture_default_str();
  cmd.add_option("--labels", a.selection.labels, "labels shown for this many of the most central nodes")
      ->capture_default_str();
  cmd.add_option("--title", a.selection.title, "picture title (default: one chosen by the view)");
  cmd.add_option("--out,-o", a.out, "output: FILE.svg, FILE.png, FILE.pdf or FILE.dot (Graphviz source)")->required();
  cmd.add_option("--seed", a.analysis.seed, "seed for community detection")->capture_default_str();
  cmd.add_option("--resolution", a.analysis.resolution, "Leiden modularity resolution")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd.add_option("--threads", a.analysis.threads, "threads for betweenness (0 = all cores)")->capture_default_str();
  cmd.add_flag("--quiet,-q", a.quiet, "print nothing but errors");
}

}  // namespace

void register_draw(CLI::App& app) {
  auto args = std::make_shared<DrawArgs>();
  auto* cmd = app.add_subcommand("draw", "draw a readable picture of the network or part of it (SVG, PNG, PDF, DOT)");
  add_dataset_options(*cmd, args->data);
  add_view_options(*cmd, args->selection);
  add_drawing_options(*cmd, *args);
  cmd->callback([args]() {
    const int rc = run_draw(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });

  auto ego = std::make_shared<DrawArgs>();
  ego->selection.view = query::ViewKind::ego;
  auto* ecmd = app.add_subcommand("ego", "draw the ego network of one initiative or organisation (= draw --view ego)");
  add_dataset_options(*ecmd, ego->data);
  // The id as a positional (ppsnet ego DATA ID) or as --id, like draw and view take it: exactly one of the two.
  auto ego_id = std::make_shared<std::string>();
  ecmd->add_option("ID", *ego_id, "the initiative or organisation id (or give it with --id)");
  ecmd->add_option("--id", ego->selection.id,
                   "the initiative or organisation id (initiative:ID / organisation:ID when both sides use it)");
  ecmd->add_option("--radius", ego->selection.radius, "1 (direct links) or 2 (also links of links)")
      ->check(CLI::IsMember({1, 2}))
      ->capture_default_str();
  add_drawing_options(*ecmd, *ego);
  ecmd->callback([ego, ego_id]() {
    if (ego_id->empty() == ego->selection.id.empty()) {
      print_error("usage", kUsage,
                  std::string(ego_id->empty() ? "ego needs the id of an initiative or organisation"
                                              : "give the id once: either as ID or with --id, not both") +
                      " (ppsnet ego DATASET ID, or ppsnet ego DATASET --id ID)");
      throw CLI::RuntimeError(kUsage);
    }
    if (!ego_id->empty()) ego->selection.id = *ego_id;
    const int rc = run_draw(*ego);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
