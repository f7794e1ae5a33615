#pragma once
// A progress indicator on stderr: one line per step with the time the previous step took.
// Quiet when stderr is not a terminal (scripts, CI) or when --quiet is given.
#include <chrono>
#include <string>

namespace ppsnet::cli {

class Progress {
 public:
  explicit Progress(bool enabled);
  /// Starts a new step (ends the previous one, printing its duration when it took more than a second).
  void step(const std::string& what);
  void done();

 private:
  bool enabled_;
  std::string current_;
  std::chrono::steady_clock::time_point started_;
};

/// True when stderr is a terminal.
bool stderr_is_terminal();

}  // namespace ppsnet::cli
