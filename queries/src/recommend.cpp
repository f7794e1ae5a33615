#include "ppsnet/query/recommend.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/util/random.hpp"

namespace ppsnet::query {

using model::NodeId;
using model::OrganisationType;
using model::PartnerGraph;

std::vector<RecommendScorer> all_recommend_scorers() {
  return {RecommendScorer::random_walk, RecommendScorer::paths,      RecommendScorer::l3,
          RecommendScorer::similar_neighbours, RecommendScorer::popularity, RecommendScorer::random};
}


namespace {

void check_options(const PartnerGraph& g, NodeId u, const RecommendOptions& opt) {
  if (!g.is_initiative(u)) throw std::invalid_argument("recommend: node is not an initiative");
  if (!(opt.restart > 0.0 && opt.restart <= 1.0)) throw std::invalid_argument("recommend: restart must be in (0, 1]");
  if (opt.max_iterations == 0) throw std::invalid_argument("recommend: max_iterations must be >= 1");
  if (!(opt.tolerance > 0.0)) throw std::invalid_argument("recommend: tolerance must be > 0");
}

std::vector<double> random_walk_scores(const PartnerGraph& g, NodeId u, const RecommendOptions& opt) {
  const auto& csr = g.graph();
  const std::size_t n = g.num_nodes();
  std::vector<double> r(n, 0.0), next(n, 0.0);
  r[u] = 1.0;
  const double a = opt.restart;
  for (std::size_t it = 0; it < opt.max_iterations; ++it) {
    std::fill(next.begin(), next.end(), 0.0);
    double lost = 0;  // mass at nodes without neighbours
    for (NodeId x = 0; x < n; ++x) {
      if (r[x] == 0.0) continue;
      const auto nb = csr.neighbours(x);
      if (nb.empty()) {
        lost += r[x];
        continue;
      }
      const double share = (1.0 - a) * r[x] / static_cast<double>(nb.size());
      for (NodeId y : nb) next[y] += share;
    }
    next[u] += a + (1.0 - a) * lost;
    double change = 0;
    for (std::size_t x = 0; x < n; ++x) change += std::abs(next[x] - r[x]);
    r.swap(next);
    if (change < opt.tolerance) break;
  }
  return r;
}

void path_scores(const PartnerGraph& g, NodeId u, bool normalised, std::vector<double>& s) {
  const auto& csr = g.graph();
  for (NodeId w : csr.neighbours(u)) {
    const double dw = static_cast<double>(csr.degree(w));
    for (NodeId i : csr.neighbours(w)) {
      if (i == u) continue;
      // 2-path u-w-i: initiative i.
      s[i] += normalised ? 1.0 / dw : 1.0;
      const double weight = normalised ? 1.0 / std::sqrt(dw * static_cast<double>(csr.degree(i))) : 1.0;
      for (NodeId o : csr.neighbours(i)) s[o] += weight;  // 3-path u-w-i-o
    }
  }
}

}  // namespace

std::vector<double> node_scores(const PartnerGraph& g, NodeId u, RecommendScorer scorer,
                                const RecommendOptions& opt) {
  check_options(g, u, opt);
  const std::size_t n = g.num_nodes();
  std::vector<double> s(n, 0.0);
  switch (scorer) {
    case RecommendScorer::random_walk: return random_walk_scores(g, u, opt);
    case RecommendScorer::paths: path_scores(g, u, false, s); break;
    case RecommendScorer::l3: path_scores(g, u, true, s); break;
    case RecommendScorer::similar_neighbours: {
      const auto sims = similar_initiatives(g, u, opt.similarity);
      for (const auto& r : sims) {
        s[r.initiative] += r.score;
        for (NodeId o : g.graph().neighbours(r.initiative)) s[o] += r.score;
      }
      break;
    }
    case RecommendScorer::popularity:
      for (NodeId v = 0; v < n; ++v) s[v] = static_cast<double>(g.graph().degree(v));
      break;
    case RecommendScorer::random:
      for (NodeId v = 0; v < n; ++v) {
        s[v] = util::unit_interval(util::hash64(opt.seed ^ util::hash64((static_cast<std::uint64_t>(u) << 32) | v)));
      }
      break;
  }
  return s;
}

namespace {

struct Candidate {
  NodeId org = model::kNoNode;   // organisation node
  NodeId init = model::kNoNode;  // initiative node (target initiative, or the CoE initiative)
};

bool org_matches(RecommendTarget t, OrganisationType type) {
  switch (t) {
    case RecommendTarget::coe: return type == OrganisationType::coe;
    case RecommendTarget::hogeschool: return type == OrganisationType::hogeschool;
    case RecommendTarget::university: return type == OrganisationType::university;
    case RecommendTarget::mbo_school: return type == OrganisationType::mbo_school;
    case RecommendTarget::company: return type == OrganisationType::company;
    case RecommendTarget::organisation: return true;
    case RecommendTarget::initiative: return false;
  }
  return false;
}

bool in_scope(RegionScope scope, RegionRelation r) {
  switch (scope) {
    case RegionScope::any: return true;
    case RegionScope::same_corop: return r == RegionRelation::same_corop;
    case RegionScope::neighbouring: return r == RegionRelation::same_corop || r == RegionRelation::neighbouring_corop;
    case RegionScope::province: return r <= RegionRelation::same_province;
    case RegionScope::country: return r <= RegionRelation::same_country;
  }
  return false;
}

bool has(std::span<const NodeId> sorted, NodeId x) { return std::binary_search(sorted.begin(), sorted.end(), x); }

// Sectors a candidate is active in: its organisation's own sectors, the sectors of the initiatives its organisation
// takes part in, and its initiative's sectors.
std::set<std::string> active_sectors(const PartnerGraph& g, const Candidate& c) {
  std::set<std::string> out;
  if (c.org != model::kNoNode) {
    for (const auto& s : g.organisation(c.org).sectors) out.insert(s);
    for (NodeId i : g.graph().neighbours(c.org)) {
      for (const auto& s : g.initiative(i).sectors) out.insert(s);
    }
  }
  if (c.init != model::kNoNode) {
    for (const auto& s : g.initiative(c.init).sectors) out.insert(s);
  }
  return out;
}

const model::Location& location_of(const PartnerGraph& g, const Candidate& c) {
  if (c.org != model::kNoNode) {
    const auto& l = g.organisation(c.org).location;
    if (c.init == model::kNoNode || l.corop != 0 || l.province != 0 || !l.country.empty()) return l;
  }
  return g.initiative(c.init).location;
}

std::string join_names(const PartnerGraph& g, const std::vector<NodeId>& nodes) {
  std::string s;
  for (NodeId v : nodes) {
    if (!s.empty()) s += ", ";
    s += g.label(v);
  }
  return s;
}

std::string region_reason(const PartnerGraph& g, RegionRelation r, const model::Location& l) {
  auto corop_name = [&]() -> std::string {
    const auto* c = geo::find_corop(l.corop);
    return c ? " (" + std::string(c->name) + ")" : std::string();
  };
  (void)g;
  switch (r) {
    case RegionRelation::same_corop: return "in your COROP region" + corop_name();
    case RegionRelation::neighbouring_corop: return "in a neighbouring region" + corop_name();
    case RegionRelation::same_province: return "in your province";
    case RegionRelation::same_country: return "in your country";
    default: return {};
  }
}

}  // namespace

RecommendResult recommend(const PartnerGraph& g, NodeId u, const RecommendOptions& opt) {
  check_options(g, u, opt);
  const auto& csr = g.graph();
  const std::size_t ni = g.num_initiatives();
  RecommendResult res;
  res.initiative = u;

  // 1. Candidates of the target type.
  std::vector<Candidate> cands;
  if (opt.target == RecommendTarget::initiative) {
    for (NodeId i = 0; i < ni; ++i) cands.push_back({model::kNoNode, i});
  } else {
    std::vector<char> coe_has_org(ni, 0);
    for (std::size_t k = 0; k < g.num_organisations(); ++k) {
      const NodeId o = g.organisation_node(k);
      const auto& org = g.organisation(o);
      if (!org_matches(opt.target, org.type)) continue;
      Candidate c{o, model::kNoNode};
      if (opt.target == RecommendTarget::coe && !org.initiative_id.empty()) {
        if (auto i = g.find_initiative(org.initiative_id)) {
          c.init = *i;
          coe_has_org[*i] = 1;
        }
      }
      cands.push_back(c);
    }
    if (opt.target == RecommendTarget::coe) {
      for (NodeId i = 0; i < ni; ++i) {
        if (g.initiative(i).kind == model::InitiativeKind::coe && !coe_has_org[i]) cands.push_back({model::kNoNode, i});
      }
    }
  }
  res.candidates = cands.size();

  // 2. Remove what u is linked to already.
  std::set<NodeId> linked_initiatives{u};
  for (const auto& l : g.initiative_links()) {
    if (l.from == u) linked_initiatives.insert(l.to);
    if (l.to == u) linked_initiatives.insert(l.from);
  }
  const auto partners = csr.neighbours(u);
  std::set<NodeId> excluded;
  for (const auto& id : opt.exclude) {
    if (auto v = g.find_organisation(id)) excluded.insert(*v);
    if (auto v = g.find_initiative(id)) excluded.insert(*v);
  }
  const auto& iu = g.initiative(u);
  std::vector<Candidate> kept;
  for (const auto& c : cands) {
    const bool linked = (c.org != model::kNoNode && has(partners, c.org)) ||
                        (c.init != model::kNoNode && linked_initiatives.count(c.init));
    if (linked) {
      ++res.already_linked;
      continue;
    }
    bool pass = !(c.org != model::kNoNode && excluded.count(c.org)) && !(c.init != model::kNoNode && excluded.count(c.init));
    if (pass && opt.region != RegionScope::any) pass = in_scope(opt.region, region_relation(iu.location, location_of(g, c)));
    if (pass && !opt.sectors.empty()) {
      const auto act = active_sectors(g, c);
      pass = std::any_of(opt.sectors.begin(), opt.sectors.end(), [&](const std::string& s) { return act.count(s) > 0; });
    }
    if (!pass) {
      ++res.filtered_out;
      continue;
    }
    kept.push_back(c);
  }

  // 3. Score and rank.
  const auto s = node_scores(g, u, opt.scorer, opt);
  struct Ranked {
    Candidate c;
    double score;
    NodeId key;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(kept.size());
  for (const auto& c : kept) {
    double score = 0;
    if (c.org != model::kNoNode) score += s[c.org];
    if (c.init != model::kNoNode) score += s[c.init];
    if (!(score > 0) && !opt.include_unscored) {
      ++res.unscored;
      continue;
    }
    ranked.push_back({c, score, c.org != model::kNoNode ? c.org : c.init});
  }
  const std::size_t k = opt.top_k == 0 ? ranked.size() : std::min(opt.top_k, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k), ranked.end(),
                    [](const Ranked& a, const Ranked& b) { return a.score != b.score ? a.score > b.score : a.key < b.key; });
  ranked.resize(k);

  // 4. Reasons.
  std::vector<SimilarInitiative> similar;
  if (opt.scorer == RecommendScorer::similar_neighbours) similar = similar_initiatives(g, u, opt.similarity);
  for (const auto& x : ranked) {
    Recommendation r;
    r.candidate = x.key;
    r.coe_initiative = opt.target == RecommendTarget::coe ? x.c.init : model::kNoNode;
    r.score = x.score;
    // Partners of u connected to the candidate, with the number of connecting paths.
    std::map<NodeId, std::size_t> via;
    for (NodeId w : partners) {
      std::size_t paths = 0;
      for (NodeId i : csr.neighbours(w)) {
        if (i == u) continue;
        if (x.c.init != model::kNoNode && i == x.c.init) ++paths;
        if (x.c.org != model::kNoNode && has(csr.neighbours(i), x.c.org)) ++paths;
      }
      if (paths) via[w] = paths;
    }
    std::vector<std::pair<NodeId, std::size_t>> vv(via.begin(), via.end());
    std::stable_sort(vv.begin(), vv.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    r.via_count = vv.size();
    for (std::size_t i = 0; i < vv.size() && i < opt.reason_partners; ++i) r.via.push_back(vv[i].first);
    const auto act = active_sectors(g, x.c);
    for (const auto& sec : iu.sectors) {
      if (act.count(sec)) r.shared_sectors.push_back(sec);
    }
    const auto& loc = location_of(g, x.c);
    r.region = region_relation(iu.location, loc);
    if (r.via_count) {
      const bool org_side = x.c.org != model::kNoNode;
      std::string t = org_side ? "works with " + std::to_string(r.via_count) + " of your partners: "
                               : "shares " + std::to_string(r.via_count) + (r.via_count == 1 ? " partner" : " partners") + " with you: ";
      t += join_names(g, r.via);
      if (r.via_count > r.via.size()) t += ", ...";
      r.reasons.push_back(std::move(t));
    }
    if (!similar.empty() && x.c.org != model::kNoNode) {
      std::vector<NodeId> sim_with;
      for (const auto& si : similar) {
        if (has(csr.neighbours(si.initiative), x.c.org)) sim_with.push_back(si.initiative);
      }
      if (!sim_with.empty()) {
        std::string t = "partner of " + std::to_string(sim_with.size()) +
                        (sim_with.size() == 1 ? " initiative" : " initiatives") + " similar to yours: ";
        if (sim_with.size() > opt.reason_partners) sim_with.resize(opt.reason_partners);
        r.reasons.push_back(t + join_names(g, sim_with));
      }
    }
    if (!r.shared_sectors.empty()) {
      std::string t = "active in ";
      for (std::size_t i = 0; i < r.shared_sectors.size(); ++i) {
        if (i) t += i + 1 == r.shared_sectors.size() ? " and " : ", ";
        t += r.shared_sectors[i];
      }
      r.reasons.push_back(std::move(t));
    }
    if (auto t = region_reason(g, r.region, loc); !t.empty()) r.reasons.push_back(std::move(t));
    if (opt.target == RecommendTarget::coe && x.c.org != model::kNoNode && x.c.init != model::kNoNode) {
      r.reasons.push_back("stands for CoE " + g.external_id(x.c.init));
    }
    res.items.push_back(std::move(r));
  }
  return res;
}

Table recommend_table(const PartnerGraph& g, const RecommendResult& result, const RecommendOptions& opt) {
  Table t;
  t.name = "recommend";
  const NodeId u = result.initiative;
  t.title = "Recommended " + std::string(to_string(opt.target)) + " partners for " + g.external_id(u) +
            (g.initiative(u).name.empty() ? std::string() : " (" + g.initiative(u).name + ")");
  t.note = "Ranked by " + std::string(to_string(opt.scorer)) + " (docs/recommendations.md). " +
           std::to_string(result.candidates) + " candidates of this type; " + std::to_string(result.already_linked) +
           " already linked to " + g.external_id(u) + ", " + std::to_string(result.filtered_out) +
           " removed by the filters, " + std::to_string(result.unscored) + " not listed for lack of any evidence (score 0)";
  if (opt.region != RegionScope::any) t.note += " (region: " + std::string(to_string(opt.region)) + ")";
  t.note += ".";
  t.columns = {{"#", "rank", 0, true},
               {"Id", "id", 0, false},
               {"Name", "name", 0, true},
               {"Type", "type", 0, false},
               {"Score", "score", 4, true},
               {"Linked partners", "via_count", 0, false},
               {"Via", "via", 0, false},
               {"Shared sectors", "shared_sectors", 0, false},
               {"Region", "region", 0, false},
               {"Why", "reasons", 0, true}};
  std::size_t rank = 0;
  for (const auto& r : result.items) {
    std::vector<TableCell> row;
    row.push_back(TableCell::of_integer(static_cast<std::int64_t>(++rank)));
    row.push_back(TableCell::of_text(g.external_id(r.candidate)));
    row.push_back(TableCell::of_text(g.label(r.candidate)));
    row.push_back(TableCell::of_text(g.is_initiative(r.candidate)
                                         ? std::string(model::to_string(g.initiative(r.candidate).kind))
                                         : std::string(model::to_string(g.organisation(r.candidate).type))));
    row.push_back(TableCell::of_number(r.score));
    row.push_back(TableCell::of_integer(static_cast<std::int64_t>(r.via_count)));
    std::string via;
    for (NodeId w : r.via) via += (via.empty() ? "" : "; ") + g.label(w);
    row.push_back(TableCell::of_text(via));
    std::string secs;
    for (const auto& s : r.shared_sectors) secs += (secs.empty() ? "" : "; ") + s;
    row.push_back(TableCell::of_text(secs));
    row.push_back(TableCell::of_text(std::string(to_string(r.region))));
    std::string why;
    for (const auto& s : r.reasons) why += (why.empty() ? "" : "; ") + s;
    row.push_back(TableCell::of_text(why));
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace ppsnet::query
