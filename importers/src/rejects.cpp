#include "ppsnet/import/rejects.hpp"

#include <fstream>

#include "ppsnet/model/diagnostics.hpp"

namespace ppsnet::import {

namespace {

void put_field(std::string& out, std::string_view f) {
  if (f.find_first_of(",\"\n\r") == std::string_view::npos && (f.empty() || (f.front() != ' ' && f.back() != ' '))) {
    out += f;
    return;
  }
  out += '"';
  for (char c : f) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string rejects_csv(const ImportResult& result) {
  std::string out = "file,line,reason,raw\n";
  for (const auto& r : result.rejects) {
    put_field(out, r.file);
    out += ',';
    out += std::to_string(r.line);
    out += ',';
    put_field(out, r.reason);
    out += ',';
    put_field(out, r.raw);
    out += '\n';
  }
  return out;
}

void write_rejects(const ImportResult& result, const std::string& path) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  const std::string text = rejects_csv(result);
  if (f) f.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!f) {
    model::Diagnostic d;
    d.kind = model::DiagnosticKind::io_error;
    d.file = path;
    d.message = "cannot write the rejects file";
    d.hint = "check that the folder exists and is writable";
    throw model::InvalidInput(d);
  }
}

}  // namespace ppsnet::import
