#pragma once
// Errors thrown by ppsnet::algo.
//
// Invalid arguments (wrong sizes, non-positive weights where lengths are needed, out-of-range options) are
// reported with std::invalid_argument. A failure inside a third-party library that is not the caller's fault
// (igraph returned an error code) is reported as AlgorithmError: an internal error, not bad user data.
#include <stdexcept>
#include <string>

namespace ppsnet::algo {

/// An algorithm library (igraph) failed. what() holds the library's reason and the call that failed.
struct AlgorithmError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace ppsnet::algo
