// ppsnet generate --preset katapult [--seed N] [--scale X] --out FOLDER: writes the built-in synthetic dataset
// as a format-v1 folder (docs/generator.md) and prints a one-paragraph summary.
#include <iostream>
#include <memory>
#include <set>
#include <string>

#include "commands.hpp"
#include "error_output.hpp"
#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/output/dataset_v1.hpp"
#include "ppsnet/synth/katapult.hpp"

namespace ppsnet::cli {
namespace {

struct GenerateArgs {
  std::string preset = "katapult";
  synth::KatapultOptions katapult;
  std::string out;
  bool quiet = false;
};

int run_generate(const GenerateArgs& a) {
  if (a.preset != "katapult") {
    print_error("usage", kUsage, "unknown preset \"" + a.preset + "\" (available presets: katapult)", "--preset");
    return kUsage;
  }
  model::Diagnostics diagnostics;
  const model::PartnerGraph g = synth::generate_katapult(a.katapult, diagnostics);
  for (const auto& d : diagnostics.items()) print_diagnostic(d);
  try {
    output::write_dataset_v1(g, a.out);
  } catch (const output::DatasetWriteError& e) {
    print_error("output", kIoError, e.what());
    return kIoError;
  }
  if (a.quiet) return kOk;

  std::size_t mbo = 0, coe = 0, companies = 0, abroad = 0;
  for (const auto& in : g.initiatives()) {
    mbo += in.kind == model::InitiativeKind::mbo;
    coe += in.kind == model::InitiativeKind::coe;
  }
  for (const auto& o : g.organisations()) {
    companies += o.type == model::OrganisationType::company;
    abroad += !o.location.country.empty() && o.location.country != "NL";
  }
  std::cout << "ppsnet: wrote the synthetic Katapult-shaped dataset (seed " << a.katapult.seed << ", scale "
            << a.katapult.scale << ") to " << a.out << ": " << g.num_initiatives() << " initiatives (" << mbo
            << " mbo, " << coe << " CoE), " << g.num_organisations() << " organisations (" << companies
            << " companies, " << abroad << " abroad), " << g.participations().size() << " participations on "
            << g.num_edges() << " initiative-organisation pairs, " << g.initiative_links().size()
            << " initiative links. Files: initiatives.csv, organisations.csv, participations.csv (format v1); "
               "analyse with: ppsnet analyze "
            << a.out << '\n';
  return kOk;
}

}  // namespace

void register_generate(CLI::App& app) {
  auto args = std::make_shared<GenerateArgs>();
  auto* cmd = app.add_subcommand("generate", "write a synthetic dataset as a format-v1 folder (docs/generator.md)");
  cmd->add_option("--preset", args->preset, "which dataset: katapult (Katapult-shaped mbo PPS and CoE network)")
      ->capture_default_str();
  cmd->add_option("--seed", args->katapult.seed, "random seed (same seed, same bytes)")->capture_default_str();
  cmd->add_option("--scale", args->katapult.scale, "multiplies the number of initiatives, in (0, 50]")
      ->check(CLI::Range(1e-9, 50.0))
      ->capture_default_str();
  cmd->add_option("--out,-o", args->out, "output folder (created if needed)")->required();
  cmd->add_flag("--quiet,-q", args->quiet, "print nothing but errors");
  cmd->callback([args]() {
    const int rc = run_generate(*args);
    if (rc != kOk) throw CLI::RuntimeError(rc);
  });
}

}  // namespace ppsnet::cli
