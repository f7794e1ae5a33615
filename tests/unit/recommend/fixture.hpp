#pragma once
// The hand-computed fixture shared by the recommend tests.
//
// Initiatives (kind, COROP, sectors):
//   A  mbo  CR17 Utrecht          {Agri & Food, Energie}
//   B  mbo  CR17 Utrecht          {Energie}
//   C  mbo  CR23 Groot-Amsterdam  {Agri & Food}          (CR23 borders CR17: CBS 2015 land border)
//   D  coe  unknown               {}
// Organisations (type, COROP): o1 company CR17, o2 company CR17, o3 hogeschool CR17, o4 company CR17,
//   o5 company CR01 Oost-Groningen (not a neighbour of CR17), o6 coe standing for initiative D (initiative_id "D"),
//   o7 university (no location).
// Links: A: o1 o2 o3 | B: o1 o3 o4 o6 | C: o2 o3 o5 | D: o3 o4 o7
// Partner degrees d_w: o1 2 (A,B), o2 2 (A,C), o3 4 (A,B,C,D), o4 2 (B,D), o5 1, o6 1, o7 1.
// Initiative link: o6 (stands for D) takes part in B, so B -> D.
#include <string>

#include "ppsnet/model/graph_builder.hpp"

namespace ppsnet::test {

inline model::PartnerGraph recommend_fixture() {
  using model::InitiativeKind;
  using model::OrganisationType;
  model::Diagnostics diag;
  model::GraphBuilder b(diag);
  auto ini = [&](std::string id, InitiativeKind kind, std::uint8_t corop, std::vector<std::string> sectors) {
    model::Initiative i;
    i.id = id;
    i.name = "Initiative " + id;
    i.kind = kind;
    i.location.corop = corop;
    i.sectors = std::move(sectors);
    b.add_initiative(std::move(i));
  };
  ini("A", InitiativeKind::mbo, 17, {"Agri & Food", "Energie"});
  ini("B", InitiativeKind::mbo, 17, {"Energie"});
  ini("C", InitiativeKind::mbo, 23, {"Agri & Food"});
  ini("D", InitiativeKind::coe, 0, {});
  auto org = [&](std::string id, OrganisationType type, std::uint8_t corop, std::string stands_for = {}) {
    model::Organisation o;
    o.id = id;
    o.name = "Org " + id;
    o.type = type;
    o.location.corop = corop;
    o.initiative_id = std::move(stands_for);
    b.add_organisation(std::move(o));
  };
  org("o1", OrganisationType::company, 17);
  org("o2", OrganisationType::company, 17);
  org("o3", OrganisationType::hogeschool, 17);
  org("o4", OrganisationType::company, 17);
  org("o5", OrganisationType::company, 1);
  org("o6", OrganisationType::coe, 0, "D");
  org("o7", OrganisationType::university, 0);
  const char* links[][2] = {{"A", "o1"}, {"A", "o2"}, {"A", "o3"}, {"B", "o1"}, {"B", "o3"}, {"B", "o4"}, {"B", "o6"},
                            {"C", "o2"}, {"C", "o3"}, {"C", "o5"}, {"D", "o3"}, {"D", "o4"}, {"D", "o7"}};
  for (const auto& l : links) {
    model::ParticipationRecord p;
    p.initiative_id = l[0];
    p.organisation_id = l[1];
    b.add_participation(p);
  }
  return b.build();
}

}  // namespace ppsnet::test
