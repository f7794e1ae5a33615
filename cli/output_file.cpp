#include "output_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace ppsnet::cli {

void write_output_file(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write) {
  auto fail = [&](const char* what) {
    const int e = errno;
    const bool creating = std::string(what) == "create";
    throw OutputError("cannot " + std::string(what) + " " + path.string() +
                      (e != 0 ? ": " + std::string(std::strerror(e)) : std::string()) +
                      (creating ? " (check that the folder exists and is writable)"
                                : " (check that the folder is writable and the disk is not full)"));
  };
  errno = 0;
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) fail("create");
  write(f);
  f.flush();
  if (!f) fail("write");
  f.close();
  if (f.fail()) fail("write");
}

void check_output_folder_exists(const std::filesystem::path& path) {
  const std::filesystem::path dir = path.parent_path();
  if (dir.empty()) return;
  std::error_code ec;
  const bool exists = std::filesystem::exists(dir, ec);
  if (exists && std::filesystem::is_directory(dir, ec)) return;
  throw OutputError("cannot create " + path.string() + ": " + std::strerror(exists ? ENOTDIR : ENOENT) +
                    " (check that the folder exists and is writable)");
}

void ensure_output_folder(const std::filesystem::path& dir) {
  std::error_code ec;
  if (std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec))
    throw OutputError("cannot use " + dir.string() + " as the output folder: it is a file (choose another --out)");
  std::filesystem::create_directories(dir, ec);
  if (ec) throw OutputError("cannot create the output folder " + dir.string() + ": " + ec.message());
}

}  // namespace ppsnet::cli
