#include "ppsnet/query/evaluate.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <stdexcept>

#include "ppsnet/model/graph_builder.hpp"
#include "ppsnet/util/parallel.hpp"
#include "ppsnet/util/random.hpp"

namespace ppsnet::query {

using model::NodeId;
using model::PartnerGraph;


EvaluationSplit split_links(const PartnerGraph& g, const EvaluationOptions& opt) {
  EvaluationSplit out;
  const auto& csr = g.graph();
  const std::size_t ni = g.num_initiatives();
  // Links in (initiative, organisation) order with their earliest year.
  std::vector<std::pair<NodeId, NodeId>> links;
  for (NodeId u = 0; u < ni; ++u) {
    for (NodeId w : csr.neighbours(u)) links.emplace_back(u, w);
  }
  out.links = links.size();
  util::Rng rng(opt.seed);
  std::vector<std::pair<NodeId, NodeId>> hidden;
  if (opt.split == SplitMode::random) {
    if (!(opt.holdout > 0.0 && opt.holdout < 1.0)) throw std::invalid_argument("evaluate: holdout must be in (0, 1)");
    auto shuffled = links;
    rng.shuffle(shuffled);
    const auto h = static_cast<std::size_t>(std::llround(opt.holdout * static_cast<double>(links.size())));
    hidden.assign(shuffled.begin(), shuffled.begin() + static_cast<std::ptrdiff_t>(h));
  } else {
    std::map<std::pair<NodeId, NodeId>, int> first_year;
    int newest = 0;
    bool any = false;
    for (const auto& p : g.participations()) {
      if (!p.year) continue;
      auto [it, added] = first_year.emplace(std::make_pair(p.initiative, p.organisation), *p.year);
      if (!added) it->second = std::min(it->second, *p.year);
      newest = any ? std::max(newest, *p.year) : *p.year;
      any = true;
    }
    if (!any) throw std::invalid_argument("evaluate: newest-year split needs participation years; the data has none");
    for (const auto& [pair, year] : first_year) {
      if (year == newest) hidden.push_back(pair);
    }
    out.hidden_year = newest;
  }
  std::sort(hidden.begin(), hidden.end());
  out.hidden = hidden;

  // Training graph: same records, same order (so the same node ids), without the hidden links. Leads are copied as
  // ordinary participations (they are in participations()); lead_organisation_id is cleared so the builder does not
  // add them back.
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  for (const auto& i : g.initiatives()) {
    auto copy = i;
    copy.lead_organisation_id.clear();
    b.add_initiative(std::move(copy));
  }
  for (const auto& o : g.organisations()) b.add_organisation(o);
  if (b.num_initiatives() != ni || b.num_organisations() != g.num_organisations()) {
    throw std::logic_error("evaluate: the training graph does not keep the node ids");
  }
  for (const auto& p : g.participations()) {
    if (std::binary_search(hidden.begin(), hidden.end(), std::make_pair(p.initiative, p.organisation))) continue;
    model::ParticipationRecord r;
    r.initiative_id = g.external_id(p.initiative);
    r.organisation_id = g.external_id(p.organisation);
    r.role = p.role;
    r.year = p.year;
    r.contribution_eur = p.contribution_eur;
    b.add_participation(r);
  }
  out.train = b.build();

  // Query initiatives.
  std::vector<std::size_t> hidden_count(ni, 0);
  for (const auto& h : hidden) {
    if (out.train.graph().degree(h.second) == 0) {
      ++out.cold_start_links;  // the organisation has no kept link: nothing can rank it
    } else {
      ++hidden_count[h.first];
    }
  }
  std::vector<NodeId> eligible;
  for (NodeId u = 0; u < ni; ++u) {
    if (hidden_count[u] == 0) continue;
    if (out.train.graph().degree(u) == 0) {
      ++out.cold_start;
    } else {
      eligible.push_back(u);
    }
  }
  out.eligible = eligible.size();
  if (opt.max_queries != 0 && eligible.size() > opt.max_queries) {
    rng.shuffle(eligible);
    eligible.resize(opt.max_queries);
    std::sort(eligible.begin(), eligible.end());
  }
  out.queries = std::move(eligible);
  return out;
}

ScorerMetrics query_metrics(const PartnerGraph& train, NodeId u, const std::vector<double>& scores,
                            const std::vector<NodeId>& positives, std::size_t k, std::uint64_t seed) {
  if (positives.empty()) throw std::invalid_argument("query_metrics: no positives");
  const auto& csr = train.graph();
  const auto partners = csr.neighbours(u);
  struct Item {
    double score;
    std::uint64_t tie;
    bool positive;
  };
  std::vector<Item> items;
  items.reserve(train.num_organisations());
  for (std::size_t i = 0; i < train.num_organisations(); ++i) {
    const NodeId o = train.organisation_node(i);
    if (csr.degree(o) == 0 || std::binary_search(partners.begin(), partners.end(), o)) continue;
    const bool pos = std::find(positives.begin(), positives.end(), o) != positives.end();
    items.push_back({scores[o], util::hash64(seed ^ util::hash64((static_cast<std::uint64_t>(u) << 32) | o)), pos});
  }
  const double P = static_cast<double>(positives.size());
  const double N = static_cast<double>(items.size()) - P;
  ScorerMetrics m;
  m.queries = 1;
  // AUC from average ranks (ascending score).
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.score < b.score; });
  double rank_sum = 0;
  for (std::size_t i = 0; i < items.size();) {
    std::size_t j = i;
    while (j < items.size() && items[j].score == items[i].score) ++j;
    const double avg = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;  // ranks i+1 .. j
    for (std::size_t x = i; x < j; ++x) {
      if (items[x].positive) rank_sum += avg;
    }
    i = j;
  }
  m.auc = N > 0 ? (rank_sum - P * (P + 1) / 2) / (P * N) : 0.5;
  // Top-k and reciprocal rank on the tie-broken order.
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return a.score != b.score ? a.score > b.score : a.tie < b.tie;
  });
  std::size_t hits = 0;
  for (std::size_t i = 0; i < items.size() && i < k; ++i) hits += items[i].positive ? 1 : 0;
  m.precision_at_k = static_cast<double>(hits) / static_cast<double>(k);
  m.recall_at_k = static_cast<double>(hits) / P;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].positive) {
      m.mrr = 1.0 / static_cast<double>(i + 1);
      break;
    }
  }
  return m;
}

EvaluationResult evaluate_recommender(const PartnerGraph& g, const EvaluationOptions& opt) {
  if (opt.k == 0) throw std::invalid_argument("evaluate: k must be >= 1");
  const auto split = split_links(g, opt);
  EvaluationResult res;
  res.links = split.links;
  res.hidden = split.hidden.size();
  res.queries = split.queries.size();
  res.eligible = split.eligible;
  res.cold_start = split.cold_start;
  res.cold_start_links = split.cold_start_links;
  res.hidden_year = split.hidden_year;
  const std::size_t nq = split.queries.size();
  std::vector<std::vector<NodeId>> positives(nq);
  for (std::size_t q = 0; q < nq; ++q) {
    const NodeId u = split.queries[q];
    auto lo = std::lower_bound(split.hidden.begin(), split.hidden.end(), std::make_pair(u, NodeId{0}));
    for (; lo != split.hidden.end() && lo->first == u; ++lo) {
      if (split.train.graph().degree(lo->second) > 0) positives[q].push_back(lo->second);
    }
  }
  for (auto scorer : opt.scorers) {
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<ScorerMetrics> per(nq);
    util::for_each_block(nq, opt.threads, [&](std::size_t q) {
      const auto s = node_scores(split.train, split.queries[q], scorer, opt.recommend);
      per[q] = query_metrics(split.train, split.queries[q], s, positives[q], opt.k, opt.seed);
    });
    ScorerMetrics m;
    m.scorer = scorer;
    for (const auto& x : per) {  // summed in query order: deterministic
      m.auc += x.auc;
      m.precision_at_k += x.precision_at_k;
      m.recall_at_k += x.recall_at_k;
      m.mrr += x.mrr;
    }
    if (nq > 0) {
      const double n = static_cast<double>(nq);
      m.auc /= n;
      m.precision_at_k /= n;
      m.recall_at_k /= n;
      m.mrr /= n;
    }
    m.queries = nq;
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    res.scorers.push_back(m);
  }
  return res;
}

Table evaluation_table(const EvaluationResult& r, const EvaluationOptions& opt) {
  Table t;
  t.name = "evaluation";
  t.title = "Recommender quality: hidden links ranked among all organisations not linked in training";
  const std::string ks = std::to_string(opt.k);
  t.columns = {{"Scorer", "scorer", 0, true},
               {"AUC", "auc", 3, true},
               {"Precision@" + ks, "precision_at_k", 3, true},
               {"Recall@" + ks, "recall_at_k", 3, true},
               {"MRR", "mrr", 3, true},
               {"Queries", "queries", 0, true}};
  for (const auto& m : r.scorers) {
    std::string name(to_string(m.scorer));
    if (m.scorer == RecommendScorer::popularity || m.scorer == RecommendScorer::random) name += " (baseline)";
    t.rows.push_back({TableCell::of_text(name), TableCell::of_number(m.auc), TableCell::of_number(m.precision_at_k),
                      TableCell::of_number(m.recall_at_k), TableCell::of_number(m.mrr),
                      TableCell::of_integer(static_cast<std::int64_t>(m.queries))});
  }
  std::string split = opt.split == SplitMode::random
                          ? "random split, seed " + std::to_string(opt.seed) + ", " + std::to_string(r.hidden) +
                                " of " + std::to_string(r.links) + " links hidden"
                          : "newest-year split: the " + std::to_string(r.hidden) + " of " + std::to_string(r.links) +
                                " links first seen in " + std::to_string(r.hidden_year.value_or(0)) + " hidden";
  t.note = split + "; " + std::to_string(r.queries) + " query initiatives (of " + std::to_string(r.eligible) +
           " with rankable hidden links and kept links; " + std::to_string(r.cold_start) +
           " initiatives with no kept link not scored; " +
           std::to_string(r.cold_start_links) + " hidden links to organisations with no kept link cannot be ranked "
           "and are left out). Candidates: organisations with a kept link. Metrics are means over the query initiatives; k = " + ks +
           "; ties ranked in a seeded random order (docs/recommendations.md).";
  return t;
}

}  // namespace ppsnet::query
