#include "error_output.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstring>
#include <iostream>
#include <string_view>

namespace ppsnet::cli {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

void write_diagnostic_fields(Writer& w, const model::Diagnostic& d) {
  put(w, "severity", std::string(model::to_string(d.severity)));
  put(w, "kind", std::string(model::to_string(d.kind)));
  put(w, "file", d.file);
  w.Key("line");
  w.Uint64(d.line);
  w.Key("column");
  w.Uint64(d.column);
  put(w, "column_name", d.column_name);
  put(w, "field", d.field);
  put(w, "message", d.message);
  put(w, "hint", d.hint);
}

// True when `message` is already a formatted diagnostic ("file:1:6: error[kind]: ..." or "error[kind]: ..."),
// which says "error" itself: printed after "ppsnet: " without a second "error: ".
bool is_formatted_diagnostic(const std::string& message) {
  const std::string first = message.substr(0, message.find('\n'));
  for (const char* severity : {"error[", "warning["}) {
    if (first.rfind(severity, 0) == 0) return true;
    if (first.find(std::string(": ") + severity) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

ErrorFormat& error_format() {
  static ErrorFormat format = ErrorFormat::text;
  return format;
}

void scan_error_format(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--error-format=json" || (a == "--error-format" && i + 1 < argc && std::strcmp(argv[i + 1], "json") == 0))
      error_format() = ErrorFormat::json;
  }
}

void print_diagnostic(const model::Diagnostic& d) {
  if (error_format() == ErrorFormat::text) {
    std::cerr << d.format() << '\n';
    return;
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  put(w, "type", "diagnostic");
  write_diagnostic_fields(w, d);
  w.EndObject();
  std::cerr << buf.GetString() << '\n';
}

void print_note(const std::string& text) {
  if (error_format() == ErrorFormat::text) {
    std::cerr << "ppsnet: " << text << '\n';
    return;
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  put(w, "type", "note");
  put(w, "message", text);
  w.EndObject();
  std::cerr << buf.GetString() << '\n';
}

void print_error(const std::string& category, int exit_code, const std::string& message, const std::string& parameter,
                 const std::vector<model::Diagnostic>& diagnostics, const std::string& advice) {
  if (error_format() == ErrorFormat::text) {
    // "--out: must end in ..."; a message that names its option itself ("--out must end in ...") as it is.
    const bool named = parameter.empty() || message.rfind(parameter, 0) == 0;
    const std::string text = named ? message : parameter + ": " + message;
    const char* prefix = category == "internal"           ? "ppsnet: internal error: "
                         : is_formatted_diagnostic(text) ? "ppsnet: "
                                                         : "ppsnet: error: ";
    std::cerr << prefix << text << '\n';
    if (!advice.empty()) std::cerr << advice << '\n';
    return;
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  put(w, "type", "error");
  put(w, "category", category);
  w.Key("exit_code");
  w.Int(exit_code);
  put(w, "message", message);
  put(w, "parameter", parameter);
  w.Key("diagnostics");
  w.StartArray();
  for (const auto& d : diagnostics) {
    w.StartObject();
    write_diagnostic_fields(w, d);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cerr << buf.GetString() << '\n';
}

}  // namespace ppsnet::cli
