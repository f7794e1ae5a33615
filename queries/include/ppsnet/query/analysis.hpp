#pragma once
// analyse(): the main job's computation, composed from the algorithms. The CLI's `analyze` writes its
// result to files (exporters); a web service or script can call it directly.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/community_summary.hpp"
#include "ppsnet/query/diagram.hpp"
#include "ppsnet/query/impact_table.hpp"
#include "ppsnet/query/summary.hpp"

namespace ppsnet::query {

struct AnalysisOptions {
  std::uint64_t seed = 42;            ///< Leiden seed (same seed -> same communities)
  double resolution = 1.0;            ///< Leiden modularity resolution
  int leiden_starts = 1;              ///< Leiden random starts; the best modularity is kept
  unsigned threads = 0;               ///< 0 = all cores
  std::size_t diagram_nodes = 150;    ///< nodes drawn in network.svg
  std::size_t diagram_labels = 25;
  /// Organisations joining more initiatives than this are left out when projecting onto initiatives
  /// (they would link nearly everything); 0 = no cap. Reported in the result.
  std::size_t max_connector_degree = 0;
  /// Called before each step with a short description (for a progress indicator); may be empty.
  std::function<void(const std::string&)> progress;
};

struct AnalysisResult {
  NetworkSummary summary;
  std::vector<int> component;                ///< component per node (0 = largest)
  std::vector<std::size_t> component_sizes;  ///< by component id
  std::vector<double> degree;                ///< distinct neighbours per node
  std::vector<double> betweenness;           ///< raw, unordered pairs once (NetworkX normalized=False)
  std::vector<double> bipartite_betweenness; ///< NetworkX bipartite normalisation
  std::vector<double> bipartite_degree;      ///< NetworkX bipartite.degree_centrality
  // Communities: Leiden (modularity) on the initiative projection weighted by Newman collaboration weight.
  std::vector<model::NodeId> projection_nodes;  ///< initiatives in the projection (all initiatives)
  std::vector<int> projection_membership;
  std::size_t projection_edges = 0;
  std::size_t skipped_connectors = 0;
  double modularity = 0;                     ///< of the partition on the projection
  bool modularity_defined = false;           ///< false when the projection has no edges
  CommunityAssignment communities;
  Diagram diagram;                           ///< the whole-network picture
  /// Impact figures (docs/metrics.md), in report order: education levels by initiative kind, institution pairs
  /// (top 10), regional reach by province and COROP region (when initiatives have a home region), country reach
  /// (when any organisation is abroad), involvement (all rankings in one table, partners per initiative, then one
  /// table per non-empty ranking, "involvement_<kind|all>_<type>", top 10 with ties), type mixing (mixing.hpp)
  /// and brokers (brokers.hpp, top 20).
  std::vector<Table> impact;
  AnalysisOptions options;
};

/// Runs every step. Deterministic for a given graph and options.seed. Complexity dominated by exact
/// betweenness, O(n m) (with degree-1 leaves folded).
AnalysisResult analyse(const model::PartnerGraph& g, const AnalysisOptions& options = {});

}  // namespace ppsnet::query
