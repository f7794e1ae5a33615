#pragma once
// Small graphs shared by the mixing and brokers tests.
#include <string>
#include <utility>
#include <vector>

#include "ppsnet/model/graph_builder.hpp"

namespace ppsnet::test_mixing {

struct OrgSpec {
  std::string id;
  model::OrganisationType type;
};

/// Builds a PartnerGraph from organisations and (initiative, organisation) participations; every initiative is of
/// kind project without a lead. Initiatives get node ids in the order they first appear in `parts`.
inline model::PartnerGraph build(const std::vector<OrgSpec>& orgs,
                                 const std::vector<std::pair<std::string, std::string>>& parts) {
  model::Diagnostics d;
  model::GraphBuilder b(d);
  for (const auto& o : orgs) {
    model::Organisation x;
    x.id = o.id;
    x.name = o.id;
    x.type = o.type;
    b.add_organisation(std::move(x));
  }
  std::vector<std::string> seen;
  for (const auto& [i, o] : parts) {
    bool known = false;
    for (const auto& s : seen) known = known || s == i;
    if (known) continue;
    seen.push_back(i);
    model::Initiative x;
    x.id = i;
    x.kind = model::InitiativeKind::project;
    b.add_initiative(std::move(x));
  }
  for (const auto& [i, o] : parts) b.add_participation({i, o});
  return b.build();
}

}  // namespace ppsnet::test_mixing
