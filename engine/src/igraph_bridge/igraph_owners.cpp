// RAII owners, error handling and RNG seeding for igraph (see igraph_owners.hpp).
#include "igraph_bridge/igraph_owners.hpp"

#include <string>

#include "ppsnet/algo/errors.hpp"

namespace ppsnet::algo::igraph_bridge {
namespace {

thread_local std::string last_reason;  // reason recorded by the handler, consumed by check()
thread_local bool handler_installed = false;

// Called by igraph (C frames) on error: must not throw. Records and returns; the igraph function then
// returns the error code to us.
void recording_error_handler(const char* reason, const char* file, int line, igraph_error_t igraph_errno) {
  last_reason = std::string(reason ? reason : "") + " (" + igraph_strerror(igraph_errno) + ", " +
                (file ? file : "?") + ":" + std::to_string(line) + ")";
  IGRAPH_FINALLY_FREE();
}

void silent_warning_handler(const char*, const char*, int) {}

}  // namespace

void install_error_handler() {
  if (handler_installed) return;
  igraph_set_error_handler(&recording_error_handler);
  igraph_set_warning_handler(&silent_warning_handler);
  handler_installed = true;
}

void check(igraph_error_t rc, const char* what) {
  if (rc == IGRAPH_SUCCESS) return;
  std::string reason = last_reason.empty() ? std::string(igraph_strerror(rc)) : last_reason;
  last_reason.clear();
  throw AlgorithmError(std::string("igraph: ") + what + ": " + reason);
}

void seed_default_rng(std::uint64_t seed) {
  check(igraph_rng_seed(igraph_rng_default(), static_cast<igraph_uint_t>(seed)), "igraph_rng_seed");
}

Graph::Graph(std::size_t n, std::span<const igraph_integer_t> flat_edges) {
  install_error_handler();
  igraph_vector_int_t view;
  igraph_vector_int_view(&view, flat_edges.data(), static_cast<igraph_integer_t>(flat_edges.size()));
  check(igraph_create(&g_, &view, static_cast<igraph_integer_t>(n), IGRAPH_UNDIRECTED), "igraph_create");
  owned_ = true;
}
Graph& Graph::operator=(Graph&& o) noexcept {
  if (this != &o) {
    if (owned_) igraph_destroy(&g_);
    g_ = o.g_;
    owned_ = o.owned_;
    o.owned_ = false;
  }
  return *this;
}
Graph::~Graph() {
  if (owned_) igraph_destroy(&g_);
}

RealVector::RealVector(std::size_t n) {
  install_error_handler();
  check(igraph_vector_init(&v_, static_cast<igraph_integer_t>(n)), "igraph_vector_init");
  owned_ = true;
}
RealVector::RealVector(std::span<const double> values) : RealVector(values.size()) {
  for (std::size_t i = 0; i < values.size(); ++i) VECTOR(v_)[i] = values[i];
}
RealVector& RealVector::operator=(RealVector&& o) noexcept {
  if (this != &o) {
    if (owned_) igraph_vector_destroy(&v_);
    v_ = o.v_;
    owned_ = o.owned_;
    o.owned_ = false;
  }
  return *this;
}
RealVector::~RealVector() {
  if (owned_) igraph_vector_destroy(&v_);
}
std::vector<double> RealVector::to_std() const {
  std::vector<double> out(size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = VECTOR(v_)[i];
  return out;
}

IntVector::IntVector(std::size_t n) {
  install_error_handler();
  check(igraph_vector_int_init(&v_, static_cast<igraph_integer_t>(n)), "igraph_vector_int_init");
  owned_ = true;
}
IntVector::IntVector(std::span<const int> values) : IntVector(values.size()) {
  for (std::size_t i = 0; i < values.size(); ++i) VECTOR(v_)[i] = values[i];
}
IntVector& IntVector::operator=(IntVector&& o) noexcept {
  if (this != &o) {
    if (owned_) igraph_vector_int_destroy(&v_);
    v_ = o.v_;
    owned_ = o.owned_;
    o.owned_ = false;
  }
  return *this;
}
IntVector::~IntVector() {
  if (owned_) igraph_vector_int_destroy(&v_);
}
std::vector<int> IntVector::to_std() const {
  std::vector<int> out(size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<int>(VECTOR(v_)[i]);
  return out;
}

}  // namespace ppsnet::algo::igraph_bridge
