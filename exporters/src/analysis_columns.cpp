#include "ppsnet/output/analysis_columns.hpp"

#include <string>

namespace ppsnet::output {

NodeColumns analysis_columns(const model::PartnerGraph& g, const query::AnalysisResult& r) {
  NodeColumns c;
  c.metrics = {{"degree", r.degree},
               {"betweenness", r.betweenness},
               {"betweenness_bipartite", r.bipartite_betweenness},
               {"degree_centrality_bipartite", r.bipartite_degree}};
  std::vector<double> component(r.component.begin(), r.component.end());
  for (auto& k : component) k += 1;  // 1-based in files
  c.metrics.push_back({"component", std::move(component)});
  std::vector<std::string> community(g.num_nodes());
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) {
    const int k = r.communities.node_community[v];
    community[v] = k < 0 ? "" : std::to_string(k + 1);
  }
  c.categories = {{"community", std::move(community)}};
  return c;
}

}  // namespace ppsnet::output
