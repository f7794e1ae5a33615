#include "ppsnet/query/diagram_clusters.hpp"

#include <stdexcept>
#include <string>

namespace ppsnet::query {

void cluster_by_community(Diagram& d, const model::PartnerGraph& g, std::span<const int> node_community,
                          std::span<const CommunitySummary> communities) {
  if (node_community.size() != g.num_nodes())
    throw std::invalid_argument("cluster_by_community: one community per node is needed");
  for (auto& n : d.nodes) {
    std::optional<model::NodeId> v;
    if (n.id.rfind("i:", 0) == 0) v = g.find_initiative(n.id.substr(2));
    else if (n.id.rfind("o:", 0) == 0) v = g.find_organisation(n.id.substr(2));
    if (!v) continue;
    const int c = node_community[*v];
    if (c < 0) continue;
    n.cluster = "community " + std::to_string(c + 1);
    if (static_cast<std::size_t>(c) < communities.size() && !communities[static_cast<std::size_t>(c)].label.empty())
      n.cluster += ": " + communities[static_cast<std::size_t>(c)].label;
  }
}

}  // namespace ppsnet::query
