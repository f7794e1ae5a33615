#include "ppsnet/query/mixing.hpp"

#include <cmath>
#include <string>

namespace ppsnet::query {

namespace {

std::optional<double> ei_of(double external, double internal) {
  if (external + internal <= 0) return std::nullopt;
  return (external - internal) / (external + internal);
}

TableCell opt_number(const std::optional<double>& x) { return x ? TableCell::of_number(*x) : TableCell::none(); }

TableCell count(std::size_t n) { return TableCell::of_integer(static_cast<std::int64_t>(n)); }

}  // namespace

std::size_t num_groups(GroupAttribute by) {
  return by == GroupAttribute::type ? static_cast<std::size_t>(model::kNumOrganisationTypes) : 5;
}

std::size_t group_of(model::OrganisationType t, GroupAttribute by) {
  return by == GroupAttribute::type ? static_cast<std::size_t>(t)
                                    : static_cast<std::size_t>(model::education_level(t));
}

std::string group_name(GroupAttribute by, std::size_t index) {
  return by == GroupAttribute::type ? std::string(model::to_string(static_cast<model::OrganisationType>(index)))
                                    : std::string(model::to_string(static_cast<model::EducationLevel>(index)));
}

MixingResult type_mixing(const model::PartnerGraph& g, const MixingOptions& options) {
  MixingResult r;
  r.by = options.by;
  const std::size_t k = num_groups(options.by);
  r.groups = k;
  const std::size_t ni = g.num_initiatives();

  algo::ProjectionOptions po;
  po.side = algo::Side::organisations;
  po.weight = algo::ProjectionWeight::count;
  po.max_connector_degree = options.max_connector_degree;
  const auto proj = algo::project(g, po);
  r.skipped_initiatives = proj.skipped;
  const auto& pg = proj.graph;
  r.organisations = pg.num_nodes();
  r.links = pg.num_edges();

  std::vector<std::size_t> group(pg.num_nodes());
  for (std::size_t i = 0; i < pg.num_nodes(); ++i) group[i] = group_of(g.organisation(proj.nodes[i]).type, options.by);

  r.observed.assign(k * k, 0.0);
  std::vector<std::size_t> internal_links(k, 0), external_links(k, 0);
  std::vector<double> internal_weight(k, 0.0), external_weight(k, 0.0);
  for (model::NodeId u = 0; u < pg.num_nodes(); ++u) {
    const auto nb = pg.neighbours(u);
    const auto w = pg.weights(u);
    for (std::size_t x = 0; x < nb.size(); ++x) {
      const model::NodeId v = nb[x];
      if (v < u) continue;  // each link once
      const std::size_t a = group[u], b = group[v];
      r.total_weight += w[x];
      if (a == b) {
        r.observed[a * k + a] += w[x];
        ++internal_links[a];
        internal_weight[a] += w[x];
      } else {
        r.observed[a * k + b] += w[x];
        r.observed[b * k + a] += w[x];
        ++external_links[a];
        ++external_links[b];
        external_weight[a] += w[x];
        external_weight[b] += w[x];
      }
    }
  }

  const double W = r.total_weight;
  r.e.assign(k * k, 0.0);
  r.a.assign(k, 0.0);
  r.expected.assign(k * k, 0.0);
  r.ratio.assign(k * k, std::nullopt);
  if (W > 0) {
    for (std::size_t a = 0; a < k; ++a)
      for (std::size_t b = 0; b < k; ++b) r.e[a * k + b] = r.observed[a * k + b] / (a == b ? W : 2 * W);
    for (std::size_t a = 0; a < k; ++a)
      for (std::size_t b = 0; b < k; ++b) r.a[a] += r.e[a * k + b];
    double trace = 0, sum_a2 = 0;
    for (std::size_t a = 0; a < k; ++a) {
      trace += r.e[a * k + a];
      sum_a2 += r.a[a] * r.a[a];
    }
    for (std::size_t a = 0; a < k; ++a)
      for (std::size_t b = 0; b < k; ++b) {
        const double ex = (a == b ? W : 2 * W) * r.a[a] * r.a[b];
        r.expected[a * k + b] = ex;
        if (ex > 0) r.ratio[a * k + b] = r.observed[a * k + b] / ex;
      }
    // 1 - sum a^2 is 0 exactly when one group holds every link end; guard against rounding too.
    if (1.0 - sum_a2 > 1e-12) r.assortativity = (trace - sum_a2) / (1.0 - sum_a2);
  }

  std::vector<std::size_t> members(k, 0);
  for (auto gi : group) ++members[gi];
  std::size_t all_internal = 0, all_external = 0;
  double all_internal_w = 0, all_external_w = 0;
  for (std::size_t a = 0; a < k; ++a) {
    all_internal += internal_links[a];
    all_internal_w += internal_weight[a];
    if (members[a] == 0) continue;
    GroupEI e;
    e.group = a;
    e.organisations = members[a];
    e.internal_links = internal_links[a];
    e.external_links = external_links[a];
    e.internal_weight = internal_weight[a];
    e.external_weight = external_weight[a];
    e.ei = ei_of(static_cast<double>(e.external_links), static_cast<double>(e.internal_links));
    e.ei_weighted = ei_of(e.external_weight, e.internal_weight);
    r.ei_by_group.push_back(e);
  }
  all_external = r.links - all_internal;
  all_external_w = W - all_internal_w;
  r.ei_overall.group = k;
  r.ei_overall.organisations = r.organisations;
  r.ei_overall.internal_links = all_internal;
  r.ei_overall.external_links = all_external;
  r.ei_overall.internal_weight = all_internal_w;
  r.ei_overall.external_weight = all_external_w;
  r.ei_overall.ei = ei_of(static_cast<double>(all_external), static_cast<double>(all_internal));
  r.ei_overall.ei_weighted = ei_of(all_external_w, all_internal_w);

  // Per initiative, from the bipartite graph (every initiative, whatever the cap): O(d_i) each.
  r.ei_by_initiative.resize(ni);
  std::vector<std::size_t> n_g(k, 0);
  for (model::NodeId i = 0; i < ni; ++i) {
    auto& row = r.ei_by_initiative[i];
    row.initiative = i;
    const auto nb = g.graph().neighbours(i);
    row.partners = nb.size();
    std::fill(n_g.begin(), n_g.end(), 0);
    for (auto o : nb) ++n_g[group_of(g.organisation(o).type, options.by)];
    for (auto c : n_g) row.same_pairs += c * (c - (c > 0 ? 1 : 0)) / 2;
    const std::size_t all = row.partners * (row.partners - (row.partners > 0 ? 1 : 0)) / 2;
    row.different_pairs = all - row.same_pairs;
    row.ei = ei_of(static_cast<double>(row.different_pairs), static_cast<double>(row.same_pairs));
  }
  return r;
}

std::vector<Table> to_tables(const model::PartnerGraph& g, const MixingResult& r) {
  std::vector<Table> out;
  const std::string what = r.by == GroupAttribute::type ? "organisation type" : "education level";
  const std::size_t k = r.groups;
  const std::string skipped =
      r.skipped_initiatives.empty()
          ? std::string()
          : " " + std::to_string(r.skipped_initiatives.size()) +
                " initiatives with more organisations than --max-connector-degree were left out of the projection.";
  {
    Table t;
    t.name = "mixing_matrix";
    t.title = "Co-participation by " + what + " (organisation projection, weight = shared initiatives)";
    t.note = "Observed: total weight of the links between the two groups (each link once). Expected: the same under "
             "random mixing with the observed marginals a (W*a_a*a_b, twice that for two different groups). "
             "Ratio > 1: the groups work together more often than chance (Newman 2003)." +
             skipped;
    t.columns = {{"Group A", "group_a", 1, true},   {"Group B", "group_b", 1, true},
                 {"Observed", "observed", 1, true}, {"Expected", "expected", 1, true},
                 {"Ratio", "ratio", 2, true},       {"e", "e", 4, false}};
    for (std::size_t a = 0; a < k; ++a) {
      if (r.a.empty() || r.a[a] <= 0) continue;
      for (std::size_t b = 0; b < k; ++b) {
        if (r.a[b] <= 0) continue;
        t.rows.push_back({TableCell::of_text(group_name(r.by, a)), TableCell::of_text(group_name(r.by, b)),
                          TableCell::of_number(r.observed[a * k + b]), TableCell::of_number(r.expected[a * k + b]),
                          opt_number(r.ratio[a * k + b]), TableCell::of_number(r.e[a * k + b])});
      }
    }
    out.push_back(std::move(t));
  }
  {
    Table t;
    t.name = "mixing_summary";
    t.title = "Assortativity by " + what;
    t.note = "Assortativity r = (sum e_gg - sum a_g^2) / (1 - sum a_g^2) (Newman 2003): 1 = links only within "
             "groups, 0 = random mixing, negative = links mostly between groups; empty when undefined. Network E-I "
             "= (E - I) / (E + I) over all links (E between groups, I within)." +
             skipped;
    t.columns = {{"Organisations", "organisations", 0, true},
                 {"Links", "links", 0, true},
                 {"Weight", "weight", 0, true},
                 {"Assortativity", "assortativity", 3, true},
                 {"E-I", "ei", 3, true},
                 {"E-I (weighted)", "ei_weighted", 3, true},
                 {"Skipped initiatives", "skipped_initiatives", 0, true}};
    t.rows.push_back({count(r.organisations), count(r.links), TableCell::of_number(r.total_weight),
                      opt_number(r.assortativity), opt_number(r.ei_overall.ei), opt_number(r.ei_overall.ei_weighted),
                      count(r.skipped_initiatives.size())});
    out.push_back(std::move(t));
  }
  {
    Table t;
    t.name = "ei_by_group";
    t.title = "E-I index per " + what;
    t.note = "E-I = (E - I) / (E + I) (Krackhardt & Stern 1988): E = links of the group's organisations to other "
             "groups, I = links within the group; -1 = closed group, +1 = only outside links.";
    t.columns = {{"Group", "group", 1, true},
                 {"Organisations", "organisations", 0, true},
                 {"Internal links", "internal_links", 0, true},
                 {"External links", "external_links", 0, true},
                 {"E-I", "ei", 3, true},
                 {"Internal weight", "internal_weight", 0, false},
                 {"External weight", "external_weight", 0, false},
                 {"E-I (weighted)", "ei_weighted", 3, true}};
    for (const auto& e : r.ei_by_group)
      t.rows.push_back({TableCell::of_text(group_name(r.by, e.group)), count(e.organisations),
                        count(e.internal_links), count(e.external_links), opt_number(e.ei),
                        TableCell::of_number(e.internal_weight), TableCell::of_number(e.external_weight),
                        opt_number(e.ei_weighted)});
    out.push_back(std::move(t));
  }
  {
    Table t;
    t.name = "ei_by_initiative";
    t.title = "E-I index per initiative (by " + what + ")";
    t.note = "Over the pairs of an initiative's distinct organisations (lead included): E = pairs of different "
             "groups, I = pairs of the same group; initiatives with at least two organisations.";
    t.columns = {{"Initiative", "initiative", 1, true}, {"Name", "name", 1, true},
                 {"Kind", "kind", 1, true},             {"Partners", "partners", 0, true},
                 {"Same", "same_pairs", 0, true},       {"Different", "different_pairs", 0, true},
                 {"E-I", "ei", 3, true}};
    for (const auto& e : r.ei_by_initiative) {
      if (!e.ei) continue;
      const auto& ini = g.initiative(e.initiative);
      t.rows.push_back({TableCell::of_text(ini.id), TableCell::of_text(ini.name),
                        TableCell::of_text(std::string(model::to_string(ini.kind))), count(e.partners),
                        count(e.same_pairs), count(e.different_pairs), opt_number(e.ei)});
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace ppsnet::query
