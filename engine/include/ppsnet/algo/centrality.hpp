#pragma once
// Centrality measures on CsrGraph (any undirected graph) and on the bipartite PartnerGraph.
// Scores are indexed by node id of the graph passed in. See docs/algorithms.md for formulas and sources.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ppsnet/algo/errors.hpp"
#include "ppsnet/model/csr_graph.hpp"
#include "ppsnet/model/partner_graph.hpp"

namespace ppsnet::algo {

/// How edge weights enter shortest paths.
/// - unweighted: every edge has length 1 (weights ignored).
/// - distance:   the weight is the edge length (NetworkX / igraph convention for `weight=`).
/// - strength:   the weight is a tie strength (e.g. number of shared projects); length = 1 / weight.
enum class Weighting { unweighted, distance, strength };

struct BetweennessOptions {
  Weighting weighting = Weighting::unweighted;
  /// false: raw scores. true: divided by (n−1)(n−2)/2, the number of pairs not containing the node
  /// (NetworkX betweenness_centrality(normalized=True) for undirected graphs); no scaling when n <= 2.
  bool normalized = false;
  /// Worker threads; 0 = std::thread::hardware_concurrency(). The result does not depend on it (bit-identical).
  unsigned threads = 0;
};

/// Betweenness centrality of every node: BC(v) = Σ_{ {s,t}: s≠v≠t } σ_st(v) / σ_st, each unordered pair once,
/// where σ_st counts shortest s–t paths and σ_st(v) those through v. Pairs in different components add 0.
/// Equals NetworkX betweenness_centrality(G, normalized=False) and igraph betweenness(directed=False).
/// Parameters: g any undirected graph; opt as above. Weighted modes need every weight finite and > 0;
/// path lengths within a relative tolerance of 1e-12 count as equal (ties).
/// Result: size g.num_nodes(), by node id; >= 0.
/// Throws std::invalid_argument for a non-positive or non-finite weight in a weighted mode.
/// Complexity: Brandes' algorithm, O(n' m) time unweighted, O(n' m + n' n log n) weighted, where n' is the
/// number of nodes of degree >= 2 (degree-1 nodes are folded into their neighbour exactly: a leaf's shortest
/// paths are its neighbour's, one step longer). Memory O(n + m) per thread plus 64 accumulators of n doubles
/// (fewer for very large n); the 64 fixed source blocks are summed in block order whatever the thread count.
/// Source: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001,
/// doi:10.1080/0022250X.2001.9990249.
std::vector<double> betweenness(const model::CsrGraph& g, const BetweennessOptions& opt = {});

struct BetweennessSampleOptions {
  /// ε in (0, 1): additive error bound on the pair-normalised scale b(v) = BC(v) / (n(n−1)/2) (see below).
  double epsilon = 0.01;
  /// δ in (0, 1): the bound holds for all nodes at once with probability >= 1 − δ.
  double delta = 0.1;
  std::uint64_t seed = 42;  ///< same seed, same graph -> bit-identical result (any thread count).
  /// c in the sample size (> 0). The theorem holds for a universal constant c whose value is not proven; the paper
  /// uses 0.5, an estimate from Löffler & Phillips (ESA 2009). NetworKit's ApproxBetweenness defaults to 1 for
  /// that reason; 1 doubles r.
  double universal_constant = 0.5;
  /// Scale of `scores`: false = raw (as betweenness() with normalized = false), true = divided by
  /// (n−1)(n−2)/2 (as betweenness() with normalized = true).
  bool normalized = false;
  /// Worker threads; 0 = std::thread::hardware_concurrency(). The result does not depend on it.
  unsigned threads = 0;
  /// true (default): when the sample size r is at least n', the number of nodes of degree >= 2 (the sources exact
  /// Brandes needs, see betweenness()), sampling would cost more than the exact answer, so the exact betweenness
  /// (hop distances) is computed instead and SampledBetweenness::exact is set. false: always sample (tests).
  bool exact_if_cheaper = true;
};

struct SampledBetweenness {
  /// Estimated betweenness of every node, by node id, on the scale of betweenness(g, {.normalized = ...}).
  std::vector<double> scores;
  /// r, the number of node pairs sampled (0: exact, see below). When `exact` is true: the sample size that would
  /// have been needed (none was drawn), saturated at SIZE_MAX.
  std::size_t samples = 0;
  std::size_t vertex_diameter_bound = 0;  ///< VD used in the sample size
  /// ε expressed on the scale of `scores`: ε · n(n−1)/2 (raw) or ε · n/(n−2) (normalized); 0 when samples = 0
  /// (then every score is exactly 0, which is exact) and 0 when `exact` is true.
  double error_bound = 0;
  /// true: r >= n' (see BetweennessSampleOptions::exact_if_cheaper), so `scores` are the exact
  /// betweenness(g, {.weighting = unweighted, .normalized = ...}) and error_bound is 0.
  bool exact = false;
  /// n', the number of nodes of degree >= 2 (the sources exact betweenness needs) that r was compared with.
  std::size_t exact_sources = 0;
};

/// Sample size of Riondato & Kornaropoulos (2016), Theorem 2 (c: see BetweennessSampleOptions::universal_constant):
///   r = ⌈(c / ε²) · (⌊log2(VD − 2)⌋ + 1 + ln(1/δ))⌉,  VD = an upper bound on the vertex diameter (the most nodes
/// on any shortest path). Returns 0 when VD < 3 (no shortest path has an interior node: every betweenness is 0).
/// Computed in double; a value that does not fit std::size_t (tiny ε) is returned as SIZE_MAX.
/// Throws std::invalid_argument unless 0 < ε < 1, 0 < δ < 1 and c > 0 (finite). O(1).
std::size_t betweenness_sample_size(double epsilon, double delta, std::size_t vertex_diameter_bound,
                                    double universal_constant = 0.5);

/// Upper bound on the vertex diameter of an undirected graph, hop distances: for each connected component, a
/// breadth-first search from its highest-degree node h (ties: lowest id) gives ecc(h), and
/// VD_C = min(2·ecc(h) + 1, |C|) (diameter <= 2·ecc(h) edges; a shortest path has at most |C| nodes);
/// the result is the largest VD_C (0 for the empty graph, 1 without edges). O(n + m).
std::size_t vertex_diameter_bound(const model::CsrGraph& g);

/// Approximate betweenness by sampling shortest paths (Riondato & Kornaropoulos, "Fast approximation of
/// betweenness centrality through sampling", Data Min. Knowl. Disc. 30, 438–475, 2016,
/// doi:10.1007/s10618-015-0423-0). Unweighted (hop) shortest paths; edge weights are ignored.
/// r = betweenness_sample_size(ε, δ, vertex_diameter_bound(g), c) times: draw an ordered pair (s, t), s ≠ t,
/// uniformly; if t is reachable, draw one shortest s–t path uniformly among all σ_st and add 1/r to each of its
/// interior nodes. The path is found by a balanced bidirectional breadth-first search (the side with the smaller
/// frontier degree sum expands a full level) until the two balls meet; the meeting node x is drawn with probability
/// σ_sx σ_xt / σ_st, then each half backwards (predecessor u of w with probability σ(u) / σ(w)). The estimate b̃(v)
/// is unbiased for b(v) = (1/(n(n−1))) Σ_{s≠v≠t, ordered} σ_st(v)/σ_st = BC(v) / (n(n−1)/2), and
/// P(max_v |b̃(v) − b(v)| <= ε) >= 1 − δ. scores = b̃ · n(n−1)/2 (raw) or b̃ · n(n−1)/2 / ((n−1)(n−2)/2)
/// (normalized); the guarantee on those scales is SampledBetweenness::error_bound.
/// Sample i uses its own SplitMix64 stream derived from (seed, i) and adds integer counts; the counts are summed
/// exactly, so the result is bit-identical for any thread count.
/// When r >= n' (nodes of degree >= 2) and opt.exact_if_cheaper, no sample is drawn: the result is the exact
/// betweenness() with hop distances (exact = true, error_bound = 0), since r searches would cost more than Brandes'
/// n' searches (r is compared in double, so a huge r from a tiny ε cannot overflow).
/// Throws std::invalid_argument unless 0 < ε < 1, 0 < δ < 1 and c > 0.
/// Complexity: O(n + m) for VD, then min(r, exact Brandes' cost): r bidirectional searches, each O(n + m) in the worst case but usually touching
/// a small part of a small-world graph; r is independent of n. Memory O(n) per thread (two distance/σ arrays and
/// n counters) plus the graph.
SampledBetweenness betweenness_sampled(const model::CsrGraph& g, const BetweennessSampleOptions& opt = {});

/// Degree: number of distinct neighbours (parallel participations folded). Size g.num_nodes(). O(n).
std::vector<double> degree(const model::CsrGraph& g);

/// Strength: sum of edge weights at each node (for a PartnerGraph: number of participations). O(n + m).
std::vector<double> strength(const model::CsrGraph& g);

/// Bipartite degree centrality (NetworkX bipartite.degree_centrality, Borgatti & Halgin 2011):
/// deg(v) / |organisations| for an initiative, deg(v) / |initiatives| for an organisation, deg = distinct
/// neighbours. 0 when the other side is empty. Size g.num_nodes(), by PartnerGraph node id. O(n).
std::vector<double> bipartite_degree_centrality(const model::PartnerGraph& g);

/// Bipartite betweenness centrality (NetworkX bipartite.betweenness_centrality, Borgatti & Halgin 2011):
/// raw unweighted betweenness (as betweenness() above) divided by the largest value possible on the node's
/// side. With U = initiatives (n nodes) and V = organisations (m nodes), for v in U the divisor is
/// ½[m²(s+1)² + m(s+1)(2t−s−1) − t(2s−t+3)] with (s, t) = divmod(n−1, m); for v in V the same with n and m
/// swapped and (s, t) = divmod(m−1, n). Multiplicities (edge weights) are ignored.
/// Where NetworkX divides by zero (a side empty or a divisor of 0, e.g. K1,1) the score is 0 here.
/// threads: as in BetweennessOptions (result independent of it). Size g.num_nodes(), by node id.
/// Complexity as betweenness(). Source: S.P. Borgatti & D.S. Halgin, "Analyzing affiliation networks",
/// The SAGE Handbook of Social Network Analysis, 2011, doi:10.4135/9781446294413.n28.
std::vector<double> bipartite_betweenness(const model::PartnerGraph& g, unsigned threads = 0);

/// The same normalisation applied to raw scores already computed with betweenness(g.graph()) (unweighted,
/// not normalised), to avoid running Brandes twice. raw_betweenness.size() must be g.num_nodes()
/// (std::invalid_argument otherwise). O(n).
std::vector<double> bipartite_betweenness(const model::PartnerGraph& g, std::span<const double> raw_betweenness);

}  // namespace ppsnet::algo
