// ppsnet communities DATASET: Leiden (default) or Louvain communities (modularity) on the Newman-weighted
// projection onto initiatives or organisations; one row per community with its size, a readable label and its
// main members (docs/algorithms.md, "Leiden", "Louvain").
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "ppsnet/algo/community.hpp"
#include "ppsnet/algo/partition_compare.hpp"
#include "ppsnet/algo/projection.hpp"
#include "ppsnet/query/community_summary.hpp"
#include "ppsnet/query/impact_table.hpp"

namespace ppsnet::cli {
namespace {

struct CommunitiesArgs {
  DatasetArgs data;
  std::string side = "initiatives";
  std::string algorithm = "leiden";
  double resolution = 1.0;
  std::uint64_t seed = 42;
  int starts = 1;
  std::size_t top = 0;
  std::size_t members = 10;
  std::size_t max_connector_degree = 0;
  bool membership = false;
  bool stability = false;
  std::string format = "table";
  bool quiet = false;
};

std::string join_labels(const model::PartnerGraph& g, const std::vector<model::NodeId>& nodes) {
  std::string out;
  for (model::NodeId v : nodes) {
    if (!out.empty()) out += "; ";
    out += g.label(v);
  }
  return out;
}

int run_communities(const CommunitiesArgs& a) {
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  const bool initiatives = a.side == "initiatives";
  algo::ProjectionOptions po;
  po.side = initiatives ? algo::Side::initiatives : algo::Side::organisations;
  po.weight = algo::ProjectionWeight::newman;
  po.max_connector_degree = a.max_connector_degree;
  const auto proj = algo::project(g, po);
  if (proj.skipped_connectors > 0)
    std::cerr << "ppsnet: left out " << proj.skipped_connectors << " connectors with more than "
              << a.max_connector_degree << " distinct neighbours from the projection\n";
  algo::LeidenOptions lo;
  lo.resolution = a.resolution;
  lo.seed = a.seed;
  lo.n_starts = a.starts;
  const bool louvain = a.algorithm == "louvain";
  algo::LouvainOptions uo;
  uo.resolution = a.resolution;
  uo.seed = a.seed;
  uo.n_starts = a.starts;
  // --stability: the same starts (seeds seed..seed+starts-1), one at a time; best = leiden()'s / louvain()'s result.
  std::optional<algo::StabilityReport> stab;
  if (a.stability) {
    if (louvain) {
      std::vector<algo::Partition> starts;
      for (int s = 0; s < a.starts; ++s) {
        algo::LouvainOptions one = uo;
        one.seed = a.seed + static_cast<std::uint64_t>(s);
        one.n_starts = 1;
        starts.push_back(algo::louvain(proj.graph, one));
      }
      stab = algo::stability_report(std::move(starts));
    } else {
      stab = algo::leiden_stability(proj.graph, lo);
    }
  }
  const algo::Partition part = stab ? stab->best : louvain ? algo::louvain(proj.graph, uo) : algo::leiden(proj.graph, lo);
  const std::size_t k = proj.nodes.size();

  // Members of each community, by bipartite degree (most partners first), ties by node id.
  std::vector<std::vector<model::NodeId>> members(static_cast<std::size_t>(part.count));
  for (std::size_t i = 0; i < k; ++i) members[static_cast<std::size_t>(part.membership[i])].push_back(proj.nodes[i]);
  const auto& csr = g.graph();
  for (auto& m : members)
    std::stable_sort(m.begin(), m.end(), [&](model::NodeId x, model::NodeId y) { return csr.degree(x) > csr.degree(y); });

  std::ostringstream note;
  note << (louvain ? "Louvain" : "Leiden") << " (modularity, resolution " << a.resolution << ", seed " << a.seed << ", " << a.starts
       << " start(s)) on the Newman-weighted projection onto " << a.side << " (" << k << " nodes, "
       << proj.graph.num_edges() << " links); ";
  if (proj.graph.num_edges() > 0)
    note << "modularity " << part.quality << ".";
  else
    note << "no links, so modularity is undefined.";
  note << " Communities numbered from 1, largest first.";
  if (stab) {
    double mean_certainty = 0;
    for (double c : stab->certainty) mean_certainty += c;
    if (!stab->certainty.empty()) mean_certainty /= static_cast<double>(stab->certainty.size());
    note << " Stability over " << a.starts << " start(s): mean pairwise ARI " << stab->mean_ari << ", mean pairwise NMI "
         << stab->mean_nmi << ", mean node certainty " << mean_certainty
         << " (share of starts that put a node with exactly the same nodes as the best start).";
  }

  query::Table t;
  if (a.membership) {
    t.name = "community_membership";
    t.title = "Community of every " + std::string(initiatives ? "initiative" : "organisation");
    t.columns = {{"Id", "id", 0}, {"Label", "label", 0}, {"Community", "community", 0}};
    for (std::size_t i = 0; i < k; ++i)
      t.rows.push_back({query::TableCell::of_text(g.external_id(proj.nodes[i])),
                        query::TableCell::of_text(g.label(proj.nodes[i])),
                        query::TableCell::of_integer(part.membership[i] + 1)});
  } else {
    t.name = "communities";
    t.title = std::to_string(part.count) + " communities of " + a.side;
    if (initiatives) {
      const auto summary = query::summarise_communities(g, proj.nodes, part.membership, a.members == 0 ? g.num_nodes() : a.members);
      t.columns = {{"Community", "community", 0}, {"Size", "size", 0}, {"Organisations", "organisations", 0},
                   {"Label", "label", 0}, {"Members", "members", 0}, {"Hub organisations", "hubs", 0}};
      for (const auto& c : summary.communities) {
        std::vector<model::NodeId> shown = members[static_cast<std::size_t>(c.id)];
        if (a.members > 0 && shown.size() > a.members) shown.resize(a.members);
        t.rows.push_back({query::TableCell::of_integer(c.id + 1),
                          query::TableCell::of_integer(static_cast<std::int64_t>(c.initiatives)),
                          query::TableCell::of_integer(static_cast<std::int64_t>(c.organisations)),
                          query::TableCell::of_text(c.label), query::TableCell::of_text(join_labels(g, shown)),
                          query::TableCell::of_text(join_labels(g, c.hub_organisations))});
      }
      note << " Organisations: those whose initiatives are mostly in the community.";
    } else {
      t.columns = {{"Community", "community", 0}, {"Size", "size", 0}, {"Label", "label", 0}, {"Members", "members", 0}};
      std::set<std::string> used;  // organisation names can repeat: number repeated labels as summarise_communities
      for (std::size_t c = 0; c < members.size(); ++c) {
        std::vector<model::NodeId> shown = members[c];
        const std::string base = shown.empty() ? std::string() : "around " + g.label(shown.front());
        std::string label = base;
        for (int k = 2; !label.empty() && used.count(label) > 0; ++k) label = base + " (" + std::to_string(k) + ")";
        used.insert(label);
        if (a.members > 0 && shown.size() > a.members) shown.resize(a.members);
        t.rows.push_back({query::TableCell::of_integer(static_cast<std::int64_t>(c + 1)),
                          query::TableCell::of_integer(static_cast<std::int64_t>(members[c].size())),
                          query::TableCell::of_text(label), query::TableCell::of_text(join_labels(g, shown))});
      }
      note << " Label: the member with the most initiatives (a repeated name numbered (2), (3), ...).";
    }
    note << " Members listed by number of partners (most first).";
    if (a.top > 0 && t.rows.size() > a.top) t.rows.resize(a.top);
  }
  t.note = note.str();
  const std::vector<query::Table> tables{std::move(t)};
  return print_tables(tables, a.format);
}

}  // namespace

void register_communities(CLI::App& app) {
  auto args = std::make_shared<CommunitiesArgs>();
  auto* cmd = app.add_subcommand("communities",
                                 "Leiden or Louvain communities on the Newman-weighted projection, with size, label and "
                                 "members");
  add_dataset_options(*cmd, args->data);
  cmd->add_option("--side", args->side, "the nodes to group: initiatives or organisations")
      ->check(CLI::IsMember({"initiatives", "organisations"}))
      ->capture_default_str();
  cmd->add_option("--algorithm", args->algorithm,
                  "leiden (Traag et al. 2019, via igraph) or louvain (Blondel et al. 2008, ppsnet's own)")
      ->check(CLI::IsMember({"leiden", "louvain"}))
      ->capture_default_str();
  cmd->add_option("--resolution", args->resolution, "modularity resolution (larger: more, smaller communities)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--seed", args->seed, "random seed (same seed, same data: same output)")->capture_default_str();
  cmd->add_option("--starts", args->starts, "independent runs (seeds seed, seed+1, ...); the best modularity is kept")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--top", args->top, "list only the N largest communities (0 = all)")->capture_default_str();
  cmd->add_option("--members", args->members, "members listed per community (0 = all)")->capture_default_str();
  cmd->add_option("--max-connector-degree", args->max_connector_degree,
                  "leave connectors with more than D distinct neighbours out of the projection (0 = no cap)")
      ->capture_default_str();
  cmd->add_flag("--membership", args->membership, "print the community of every node instead of the summary");
  cmd->add_flag("--stability", args->stability,
                "add to the note how much the --starts agree: mean pairwise ARI and NMI, mean node certainty");
  cmd->add_option("--format", args->format, "output: table (aligned text), csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_communities(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
