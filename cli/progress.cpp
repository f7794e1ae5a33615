#include "progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace ppsnet::cli {

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

Progress::Progress(bool enabled) : enabled_(enabled) {}

void Progress::step(const std::string& what) {
  done();
  current_ = what;
  started_ = std::chrono::steady_clock::now();
  if (enabled_) std::cerr << "ppsnet: " << what << "..." << std::endl;
}

void Progress::done() {
  if (current_.empty()) return;
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  if (enabled_ && s >= 1.0) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", s);
    std::cerr << "ppsnet:   " << current_ << " took " << buf << " s" << std::endl;
  }
  current_.clear();
}

}  // namespace ppsnet::cli
