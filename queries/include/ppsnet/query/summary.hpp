#pragma once
// NetworkSummary: the counts an analyst reads first (what summary.json and the report's first table hold).
#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::query {

struct NetworkSummary {
  std::size_t initiatives = 0, organisations = 0;
  std::size_t participations = 0;  ///< participation records (rows), repeated pairs included
  std::size_t edges = 0;           ///< distinct initiative-organisation pairs
  std::size_t initiative_links = 0;
  std::size_t components = 0;      ///< connected components of the bipartite graph (isolated nodes count)
  std::size_t largest_component = 0;  ///< nodes (both sides) in the largest component
  std::size_t isolated_nodes = 0;
  /// Bipartite density m / (|initiatives| * |organisations|) (NetworkX bipartite.density); nullopt when a side is empty.
  std::optional<double> density;
  std::array<std::size_t, model::kNumInitiativeKinds> initiatives_by_kind{};
  std::array<std::size_t, model::kNumOrganisationTypes> organisations_by_type{};
  /// Mean number of distinct partner organisations per initiative of each kind; nullopt when none of that kind.
  std::array<std::optional<double>, model::kNumInitiativeKinds> mean_partners_by_kind{};
  std::array<std::size_t, model::kNumInitiativeKinds> max_partners_by_kind{};
  std::optional<double> mean_partners;           ///< over all initiatives
  std::optional<double> mean_initiatives_per_organisation;
};

/// Computes the summary. `component_membership` / `component_sizes` come from algo::connected_components on
/// g.graph() (passed in so the caller computes components once). O(n + m).
NetworkSummary summarise(const model::PartnerGraph& g, const std::vector<std::size_t>& component_sizes);

}  // namespace ppsnet::query
