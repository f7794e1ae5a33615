#pragma once
// query::centrality: centrality scores of the nodes of the bipartite partnership graph, or of one of its
// projections, one column per measure, rows sorted by the first measure (`ppsnet centrality`).
//
// Each measure is computed by the engine (ppsnet/algo/...); docs/algorithms.md has every formula, convention
// and source. The conventions follow NetworkX unless a request field says otherwise: degree and strength raw;
// betweenness raw over unordered pairs (Brandes 2001, doi:10.1080/0022250X.2001.9990249); closeness of
// disconnected graphs Wasserman–Faust scaled (NetworkX) or over reachable nodes (igraph); harmonic raw sum of
// 1/d (NetworkX) or ÷ (n−1) (igraph); eigenvector unit Euclidean norm; PageRank sums to 1; coreness integer;
// BiRank (He et al. 2017, doi:10.1109/TKDE.2016.2611584) on the bipartite graph only.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ppsnet/algo/closeness.hpp"
#include "ppsnet/algo/centrality.hpp"
#include "ppsnet/algo/projection.hpp"
#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/dataset.hpp"
#include "ppsnet/query/impact_table.hpp"
#include "ppsnet/query/names.hpp"

namespace ppsnet::query {

enum class CentralityMeasure : std::uint8_t {
  degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, coreness, birank
};
/// Which nodes a result lists.
enum class NodeSide : std::uint8_t { initiatives, organisations, both };
/// With `weighted`, how betweenness reads a link weight w: strength (length 1/w) or distance (length w).
enum class WeightsAs : std::uint8_t { strength, distance };
using ClosenessConvention = algo::ClosenessConvention;
using ProjectionSide = algo::Side;
using ProjectionWeight = algo::ProjectionWeight;

template <> struct EnumNames<CentralityMeasure> {
  static constexpr std::array<NamedValue<CentralityMeasure>, 9> values{{
      {"degree", CentralityMeasure::degree}, {"strength", CentralityMeasure::strength},
      {"betweenness", CentralityMeasure::betweenness}, {"closeness", CentralityMeasure::closeness},
      {"harmonic", CentralityMeasure::harmonic}, {"eigenvector", CentralityMeasure::eigenvector},
      {"pagerank", CentralityMeasure::pagerank}, {"coreness", CentralityMeasure::coreness},
      {"birank", CentralityMeasure::birank}}};
};
template <> struct EnumNames<NodeSide> {
  static constexpr std::array<NamedValue<NodeSide>, 3> values{
      {{"initiatives", NodeSide::initiatives}, {"organisations", NodeSide::organisations}, {"both", NodeSide::both}}};
};
template <> struct EnumNames<WeightsAs> {
  static constexpr std::array<NamedValue<WeightsAs>, 2> values{
      {{"strength", WeightsAs::strength}, {"distance", WeightsAs::distance}}};
};
template <> struct EnumNames<ClosenessConvention> {
  static constexpr std::array<NamedValue<ClosenessConvention>, 2> values{
      {{"networkx", ClosenessConvention::networkx}, {"igraph", ClosenessConvention::igraph}}};
};
template <> struct EnumNames<ProjectionSide> {
  static constexpr std::array<NamedValue<ProjectionSide>, 2> values{
      {{"initiatives", ProjectionSide::initiatives}, {"organisations", ProjectionSide::organisations}}};
};
template <> struct EnumNames<ProjectionWeight> {
  static constexpr std::array<NamedValue<ProjectionWeight>, 4> values{
      {{"count", ProjectionWeight::count}, {"jaccard", ProjectionWeight::jaccard},
       {"overlap", ProjectionWeight::overlap}, {"newman", ProjectionWeight::newman}}};
};

struct CentralityRequest {
  /// Measures, one column each, in this order (repeats are ignored); the first sorts the rows. Not empty.
  std::vector<CentralityMeasure> measures{CentralityMeasure::degree};
  NodeSide side = NodeSide::both;
  /// Only the `top` highest rows (0 = all).
  std::size_t top = 0;
  /// Degree, betweenness and closeness normalised per side as NetworkX's bipartite module (Borgatti & Halgin
  /// 2011). Bipartite graph only.
  bool bipartite_normalised = false;
  ClosenessConvention closeness_convention = ClosenessConvention::networkx;
  /// Harmonic centrality ÷ (n − 1) as igraph; false: the raw sum of 1/d as NetworkX.
  bool harmonic_normalised = false;
  /// Link weights (participations; projection weights) as tie strengths in betweenness, PageRank, eigenvector
  /// and BiRank. Exact betweenness only (not with betweenness_sample) and not with bipartite_normalised
  /// betweenness, which counts hops.
  bool weighted = false;
  WeightsAs weights_as = WeightsAs::strength;
  /// PageRank damping factor in [0, 1).
  double damping = 0.85;
  /// Personalised PageRank: reset to these external ids (initiatives or organisations). Empty: uniform.
  std::vector<std::string> personalise;
  /// Worker threads for betweenness and closeness (0 = all cores); results do not depend on it.
  unsigned threads = 0;
  /// Run on the projection onto this side instead of the bipartite graph (not with birank or
  /// bipartite_normalised).
  std::optional<ProjectionSide> projection;
  ProjectionWeight projection_weight = ProjectionWeight::newman;
  /// Projection: leave out connectors with more than this many distinct neighbours (0 = no cap).
  std::size_t max_connector_degree = 0;
  /// Betweenness by sampling shortest paths (Riondato & Kornaropoulos 2016): additive error ε in (0, 1) on
  /// BC/(n(n−1)/2); 0 = exact.
  double betweenness_sample = 0;
  /// Failure probability δ of the sampled betweenness, in (0, 1).
  double delta = 0.1;
  /// Seed of the sampled betweenness (same seed, same data: same output).
  std::uint64_t seed = 42;
};

struct CentralityColumn {
  CentralityMeasure measure = CentralityMeasure::degree;
  /// values[r] is the score of result row r (see CentralityResult::nodes); NaN = undefined.
  std::vector<double> values;
  bool integer = false;  ///< whole numbers (degree, strength of unit weights, coreness)
};

struct CentralityResult {
  /// Rows: PartnerGraph node ids, highest first by the first measure (NaN last; ties by node id).
  std::vector<model::NodeId> nodes;
  std::vector<CentralityColumn> columns;
  /// Nodes and links of the graph the measures ran on (the projection when one was asked for).
  std::size_t graph_nodes = 0, graph_links = 0;
  /// Connectors left out of the projection by max_connector_degree.
  std::size_t skipped_connectors = 0;
  /// What was computed, in words (the table's note).
  std::string note;
  /// The presentation form: columns id, label, side, then one per measure (name = measure name).
  Table table;
};

/// Computes the request on `g`. Throws Error(invalid_request) for parameters out of range or contradicting
/// each other (parameter = the request field), Error(not_found) for a personalise id that is not a node (of
/// the projection). Time: the sum of the measures' costs (betweenness O(n m), closeness/harmonic O(n m) over
/// folded sources, the others O(m) per iteration); memory O(n + m) plus the projection when one is asked for.
CentralityResult centrality(const model::PartnerGraph& g, const CentralityRequest& request);
/// The same on a Dataset, whose cached projection is used (and kept) when the request asks for one.
CentralityResult centrality(const Dataset& dataset, const CentralityRequest& request);

}  // namespace ppsnet::query
