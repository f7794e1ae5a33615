#pragma once
// PartnerGraph: the frozen bipartite partnership graph (initiatives x organisations).
//
// Node ids are dense: initiatives are [0, num_initiatives()), organisations are
// [num_initiatives(), num_nodes()). Every edge joins an initiative and an organisation; several
// participations of one pair are folded into one edge whose weight is the number of participations.
// Attributes are stored by index. Built only through GraphBuilder; immutable afterwards.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ppsnet/model/csr_graph.hpp"
#include "ppsnet/model/entities.hpp"

namespace ppsnet::model {

class PartnerGraph {
 public:
  PartnerGraph() = default;

  std::size_t num_initiatives() const { return initiatives_.size(); }
  std::size_t num_organisations() const { return organisations_.size(); }
  std::size_t num_nodes() const { return initiatives_.size() + organisations_.size(); }
  /// Number of distinct initiative-organisation pairs (edges of the bipartite graph).
  std::size_t num_edges() const { return graph_.num_edges(); }

  bool is_initiative(NodeId v) const { return v < initiatives_.size(); }
  bool is_organisation(NodeId v) const { return v >= initiatives_.size() && v < num_nodes(); }

  /// Attribute records. Preconditions: is_initiative(v) / is_organisation(v) (asserted).
  const Initiative& initiative(NodeId v) const;
  const Organisation& organisation(NodeId v) const;
  std::span<const Initiative> initiatives() const { return initiatives_; }
  std::span<const Organisation> organisations() const { return organisations_; }
  /// Node id of the i-th organisation (i in [0, num_organisations())).
  NodeId organisation_node(std::size_t i) const { return static_cast<NodeId>(initiatives_.size() + i); }

  /// External id of a node (initiative or organisation id).
  const std::string& external_id(NodeId v) const;
  /// Display label: the name, or the id when the name is empty.
  const std::string& label(NodeId v) const;

  /// The bipartite adjacency. Edge weight = number of participations of the pair (>= 1).
  const CsrGraph& graph() const { return graph_; }
  std::span<const Participation> participations() const { return participations_; }
  /// Initiative-initiative links through organisations that stand for an initiative (see InitiativeLink).
  std::span<const InitiativeLink> initiative_links() const { return initiative_links_; }

  /// Look up by external id (organisations also by merged alias ids). nullopt when absent.
  std::optional<NodeId> find_initiative(std::string_view id) const;
  std::optional<NodeId> find_organisation(std::string_view id) const;
  /// Either side; initiatives first.
  std::optional<NodeId> find(std::string_view id) const;

 private:
  friend class GraphBuilder;
  std::vector<Initiative> initiatives_;
  std::vector<Organisation> organisations_;
  std::vector<Participation> participations_;
  std::vector<InitiativeLink> initiative_links_;
  CsrGraph graph_;
  std::unordered_map<std::string, NodeId> initiative_index_;
  std::unordered_map<std::string, NodeId> organisation_index_;  // ids and alias ids -> node id
};

}  // namespace ppsnet::model
