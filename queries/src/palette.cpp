#include "ppsnet/query/palette.hpp"

#include <array>

namespace ppsnet::query {

std::string_view colour_of(model::OrganisationType t) {
  // Chosen so that no two types, and no type and initiative kind, are confusable (mbo-school is orange, not
  // green like mbo initiatives; company light grey, other mid grey).
  // company, university, hogeschool, mbo-school, coe, vo-school, government, research-institute, branch, other
  static constexpr std::array<std::string_view, model::kNumOrganisationTypes> c{
      "#d9d9d9", "#0072b2", "#56b4e9", "#e69f00", "#cc79a7", "#f0e442", "#d55e00", "#8c6d31", "#b15928", "#969696"};
  return c[static_cast<std::size_t>(t)];
}

std::string_view colour_of(model::InitiativeKind k) {
  // mbo, coe, fieldlab, project, other: darker tones than the organisation types, so boxes stand out
  static constexpr std::array<std::string_view, model::kNumInitiativeKinds> c{"#1b7837", "#6a51a3", "#e7298a",
                                                                              "#b2182b", "#525252"};
  return c[static_cast<std::size_t>(k)];
}

// Tableau-10 and lighter tones; the 10th is a warm dark grey (the light teal of Tableau-20 looked like the 4th).
std::string_view community_colour(int community) {
  static constexpr std::array<std::string_view, 12> c{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2",
                                                      "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                                                      "#9c755f", "#79706e", "#d37295", "#a0cbe8"};
  if (community < 0) return "#cccccc";
  return c[static_cast<std::size_t>(community) % c.size()];
}

NodeColour node_colour(const model::PartnerGraph& g, model::NodeId v, ColourBy by, std::span<const int> community) {
  if (by == ColourBy::community && !community.empty()) {
    const int c = community[v];
    return {std::string(community_colour(c)), c < 0 ? "no community" : "community " + std::to_string(c + 1)};
  }
  if (g.is_initiative(v)) {
    const auto kind = g.initiative(v).kind;
    return {std::string(colour_of(kind)), "initiative: " + std::string(model::to_string(kind))};
  }
  const auto type = g.organisation(v).type;
  // A CoE taking part as an organisation, told apart from CoE initiatives ("initiative: coe") in legends.
  if (type == model::OrganisationType::coe) return {std::string(colour_of(type)), "coe (as partner)"};
  return {std::string(colour_of(type)), std::string(model::to_string(type))};
}

}  // namespace ppsnet::query
