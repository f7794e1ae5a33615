#include "ppsnet/query/community_summary.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "ppsnet/geo/geography.hpp"

namespace ppsnet::query {
namespace {

// Most frequent key and its count; ties broken by the smaller key (deterministic).
template <class K>
std::pair<K, std::size_t> mode(const std::map<K, std::size_t>& counts) {
  std::pair<K, std::size_t> best{};
  for (const auto& [k, c] : counts)
    if (c > best.second) best = {k, c};
  return best;
}

constexpr std::size_t kExtraKinds = 5;  // sector, province, initiative kind, hub organisation, central member

// Second step of the label rule (header): communities sharing a label get one more attribute, the first kind that
// tells all of them apart (else the kind that tells most apart); then any label still taken gets " (2)", " (3)",
// ... in community order. extra[c][k]: the value of attribute kind k for community c ("" = none, or already part
// of its label).
void make_labels_unique(std::vector<CommunitySummary>& cs,
                        const std::vector<std::array<std::string, kExtraKinds>>& extra) {
  std::map<std::string, std::vector<std::size_t>> by_label;
  for (std::size_t c = 0; c < cs.size(); ++c) by_label[cs[c].label].push_back(c);
  std::vector<std::string> label(cs.size());
  for (std::size_t c = 0; c < cs.size(); ++c) label[c] = cs[c].label;
  for (const auto& [text, group] : by_label) {
    if (group.size() < 2) continue;
    std::size_t best_kind = 0, best_distinct = 1;  // a kind must yield at least 2 different labels
    for (std::size_t k = 0; k < kExtraKinds && best_distinct < group.size(); ++k) {
      std::set<std::string> labels;
      for (std::size_t c : group) labels.insert(extra[c][k]);
      if (labels.size() > best_distinct) {
        best_distinct = labels.size();
        best_kind = k;
      }
    }
    if (best_distinct < 2) continue;
    for (std::size_t c : group)
      if (!extra[c][best_kind].empty()) label[c] = text + " · " + extra[c][best_kind];
  }
  std::set<std::string> used;
  for (std::size_t c = 0; c < cs.size(); ++c) {
    std::string unique = label[c];
    for (int k = 2; used.count(unique) > 0; ++k) unique = label[c] + " (" + std::to_string(k) + ")";
    used.insert(unique);
    cs[c].label = std::move(unique);
  }
}

}  // namespace

CommunityAssignment summarise_communities(const model::PartnerGraph& g, std::span<const model::NodeId> initiatives,
                                          std::span<const int> membership, std::size_t top) {
  CommunityAssignment out;
  out.node_community.assign(g.num_nodes(), -1);
  int count = 0;
  for (std::size_t k = 0; k < initiatives.size(); ++k) {
    out.node_community[initiatives[k]] = membership[k];
    count = std::max(count, membership[k] + 1);
  }
  const auto& csr = g.graph();
  // Organisations: majority community of their initiatives.
  std::vector<std::map<model::NodeId, std::size_t>> hub_counts(static_cast<std::size_t>(count));
  for (std::size_t o = 0; o < g.num_organisations(); ++o) {
    const model::NodeId v = g.organisation_node(o);
    std::map<int, std::size_t> votes;
    for (model::NodeId i : csr.neighbours(v)) {
      const int c = out.node_community[i];
      if (c < 0) continue;
      ++votes[c];
      ++hub_counts[static_cast<std::size_t>(c)][v];
    }
    if (!votes.empty()) out.node_community[v] = mode(votes).first;
  }
  out.communities.resize(static_cast<std::size_t>(count));
  std::vector<std::map<std::string, std::size_t>> sectors(out.communities.size());
  std::vector<std::map<int, std::size_t>> provinces(out.communities.size());
  std::vector<std::map<int, std::size_t>> kinds(out.communities.size());
  for (int c = 0; c < count; ++c) out.communities[static_cast<std::size_t>(c)].id = c;
  for (std::size_t k = 0; k < initiatives.size(); ++k) {
    if (membership[k] < 0) continue;
    auto& cs = out.communities[static_cast<std::size_t>(membership[k])];
    ++cs.initiatives;
    cs.top_initiatives.push_back(initiatives[k]);
    const auto& in = g.initiative(initiatives[k]);
    for (const auto& s : in.sectors) ++sectors[static_cast<std::size_t>(membership[k])][s];
    if (in.location.province != 0) ++provinces[static_cast<std::size_t>(membership[k])][in.location.province];
    ++kinds[static_cast<std::size_t>(membership[k])][static_cast<int>(in.kind)];
  }
  for (std::size_t o = 0; o < g.num_organisations(); ++o) {
    const int c = out.node_community[g.organisation_node(o)];
    if (c >= 0) ++out.communities[static_cast<std::size_t>(c)].organisations;
  }
  // Attributes for telling equal labels apart (make_labels_unique): sector, province, initiative kind, hub.
  std::vector<std::array<std::string, kExtraKinds>> extra(out.communities.size());
  for (auto& cs : out.communities) {
    const auto c = static_cast<std::size_t>(cs.id);
    std::stable_sort(cs.top_initiatives.begin(), cs.top_initiatives.end(),
                     [&](model::NodeId a, model::NodeId b) { return csr.degree(a) > csr.degree(b); });
    if (cs.top_initiatives.size() > top) cs.top_initiatives.resize(top);
    std::vector<std::pair<model::NodeId, std::size_t>> hubs(hub_counts[c].begin(), hub_counts[c].end());
    std::stable_sort(hubs.begin(), hubs.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (std::size_t h = 0; h < hubs.size() && h < top; ++h) cs.hub_organisations.push_back(hubs[h].first);
    const double members = static_cast<double>(cs.initiatives);
    std::vector<std::string> parts;
    if (auto [s, n] = mode(sectors[c]); n > 0 && static_cast<double>(n) >= 0.4 * members) parts.push_back(s);
    if (auto [p, n] = mode(provinces[c]); n > 0 && static_cast<double>(n) >= 0.4 * members)
      if (const auto* prov = geo::find_province(static_cast<std::uint8_t>(p))) parts.emplace_back(prov->name);
    if (parts.empty() && !cs.hub_organisations.empty()) parts.push_back("around " + g.label(cs.hub_organisations[0]));
    for (std::size_t i = 0; i < parts.size(); ++i) cs.label += (i ? " · " : "") + parts[i];
    if (cs.label.empty()) cs.label = "community " + std::to_string(cs.id + 1);
    const auto absent = [&](const std::string& x) { return std::find(parts.begin(), parts.end(), x) == parts.end(); };
    if (auto [s, n] = mode(sectors[c]); n > 0 && absent(s)) extra[c][0] = s;
    if (auto [p, n] = mode(provinces[c]); n > 0)
      if (const auto* prov = geo::find_province(static_cast<std::uint8_t>(p)); prov && absent(std::string(prov->name)))
        extra[c][1] = std::string(prov->name);
    if (auto [kind, n] = mode(kinds[c]); n > 0) extra[c][2] = std::string(model::to_string(static_cast<model::InitiativeKind>(kind)));
    if (!cs.hub_organisations.empty()) {
      const std::string hub = "around " + g.label(cs.hub_organisations[0]);
      if (absent(hub)) extra[c][3] = hub;
    }
    if (!cs.top_initiatives.empty()) extra[c][4] = g.label(cs.top_initiatives[0]);
  }
  make_labels_unique(out.communities, extra);
  return out;
}

}  // namespace ppsnet::query
