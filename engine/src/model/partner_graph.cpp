#include "ppsnet/model/partner_graph.hpp"

#include <cassert>

namespace ppsnet::model {

const Initiative& PartnerGraph::initiative(NodeId v) const {
  assert(is_initiative(v));
  return initiatives_[v];
}

const Organisation& PartnerGraph::organisation(NodeId v) const {
  assert(is_organisation(v));
  return organisations_[v - initiatives_.size()];
}

const std::string& PartnerGraph::external_id(NodeId v) const {
  return is_initiative(v) ? initiatives_[v].id : organisation(v).id;
}

const std::string& PartnerGraph::label(NodeId v) const {
  if (is_initiative(v)) return initiatives_[v].name.empty() ? initiatives_[v].id : initiatives_[v].name;
  const auto& o = organisation(v);
  return o.name.empty() ? o.id : o.name;
}

std::optional<NodeId> PartnerGraph::find_initiative(std::string_view id) const {
  auto it = initiative_index_.find(std::string(id));
  if (it == initiative_index_.end()) return std::nullopt;
  return it->second;
}

std::optional<NodeId> PartnerGraph::find_organisation(std::string_view id) const {
  auto it = organisation_index_.find(std::string(id));
  if (it == organisation_index_.end()) return std::nullopt;
  return it->second;
}

std::optional<NodeId> PartnerGraph::find(std::string_view id) const {
  if (auto v = find_initiative(id)) return v;
  return find_organisation(id);
}

}  // namespace ppsnet::model
