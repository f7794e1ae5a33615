#pragma once
// Attribute records of the partnership model. Stored by dense index inside PartnerGraph.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ppsnet/model/types.hpp"

namespace ppsnet::model {

/// Where something is. corop: CBS COROP code 1..40 (0 = unknown); province: CBS code 20..31
/// (PV20 Groningen .. PV31 Limburg; 0 = unknown); country: ISO 3166-1 alpha-2, upper case ("" = unknown).
struct Location {
  std::string municipality;
  std::uint8_t corop = 0;
  std::uint8_t province = 0;
  std::string country;
};

/// Extra columns found in the input that ppsnet has no field for: kept, in input column order.
using ExtraAttributes = std::vector<std::pair<std::string, std::string>>;

struct Initiative {
  std::string id;                      ///< external id, unique among initiatives
  std::string name;                    ///< display name ("" -> id is shown)
  InitiativeKind kind = InitiativeKind::other;
  std::string lead_organisation_id;    ///< external organisation id of the lead, "" if none
  Location location;
  std::vector<std::string> sectors;    ///< e.g. topsectors, in input order, no duplicates
  std::optional<int> start_year;
  ExtraAttributes extra;
};

struct Organisation {
  std::string id;                      ///< external id, unique among organisations (after merging)
  std::string name;
  OrganisationType type = OrganisationType::other;
  Location location;
  std::string kvk;                     ///< Dutch Chamber of Commerce number (8 digits, text)
  std::string brin;                    ///< DUO BRIN code (e.g. "00IC", "31FR"), text
  std::string pic;                     ///< CORDIS Participant Identification Code (9 digits), text
  std::string initiative_id;           ///< external id of the initiative this organisation stands for, "" if none
  std::vector<std::string> sectors;
  std::vector<std::string> aliases;    ///< other ids/names merged into this organisation
  ExtraAttributes extra;
};

/// One organisation taking part in one initiative. Several participations of the same pair are kept
/// (e.g. different years or roles); the adjacency folds them into one edge with multiplicity.
struct Participation {
  NodeId initiative = kNoNode;         ///< initiative index in [0, num_initiatives)
  NodeId organisation = kNoNode;       ///< organisation node id in [num_initiatives, num_nodes)
  Role role = Role::partner;
  std::optional<int> year;
  std::optional<double> contribution_eur;
};

/// An initiative-initiative link that exists because an organisation standing for initiative `to`
/// (organisation.initiative_id) participates in initiative `from` (e.g. a CoE partner of an mbo PPS).
struct InitiativeLink {
  NodeId from = kNoNode;               ///< initiative in which the organisation participates
  NodeId to = kNoNode;                 ///< initiative the organisation stands for
  NodeId via = kNoNode;                ///< the organisation's node id
};

}  // namespace ppsnet::model
