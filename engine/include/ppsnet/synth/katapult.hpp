#pragma once
// The built-in default dataset: a synthetic, deterministic partnership network shaped like the Dutch
// Katapult network of public-private partnerships in vocational education (mbo PPS and hbo Centres of
// Expertise), calibrated to the published figures of the Katapult PPS impact measurement 2019.
// Everything about the partnerships is invented; the hogescholen/universities (DUO register, BRIN codes),
// municipalities, COROP regions and provinces are real. Details, the calibration table and what is invented:
// docs/generator.md.
#include <cstdint>
#include <span>
#include <string>

#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::synth {

struct KatapultOptions {
  /// Seed of the std::mt19937_64 stream; the same seed gives the same graph (and the same written bytes)
  /// on every platform with the same libm (see ppsnet/util/random.hpp).
  std::uint64_t seed = 1;
  /// Multiplies the number of initiatives (and so of companies and participations), for small test
  /// datasets (0.1) or larger benchmarks (up to 50). At scale 1 the calibration targets below hold.
  /// Each kind keeps at least one initiative. Must be finite and in (0, 50].
  double scale = 1.0;
};

/// Calibration targets at scale 1 (Katapult PPS impact measurement 2019; docs/generator.md).
inline constexpr int kKatapultMboInitiatives = 152;
inline constexpr int kKatapultCoEs = 39;
/// Mean number of partners per initiative, partners = organisations taking part other than the lead.
/// The report says 48 (mbo) and 65.5 (CoE); we use 49 and 67: the report's figures leave no room for
/// 9,800 distinct companies next to the schools and public partners (docs/generator.md).
inline constexpr double kKatapultMeanPartnersMbo = 49.0;
inline constexpr double kKatapultMeanPartnersCoE = 67.0;
/// Distinct companies at scale 1 (the report's "9,800 companies in a partnership" minus 3.6%): of about
/// 9,660 company participations, about 2% reuse a company already in the network.
inline constexpr int kKatapultDistinctCompanies = 9450;
/// Share of mbo initiatives with no hbo partner (no hogeschool and no CoE among their organisations).
inline constexpr double kKatapultMboWithoutHbo = 0.25;

/// Initiatives homed in one province at scale 1.
struct ProvinceInitiatives {
  std::uint8_t province;  ///< CBS code 20..31
  int initiatives;        ///< mbo + CoE
};
/// The province table (12 rows, by CBS code): Flevoland 7 (fewest) ... Noord-Brabant 60 (most); sum 191.
std::span<const ProvinceInitiatives> katapult_initiatives_per_province();

/// Generates the dataset.
///
/// Shape (scale 1): 152 mbo initiatives led by an ROC/AOC and 39 CoEs led by a hogeschool; each CoE also
/// appears as an organisation (type coe, initiative_id = the CoE) that some mbo initiatives name as partner,
/// which gives initiative links. Partners per initiative are lognormal (log-sd 0.8 mbo / 0.7 CoE), at least 3,
/// rescaled so the means are exactly kKatapultMeanPartners*. Partner locations follow per-region shares of
/// own-or-neighbouring COROP partners (geo::corop_neighbours) that are met exactly when pooled per home region
/// (error diffusion); up to 11% of supra-regional company partners are abroad. Exactly 25% of mbo
/// initiatives have no hbo partner; the hogescholen named by mbo initiatives are dealt from fixed quotas, so
/// Inholland > Fontys > Hogeschool Rotterdam > Zuyd > any other. About 2% of company participations reuse
/// a company of the wanted region already in the network (in proportion to its participations, with a head
/// start for large companies), so companies are shared; the whole network is one connected component
/// (through schools, hogescholen, public bodies and shared companies; see connect_components in the source).
/// Participations carry years 2016-2019, roles (lead, partner, cofunder) and some contributions in euros.
///
/// Built through model::GraphBuilder; its diagnostics (none expected) go to `diagnostics`.
/// Throws std::invalid_argument when options.scale is not finite or not in (0, 50].
/// Time and memory roughly linear in scale: about 0.07 s and 10^4 organisations at scale 1 (Release build),
/// about 1.7 s at scale 10 (a few steps scan all initiatives per mbo initiative, so very large scales grow faster).
model::PartnerGraph generate_katapult(const KatapultOptions& options, model::Diagnostics& diagnostics);

/// One paragraph describing the built-in dataset (what it is, what it is calibrated to, what is real),
/// for reports and the CLI.
std::string default_dataset_description();

}  // namespace ppsnet::synth
