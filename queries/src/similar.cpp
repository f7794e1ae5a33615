#include "ppsnet/query/similar.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <cmath>
#include <map>
#include <stdexcept>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/util/parallel.hpp"

namespace ppsnet::query {

using model::NodeId;
using model::PartnerGraph;

std::string_view to_string(RegionRelation r) {
  switch (r) {
    case RegionRelation::same_corop: return "same-corop";
    case RegionRelation::neighbouring_corop: return "neighbouring-corop";
    case RegionRelation::same_province: return "same-province";
    case RegionRelation::same_country: return "same-country";
    case RegionRelation::other: return "other";
    case RegionRelation::unknown: return "unknown";
  }
  return "?";
}

double region_score(RegionRelation r) {
  switch (r) {
    case RegionRelation::same_corop: return 1.0;
    case RegionRelation::neighbouring_corop: return 0.75;
    case RegionRelation::same_province: return 0.5;
    case RegionRelation::same_country: return 0.25;
    default: return 0.0;
  }
}

namespace {

std::uint8_t province_of(const model::Location& l) {
  if (l.province != 0) return l.province;
  if (l.corop != 0) {
    if (const auto* c = geo::find_corop(l.corop)) return c->province;
  }
  return 0;
}

std::string country_of(const model::Location& l) {
  if (!l.country.empty()) return l.country;
  if (l.corop != 0 || l.province != 0) return "NL";
  return {};
}

}  // namespace

RegionRelation region_relation(const model::Location& a, const model::Location& b) {
  const std::string ca = country_of(a), cb = country_of(b);
  if (ca.empty() || cb.empty()) return RegionRelation::unknown;
  if (a.corop != 0 && a.corop == b.corop) return RegionRelation::same_corop;
  if (a.corop != 0 && b.corop != 0 && geo::corop_neighbours(a.corop, b.corop)) {
    return RegionRelation::neighbouring_corop;
  }
  const auto pa = province_of(a), pb = province_of(b);
  if (pa != 0 && pa == pb) return RegionRelation::same_province;
  if (ca == cb) return RegionRelation::same_country;
  return RegionRelation::other;
}

namespace {

// Everything that does not depend on the query initiative, computed once.
struct Context {
  const PartnerGraph& g;
  SimilarityOptions opt;
  std::size_t ni = 0;
  std::vector<std::uint32_t> partner_degree;  // per organisation index: d_w
  std::vector<char> kept;                     // per organisation index: 1 unless capped
  std::vector<std::uint32_t> kept_degree;     // per initiative: |N(u)| after the cap
  std::vector<std::vector<int>> sectors;      // per initiative: sorted sector ids
  std::vector<model::InitiativeKind> kind;    // per initiative
  // Per initiative: COROP, province (from the COROP when missing), country id (-1 unknown; NL when Dutch codes).
  struct Place {
    std::uint8_t corop = 0, province = 0;
    int country = -1;
  };
  std::vector<Place> place;
  SimilarityStats stats;

  Context(const PartnerGraph& graph, const SimilarityOptions& o) : g(graph), opt(o), ni(graph.num_initiatives()) {
    if (!(opt.partner_weight >= 0.0 && opt.partner_weight <= 1.0)) {
      throw std::invalid_argument("similarity: partner_weight must be in [0, 1]");
    }
    const auto& csr = g.graph();
    const std::size_t no = g.num_organisations();
    partner_degree.resize(no);
    kept.assign(no, 1);
    for (std::size_t i = 0; i < no; ++i) {
      const auto d = csr.degree(g.organisation_node(i));
      partner_degree[i] = static_cast<std::uint32_t>(d);
      stats.largest_partner_degree = std::max(stats.largest_partner_degree, d);
      if (opt.max_partner_degree != 0 && d > opt.max_partner_degree) {
        kept[i] = 0;
        ++stats.capped_partners;
      } else {
        stats.two_paths += static_cast<std::uint64_t>(d) * d;
      }
    }
    kept_degree.assign(ni, 0);
    std::map<std::string, int> sector_ids;
    sectors.resize(ni);
    kind.resize(ni);
    place.resize(ni);
    std::map<std::string, int> country_ids;
    for (NodeId u = 0; u < ni; ++u) {
      const auto& loc = g.initiative(u).location;
      kind[u] = g.initiative(u).kind;
      const std::string country = country_of(loc);
      place[u].corop = loc.corop;
      place[u].province = province_of(loc);
      if (!country.empty()) {
        place[u].country = country_ids.emplace(country, static_cast<int>(country_ids.size())).first->second;
      }
      for (NodeId w : csr.neighbours(u)) {
        const std::size_t o = w - ni;
        if (!kept[o]) continue;
        ++kept_degree[u];
      }
      for (const auto& s : g.initiative(u).sectors) {
        const auto it = sector_ids.emplace(s, static_cast<int>(sector_ids.size())).first;
        sectors[u].push_back(it->second);
      }
      std::sort(sectors[u].begin(), sectors[u].end());
      sectors[u].erase(std::unique(sectors[u].begin(), sectors[u].end()), sectors[u].end());
    }
  }

  // Same rules as region_relation(), on the precomputed places.
  RegionRelation relation(NodeId u, NodeId v) const {
    const Place& a = place[u];
    const Place& b = place[v];
    if (a.country < 0 || b.country < 0) return RegionRelation::unknown;
    if (a.corop != 0 && a.corop == b.corop) return RegionRelation::same_corop;
    if (a.corop != 0 && b.corop != 0 && geo::corop_neighbours(a.corop, b.corop)) {
      return RegionRelation::neighbouring_corop;
    }
    if (a.province != 0 && a.province == b.province) return RegionRelation::same_province;
    if (a.country == b.country) return RegionRelation::same_country;
    return RegionRelation::other;
  }

  double sector_jaccard(NodeId u, NodeId v) const {
    const auto& a = sectors[u];
    const auto& b = sectors[v];
    if (a.empty() && b.empty()) return 0.0;
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
      if (a[i] < b[j]) {
        ++i;
      } else if (b[j] < a[i]) {
        ++j;
      } else {
        ++common, ++i, ++j;
      }
    }
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
  }
};

// Per-thread scratch: dense accumulators over initiatives plus the list of touched entries.
struct Scratch {
  std::vector<std::uint32_t> count;
  std::vector<double> aa, ra;
  std::vector<NodeId> touched;
  explicit Scratch(std::size_t ni) : count(ni, 0), aa(ni, 0.0), ra(ni, 0.0) {}
};

std::vector<SimilarInitiative> query_one(const Context& c, NodeId u, Scratch& s) {
  const auto& csr = c.g.graph();
  const std::size_t ni = c.ni;
  // Accumulate over u's partners w in increasing node id order, so that (u,v) and (v,u) sum the same terms in the
  // same order (bitwise symmetric scores).
  for (NodeId w : csr.neighbours(u)) {
    const std::size_t o = w - ni;
    if (!c.kept[o]) continue;
    const double d = c.partner_degree[o];
    const double aa = d >= 2 ? 1.0 / std::log(d) : 0.0;
    const double ra = 1.0 / d;
    for (NodeId v : csr.neighbours(w)) {
      if (v == u) continue;
      if (s.count[v] == 0) s.touched.push_back(v);
      ++s.count[v];
      s.aa[v] += aa;
      s.ra[v] += ra;
    }
  }
  // Rank on a light record first; the full result (with evidence) is built for the top k only.
  struct Cand {
    NodeId v;
    std::uint32_t count;
    double index;
    double attribute;
    double score;
  };
  std::vector<Cand> cands;
  cands.reserve(s.touched.size());
  double best = 0;
  for (NodeId v : s.touched) {
    const double cnt = s.count[v];
    const double du = c.kept_degree[u], dv = c.kept_degree[v];
    double index = 0;
    switch (c.opt.partner_index) {
      case PartnerIndex::jaccard: index = cnt / (du + dv - cnt); break;
      case PartnerIndex::cosine: index = cnt / std::sqrt(du * dv); break;
      case PartnerIndex::adamic_adar: index = s.aa[v]; break;
      case PartnerIndex::resource_allocation: index = s.ra[v]; break;
    }
    best = std::max(best, index);
    const double attribute =
        (c.sector_jaccard(u, v) + region_score(c.relation(u, v)) + (c.kind[u] == c.kind[v] ? 1.0 : 0.0)) / 3.0;
    cands.push_back({v, s.count[v], index, attribute, 0.0});
  }
  const double pw = c.opt.partner_weight;
  for (auto& x : cands) x.score = pw * (best > 0 ? x.index / best : 0.0) + (1.0 - pw) * x.attribute;
  const std::size_t k = c.opt.top_k == 0 ? cands.size() : std::min(c.opt.top_k, cands.size());
  std::partial_sort(cands.begin(), cands.begin() + static_cast<std::ptrdiff_t>(k), cands.end(),
                    [](const Cand& a, const Cand& b) {
                      if (a.score != b.score) return a.score > b.score;
                      if (a.count != b.count) return a.count > b.count;
                      return a.v < b.v;
                    });
  std::vector<SimilarInitiative> out(k);
  const auto& iu = c.g.initiative(u);
  for (std::size_t i = 0; i < k; ++i) {
    const Cand& x = cands[i];
    auto& r = out[i];
    const NodeId v = x.v;
    r.initiative = v;
    r.shared_partners = x.count;
    const double cnt = x.count;
    const double du = c.kept_degree[u], dv = c.kept_degree[v];
    r.jaccard = cnt / (du + dv - cnt);
    r.cosine = cnt / std::sqrt(du * dv);
    r.adamic_adar = s.aa[v];
    r.resource_allocation = s.ra[v];
    r.partner_score = best > 0 ? x.index / best : 0.0;
    r.attribute_score = x.attribute;
    r.score = x.score;
    r.sector_jaccard = c.sector_jaccard(u, v);
    r.region = c.relation(u, v);
    r.same_kind = c.kind[u] == c.kind[v];
  }
  for (NodeId v : s.touched) {
    s.count[v] = 0;
    s.aa[v] = 0;
    s.ra[v] = 0;
  }
  s.touched.clear();
  // Evidence only for the kept results: shared partners (merge of sorted neighbour lists), shared sectors.
  for (auto& r : out) {
    const auto a = csr.neighbours(u);
    const auto b = csr.neighbours(r.initiative);
    std::vector<NodeId> shared;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
    std::erase_if(shared, [&](NodeId w) { return !c.kept[w - ni]; });
    std::stable_sort(shared.begin(), shared.end(), [&](NodeId x, NodeId y) {
      return c.partner_degree[x - ni] < c.partner_degree[y - ni];
    });
    if (shared.size() > c.opt.evidence_partners) shared.resize(c.opt.evidence_partners);
    r.evidence = std::move(shared);
    const auto& sv = c.g.initiative(r.initiative).sectors;
    for (const auto& sec : iu.sectors) {
      if (std::find(sv.begin(), sv.end(), sec) != sv.end()) r.shared_sectors.push_back(sec);
    }
  }
  return out;
}

}  // namespace

std::vector<SimilarInitiative> similar_initiatives(const PartnerGraph& g, NodeId u, const SimilarityOptions& opt,
                                                   SimilarityStats* stats) {
  if (!g.is_initiative(u)) throw std::invalid_argument("similar_initiatives: node is not an initiative");
  Context c(g, opt);
  Scratch s(c.ni);
  auto out = query_one(c, u, s);
  if (stats) *stats = c.stats;
  return out;
}

std::vector<std::vector<SimilarInitiative>> all_similar_initiatives(const PartnerGraph& g,
                                                                    const SimilarityOptions& opt,
                                                                    SimilarityStats* stats) {
  Context c(g, opt);
  std::vector<std::vector<SimilarInitiative>> result(c.ni);
  // Chunks of 64 initiatives; each query writes only its own result[u].
  constexpr std::size_t kChunk = 64;
  util::for_each_block(
      (c.ni + kChunk - 1) / kChunk, opt.threads, [&] { return Scratch(c.ni); },
      [&](std::size_t chunk, Scratch& s) {
        const std::size_t end = std::min(c.ni, (chunk + 1) * kChunk);
        for (std::size_t u = chunk * kChunk; u < end; ++u) result[u] = query_one(c, static_cast<NodeId>(u), s);
      });
  if (stats) *stats = c.stats;
  return result;
}

namespace {

std::vector<TableColumn> result_columns(bool with_initiative) {
  std::vector<TableColumn> cols;
  if (with_initiative) cols.push_back({"Initiative", "initiative_id", 0, true});
  cols.push_back({"#", "rank", 0, true});
  cols.push_back({"Similar initiative", "similar_id", 0, true});
  cols.push_back({"Name", "similar_name", 0, !with_initiative});
  cols.push_back({"Score", "score", 3, true});
  cols.push_back({"Partner score", "partner_score", 3, true});
  cols.push_back({"Attribute score", "attribute_score", 3, false});
  cols.push_back({"Shared partners", "shared_partners", 0, true});
  cols.push_back({"Jaccard", "jaccard", 3, false});
  cols.push_back({"Cosine", "cosine", 3, false});
  cols.push_back({"Adamic-Adar", "adamic_adar", 3, false});
  cols.push_back({"Resource allocation", "resource_allocation", 4, false});
  cols.push_back({"Shared sectors", "shared_sectors", 0, true});
  cols.push_back({"Region", "region", 0, true});
  cols.push_back({"Same kind", "same_kind", 0, false});
  cols.push_back({"Shared partners (rarest first)", "evidence", 0, true});
  return cols;
}

std::string join(const std::vector<std::string>& parts) {
  std::string s;
  for (const auto& p : parts) {
    if (!s.empty()) s += "; ";
    s += p;
  }
  return s;
}

void add_rows(Table& t, const PartnerGraph& g, NodeId u, const std::vector<SimilarInitiative>& results,
              bool with_initiative) {
  std::size_t rank = 0;
  for (const auto& r : results) {
    std::vector<TableCell> row;
    if (with_initiative) row.push_back(TableCell::of_text(g.external_id(u)));
    row.push_back(TableCell::of_integer(static_cast<std::int64_t>(++rank)));
    row.push_back(TableCell::of_text(g.external_id(r.initiative)));
    row.push_back(TableCell::of_text(g.initiative(r.initiative).name));
    row.push_back(TableCell::of_number(r.score));
    row.push_back(TableCell::of_number(r.partner_score));
    row.push_back(TableCell::of_number(r.attribute_score));
    row.push_back(TableCell::of_integer(static_cast<std::int64_t>(r.shared_partners)));
    row.push_back(TableCell::of_number(r.jaccard));
    row.push_back(TableCell::of_number(r.cosine));
    row.push_back(TableCell::of_number(r.adamic_adar));
    row.push_back(TableCell::of_number(r.resource_allocation));
    row.push_back(TableCell::of_text(join(r.shared_sectors)));
    row.push_back(TableCell::of_text(std::string(to_string(r.region))));
    row.push_back(TableCell::of_text(r.same_kind ? "yes" : "no"));
    std::vector<std::string> names;
    for (NodeId w : r.evidence) names.push_back(g.label(w));
    row.push_back(TableCell::of_text(join(names)));
    t.rows.push_back(std::move(row));
  }
}

std::string score_note(const SimilarityOptions& opt) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", opt.partner_weight);
  std::string pw = buf;
  std::snprintf(buf, sizeof buf, "%.2f", 1.0 - opt.partner_weight);
  return "Score = " + pw + " x partner score (" + std::string(to_string(opt.partner_index)) +
         ", divided by the best match's) + " + buf +
         " x attribute score (mean of shared-sector Jaccard, region closeness and same kind). Only initiatives "
         "sharing at least one partner are listed; shared partners are listed rarest first (docs/recommendations.md).";
}

}  // namespace

Table similar_table(const PartnerGraph& g, NodeId u, const std::vector<SimilarInitiative>& results,
                    const SimilarityOptions& opt) {
  Table t;
  t.name = "similar";
  t.title = "Initiatives most similar to " + g.external_id(u) +
            (g.initiative(u).name.empty() ? std::string() : " (" + g.initiative(u).name + ")");
  t.note = score_note(opt);
  t.columns = result_columns(false);
  add_rows(t, g, u, results, false);
  return t;
}

Table all_similar_table(const PartnerGraph& g, const std::vector<std::vector<SimilarInitiative>>& results,
                        const SimilarityOptions& opt, const SimilarityStats& stats) {
  Table t;
  t.name = "similar_all";
  t.title = "Most similar initiatives, for every initiative";
  t.note = score_note(opt);
  if (opt.max_partner_degree != 0) {
    t.note += " Hub cap: " + std::to_string(stats.capped_partners) + " organisations taking part in more than " +
              std::to_string(opt.max_partner_degree) + " initiatives were left out.";
  }
  t.columns = result_columns(true);
  for (std::size_t u = 0; u < results.size(); ++u) add_rows(t, g, static_cast<NodeId>(u), results[u], true);
  return t;
}

}  // namespace ppsnet::query
