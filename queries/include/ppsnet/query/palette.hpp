#pragma once
// Colours used in every picture ppsnet draws (SVG, HTML viewer): one per organisation type, initiative kind
// and community. Based on the Okabe-Ito colour-blind-safe palette, extended with Tableau-10 tones.
#include <string_view>

#include "ppsnet/model/types.hpp"

namespace ppsnet::query {

std::string_view colour_of(model::OrganisationType t);
std::string_view colour_of(model::InitiativeKind k);
/// Community colours cycle through 12 distinct tones; index -1 (no community) is grey.
std::string_view community_colour(int community);

}  // namespace ppsnet::query
