#pragma once
// Eigenvector centrality on any undirected graph, bipartite graphs included.
// See docs/algorithms.md ("Eigenvector centrality").
#include <vector>

#include "ppsnet/algo/errors.hpp"
#include "ppsnet/model/csr_graph.hpp"

namespace ppsnet::algo {

/// How the eigenvector is scaled.
/// - max_one:   the largest score is 1 (igraph_eigenvector_centrality(scale=true), python-igraph default).
/// - unit_norm: Euclidean norm 1 (NetworkX eigenvector_centrality). K2,3: 0.5 on the side of 2, 0.408248 on
///              the side of 3 (max_one: 1 and 0.816497).
enum class EigenvectorScaling { max_one, unit_norm };

/// What happens on a graph with several components (each component has its own leading eigenvalue λ_C).
/// - global:        the leading eigenvector of the whole adjacency matrix, as igraph and NetworkX compute it:
///                  nodes of the component(s) with the largest λ_C get their scores, every other node 0. When
///                  several components share the largest λ_C (relative difference <= 1e-9; the eigenvector is
///                  then not unique) each keeps its own vector scaled to max 1 before the final scaling.
///                  A graph without edges: every node 1 (igraph's rule), then scaled.
/// - per_component: every component's own leading eigenvector, each scaled on its own (max 1 or unit norm
///                  within the component), so scores compare within a component only. Isolated nodes get 0.
enum class EigenvectorComponents { global, per_component };

struct EigenvectorOptions {
  EigenvectorScaling scaling = EigenvectorScaling::max_one;
  EigenvectorComponents components = EigenvectorComponents::global;
  /// false: A_uv = 1 for every edge. true: A_uv = edge weight (must be finite and > 0).
  bool weighted = false;
  /// Stop when the largest change of a score (max-one scaled) between two iterations is below this (> 0).
  double tolerance = 1e-13;
  int max_iterations = 100000;  ///< per component, >= 1
};

struct EigenvectorResult {
  std::vector<double> scores;  ///< size g.num_nodes(), by node id, >= 0
  double eigenvalue = 0;       ///< the largest λ_C over the components (0 without edges)
  int iterations = 0;          ///< largest number of iterations any component needed
};

/// Eigenvector centrality: x with A x = λ x for the largest eigenvalue λ (Perron vector, x >= 0), per component
/// as chosen in opt. Computed by power iteration on the shifted matrix A + I (same eigenvectors, eigenvalues
/// λ + 1): plain power iteration on A oscillates on bipartite graphs (their spectrum is symmetric, −λ is also
/// an eigenvalue), the shift makes λ + 1 strictly dominant. Start vector: degree (strength when weighted), as
/// igraph. Convergence rate per iteration: max(1 + λ₂, λ − 1) / (1 + λ) in the component.
/// Result: see EigenvectorResult. Throws std::invalid_argument (weighted with a weight <= 0 or not finite,
/// tolerance <= 0, max_iterations < 1) and AlgorithmError when a component does not converge.
/// Complexity: O(m) per iteration, O(n + m) memory.
/// Source: P. Bonacich, "Factoring and weighting approaches to status scores and clique identification",
/// J. Math. Sociol. 2(1), 1972, doi:10.1080/0022250X.1972.9989806; scaling as igraph 0.10 / NetworkX 2.8.
EigenvectorResult eigenvector_centrality(const model::CsrGraph& g, const EigenvectorOptions& opt = {});

}  // namespace ppsnet::algo
