// The Katapult-shaped synthetic dataset. Overview in ppsnet/synth/katapult.hpp, calibration in
// docs/generator.md, tables in synth/tables.cpp.
#include "ppsnet/synth/katapult.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/synth/random.hpp"
#include "synth/tables.hpp"

namespace ppsnet::synth {

std::vector<long long> allocate_largest_remainder(long long total, std::span<const double> weights,
                                                  std::span<const long long> minimums) {
  if (weights.size() != minimums.size())
    throw std::invalid_argument("allocate_largest_remainder: weights and minimums differ in size");
  const std::size_t n = weights.size();
  std::vector<long long> parts(minimums.begin(), minimums.end());
  long long rest = total;
  for (long long m : minimums) rest -= m;
  if (rest < 0) throw std::invalid_argument("allocate_largest_remainder: total is below the sum of the minimums");
  if (n == 0) {
    if (rest != 0) throw std::invalid_argument("allocate_largest_remainder: nothing to allocate to");
    return parts;
  }
  double wsum = 0;
  for (double w : weights) {
    if (!(w >= 0.0)) throw std::invalid_argument("allocate_largest_remainder: negative or NaN weight");
    wsum += w;
  }
  std::vector<double> remainder(n);
  long long given = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double exact = wsum > 0 ? static_cast<double>(rest) * weights[i] / wsum
                                  : static_cast<double>(rest) / static_cast<double>(n);
    const long long whole = static_cast<long long>(std::floor(exact));
    parts[i] += whole;
    given += whole;
    remainder[i] = exact - static_cast<double>(whole);
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  long long left = rest - given;  // 0 <= left < n up to floating rounding; loop guards both ways
  for (std::size_t k = 0; left > 0; k = (k + 1) % n, --left) ++parts[order[k]];
  for (std::size_t k = n; left < 0; ++left) {
    // Floating rounding gave one too many somewhere: take it back from the smallest remainders.
    do { k = (k + n - 1) % n; } while (parts[order[k]] <= minimums[order[k]]);
    --parts[order[k]];
  }
  return parts;
}

namespace {

using namespace detail;
using model::OrganisationType;
using model::Role;

constexpr int kFirstYear = 2016;
constexpr int kLastYear = 2019;
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
enum Sector { AF, CH, CI, EN, HT, LSH, LOG, TU, WM, ICT };

// Provincial government seats (capital municipality, COROP region), by CBS province code 20..31.
struct Capital {
  std::string_view municipality;
  std::uint8_t corop;
};
constexpr Capital kCapitals[12] = {{"Groningen", 3},    {"Leeuwarden", 4},       {"Assen", 7},
                                   {"Zwolle", 10},      {"Lelystad", 40},        {"Arnhem", 15},
                                   {"Utrecht", 17},     {"Haarlem", 21},         {"'s-Gravenhage", 26},
                                   {"Middelburg (Z.)", 32}, {"'s-Hertogenbosch", 35}, {"Maastricht", 39}};

std::string padded(std::string_view prefix, long long n, int width) {
  std::string digits = std::to_string(n);
  if (static_cast<int>(digits.size()) < width) digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
  return std::string(prefix) + digits;
}

int digits_for(long long n) {
  int d = 1;
  while (n >= 10) {
    n /= 10;
    ++d;
  }
  return d;
}

struct Org {
  model::Organisation rec;
  std::uint8_t corop = 0;  // 0 = abroad
  bool dropped = false;    // replaced everywhere by connect_components(): not written
};

struct Member {
  std::size_t org;
  Role role;
  bool company;
};

struct Plan {
  bool coe = false;
  std::uint8_t corop = 0;
  std::size_t lead_he = kNone;  // CoE: index into higher_education()
  model::Initiative rec;
  std::vector<int> sectors;
  std::vector<Member> members;  // lead first
  std::size_t institutions = 0; // members that are not companies, lead included
  long long partners = 0;       // partners (members other than the lead) wanted
  std::size_t coe_org = kNone;  // CoE: its organisation, once someone partners it
};

struct Slot {
  bool coe;
  std::uint8_t corop;
  std::size_t he;
};

class Generator {
 public:
  explicit Generator(const KatapultOptions& o) : rng_(o.seed), scale_(o.scale) {}

  model::PartnerGraph run(model::Diagnostics& diagnostics) {
    load_geography();
    plan_initiatives();
    add_hbo_partners_to_mbo();
    add_partners_to_coes();
    add_other_partners();
    allocate_partner_counts();
    fill_companies();
    connect_components();
    add_initiative_extras();
    return build(diagnostics);
  }

 private:
  // ---- geography -------------------------------------------------------------------------------
  void load_geography() {
    for (std::uint8_t c = 1; c <= 40; ++c) {
      neighbours_[c] = geo::corop_neighbour_list(c);
      const auto* cr = geo::find_corop(c);
      if (!cr) throw std::logic_error("generate_katapult: built-in geography lacks COROP region " + std::to_string(c));
      province_of_[c] = cr->province;
    }
  }
  bool regional(std::uint8_t home, std::uint8_t where) const {
    return where != 0 && (where == home || geo::corop_neighbours(home, where));
  }
  static std::string corop_name(std::uint8_t c) { return std::string(geo::find_corop(c)->name); }
  static std::string province_name(std::uint8_t p) { return std::string(geo::find_province(p)->name); }
  model::Location nl_location(std::string_view municipality, std::uint8_t corop) const {
    model::Location l;
    l.municipality = std::string(municipality);
    l.corop = corop;
    l.province = province_of_[corop];
    l.country = "NL";
    return l;
  }

  // ---- organisations (created on first use) ----------------------------------------------------
  std::size_t new_org(model::Organisation rec, std::uint8_t corop) {
    orgs_.push_back(Org{std::move(rec), corop, false});
    return orgs_.size() - 1;
  }
  std::size_t he_org(std::size_t i) {
    auto& slot = he_orgs_[i];
    if (slot == kNone) {
      const auto& h = higher_education()[i];
      model::Organisation o;
      o.id = std::string(h.brin);
      o.name = std::string(h.name);
      o.type = h.university ? OrganisationType::university : OrganisationType::hogeschool;
      o.location = nl_location(h.municipality, h.corop);
      o.brin = std::string(h.brin);
      slot = new_org(std::move(o), h.corop);
    }
    return slot;
  }
  std::size_t roc_org(std::uint8_t c) {
    auto& slot = roc_orgs_[c];
    if (slot == kNone) {
      std::string region = corop_name(c);
      for (std::string_view prefix : {"Overig ", "Agglomeratie ", "Het "})
        if (region.rfind(prefix, 0) == 0) region.erase(0, prefix.size());
      model::Organisation o;
      o.id = padded("roc-", c, 2);
      o.name = "ROC " + region;
      o.type = OrganisationType::mbo_school;
      o.location = nl_location(municipalities(c)[0], c);
      slot = new_org(std::move(o), c);
    }
    return slot;
  }
  std::size_t aoc_org(std::uint8_t province) {
    auto& slot = aoc_orgs_[province - 20];
    if (slot == kNone) {
      const std::uint8_t c = aoc_corop(province);
      model::Organisation o;
      o.id = padded("aoc-", province, 2);
      o.name = "AOC " + province_name(province);
      o.type = OrganisationType::mbo_school;
      o.location = nl_location(municipalities(c)[0], c);
      o.sectors = {std::string(kTopsectors[AF]), std::string(kTopsectors[TU])};
      slot = new_org(std::move(o), c);
    }
    return slot;
  }
  std::size_t province_org(std::uint8_t province) {
    auto& slot = province_orgs_[province - 20];
    if (slot == kNone) {
      const Capital& cap = kCapitals[province - 20];
      model::Organisation o;
      o.id = padded("gov-pv", province, 2);
      o.name = "Provincie " + province_name(province);
      o.type = OrganisationType::government;
      o.location = nl_location(cap.municipality, cap.corop);
      slot = new_org(std::move(o), cap.corop);
    }
    return slot;
  }
  std::size_t municipality_org(const std::string& municipality, std::uint8_t corop) {
    auto it = municipality_orgs_.find(municipality);
    if (it != municipality_orgs_.end()) return it->second;
    model::Organisation o;
    o.id = padded("gov-gm", static_cast<long long>(municipality_orgs_.size() + 1), 3);
    o.name = "Gemeente " + municipality;
    o.type = OrganisationType::government;
    o.location = nl_location(municipality, corop);
    const std::size_t idx = new_org(std::move(o), corop);
    municipality_orgs_.emplace(municipality, idx);
    return idx;
  }
  std::size_t other_org(std::size_t i) {
    auto& slot = other_orgs_[i];
    if (slot == kNone) {
      const auto& t = other_organisations()[i];
      model::Organisation o;
      o.id = std::string(t.id);
      o.name = std::string(t.name);
      o.type = *model::parse_organisation_type(t.type);
      o.location = nl_location(t.municipality, t.corop);
      if (t.topsector >= 0) o.sectors = {std::string(kTopsectors[static_cast<std::size_t>(t.topsector)])};
      slot = new_org(std::move(o), t.corop);
    }
    return slot;
  }
  std::size_t coe_org(std::size_t plan) {
    Plan& p = plans_[plan];
    if (p.coe_org == kNone) {
      model::Organisation o;
      o.id = "org-" + p.rec.id;
      o.name = p.rec.name;
      o.type = OrganisationType::coe;
      o.location = p.rec.location;
      o.initiative_id = p.rec.id;
      o.sectors = p.rec.sectors;
      p.coe_org = new_org(std::move(o), p.corop);
    }
    return p.coe_org;
  }

  bool has_member(std::size_t plan, std::size_t org) const {
    for (const auto& m : plans_[plan].members)
      if (m.org == org) return true;
    return false;
  }
  /// Adds `org` to the plan unless it is there already (an initiative lists an organisation once).
  void add_member(std::size_t plan, std::size_t org, Role role, bool company) {
    if (has_member(plan, org)) return;
    plans_[plan].members.push_back({org, role, company});
    if (!company) ++plans_[plan].institutions;
  }

  // ---- initiatives -----------------------------------------------------------------------------
  std::vector<Slot> pick_slots(const std::vector<Slot>& base, long long n) {
    std::vector<Slot> out;
    if (base.empty()) return out;
    const long long size = static_cast<long long>(base.size());
    std::vector<std::size_t> chosen;
    for (long long f = 0; f < n / size; ++f)
      for (std::size_t i = 0; i < base.size(); ++i) chosen.push_back(i);
    std::vector<std::size_t> idx(base.size());
    std::iota(idx.begin(), idx.end(), std::size_t{0});
    rng_.shuffle(idx);
    idx.resize(static_cast<std::size_t>(n % size));
    chosen.insert(chosen.end(), idx.begin(), idx.end());
    std::sort(chosen.begin(), chosen.end());
    for (std::size_t i : chosen) out.push_back(base[i]);
    return out;
  }

  int draw_sector(std::uint8_t corop, int exclude) {
    std::array<double, kNumTopsectors> w = topsector_leaning(corop);
    for (std::size_t s = 0; s < w.size(); ++s) w[s] *= kTopsectorBase[s];
    if (exclude >= 0) w[static_cast<std::size_t>(exclude)] = 0;
    return static_cast<int>(rng_.weighted(w));
  }

  std::string unique_name(std::string name, std::unordered_set<std::string>& used, std::string_view place) {
    if (used.insert(name).second) return name;
    // "<name> <place>", unless the name already ends with the place (then only a number tells them apart).
    const std::string suffix = " " + std::string(place);
    const bool has_place = name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    std::string with_place = has_place ? name : name + suffix;
    if (!has_place && used.insert(with_place).second) return with_place;
    for (int k = 2;; ++k) {
      std::string numbered = with_place + " " + std::to_string(k);
      if (used.insert(numbered).second) return numbered;
    }
  }

  void plan_initiatives() {
    std::vector<Slot> mbo, coe;
    const auto he = higher_education();
    for (std::uint8_t c = 1; c <= 40; ++c) {
      int coes = 0;
      for (std::size_t i = 0; i < he.size(); ++i)
        if (he[i].corop == c)
          for (int k = 0; k < he[i].coes; ++k, ++coes) coe.push_back({true, c, i});
      const int m = kInitiativesPerCorop[c] - coes;
      if (m < 0) throw std::logic_error("generate_katapult: more CoEs than initiatives in a COROP region");
      for (int k = 0; k < m; ++k) mbo.push_back({false, c, kNone});
    }
    const long long n_mbo = std::max(1LL, std::llround(kKatapultMboInitiatives * scale_));
    const long long n_coe = std::max(1LL, std::llround(kKatapultCoEs * scale_));
    const auto mbo_slots = pick_slots(mbo, n_mbo);
    const auto coe_slots = pick_slots(coe, n_coe);
    const int mbo_width = std::max(3, digits_for(n_mbo));
    const int coe_width = std::max(2, digits_for(n_coe));

    std::unordered_set<std::string> names;
    long long counter = 0;
    for (const auto* list : {&mbo_slots, &coe_slots}) {
      counter = 0;
      for (const Slot& s : *list) {
        Plan p;
        p.coe = s.coe;
        p.corop = s.corop;
        p.lead_he = s.he;
        const int primary = draw_sector(s.corop, -1);
        p.sectors.push_back(primary);
        if (rng_.bernoulli(0.35)) p.sectors.push_back(draw_sector(s.corop, primary));
        for (int sec : p.sectors) p.rec.sectors.emplace_back(kTopsectors[static_cast<std::size_t>(sec)]);
        const auto mun = municipalities(s.corop);
        std::string_view municipality;
        if (s.coe) {
          municipality = he[s.he].municipality;
        } else {
          municipality = rng_.bernoulli(0.5) ? mun[0] : mun[rng_.below(mun.size())];
        }
        p.rec.location = nl_location(municipality, s.corop);
        p.rec.kind = s.coe ? model::InitiativeKind::coe : model::InitiativeKind::mbo;
        ++counter;
        p.rec.id = s.coe ? padded("coe-", counter, coe_width) : padded("mbo-", counter, mbo_width);
        constexpr double year_w[] = {0.3, 0.3, 0.2, 0.2};
        p.rec.start_year = kFirstYear + static_cast<int>(rng_.weighted(year_w));
        if (s.coe) {
          const auto themes = coe_themes(primary);
          p.rec.name = unique_name("Centre of Expertise " + std::string(themes[rng_.below(themes.size())]), names,
                                   municipality);
        } else {
          const auto themes = mbo_themes(primary);
          p.rec.name = unique_name(std::string(themes[rng_.below(themes.size())]) + " " + std::string(municipality),
                                   names, municipality);
        }
        plans_.push_back(std::move(p));
      }
    }
    // Leads: the hogeschool for a CoE; the region's ROC for mbo (the province's AOC for most green ones).
    for (std::size_t i = 0; i < plans_.size(); ++i) {
      Plan& p = plans_[i];
      std::size_t lead;
      if (p.coe) {
        lead = he_org(p.lead_he);
      } else if ((p.sectors[0] == AF || p.sectors[0] == TU) && rng_.bernoulli(0.6)) {
        lead = aoc_org(province_of_[p.corop]);
      } else {
        lead = roc_org(p.corop);
      }
      p.rec.lead_organisation_id = orgs_[lead].rec.id;
      add_member(i, lead, Role::lead, false);
      // An AOC works with the region's ROC (this also ties AOCs used once into the network).
      if (orgs_[lead].rec.id.rfind("aoc-", 0) == 0) add_member(i, roc_org(p.corop), Role::partner, false);
    }
  }

  // ---- hbo partners of mbo initiatives ---------------------------------------------------------
  void add_hbo_partners_to_mbo() {
    const auto he = higher_education();
    std::vector<std::size_t> mbo;
    for (std::size_t i = 0; i < plans_.size(); ++i)
      if (!plans_[i].coe) mbo.push_back(i);
    rng_.shuffle(mbo);
    const auto none = static_cast<std::size_t>(std::llround(kKatapultMboWithoutHbo * static_cast<double>(mbo.size())));
    std::vector<std::size_t> linked(mbo.begin() + static_cast<std::ptrdiff_t>(none), mbo.end());
    // 20% of the linked initiatives name two hogescholen, the rest one.
    const auto two = static_cast<std::size_t>(std::llround(0.2 * static_cast<double>(linked.size())));
    std::vector<int> picks(linked.size(), 1);
    for (std::size_t k = 0; k < two; ++k) picks[k] = 2;
    const long long total = std::accumulate(picks.begin(), picks.end(), 0LL);

    // Fixed quotas per hogeschool (largest remainder over the mbo weights), dealt with a preference (x4) for
    // hogescholen in the own or a neighbouring region. Exact quotas keep the ranking of the most named ones.
    std::vector<double> w(he.size());
    for (std::size_t h = 0; h < he.size(); ++h) w[h] = he[h].university ? 0.0 : he[h].mbo_weight;
    const std::vector<long long> zero(he.size(), 0);
    std::vector<long long> quota = allocate_largest_remainder(total, w, zero);
    std::vector<double> cand(he.size());
    for (std::size_t k = 0; k < linked.size(); ++k) {
      const std::size_t i = linked[k];
      for (int j = 0; j < picks[k]; ++j) {
        double sum = 0;
        for (std::size_t h = 0; h < he.size(); ++h) {
          const bool taken = he_orgs_[h] != kNone && has_member(i, he_orgs_[h]);
          cand[h] = taken ? 0.0 : static_cast<double>(quota[h]) * (regional(plans_[i].corop, he[h].corop) ? 4.0 : 1.0);
          sum += cand[h];
        }
        if (sum <= 0) {  // quotas left only for hogescholen this initiative has already: fall back on weights
          for (std::size_t h = 0; h < he.size(); ++h) {
            const bool taken = he_orgs_[h] != kNone && has_member(i, he_orgs_[h]);
            cand[h] = taken ? 0.0 : w[h];
          }
        }
        const std::size_t h = rng_.weighted(cand);
        if (quota[h] > 0) --quota[h];
        add_member(i, he_org(h), Role::partner, false);
      }
      // Some name a Centre of Expertise (preferably a nearby one with a shared topsector).
      if (rng_.bernoulli(0.35)) {
        std::vector<double> cw(plans_.size(), 0.0);
        double sum = 0;
        for (std::size_t c = 0; c < plans_.size(); ++c) {
          if (!plans_[c].coe) continue;
          const bool shares = std::find(plans_[c].sectors.begin(), plans_[c].sectors.end(), plans_[i].sectors[0]) !=
                              plans_[c].sectors.end();
          cw[c] = (regional(plans_[i].corop, plans_[c].corop) ? 6.0 : 1.0) * (shares ? 2.0 : 1.0);
          sum += cw[c];
        }
        if (sum > 0) add_member(i, coe_org(rng_.weighted(cw)), Role::partner, false);
      }
    }
    // A few mbo initiatives (with or without hbo) work with a second ROC or a university.
    for (std::size_t i : mbo) {
      const auto& nb = neighbours_[plans_[i].corop];
      if (!nb.empty() && rng_.bernoulli(0.15)) add_member(i, roc_org(nb[rng_.below(nb.size())]), Role::partner, false);
    }
    for (std::size_t k = none; k < mbo.size(); ++k) {
      if (rng_.bernoulli(0.04)) add_member(mbo[k], pick_university(plans_[mbo[k]].corop), Role::partner, false);
    }
  }

  std::size_t pick_university(std::uint8_t home) {
    const auto he = higher_education();
    std::vector<double> w(he.size(), 0.0);
    for (std::size_t h = 0; h < he.size(); ++h)
      if (he[h].university) w[h] = he[h].coe_partner_weight * (regional(home, he[h].corop) ? 4.0 : 1.0);
    return he_org(rng_.weighted(w));
  }

  // ---- partners of CoEs ------------------------------------------------------------------------
  void add_partners_to_coes() {
    const auto he = higher_education();
    for (std::size_t i = 0; i < plans_.size(); ++i) {
      Plan& p = plans_[i];
      if (!p.coe) continue;
      add_member(i, roc_org(p.corop), Role::partner, false);
      const auto& nb = neighbours_[p.corop];
      if (!nb.empty() && rng_.bernoulli(0.5)) add_member(i, roc_org(nb[rng_.below(nb.size())]), Role::partner, false);
      if (rng_.bernoulli(0.3)) {
        std::vector<double> w(he.size(), 0.0);
        for (std::size_t h = 0; h < he.size(); ++h)
          if (!he[h].university && h != p.lead_he)
            w[h] = he[h].coe_partner_weight * (regional(p.corop, he[h].corop) ? 4.0 : 1.0);
        add_member(i, he_org(rng_.weighted(w)), Role::partner, false);
      }
      if (rng_.bernoulli(0.45)) add_member(i, pick_university(p.corop), Role::partner, false);
    }
  }

  // ---- government, branch organisations, research institutes, development agencies ------------
  void add_other_partners() {
    const auto other = other_organisations();
    for (std::size_t i = 0; i < plans_.size(); ++i) {
      const Plan& p = plans_[i];
      const int count = p.coe ? 1 + (rng_.bernoulli(0.4) ? 1 : 0) : (rng_.bernoulli(0.35) ? 1 : 0);
      for (int k = 0; k < count; ++k) {
        constexpr double kind_w[] = {0.4, 0.2, 0.4};  // municipality, province, national/regional body
        switch (rng_.weighted(kind_w)) {
          case 0:
            add_member(i, municipality_org(plans_[i].rec.location.municipality, p.corop), Role::partner, false);
            break;
          case 1:
            add_member(i, province_org(province_of_[p.corop]), Role::partner, false);
            break;
          default: {
            std::vector<double> w(other.size());
            for (std::size_t o = 0; o < other.size(); ++o) {
              const bool match = other[o].topsector < 0 ||
                                 std::find(p.sectors.begin(), p.sectors.end(), other[o].topsector) != p.sectors.end();
              w[o] = (match ? (other[o].topsector < 0 ? 1.0 : 4.0) : 0.2) *
                     (regional(p.corop, other[o].corop) ? 3.0 : 1.0);
            }
            add_member(i, other_org(rng_.weighted(w)), Role::partner, false);
          }
        }
      }
    }
  }

  // ---- partner counts --------------------------------------------------------------------------
  void allocate_partner_counts() {
    for (bool coe : {false, true}) {
      std::vector<std::size_t> idx;
      std::vector<double> w;
      std::vector<long long> mins;
      for (std::size_t i = 0; i < plans_.size(); ++i) {
        if (plans_[i].coe != coe) continue;
        idx.push_back(i);
        w.push_back(rng_.lognormal(0.0, coe ? 0.7 : 0.8));
        // At least 3 partners, and room for one company next to the institutions already chosen.
        mins.push_back(std::max<long long>(3, static_cast<long long>(plans_[i].institutions - 1) + 1));
      }
      if (idx.empty()) continue;
      const double mean = coe ? kKatapultMeanPartnersCoE : kKatapultMeanPartnersMbo;
      long long total = std::llround(mean * static_cast<double>(idx.size()));
      total = std::max(total, std::accumulate(mins.begin(), mins.end(), 0LL));
      const auto parts = allocate_largest_remainder(total, w, mins);
      for (std::size_t k = 0; k < idx.size(); ++k) plans_[idx[k]].partners = parts[k];
    }
  }

  // ---- companies -------------------------------------------------------------------------------
  std::uint8_t regional_corop(std::uint8_t home) {
    const auto& nb = neighbours_[home];
    if (nb.empty() || rng_.bernoulli(0.55)) return home;
    return nb[rng_.below(nb.size())];
  }
  std::uint8_t supra_regional_corop(std::uint8_t home) {
    std::array<double, 41> w{};
    for (std::uint8_t c = 1; c <= 40; ++c) w[c] = regional(home, c) ? 0.0 : economic_weight(c);
    return static_cast<std::uint8_t>(rng_.weighted(w));
  }
  std::size_t foreign_country(std::uint8_t home) {
    const auto fc = foreign_countries();
    std::vector<double> w(fc.size());
    for (std::size_t k = 0; k < fc.size(); ++k) {
      w[k] = fc[k].weight;
      if (fc[k].iso2 == "BE" && borders_belgium(home)) w[k] *= 4;
      if (fc[k].iso2 == "DE" && borders_germany(home)) w[k] *= 4;
    }
    return rng_.weighted(w);
  }

  std::size_t new_company(const Plan& p, std::uint8_t corop, std::size_t country) {
    model::Organisation o;
    o.id = padded("C", static_cast<long long>(++companies_), 5);
    o.type = OrganisationType::company;
    int sector;
    if (rng_.bernoulli(0.7)) {
      sector = p.sectors[rng_.below(p.sectors.size())];
    } else {
      sector = draw_sector(corop == 0 ? p.corop : corop, -1);
    }
    o.sectors = {std::string(kTopsectors[static_cast<std::size_t>(sector)])};
    std::string place;
    std::string legal;
    if (corop != 0) {
      const auto mun = municipalities(corop);
      place = std::string(rng_.bernoulli(0.4) ? mun[0] : mun[rng_.below(mun.size())]);
      o.location = nl_location(place, corop);
      for (;;) {
        const std::uint64_t k = rng_.below(100000000);
        if (k < 1000000) continue;  // keep at most one leading zero, as in issued KvK numbers
        if (!kvk_used_.insert(k).second) continue;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%08llu", static_cast<unsigned long long>(k));
        o.kvk = buf;
        break;
      }
      constexpr std::string_view forms[] = {"B.V.", "", "Groep B.V.", "& Zn.", "Holding B.V."};
      constexpr double form_w[] = {0.6, 0.15, 0.1, 0.05, 0.1};
      legal = std::string(forms[rng_.weighted(form_w)]);
    } else {
      const auto& fc = foreign_countries()[country];
      std::size_t n_cities = 0;
      for (auto c : fc.cities) n_cities += c.empty() ? 0 : 1;
      place = std::string(fc.cities[rng_.below(n_cities)]);
      o.location.municipality = place;
      o.location.country = std::string(fc.iso2);
      legal = std::string(fc.legal_form);
    }
    const auto heads = company_name_heads();
    const auto words = company_name_words(sector);
    std::string name = std::string(heads[rng_.below(heads.size())]) + " " + std::string(words[rng_.below(words.size())]);
    if (!legal.empty()) name += " " + legal;
    o.name = unique_name(std::move(name), company_names_, place);
    constexpr std::string_view sizes[] = {"micro", "small", "medium", "large"};
    constexpr double size_w[] = {0.40, 0.32, 0.18, 0.10};
    o.extra.emplace_back("size_class", std::string(sizes[rng_.weighted(size_w)]));
    return new_org(std::move(o), corop);
  }

  std::size_t reuse_company(std::size_t plan, const std::vector<std::size_t>& pool) {
    if (pool.empty()) return kNone;
    for (int attempt = 0; attempt < 8; ++attempt) {
      const std::size_t org = pool[rng_.below(pool.size())];
      if (!has_member(plan, org)) return org;
    }
    return kNone;
  }

  void fill_companies() {
    long long slots = 0;
    for (const Plan& p : plans_) slots += p.partners + 1 - static_cast<long long>(p.institutions);
    const double share_of_base =
        static_cast<double>(plans_.size()) / static_cast<double>(kKatapultMboInitiatives + kKatapultCoEs);
    long long reuse_left =
        std::clamp(slots - std::llround(kKatapultDistinctCompanies * share_of_base), 0LL, slots / 2);
    long long slots_left = slots;

    std::array<double, 41> target{};
    std::array<long long, 41> achieved{};
    std::array<std::vector<std::size_t>, 41> pool_nl;          // one entry per participation: reuse ~ degree
    std::vector<std::vector<std::size_t>> pool_abroad(foreign_countries().size());

    std::vector<std::size_t> order(plans_.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    rng_.shuffle(order);
    for (std::size_t i : order) {
      Plan& p = plans_[i];
      const std::uint8_t c = p.corop;
      const long long companies = p.partners + 1 - static_cast<long long>(p.institutions);
      const long long members_total = p.partners + 1;
      long long inst_regional = 0;
      for (const auto& m : p.members) inst_regional += regional(c, orgs_[m.org].corop) ? 1 : 0;
      // Error diffusion: the pooled regional share of the home region follows its target exactly (+-1).
      target[c] += regional_share_target(c) * static_cast<double>(members_total);
      const long long want = std::llround(target[c]) - achieved[c];
      const long long comp_regional = std::clamp(want - inst_regional, 0LL, companies);
      achieved[c] += inst_regional + comp_regional;

      for (long long k = 0; k < companies; ++k) {
        std::uint8_t where = 0;
        std::size_t country = 0;
        if (k < comp_regional) {
          where = regional_corop(c);
        } else if (rng_.bernoulli(international_share_target(c))) {
          country = foreign_country(c);
        } else {
          where = supra_regional_corop(c);
        }
        auto& pool = where != 0 ? pool_nl[where] : pool_abroad[country];
        std::size_t org = kNone;
        const bool reuse = reuse_left > 0 && static_cast<long long>(rng_.below(static_cast<std::uint64_t>(slots_left))) < reuse_left;
        if (reuse) org = reuse_company(i, pool);
        if (org != kNone) {
          --reuse_left;
          pool.push_back(org);
        } else {
          org = new_company(p, where, country);
          // Reuse picks uniformly from the pool, so a company is chosen in proportion to its entries: one per
          // participation, plus a head start for large (4) and medium-sized (1) companies, which become the
          // hubs that take part in several initiatives.
          const auto& size = orgs_[org].rec.extra.front().second;
          const int entries = 1 + (size == "large" ? 4 : size == "medium" ? 1 : 0);
          for (int e = 0; e < entries; ++e) pool.push_back(org);
        }
        --slots_left;
        add_member(i, org, Role::partner, true);
      }
    }
  }

  // ---- one connected network ------------------------------------------------------------------
  static std::size_t find_root(std::vector<std::size_t>& parent, std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }

  /// An initiative whose lead and partners are used nowhere else would form its own component. For each
  /// initiative outside the component with the most initiatives, one company partner is swapped for a
  /// company of that component in the same COROP region (or country), or failing that one with the same
  /// regional status, so regional shares do not change. Rare at scale 1 (an AOC- or ROC-led initiative
  /// without hbo partner in a region with one initiative); the whole network is then one component.
  void connect_components() {
    const std::size_t np = plans_.size();
    std::vector<std::size_t> parent(np + orgs_.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    std::vector<int> uses(orgs_.size(), 0);
    for (std::size_t i = 0; i < np; ++i)
      for (const auto& m : plans_[i].members) {
        ++uses[m.org];
        parent[find_root(parent, i)] = find_root(parent, np + m.org);
      }
    std::vector<std::size_t> count(parent.size(), 0);
    for (std::size_t i = 0; i < np; ++i) ++count[find_root(parent, i)];
    const std::size_t giant =
        static_cast<std::size_t>(std::max_element(count.begin(), count.end()) - count.begin());
    for (std::size_t i = 0; i < np; ++i) {
      if (find_root(parent, i) == find_root(parent, giant)) continue;
      auto& members = plans_[i].members;
      for (std::size_t k = members.size(); k-- > 0;) {
        if (!members[k].company) continue;
        const std::size_t old = members[k].org;
        // Same COROP region (or country) first; else any company with the same regional status, which
        // leaves the home region's regional share unchanged (only happens in tiny networks).
        std::vector<std::size_t> candidates;
        const bool old_regional = regional(plans_[i].corop, orgs_[old].corop);
        for (int pass = 0; pass < 2 && candidates.empty(); ++pass) {
          for (std::size_t o = 0; o < orgs_.size(); ++o) {
            if (orgs_[o].dropped || orgs_[o].rec.type != OrganisationType::company || uses[o] == 0) continue;
            if (pass == 0 && (orgs_[o].corop != orgs_[old].corop ||
                              orgs_[o].rec.location.country != orgs_[old].rec.location.country))
              continue;
            if (pass == 1 && regional(plans_[i].corop, orgs_[o].corop) != old_regional) continue;
            if (find_root(parent, np + o) != find_root(parent, giant) || has_member(i, o)) continue;
            candidates.push_back(o);
          }
        }
        if (candidates.empty()) continue;
        const std::size_t replacement = candidates[rng_.below(candidates.size())];
        members[k].org = replacement;
        ++uses[replacement];
        if (--uses[old] == 0) orgs_[old].dropped = true;
        parent[find_root(parent, i)] = find_root(parent, giant);
        break;
      }
    }
  }

  // ---- initiative attributes -------------------------------------------------------------------
  void add_initiative_extras() {
    const double share_of_base =
        static_cast<double>(plans_.size()) / static_cast<double>(kKatapultMboInitiatives + kKatapultCoEs);
    std::vector<double> sw, tw;
    for (const Plan& p : plans_) {
      sw.push_back(static_cast<double>(p.partners) * rng_.lognormal(0.0, 0.5));
      tw.push_back(sw.back() * rng_.lognormal(0.0, 0.3));
    }
    // Katapult 2019: 84,000 students and 5,000 teachers reached; core teams of 1-14 people, mean 5.
    const std::vector<long long> min_students(plans_.size(), 10), min_teachers(plans_.size(), 1);
    const long long students = std::max<long long>(std::llround(84000 * share_of_base), 10LL * static_cast<long long>(plans_.size()));
    const long long teachers = std::max<long long>(std::llround(5000 * share_of_base), static_cast<long long>(plans_.size()));
    const auto s = allocate_largest_remainder(students, sw, min_students);
    const auto t = allocate_largest_remainder(teachers, tw, min_teachers);
    for (std::size_t i = 0; i < plans_.size(); ++i) {
      const auto core = 1 + std::min<std::uint64_t>(13, rng_.geometric(0.2));
      plans_[i].rec.extra = {{"students", std::to_string(s[i])},
                             {"teachers", std::to_string(t[i])},
                             {"core_team", std::to_string(core)}};
    }
  }

  // ---- participations and the graph ------------------------------------------------------------
  model::PartnerGraph build(model::Diagnostics& diagnostics) {
    model::GraphBuilder b(diagnostics);
    const model::SourceRef where{"builtin:katapult", 0};
    for (const Plan& p : plans_) b.add_initiative(p.rec, where);
    for (const Org& o : orgs_)
      if (!o.dropped) b.add_organisation(o.rec, where);
    for (const Plan& p : plans_) {
      const int start = *p.rec.start_year;
      for (const Member& m : p.members) {
        model::ParticipationRecord r;
        r.initiative_id = p.rec.id;
        r.organisation_id = orgs_[m.org].rec.id;
        r.role = m.role;
        if (m.role == Role::lead) {
          r.year = start;
        } else {
          r.year = start + static_cast<int>(std::min<std::uint64_t>(rng_.geometric(m.company ? 0.5 : 0.6),
                                                                   static_cast<std::uint64_t>(kLastYear - start)));
        }
        if (m.company && rng_.bernoulli(0.4)) {
          const double eur = std::max(500.0, 100.0 * std::round(rng_.lognormal(std::log(8000.0), 0.9) / 100.0));
          r.contribution_eur = eur;
          if (eur >= 25000) r.role = Role::cofunder;
        }
        const int year = *r.year;
        b.add_participation(r, where);
        // Some partners are listed again in a later year (folded into the same edge, weight 2).
        if (m.role != Role::lead && year < kLastYear && rng_.bernoulli(0.15)) {
          r.year = year + 1 + static_cast<int>(rng_.below(static_cast<std::uint64_t>(kLastYear - year)));
          r.contribution_eur.reset();
          b.add_participation(r, where);
        }
      }
    }
    return b.build();
  }

  Rng rng_;
  double scale_;
  std::array<std::vector<std::uint8_t>, 41> neighbours_;
  std::array<std::uint8_t, 41> province_of_{};
  std::vector<Plan> plans_;
  std::vector<Org> orgs_;
  std::vector<std::size_t> he_orgs_ = std::vector<std::size_t>(higher_education().size(), kNone);
  std::array<std::size_t, 41> roc_orgs_ = filled();
  std::array<std::size_t, 12> aoc_orgs_ = filled12();
  std::array<std::size_t, 12> province_orgs_ = filled12();
  std::vector<std::size_t> other_orgs_ = std::vector<std::size_t>(other_organisations().size(), kNone);
  std::unordered_map<std::string, std::size_t> municipality_orgs_;
  std::unordered_set<std::uint64_t> kvk_used_;
  std::unordered_set<std::string> company_names_;
  long long companies_ = 0;

  static std::array<std::size_t, 41> filled() {
    std::array<std::size_t, 41> a;
    a.fill(kNone);
    return a;
  }
  static std::array<std::size_t, 12> filled12() {
    std::array<std::size_t, 12> a;
    a.fill(kNone);
    return a;
  }
};

constexpr ProvinceInitiatives kProvinceTable[] = {
    {20, 8}, {21, 9}, {22, 8}, {23, 11}, {24, 7}, {25, 17}, {26, 9}, {27, 19}, {28, 23}, {29, 8}, {30, 60}, {31, 12},
};

}  // namespace

std::span<const ProvinceInitiatives> katapult_initiatives_per_province() { return kProvinceTable; }

model::PartnerGraph generate_katapult(const KatapultOptions& options, model::Diagnostics& diagnostics) {
  if (!std::isfinite(options.scale) || options.scale <= 0.0 || options.scale > 50.0)
    throw std::invalid_argument("generate_katapult: scale must be in (0, 50], got " + std::to_string(options.scale));
  Generator g(options);
  return g.run(diagnostics);
}

std::string default_dataset_description() {
  return "The built-in dataset is synthetic: a deterministic network shaped like the Dutch Katapult network of "
         "public-private partnerships in vocational education, calibrated to the Katapult PPS impact measurement "
         "2019 (152 mbo initiatives and 39 Centres of Expertise; about 49 and 67 partners each, heavy-tailed; "
         "9,450 distinct companies; 7 (Flevoland) to 60 (Noord-Brabant) initiatives per province; "
         "80-95% of partners from the own or a neighbouring COROP region in some regions and 40-47% in others; "
         "up to 7% international partners; a quarter of the mbo initiatives without an hbo partner; Inholland, "
         "Fontys, Hogeschool Rotterdam and Zuyd as the hogescholen mbo initiatives name most). The hogescholen "
         "and universities (DUO register, BRIN codes), municipalities, COROP regions and provinces are real; the "
         "initiatives, ROCs, companies and all partnerships are invented (docs/generator.md).";
}

}  // namespace ppsnet::synth
