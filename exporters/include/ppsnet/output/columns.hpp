#pragma once
// Per-node result columns handed to the table exporters (node-link JSON, node CSV). The exporters do not compute
// them: a query computes scores or labels and passes them here by PartnerGraph node id.
#include <string>
#include <vector>

namespace ppsnet::output {

/// A numeric column, e.g. {"degree_centrality", {...}}. values[v] belongs to PartnerGraph node id v; the vector
/// must have exactly num_nodes() entries. NaN and +/-infinity mean "missing" (JSON null, empty CSV field).
struct MetricColumn {
  std::string name;
  std::vector<double> values;
};

/// A text column, e.g. {"community_label", {...}}, indexed like MetricColumn. "" means missing (JSON null,
/// empty CSV field).
struct CategoryColumn {
  std::string name;
  std::vector<std::string> values;
};

}  // namespace ppsnet::output
