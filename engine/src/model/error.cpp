#include "ppsnet/error.hpp"

namespace ppsnet {

std::string_view to_string(ErrorCategory c) {
  switch (c) {
    case ErrorCategory::invalid_input: return "invalid-input";
    case ErrorCategory::invalid_request: return "invalid-request";
    case ErrorCategory::not_found: return "not-found";
    case ErrorCategory::internal: return "internal";
  }
  return "internal";
}

}  // namespace ppsnet
