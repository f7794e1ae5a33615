#pragma once
// ppsnet::Error: the one exception type of the library, for failures that abort an operation.
//
// Every error says which kind of failure it is (category), so that a front-end can react without reading the
// text: the CLI maps categories to its exit codes (docs/guide.md), the server to HTTP statuses, the Python
// module to exception classes. Errors caused by the user's data carry the Diagnostics that explain them
// (file:line:column, kind, message, hint); a request that names an option wrongly says which parameter.
// Programmer errors inside the engine's own algorithms (wrong vector sizes) stay std::invalid_argument /
// std::logic_error; front-ends report anything that is not an Error as an internal error.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ppsnet/model/diagnostics.hpp"

namespace ppsnet {

enum class ErrorCategory : std::uint8_t {
  invalid_input,    ///< the user's data cannot be used (a file that cannot be read, --on-error fail, ...)
  invalid_request,  ///< a query's parameters are out of range or contradict each other
  not_found,        ///< a query names an initiative, organisation, region or community that is not there
  internal,         ///< a failure that is not the caller's fault (a library returned an error): a bug to report
};

/// Stable name of a category: "invalid-input", "invalid-request", "not-found", "internal".
std::string_view to_string(ErrorCategory c);

class Error : public std::runtime_error {
 public:
  /// `message` says what is wrong in one sentence; `parameter` names the request field at fault (query
  /// parameter names, e.g. "damping"; empty when none); `diagnostics` the data problems behind the error.
  Error(ErrorCategory category, std::string message, std::string parameter = {},
        std::vector<model::Diagnostic> diagnostics = {})
      : std::runtime_error(std::move(message)),
        category_(category),
        parameter_(std::move(parameter)),
        diagnostics_(std::move(diagnostics)) {}

  ErrorCategory category() const noexcept { return category_; }
  const std::string& parameter() const noexcept { return parameter_; }
  const std::vector<model::Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  ErrorCategory category_;
  std::string parameter_;
  std::vector<model::Diagnostic> diagnostics_;
};

/// Shorthands for the categories a query throws.
inline Error invalid_request(std::string parameter, std::string message) {
  return Error(ErrorCategory::invalid_request, std::move(message), std::move(parameter));
}
inline Error not_found(std::string parameter, std::string message) {
  return Error(ErrorCategory::not_found, std::move(message), std::move(parameter));
}

namespace model {
/// Thrown when an operation cannot go on because of the user's data (e.g. --on-error fail, or a file that
/// cannot be read): an Error of category invalid_input, with the diagnostics behind it when there are any.
/// The CLI maps it to exit code 2.
struct InvalidInput : Error {
  explicit InvalidInput(std::string message, std::vector<Diagnostic> diagnostics = {})
      : Error(ErrorCategory::invalid_input, std::move(message), {}, std::move(diagnostics)) {}
  /// The error of one diagnostic: what() is its compiler-style line (Diagnostic::format()).
  explicit InvalidInput(Diagnostic diagnostic) : InvalidInput(diagnostic.format(), {diagnostic}) {}
};
}  // namespace model

}  // namespace ppsnet
