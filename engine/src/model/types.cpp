#include "ppsnet/model/types.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace ppsnet::model {
namespace {

std::string lower_key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '_' || c == ' ') c = '-';
    else c = static_cast<char>(std::tolower(u));
    out.push_back(c);
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  std::size_t b = 0;
  while (b < out.size() && out[b] == '-') ++b;
  return out.substr(b);
}

}  // namespace

std::string_view to_string(InitiativeKind k) {
  static constexpr std::array<std::string_view, kNumInitiativeKinds> names{"mbo", "coe", "fieldlab", "project",
                                                                           "other"};
  return names[static_cast<std::size_t>(k)];
}

std::string_view to_string(OrganisationType t) {
  static constexpr std::array<std::string_view, kNumOrganisationTypes> names{
      "company", "university", "hogeschool", "mbo-school", "coe", "vo-school", "government",
      "research-institute", "branch-organisation", "other"};
  return names[static_cast<std::size_t>(t)];
}

std::string_view to_string(EducationLevel l) {
  static constexpr std::array<std::string_view, 5> names{"none", "vo", "mbo", "hbo", "wo"};
  return names[static_cast<std::size_t>(l)];
}

std::string_view to_string(Role r) {
  static constexpr std::array<std::string_view, 4> names{"partner", "lead", "coordinator", "cofunder"};
  return names[static_cast<std::size_t>(r)];
}

std::optional<InitiativeKind> parse_initiative_kind(std::string_view s) {
  const std::string k = lower_key(s);
  if (k == "mbo" || k == "mbo-pps" || k == "pps-mbo" || k == "cib" || k == "rif") return InitiativeKind::mbo;
  if (k == "coe" || k == "centre-of-expertise" || k == "center-of-expertise" || k == "hbo" || k == "hbo-coe")
    return InitiativeKind::coe;
  if (k == "fieldlab" || k == "field-lab") return InitiativeKind::fieldlab;
  if (k == "project" || k == "research-project" || k == "onderzoeksproject") return InitiativeKind::project;
  if (k == "other" || k == "overig" || k == "anders") return InitiativeKind::other;
  return std::nullopt;
}

std::optional<OrganisationType> parse_organisation_type(std::string_view s) {
  const std::string k = lower_key(s);
  if (k == "company" || k == "bedrijf" || k == "business" || k == "private" || k == "sme" || k == "mkb")
    return OrganisationType::company;
  if (k == "university" || k == "universiteit" || k == "wo") return OrganisationType::university;
  if (k == "hogeschool" || k == "hbo" || k == "university-of-applied-sciences")
    return OrganisationType::hogeschool;
  if (k == "mbo-school" || k == "mbo" || k == "roc" || k == "aoc" || k == "vakinstelling" || k == "mbo-college")
    return OrganisationType::mbo_school;
  if (k == "coe" || k == "centre-of-expertise" || k == "center-of-expertise") return OrganisationType::coe;
  if (k == "vo-school" || k == "vo" || k == "school" || k == "secondary-school") return OrganisationType::vo_school;
  if (k == "government" || k == "overheid" || k == "gemeente" || k == "provincie" || k == "public")
    return OrganisationType::government;
  if (k == "research-institute" || k == "onderzoeksinstituut" || k == "research" || k == "to2")
    return OrganisationType::research_institute;
  if (k == "branch-organisation" || k == "branch-organization" || k == "branche" || k == "brancheorganisatie")
    return OrganisationType::branch_organisation;
  if (k == "other" || k == "overig" || k == "anders") return OrganisationType::other;
  return std::nullopt;
}

std::optional<Role> parse_role(std::string_view s) {
  const std::string k = lower_key(s);
  if (k.empty() || k == "partner" || k == "participant" || k == "member" || k == "thirdparty" ||
      k == "third-party" || k == "internationalpartner" || k == "partnerorganization")
    return Role::partner;
  if (k == "lead" || k == "penvoerder" || k == "leader") return Role::lead;
  if (k == "coordinator" || k == "coordinater" || k == "trekker") return Role::coordinator;
  if (k == "cofunder" || k == "co-funder" || k == "funder" || k == "financier") return Role::cofunder;
  return std::nullopt;
}

EducationLevel education_level(OrganisationType t) {
  switch (t) {
    case OrganisationType::university: return EducationLevel::wo;
    case OrganisationType::hogeschool:
    case OrganisationType::coe: return EducationLevel::hbo;
    case OrganisationType::mbo_school: return EducationLevel::mbo;
    case OrganisationType::vo_school: return EducationLevel::vo;
    default: return EducationLevel::none;
  }
}

}  // namespace ppsnet::model
