// ppsnet draw DATASET --view whole|ego|region|community --out FILE.svg|png|pdf|dot, and ppsnet ego DATASET ID
// (the same as draw --view ego --id ID). Views are built by queries (network_view, views.hpp); the picture is drawn
// in-process by Graphviz (docs/exports.md, "Network diagrams").
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "dataset_option.hpp"
#include "ppsnet/geo/geography.hpp"
#include "ppsnet/output/dot.hpp"
#include "ppsnet/output/render.hpp"
#include "ppsnet/query/analysis.hpp"
#include "ppsnet/query/network_view.hpp"
#include "ppsnet/query/views.hpp"
#include "progress.hpp"

namespace ppsnet::cli {
namespace {

struct DrawArgs {
  DatasetArgs data;
  std::string view = "whole";
  std::string id;
  int radius = 1;
  std::string corop;
  std::string province;
  int community = 0;  // 1-based on the command line
  std::string colour = "type";
  std::string layout = "auto";
  std::size_t max_nodes = 150;
  std::size_t labels = 40;
  std::string title;
  std::string out;
  bool quiet = false;
  query::AnalysisOptions analysis;
};

// Node for an id: "initiative:ID"/"i:ID" and "organisation:ID"/"o:ID" pick a side; a bare ID is looked up among
// initiatives first, then organisations (also by alias).
model::NodeId find_node(const model::PartnerGraph& g, const std::string& id) {
  const auto strip = [&](std::string_view prefix) -> std::optional<std::string> {
    if (id.rfind(prefix, 0) == 0) return id.substr(prefix.size());
    return std::nullopt;
  };
  std::optional<model::NodeId> v;
  if (auto s = strip("initiative:")) {
    v = g.find_initiative(*s);
  } else if (auto s2 = strip("i:")) {
    v = g.find_initiative(*s2);
  } else if (auto s3 = strip("organisation:")) {
    v = g.find_organisation(*s3);
  } else if (auto s4 = strip("o:")) {
    v = g.find_organisation(*s4);
  }
  if (!v) v = g.find(id);
  if (!v) {
    throw model::InvalidInput("no initiative or organisation has the id \"" + id +
                              "\" (use the id from the data, e.g. from `ppsnet export --format csv`; prefix it with "
                              "initiative: or organisation: when both sides use it)");
  }
  return *v;
}

std::string extension_of(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (!ext.empty()) ext = ext.substr(1);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

int run_draw(const DrawArgs& a) {
  const std::string format = extension_of(a.out);
  if (format != "svg" && format != "png" && format != "pdf" && format != "dot") {
    std::cerr << "ppsnet: error: --out must end in .svg, .png, .pdf or .dot (got \"" << a.out << "\")\n";
    return kUsage;
  }
  if (a.view == "ego" && a.id.empty()) {
    std::cerr << "ppsnet: error: --view ego needs --id ID\n";
    return kUsage;
  }
  if (a.view == "region" && a.corop.empty() == a.province.empty()) {
    std::cerr << "ppsnet: error: --view region needs exactly one of --corop and --province\n";
    return kUsage;
  }
  if (a.view == "community" && a.community < 1) {
    std::cerr << "ppsnet: error: --view community needs --community N (1 = the largest community)\n";
    return kUsage;
  }
  Progress progress(!a.quiet && stderr_is_terminal());
  progress.step("reading " + a.data.spec);
  auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;

  query::AnalysisOptions opt = a.analysis;
  opt.diagram_nodes = 2;  // network_view is called below with this command's options
  opt.progress = [&](const std::string& s) { progress.step(s); };
  const auto r = query::analyse(g, opt);
  const std::vector<int>& community = r.communities.node_community;

  query::ViewOptions vo;
  vo.max_nodes = a.max_nodes;
  vo.labelled = a.labels;
  vo.colour_by = a.colour == "community" ? query::ColourBy::community : query::ColourBy::type;
  vo.layout = a.layout == "auto" ? "sfdp" : a.layout;
  vo.title = a.title;
  vo.centrality_name = "betweenness";

  query::Diagram d;
  if (a.view == "whole") {
    query::NetworkViewOptions no;
    no.max_nodes = a.max_nodes;
    no.labelled = a.labels;
    no.colour_by = vo.colour_by;
    no.layout = vo.layout;
    if (!a.title.empty()) no.title = a.title;
    d = query::network_view(g, r.betweenness, r.component, 0, community, no);
  } else if (a.view == "ego") {
    d = query::ego_view(g, find_node(g, a.id), a.radius, r.betweenness, community, vo);
  } else if (a.view == "region") {
    query::Region region;
    if (!a.corop.empty()) {
      const auto c = geo::parse_corop(a.corop);
      if (!c) throw model::InvalidInput("unknown COROP region \"" + a.corop + "\" (use a code 1..40 or a name)");
      region.corop = *c;
    } else {
      const auto p = geo::parse_province(a.province);
      if (!p) throw model::InvalidInput("unknown province \"" + a.province + "\" (use a name or a code 20..31)");
      region.province = *p;
    }
    d = query::region_view(g, region, r.betweenness, community, vo);
  } else {
    const int c = a.community - 1;
    if (static_cast<std::size_t>(c) >= r.communities.communities.size()) {
      throw model::InvalidInput("there is no community " + std::to_string(a.community) + " (the data has " +
                                std::to_string(r.communities.communities.size()) + ")");
    }
    d = query::community_view(g, c, r.betweenness, community, vo);
    const auto& label = r.communities.communities[static_cast<std::size_t>(c)].label;
    if (a.title.empty() && !label.empty()) d.title += " (" + label + ")";
  }
  // Small pictures look best with neato; large ones need sfdp's multilevel layout.
  if (a.layout == "auto") d.layout = d.nodes.size() <= 60 ? "neato" : "sfdp";

  const std::string dot = output::to_dot(d);
  progress.step("drawing " + a.out + " (" + d.layout + ")");
  if (format == "dot") {
    std::ofstream f(a.out, std::ios::binary);
    f << dot;
    f.flush();
    if (!f) {
      std::cerr << "ppsnet: error: cannot write " << a.out << '\n';
      return kIoError;
    }
  } else {
    output::render(dot, format, d.layout, a.out);
  }
  progress.done();
  if (!a.quiet) std::cout << "ppsnet: " << d.caption << "\nppsnet: wrote " << a.out << '\n';
  return kOk;
}

void add_drawing_options(CLI::App& cmd, DrawArgs& a) {
  cmd.add_option("--colour,--color", a.colour, "node colour: type (organisation type / initiative kind) or community")
      ->check(CLI::IsMember({"type", "community"}))
      ->capture_default_str();
  cmd.add_option("--layout", a.layout, "Graphviz layout: auto (neato up to 60 nodes, else sfdp), sfdp, neato, fdp, dot")
      ->check(CLI::IsMember({"auto", "sfdp", "neato", "fdp", "dot"}))
      ->capture_default_str();
  cmd.add_option("--max-nodes", a.max_nodes, "most nodes drawn (the most relevant are kept; the caption says what was "
                                             "left out)")
      ->check(CLI::Range(2, 5000))
      ->capture_default_str();
  cmd.add_option("--labels", a.labels, "labels shown for this many of the most central nodes")->capture_default_str();
  cmd.add_option("--title", a.title, "picture title (default: one chosen by the view)");
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
  cmd->add_option("--view", args->view,
                  "whole (the most central part), ego (--id, --radius), region (--corop or --province), community "
                  "(--community)")
      ->check(CLI::IsMember({"whole", "ego", "region", "community"}))
      ->capture_default_str();
  cmd->add_option("--id", args->id, "ego view: the initiative or organisation id (initiative:ID / organisation:ID "
                                    "when both sides use it)");
  cmd->add_option("--radius", args->radius, "ego view: 1 (direct links) or 2 (also links of links)")
      ->check(CLI::IsMember({1, 2}))
      ->capture_default_str();
  cmd->add_option("--corop", args->corop, "region view: COROP region code (1..40, CR17) or name");
  cmd->add_option("--province", args->province, "region view: province name or code (20..31, PV27)");
  cmd->add_option("--community", args->community, "community view: community number (1 = the largest)");
  add_drawing_options(*cmd, *args);
  cmd->callback([args]() {
    const int rc = run_draw(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });

  auto ego = std::make_shared<DrawArgs>();
  ego->view = "ego";
  auto* ecmd = app.add_subcommand("ego", "draw the ego network of one initiative or organisation (= draw --view ego)");
  add_dataset_options(*ecmd, ego->data);
  ecmd->add_option("ID", ego->id, "the initiative or organisation id")->required();
  ecmd->add_option("--radius", ego->radius, "1 (direct links) or 2 (also links of links)")
      ->check(CLI::IsMember({1, 2}))
      ->capture_default_str();
  add_drawing_options(*ecmd, *ego);
  ecmd->callback([ego]() {
    const int rc = run_draw(*ego);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
