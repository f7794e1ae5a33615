#include "ppsnet/query/dataset.hpp"

#include <future>
#include <map>
#include <mutex>
#include <tuple>

namespace ppsnet::query {
namespace {

using ProjectionKey = std::tuple<int, int, double, std::size_t, std::size_t>;
using AnalysisKey = std::tuple<std::uint64_t, double, int, std::size_t, std::size_t, std::size_t>;

ProjectionKey key_of(const algo::ProjectionOptions& o) {
  return {static_cast<int>(o.side), static_cast<int>(o.weight), o.min_weight, o.top_k, o.max_connector_degree};
}

AnalysisKey key_of(const AnalysisOptions& o) {
  return {o.seed, o.resolution, o.leiden_starts, o.diagram_nodes, o.diagram_labels, o.max_connector_degree};
}

// Computes `make()` once per key; concurrent callers for the same key wait for the first one's result.
template <class Key, class T, class Make>
std::shared_ptr<const T> once(std::mutex& mutex, std::map<Key, std::shared_future<std::shared_ptr<const T>>>& map,
                              const Key& key, Make&& make) {
  std::promise<std::shared_ptr<const T>> promise;
  std::shared_future<std::shared_ptr<const T>> future;
  bool compute = false;
  {
    std::lock_guard lock(mutex);
    auto it = map.find(key);
    if (it == map.end()) {
      future = promise.get_future().share();
      map.emplace(key, future);
      compute = true;
    } else {
      future = it->second;
    }
  }
  if (compute) {
    try {
      promise.set_value(std::make_shared<const T>(make()));
    } catch (...) {
      promise.set_exception(std::current_exception());
    }
  }
  return future.get();  // rethrows the computing caller's exception
}

}  // namespace

struct Dataset::Cache {
  mutable std::mutex mutex;
  std::map<ProjectionKey, std::shared_future<std::shared_ptr<const algo::Projection>>> projections;
  std::map<AnalysisKey, std::shared_future<std::shared_ptr<const AnalysisResult>>> analyses;
};

Dataset::Dataset(model::PartnerGraph graph, model::Diagnostics diagnostics, std::string source)
    : graph_(std::move(graph)),
      diagnostics_(std::move(diagnostics)),
      source_(std::move(source)),
      cache_(std::make_unique<Cache>()) {}
Dataset::~Dataset() = default;
Dataset::Dataset(Dataset&&) noexcept = default;
Dataset& Dataset::operator=(Dataset&&) noexcept = default;

std::shared_ptr<const algo::Projection> Dataset::projection(const algo::ProjectionOptions& options) const {
  return once(cache_->mutex, cache_->projections, key_of(options), [&] { return algo::project(graph_, options); });
}

std::shared_ptr<const AnalysisResult> Dataset::analysis(const AnalysisOptions& options) const {
  return once(cache_->mutex, cache_->analyses, key_of(options), [&] { return analyse(graph_, options); });
}

std::size_t Dataset::cached() const {
  std::lock_guard lock(cache_->mutex);
  return cache_->projections.size() + cache_->analyses.size();
}

}  // namespace ppsnet::query
