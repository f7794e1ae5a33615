#pragma once
// CORDIS Horizon 2020 importers: projects become initiatives (kind project), participants organisations.
#include <string>

#include "ppsnet/import/import.hpp"

namespace ppsnet::import {

/// Reads either CORDIS layout, detected from the header:
///  - the eunets participation table (columns rcn, role, pic, type, contribution, country, start_year, ...);
///  - the official CORDIS `organization.csv` export (`;`-separated: projectID, projectAcronym, organisationID,
///    name, shortName, SME, activityType, city, country, nutsCode, role, ecContribution, ...; decimal commas).
/// Activity types map to organisation types: PRC -> company, PUB -> government, REC -> research-institute,
/// HES -> university or hogeschool (rules in docs/cordis.md), OTH -> other.
ImportResult import_cordis(const std::string& path, const ImportOptions& options);

}  // namespace ppsnet::import
