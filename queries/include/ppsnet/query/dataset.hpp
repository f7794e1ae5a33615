#pragma once
// query::Dataset: a loaded dataset that answers many queries: the frozen graph, the diagnostics found while
// reading it and a cache of the derived structures that queries share (projections, the analysis of
// `analyze`), each computed on first use and then kept, so that a long-running process (a server, a Python
// session) answers repeated queries without recomputing.
//
// Thread safety: every member function is const and may be called from several threads at once. The graph and
// diagnostics never change after construction. A cached structure is computed once: the first caller computes
// it (outside any lock) while later callers for the same key wait for that result; if the computation throws,
// every caller for that key gets the same exception. Returned pointers stay valid as long as the caller holds
// them, even after the Dataset is destroyed or replaced (a server can swap in a reloaded Dataset while requests
// in flight finish on the old one).
//
// The graph comes from an importer (ppsnet/import/dataset.hpp: import::load_dataset) or a generator; queries
// take either the Dataset (and use its cache) or the bare model::PartnerGraph (and compute what they need).
#include <memory>
#include <string>

#include "ppsnet/algo/projection.hpp"
#include "ppsnet/model/diagnostics.hpp"
#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/query/analysis.hpp"

namespace ppsnet::query {

class Dataset {
 public:
  /// `source` describes where the data came from, for reports ("CORDIS table x.csv"). O(1) (moves).
  explicit Dataset(model::PartnerGraph graph, model::Diagnostics diagnostics = model::Diagnostics(),
                   std::string source = {});
  ~Dataset();
  Dataset(Dataset&&) noexcept;
  Dataset& operator=(Dataset&&) noexcept;
  Dataset(const Dataset&) = delete;
  Dataset& operator=(const Dataset&) = delete;

  const model::PartnerGraph& graph() const noexcept { return graph_; }
  const model::Diagnostics& diagnostics() const noexcept { return diagnostics_; }
  const std::string& source() const noexcept { return source_; }

  /// algo::project(graph(), options), cached by every field of the options. Cost on first use: that of
  /// algo::project (O(Σ d²) over the connectors); then O(log cached). Throws what algo::project throws.
  std::shared_ptr<const algo::Projection> projection(const algo::ProjectionOptions& options) const;

  /// analyse(graph(), options), cached by seed, resolution, leiden_starts, diagram_nodes, diagram_labels and
  /// max_connector_degree (threads and progress do not change the result; the progress callback is called only
  /// by the computing caller). Cost on first use: exact betweenness, O(n m).
  std::shared_ptr<const AnalysisResult> analysis(const AnalysisOptions& options = {}) const;

  /// Number of structures computed so far (for tests and monitoring). O(1).
  std::size_t cached() const;

 private:
  struct Cache;
  model::PartnerGraph graph_;
  model::Diagnostics diagnostics_;
  std::string source_;
  std::unique_ptr<Cache> cache_;
};

}  // namespace ppsnet::query
