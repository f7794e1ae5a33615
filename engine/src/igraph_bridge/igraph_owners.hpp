#pragma once
// Internal to engine/src/igraph_bridge/: the only header that includes <igraph.h>. Never include it from
// anywhere else; algorithms call the igraph-free functions in bridge.hpp.
//
// - install_error_handler(): igraph's default handler aborts the process. Ours records the reason in a
//   thread-local string, frees igraph's temporaries (IGRAPH_FINALLY_FREE) and returns, so the failing igraph
//   function returns its error code; check(rc, what) then throws ppsnet::algo::AlgorithmError. C++ exceptions
//   are thrown only after control is back in our frames, never across igraph's C frames.
// - Move-only RAII owners for igraph_t and igraph vectors.
#include <igraph.h>

#include <cstdint>
#include <span>
#include <vector>

namespace ppsnet::algo::igraph_bridge {

/// Installs the recording error handler (and a silent warning handler) for the calling thread; idempotent.
/// igraph keeps its handlers thread-local when built thread-safe, so every entry point calls this.
void install_error_handler();

/// Throws AlgorithmError("igraph: <what>: <reason>") when rc != IGRAPH_SUCCESS.
void check(igraph_error_t rc, const char* what);

/// Seeds igraph's default RNG. Call right before every randomised igraph call.
void seed_default_rng(std::uint64_t seed);

class Graph {
 public:
  Graph() = default;
  /// Undirected graph on n nodes from a flat (u0, v0, u1, v1, ...) edge list.
  Graph(std::size_t n, std::span<const igraph_integer_t> flat_edges);
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;
  Graph(Graph&& o) noexcept : g_(o.g_), owned_(o.owned_) { o.owned_ = false; }
  Graph& operator=(Graph&& o) noexcept;
  ~Graph();
  const igraph_t* get() const { return &g_; }

 private:
  igraph_t g_{};
  bool owned_ = false;
};

class RealVector {
 public:
  explicit RealVector(std::size_t n = 0);
  explicit RealVector(std::span<const double> values);
  RealVector(const RealVector&) = delete;
  RealVector& operator=(const RealVector&) = delete;
  RealVector(RealVector&& o) noexcept : v_(o.v_), owned_(o.owned_) { o.owned_ = false; }
  RealVector& operator=(RealVector&& o) noexcept;
  ~RealVector();
  igraph_vector_t* get() { return &v_; }
  const igraph_vector_t* get() const { return &v_; }
  std::size_t size() const { return static_cast<std::size_t>(igraph_vector_size(&v_)); }
  std::vector<double> to_std() const;

 private:
  igraph_vector_t v_{};
  bool owned_ = false;
};

class IntVector {
 public:
  explicit IntVector(std::size_t n = 0);
  explicit IntVector(std::span<const int> values);
  IntVector(const IntVector&) = delete;
  IntVector& operator=(const IntVector&) = delete;
  IntVector(IntVector&& o) noexcept : v_(o.v_), owned_(o.owned_) { o.owned_ = false; }
  IntVector& operator=(IntVector&& o) noexcept;
  ~IntVector();
  igraph_vector_int_t* get() { return &v_; }
  const igraph_vector_int_t* get() const { return &v_; }
  std::size_t size() const { return static_cast<std::size_t>(igraph_vector_int_size(&v_)); }
  std::vector<int> to_std() const;

 private:
  igraph_vector_int_t v_{};
  bool owned_ = false;
};

}  // namespace ppsnet::algo::igraph_bridge
