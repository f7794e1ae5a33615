#pragma once
// backbone_view: a readable picture of a whole (large) network as the backbone of one of its projections —
// initiatives linked by the partners they share (or organisations linked by the initiatives they share), with
// only the statistically significant links kept by the disparity filter (algo/backbone.hpp).
#include <span>
#include <string>

#include "ppsnet/algo/projection.hpp"
#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/diagram.hpp"
#include "ppsnet/query/network_view.hpp"

namespace ppsnet::query {

struct BackboneViewOptions {
  algo::Side side = algo::Side::initiatives;  ///< which side becomes the nodes of the picture
  double alpha = 0.05;               ///< disparity-filter significance level in [0, 1]; smaller keeps fewer links
  std::size_t max_connector_degree = 0;  ///< connectors with more neighbours are not used to link (0 = no cap)
  std::size_t max_nodes = 200;       ///< at most this many nodes drawn (>= 2)
  std::size_t labelled = 30;         ///< labels for this many of the most central drawn nodes
  /// When the drawn nodes have more than max_links_per_node_ratio × (drawn nodes) backbone links among them, each
  /// node keeps only its top_links strongest (a link stays when it is among the strongest of either endpoint).
  /// 0 = never thin.
  std::size_t top_links = 3;
  std::size_t max_links_per_node_ratio = 3;
  ColourBy colour_by = ColourBy::type;  ///< type = initiative kind / organisation type
  std::string layout = "sfdp";
  std::string title;                 ///< empty = "Initiatives linked by shared partners (backbone)" or the like
  std::string centrality_name = "betweenness";
};

/// Steps:
/// 1. project g onto options.side with Newman collaboration weights, Σ_k 1/(d_k − 1) over shared connectors k
///    (algo::project, honouring max_connector_degree);
/// 2. keep the links with disparity-filter α_ij < alpha at either endpoint (algo::disparity_filter, Serrano,
///    Boguñá & Vespignani 2009, doi:10.1073/pnas.0808904106);
/// 3. candidates: the nodes with at least one backbone link; when there are more than max_nodes, the max_nodes
///    most central by `centrality` (descending, ties by node id), then nodes left without a backbone link among
///    the kept ones are dropped;
/// 4. when the links among the candidates number more than max_links_per_node_ratio × candidates, each candidate
///    keeps its top_links strongest links (ties: lower candidate index pair first), a link staying when either
///    endpoint keeps it (top-k strongest links, as algo::project's top_k); nodes left without a link are dropped.
/// Drawn: every backbone link between two drawn nodes, weight = its Newman weight (thicker = more shared). Node
/// style as network_view (size 0.15 + 0.85 sqrt(c / c_max) in, box = initiative, ellipse = organisation, colour by
/// kind/type or community, labels for the `labelled` most central). The caption says how many links the backbone
/// kept of the projection, what share of the weight, and how many nodes were left out and why.
/// Parameters: centrality (one per PartnerGraph node, e.g. raw betweenness), community (one per node, -1 = none;
/// read only when colour_by == community).
/// Throws std::invalid_argument when a span has the wrong size, max_nodes < 2, or alpha is outside [0, 1].
/// Complexity: the projection's O(Σ_k d_k²) plus O(m' log m') for its m' links.
Diagram backbone_view(const model::PartnerGraph& g, std::span<const double> centrality, std::span<const int> community,
                      const BackboneViewOptions& options = {});

}  // namespace ppsnet::query
