#pragma once
// Writing the CLI's output files: every write is checked, and a failure (disk full, permission, a folder in
// the way) becomes an OutputError, which the CLI reports as exit code 4 with the file name and the reason.
#include <filesystem>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace ppsnet::cli {

struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Opens `path` (truncating), lets `write` fill it, flushes and closes; throws OutputError naming the file and
/// the system's reason when any step fails.
void write_output_file(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write);

/// Fails early, before long work, when `path` could not be created because its folder does not exist or is not a
/// folder: throws the OutputError write_output_file would throw ("cannot create PATH: No such file or directory
/// (check that the folder exists and is writable)"). Other failures (permissions, full disk) show up when writing.
void check_output_folder_exists(const std::filesystem::path& path);

/// Creates `dir` (and parents) if needed; throws OutputError when it cannot, or when it exists and is not a folder.
void ensure_output_folder(const std::filesystem::path& dir);

}  // namespace ppsnet::cli
