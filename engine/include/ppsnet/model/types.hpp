#pragma once
// Vocabulary of the partnership model: node kinds, organisation types, education levels, roles.
// Every enum has a stable lower-case text form (used in files, CLI and exports) and a parser.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ppsnet::model {

/// Dense node index. Initiatives occupy [0, num_initiatives), organisations follow.
using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = static_cast<NodeId>(-1);

/// What an initiative is. Text forms: mbo, coe, fieldlab, project, other.
enum class InitiativeKind : std::uint8_t { mbo, coe, fieldlab, project, other };

/// What an organisation is. Text forms: company, university, hogeschool, mbo-school, coe, vo-school,
/// government, research-institute, branch-organisation, other.
enum class OrganisationType : std::uint8_t {
  company, university, hogeschool, mbo_school, coe, vo_school, government, research_institute,
  branch_organisation, other
};
inline constexpr int kNumOrganisationTypes = 10;
inline constexpr int kNumInitiativeKinds = 5;

/// Education level an organisation type stands for (Dutch system): wo = university, hbo = hogeschool or
/// CoE, mbo = ROC/AOC/vakinstelling, vo = secondary school, none = everything else.
enum class EducationLevel : std::uint8_t { none, vo, mbo, hbo, wo };

/// Role of an organisation in an initiative. Text forms: lead, coordinator, partner, cofunder.
enum class Role : std::uint8_t { partner, lead, coordinator, cofunder };

std::string_view to_string(InitiativeKind k);
std::string_view to_string(OrganisationType t);
std::string_view to_string(EducationLevel l);
std::string_view to_string(Role r);

/// Parsers accept the text forms above case-insensitively, plus common Dutch/English synonyms
/// (e.g. "roc", "aoc", "mbo" -> mbo-school; "hbo", "hogeschool" -> hogeschool; "wo", "universiteit" ->
/// university; "centre of expertise", "centrum voor innovatief vakmanschap" handled by the caller).
/// Return nullopt when the text is not recognised.
std::optional<InitiativeKind> parse_initiative_kind(std::string_view s);
std::optional<OrganisationType> parse_organisation_type(std::string_view s);
std::optional<Role> parse_role(std::string_view s);

/// The education level of an organisation type (see EducationLevel).
EducationLevel education_level(OrganisationType t);

}  // namespace ppsnet::model
