#include "ppsnet/query/brokers.hpp"

#include <algorithm>
#include <string>

#include "ppsnet/algo/projection.hpp"

namespace ppsnet::query {

namespace {

TableCell opt_number(const std::optional<double>& x) { return x ? TableCell::of_number(*x) : TableCell::none(); }
TableCell count(std::size_t n) { return TableCell::of_integer(static_cast<std::int64_t>(n)); }

std::size_t pairs(std::size_t n) { return n < 2 ? 0 : n * (n - 1) / 2; }

constexpr std::size_t kLevels = 5;
constexpr std::size_t kMbo = static_cast<std::size_t>(model::EducationLevel::mbo);
constexpr std::size_t kHbo = static_cast<std::size_t>(model::EducationLevel::hbo);

}  // namespace

std::string_view to_string(BrokerageRole r) {
  switch (r) {
    case BrokerageRole::coordinator: return "coordinator";
    case BrokerageRole::itinerant: return "itinerant";
    case BrokerageRole::gatekeeper: return "gatekeeper";
    case BrokerageRole::representative: return "representative";
    case BrokerageRole::liaison: return "liaison";
  }
  return "?";
}

BrokersResult brokers(const model::PartnerGraph& g, const BrokersOptions& options) {
  BrokersResult r;
  r.groups = options.groups;
  r.max_connector_degree = options.max_connector_degree;
  const std::size_t k = num_groups(options.groups);

  algo::ProjectionOptions po;
  po.side = algo::Side::organisations;
  po.weight = algo::ProjectionWeight::count;
  po.max_connector_degree = options.max_connector_degree;
  const auto proj = algo::project(g, po);
  r.skipped_initiatives = proj.skipped;
  const auto& pg = proj.graph;
  const std::size_t n = pg.num_nodes();
  r.links = pg.num_edges();

  std::vector<std::size_t> group(n), level(n);
  std::vector<double> strength(n, 0.0), max_w(n, 0.0);
  for (model::NodeId v = 0; v < n; ++v) {
    const auto t = g.organisation(proj.nodes[v]).type;
    group[v] = group_of(t, options.groups);
    level[v] = static_cast<std::size_t>(model::education_level(t));
    for (double w : pg.weights(v)) {
      strength[v] += w;
      max_w[v] = std::max(max_w[v], w);
    }
  }

  // slot[j] = 1 + position of j in N(v) while v is processed (0 = not a neighbour).
  std::vector<std::size_t> slot(n, 0);
  std::vector<double> indirect_c, indirect_e;
  std::vector<std::size_t> n_g(k), n_l(kLevels);
  r.organisations.resize(n);
  for (model::NodeId v = 0; v < n; ++v) {
    auto& s = r.organisations[v];
    s.organisation = proj.nodes[v];
    s.group = group[v];
    const auto nb = pg.neighbours(v);
    const auto wv = pg.weights(v);
    s.degree = nb.size();
    s.strength = strength[v];
    if (nb.empty()) continue;
    for (std::size_t x = 0; x < nb.size(); ++x) slot[nb[x]] = x + 1;
    indirect_c.assign(nb.size(), 0.0);
    indirect_e.assign(nb.size(), 0.0);
    std::array<std::size_t, kNumBrokerageRoles> closed{};
    std::size_t closed_mbo_hbo = 0;
    const std::size_t gv = group[v];
    for (std::size_t xq = 0; xq < nb.size(); ++xq) {
      const model::NodeId q = nb[xq];
      const double p_vq = wv[xq] / strength[v];
      const auto nq = pg.neighbours(q);
      const auto wq = pg.weights(q);
      for (std::size_t y = 0; y < nq.size(); ++y) {
        const model::NodeId j = nq[y];
        const std::size_t sj = slot[j];
        if (sj == 0) continue;  // j is v itself or not a neighbour of v
        indirect_c[sj - 1] += p_vq * wq[y] / strength[q];
        indirect_e[sj - 1] += p_vq * wq[y] / max_w[j];
        if (q < j) {  // the pair {q, j} of v's neighbours is linked: a closed pair, counted once
          const std::size_t a = group[q], b = group[j];
          if (a == b) ++closed[static_cast<std::size_t>(a == gv ? BrokerageRole::coordinator : BrokerageRole::itinerant)];
          else if (a == gv || b == gv) ++closed[static_cast<std::size_t>(BrokerageRole::gatekeeper)];
          else ++closed[static_cast<std::size_t>(BrokerageRole::liaison)];
          if ((level[q] == kMbo && level[j] == kHbo) || (level[q] == kHbo && level[j] == kMbo)) ++closed_mbo_hbo;
        }
      }
    }
    double c = 0, e = 0;
    for (std::size_t x = 0; x < nb.size(); ++x) {
      const double p_vj = wv[x] / strength[v];
      c += (p_vj + indirect_c[x]) * (p_vj + indirect_c[x]);
      e += 1.0 - indirect_e[x];
      slot[nb[x]] = 0;
    }
    s.constraint = c;
    s.effective_size = e;

    // All pairs of neighbours by group, minus the closed ones.
    std::fill(n_g.begin(), n_g.end(), 0);
    std::fill(n_l.begin(), n_l.end(), 0);
    for (auto u : nb) {
      ++n_g[group[u]];
      ++n_l[level[u]];
    }
    const std::size_t d = nb.size(), same = n_g[gv], other = d - same;
    std::size_t itinerant_all = 0, other_sq = 0;
    for (std::size_t h = 0; h < k; ++h) {
      if (h == gv) continue;
      itinerant_all += pairs(n_g[h]);
      other_sq += n_g[h] * n_g[h];
    }
    const std::size_t liaison_all = (other * other - other_sq) / 2;
    auto& roles = s.roles;
    roles[static_cast<std::size_t>(BrokerageRole::coordinator)] =
        pairs(same) - closed[static_cast<std::size_t>(BrokerageRole::coordinator)];
    roles[static_cast<std::size_t>(BrokerageRole::itinerant)] =
        itinerant_all - closed[static_cast<std::size_t>(BrokerageRole::itinerant)];
    roles[static_cast<std::size_t>(BrokerageRole::gatekeeper)] =
        same * other - closed[static_cast<std::size_t>(BrokerageRole::gatekeeper)];
    roles[static_cast<std::size_t>(BrokerageRole::representative)] =
        roles[static_cast<std::size_t>(BrokerageRole::gatekeeper)];
    roles[static_cast<std::size_t>(BrokerageRole::liaison)] =
        liaison_all - closed[static_cast<std::size_t>(BrokerageRole::liaison)];
    s.open_pairs = roles[0] + roles[1] + roles[2] + roles[4];
    s.mbo_hbo_pairs = n_l[kMbo] * n_l[kHbo] - closed_mbo_hbo;
  }

  for (std::size_t i = 0; i < n; ++i)
    if (r.organisations[i].mbo_hbo_pairs > 0) r.top_mbo_hbo.push_back(i);
  std::sort(r.top_mbo_hbo.begin(), r.top_mbo_hbo.end(), [&](std::size_t x, std::size_t y) {
    const auto& a = r.organisations[x];
    const auto& b = r.organisations[y];
    if (a.mbo_hbo_pairs != b.mbo_hbo_pairs) return a.mbo_hbo_pairs > b.mbo_hbo_pairs;
    const int c = g.label(a.organisation).compare(g.label(b.organisation));
    if (c != 0) return c < 0;
    return a.organisation < b.organisation;
  });
  if (options.top > 0 && r.top_mbo_hbo.size() > options.top) r.top_mbo_hbo.resize(options.top);
  return r;
}

std::vector<Table> to_tables(const model::PartnerGraph& g, const BrokersResult& r, std::size_t top) {
  std::vector<Table> out;
  const std::string what = r.groups == GroupAttribute::type ? "organisation type" : "education level";
  const std::string cap =
      r.max_connector_degree == 0
          ? std::string(" No cap on initiative size.")
          : " Initiatives with more than " + std::to_string(r.max_connector_degree) + " organisations were left out (" +
                std::to_string(r.skipped_initiatives.size()) + " skipped).";
  {
    Table t;
    t.name = "mbo_hbo_brokers";
    t.title = "Top brokers between mbo and hbo";
    t.note = "Pairs: unordered pairs of the organisation's neighbours in the organisation projection, one an mbo "
             "school and one a hogeschool or CoE, that share no initiative themselves." +
             cap;
    t.columns = {{"Rank", "rank", 0, true},
                 {"Organisation", "organisation", 1, true},
                 {"Type", "type", 1, true},
                 {"mbo-hbo pairs", "mbo_hbo_pairs", 0, true},
                 {"Degree", "degree", 0, true},
                 {"Effective size", "effective_size", 2, true},
                 {"Constraint", "constraint", 3, true},
                 {"Id", "id", 1, false}};
    std::size_t rank = 0;
    for (auto i : r.top_mbo_hbo) {
      const auto& s = r.organisations[i];
      t.rows.push_back({count(++rank), TableCell::of_text(g.label(s.organisation)),
                        TableCell::of_text(std::string(model::to_string(g.organisation(s.organisation).type))),
                        count(s.mbo_hbo_pairs), count(s.degree), opt_number(s.effective_size),
                        opt_number(s.constraint), TableCell::of_text(g.external_id(s.organisation))});
    }
    out.push_back(std::move(t));
  }
  {
    Table t;
    t.name = "brokerage";
    t.title = "Brokerage roles by " + what + " (Gould & Fernandez), constraint and effective size (Burt)";
    t.note = "Each pair of an organisation's neighbours that share no initiative is one brokerage opportunity, "
             "classified by the groups of the three; undirected, so a pair with exactly one neighbour in the "
             "broker's group counts as both gatekeeper and representative. Constraint and effective size weighted "
             "by shared initiatives (NetworkX conventions)." +
             cap;
    t.columns = {{"Organisation", "organisation", 1, true},
                 {"Group", "group", 1, true},
                 {"Degree", "degree", 0, true},
                 {"Coordinator", "coordinator", 0, true},
                 {"Itinerant", "itinerant", 0, true},
                 {"Gatekeeper", "gatekeeper", 0, true},
                 {"Representative", "representative", 0, true},
                 {"Liaison", "liaison", 0, true},
                 {"Open pairs", "open_pairs", 0, true},
                 {"Effective size", "effective_size", 2, true},
                 {"Constraint", "constraint", 3, true},
                 {"Id", "id", 1, false}};
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < r.organisations.size(); ++i)
      if (r.organisations[i].degree > 0) order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      const auto& a = r.organisations[x];
      const auto& b = r.organisations[y];
      if (a.open_pairs != b.open_pairs) return a.open_pairs > b.open_pairs;
      const int c = g.label(a.organisation).compare(g.label(b.organisation));
      if (c != 0) return c < 0;
      return a.organisation < b.organisation;
    });
    if (top > 0 && order.size() > top) order.resize(top);
    for (auto i : order) {
      const auto& s = r.organisations[i];
      std::vector<TableCell> row{TableCell::of_text(g.label(s.organisation)),
                                 TableCell::of_text(group_name(r.groups, s.group)), count(s.degree)};
      for (auto c : s.roles) row.push_back(count(c));
      row.push_back(count(s.open_pairs));
      row.push_back(opt_number(s.effective_size));
      row.push_back(opt_number(s.constraint));
      row.push_back(TableCell::of_text(g.external_id(s.organisation)));
      t.rows.push_back(std::move(row));
    }
    out.push_back(std::move(t));
  }
  {
    Table t;
    t.name = "brokerage_by_group";
    t.title = "Brokerage roles summed per " + what;
    t.note = "Sum over the group's organisations of each role count.";
    t.columns = {{"Group", "group", 1, true},         {"Organisations", "organisations", 0, true},
                 {"Coordinator", "coordinator", 0, true}, {"Itinerant", "itinerant", 0, true},
                 {"Gatekeeper", "gatekeeper", 0, true},   {"Representative", "representative", 0, true},
                 {"Liaison", "liaison", 0, true}};
    const std::size_t k = num_groups(r.groups);
    std::vector<std::size_t> members(k, 0);
    std::vector<std::array<std::size_t, kNumBrokerageRoles>> sums(k);
    for (const auto& s : r.organisations) {
      ++members[s.group];
      for (std::size_t x = 0; x < kNumBrokerageRoles; ++x) sums[s.group][x] += s.roles[x];
    }
    for (std::size_t h = 0; h < k; ++h) {
      if (members[h] == 0) continue;
      std::vector<TableCell> row{TableCell::of_text(group_name(r.groups, h)), count(members[h])};
      for (auto c : sums[h]) row.push_back(count(c));
      t.rows.push_back(std::move(row));
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace ppsnet::query
