// ppsnet similar DATASET ID: the initiatives most similar to ID by shared partners and attributes, with evidence;
// or, with --all, the top k for every initiative (docs/recommendations.md, "Similar initiatives").
#include <chrono>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "error_output.hpp"
#include "output_file.hpp"
#include "table_output.hpp"
#include "dataset_option.hpp"
#include "enum_option.hpp"
#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/query/similar.hpp"

namespace ppsnet::cli {
namespace {

struct SimilarArgs {
  DatasetArgs data;
  std::string id;
  std::size_t top = 10;
  bool all = false;
  std::string out;
  query::TableFormat format = query::TableFormat::text;
  query::PartnerIndex index = query::PartnerIndex::resource_allocation;
  double partner_weight = 0.7;
  std::size_t max_partner_degree = 0;
  unsigned threads = 0;
  bool quiet = false;
};

int run_similar(const SimilarArgs& a) {
  if (a.all == !a.id.empty()) {
    print_error("usage", kUsage, "give either an initiative ID or --all");
    return kUsage;
  }
  if (!a.out.empty()) check_output_folder_exists(a.out);  // before the work
  const auto imported = load(a.data, !a.quiet);
  const auto& g = imported.graph;
  query::SimilarityOptions opt;
  opt.top_k = a.top;
  opt.partner_index = a.index;
  opt.partner_weight = a.partner_weight;
  opt.max_partner_degree = a.max_partner_degree;
  opt.threads = a.threads;
  std::vector<query::Table> tables;
  if (a.all) {
    query::SimilarityStats stats;
    const auto t0 = std::chrono::steady_clock::now();
    const auto results = query::all_similar_initiatives(g, opt, &stats);
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!a.quiet) {
      std::cerr << "similar: top " << a.top << " for " << g.num_initiatives() << " initiatives in " << secs
                << " s (" << stats.two_paths << " two-paths; largest partner degree " << stats.largest_partner_degree;
      if (a.max_partner_degree != 0) std::cerr << "; " << stats.capped_partners << " hubs left out by the cap";
      std::cerr << ")\n";
    }
    tables.push_back(query::all_similar_table(g, results, opt, stats));
  } else {
    const auto u = g.find_initiative(a.id);
    if (!u) throw not_found("", "no initiative with id '" + a.id + "' in the dataset");
    tables.push_back(query::similar_table(g, *u, query::similar_initiatives(g, *u, opt), opt));
  }
  const auto format = a.format;
  if (!a.out.empty()) {
    write_output_file(a.out, [&](std::ostream& f) { query::write_tables(f, tables, format); });
    return kOk;
  }
  return print_tables(tables, format);
}

}  // namespace

void register_similar(CLI::App& app) {
  auto args = std::make_shared<SimilarArgs>();
  auto* cmd = app.add_subcommand(
      "similar", "initiatives most similar to an initiative by shared partners and attributes, with evidence "
                 "(docs/recommendations.md)");
  add_dataset_options(*cmd, args->data);
  cmd->add_option("ID,--id", args->id, "external id of the initiative (as the first argument after DATASET or with --id; omit with --all)");
  cmd->add_option("--top,-k", args->top, "results per initiative (0 = all)")->capture_default_str();
  cmd->add_flag("--all", args->all, "top k for every initiative (use with --out and --format csv|json)");
  cmd->add_option("--out,-o", args->out, "write to this file instead of standard output");
  add_enum_option(*cmd, "--format", args->format, "output: table (aligned text), csv or json");
  add_enum_option(*cmd, "--index", args->index, "partner-overlap index in the score");
  cmd->add_option("--partner-weight", args->partner_weight,
                  "weight of the partner score in the combined score (the attribute score gets 1 - this)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--max-partner-degree", args->max_partner_degree,
                  "leave out organisations in more than this many initiatives (0 = keep all)")
      ->capture_default_str();
  cmd->add_option("--threads", args->threads, "worker threads for --all (0 = all cores)")->capture_default_str();
  cmd->add_flag("--quiet,-q", args->quiet, "do not print the data problems found while reading");
  cmd->callback([args]() {
    const int rc = run_similar(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
