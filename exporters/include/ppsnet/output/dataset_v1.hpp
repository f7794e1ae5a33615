#pragma once
// Writes a PartnerGraph as a format-v1 dataset folder (the format `ppsnet analyze FOLDER` reads):
//
//   initiatives.csv     id,name,kind,lead_organisation_id,municipality,corop,province,country,sectors,start_year[,extra...]
//   organisations.csv   id,name,type,municipality,corop,province,country,kvk,brin,pic,initiative_id,sectors[,extra...]
//   participations.csv  initiative_id,organisation_id,role,year,contribution_eur
//
// Encoding: UTF-8 without BOM, ',' separated, RFC 4180 quoting (output::csv_field: a field with ',', '"', CR
// or LF is quoted, '"' doubled), records end with LF. Values: kind/type/role in their text forms
// (model::to_string); corop as "CR01".."CR40"; province as its CBS name ("Noord-Brabant"); country as ISO
// alpha-2; sectors joined with '|'; unknown values (corop 0, no year, ...) are empty fields; contribution_eur
// is the shortest decimal text that reads back to the same double ("12500", "0.5").
// Extra attributes become extra columns after the fixed ones: the union of keys over the rows of a file in
// first-seen order (a key equal to a fixed column name is written as "extra_<key>"); rows without the key
// have an empty field. Organisation aliases are not written (they are ids merged away, not records).
// Rows follow node order (initiatives, organisations) and participation order, so the bytes are a function
// of the graph alone. Reading the folder back gives the same graph (ids, attributes, participations).
#include <stdexcept>
#include <string>

#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::output {

/// The folder or a file in it cannot be created or written.
struct DatasetWriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Writes the three files into `folder`, creating it (and its parents) when needed; existing files of
/// these names are replaced. Throws DatasetWriteError when the folder cannot be created or a file cannot be
/// written. O(n + p) for n nodes and p participations (times the number of extra columns).
void write_dataset_v1(const model::PartnerGraph& graph, const std::string& folder);

}  // namespace ppsnet::output
