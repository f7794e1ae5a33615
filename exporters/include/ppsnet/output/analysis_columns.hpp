#pragma once
// The per-node columns every export of an analysis carries (centrality.csv, graph.json, ppsnet export):
// degree, betweenness (raw and bipartite-normalised), bipartite degree centrality, component (1-based) and
// community (1-based; "" when none).
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/columns.hpp"
#include "ppsnet/query/analysis.hpp"

namespace ppsnet::output {

struct NodeColumns {
  std::vector<MetricColumn> metrics;
  std::vector<CategoryColumn> categories;
};

/// Columns by PartnerGraph node id from an analysis of `g`. O(n).
NodeColumns analysis_columns(const model::PartnerGraph& g, const query::AnalysisResult& r);

}  // namespace ppsnet::output
