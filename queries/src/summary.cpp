#include "ppsnet/query/summary.hpp"

#include <algorithm>

namespace ppsnet::query {

NetworkSummary summarise(const model::PartnerGraph& g, const std::vector<std::size_t>& component_sizes) {
  NetworkSummary s;
  s.initiatives = g.num_initiatives();
  s.organisations = g.num_organisations();
  s.participations = g.participations().size();
  s.edges = g.num_edges();
  s.initiative_links = g.initiative_links().size();
  s.components = component_sizes.size();
  for (std::size_t c : component_sizes) s.largest_component = std::max(s.largest_component, c);
  const auto& csr = g.graph();
  for (model::NodeId v = 0; v < g.num_nodes(); ++v)
    if (csr.degree(v) == 0) ++s.isolated_nodes;
  if (s.initiatives > 0 && s.organisations > 0)
    s.density = static_cast<double>(s.edges) / (static_cast<double>(s.initiatives) * static_cast<double>(s.organisations));
  std::array<std::size_t, model::kNumInitiativeKinds> partner_sum{};
  for (model::NodeId i = 0; i < g.num_initiatives(); ++i) {
    const auto k = static_cast<std::size_t>(g.initiative(i).kind);
    ++s.initiatives_by_kind[k];
    partner_sum[k] += csr.degree(i);
    s.max_partners_by_kind[k] = std::max(s.max_partners_by_kind[k], csr.degree(i));
  }
  for (std::size_t k = 0; k < partner_sum.size(); ++k)
    if (s.initiatives_by_kind[k] > 0)
      s.mean_partners_by_kind[k] = static_cast<double>(partner_sum[k]) / static_cast<double>(s.initiatives_by_kind[k]);
  for (const auto& o : g.organisations()) ++s.organisations_by_type[static_cast<std::size_t>(o.type)];
  if (s.initiatives > 0) s.mean_partners = static_cast<double>(s.edges) / static_cast<double>(s.initiatives);
  if (s.organisations > 0)
    s.mean_initiatives_per_organisation = static_cast<double>(s.edges) / static_cast<double>(s.organisations);
  return s;
}

}  // namespace ppsnet::query
