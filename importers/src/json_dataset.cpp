// Format v1 JSON importer: RapidJSON DOM for the values, a SAX pass for each object's position.
#include "ppsnet/import/json_dataset.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <fstream>
#include <map>
#include <span>
#include <sstream>
#include <tuple>

#include "ppsnet/import/csv_reader.hpp"
#include "ppsnet/import/text_encoding.hpp"
#include "ppsnet/import/v1.hpp"

namespace ppsnet::import {

using model::Diagnostic;
using model::DiagnosticKind;
using model::Severity;

namespace {

// The DOM is parsed iteratively (depth bounded by memory, not by the C++ stack); the position pass below uses
// RapidJSON's recursive reader, so the text's nesting depth is checked in between (kMaxDepth).
constexpr unsigned kFlags = rapidjson::kParseNumbersAsStringsFlag;
constexpr unsigned kDomFlags = kFlags | rapidjson::kParseIterativeFlag;
// Format v1 JSON needs 4 levels (root, array, record, sectors list); anything far deeper is not a dataset.
constexpr std::size_t kMaxDepth = 64;

// Byte offset of the first '[' or '{' (outside strings) that opens level kMaxDepth + 1, or npos.
std::size_t too_deep_at(const std::string& text) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return i;
    } else if (c == ']' || c == '}') {
      if (depth > 0) --depth;
    }
  }
  return std::string::npos;
}

struct Span {
  std::size_t begin = 0, end = 0;
  /// Byte offsets of the values of this element's members that are objects or arrays, by member name.
  std::vector<std::pair<std::string, std::size_t>> nested;
};

// SAX handler recording the byte range of every element of the arrays under the root object's keys.
struct PositionHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PositionHandler> {
  explicit PositionHandler(const rapidjson::StringStream& s) : ss(s) {}
  const rapidjson::StringStream& ss;
  std::map<std::string, std::vector<Span>> spans;
  std::string key;         // the current key of the root object
  std::string member_key;  // the current key inside an array element
  int depth = 0;

  bool Default() {
    if (depth == 2) spans[key].push_back({ss.Tell(), ss.Tell(), {}});
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType len, bool) {
    if (depth == 1) key.assign(s, len);
    if (depth == 3) member_key.assign(s, len);
    return true;
  }
  bool StartObject() { return start(); }
  bool StartArray() { return start(); }
  bool EndObject(rapidjson::SizeType) { return end(); }
  bool EndArray(rapidjson::SizeType) { return end(); }

 private:
  bool start() {
    if (depth == 2) spans[key].push_back({ss.Tell() - 1, 0, {}});
    if (depth == 3 && !spans[key].empty()) spans[key].back().nested.emplace_back(member_key, ss.Tell() - 1);
    ++depth;
    return true;
  }
  bool end() {
    --depth;
    if (depth == 2 && !spans[key].empty()) spans[key].back().end = ss.Tell();
    return true;
  }
};

// 1-based line and column (in characters) of byte `offset`.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;
    }
  }
  return {line, col};
}

std::string compact(const rapidjson::Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return std::string(buf.GetString(), buf.GetSize());
}


std::string scalar_text(const rapidjson::Value& v) {
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  if (v.IsBool()) return v.GetBool() ? "true" : "false";
  if (v.IsNull()) return {};
  return compact(v);
}

// Fields that identify a record (ids and the codes organisations are merged on): an object or array there
// cannot be read, so the element is rejected.
bool is_identifier_field(std::string_view name) {
  for (std::string_view f : {"id", "initiative_id", "organisation_id", "lead_organisation_id", "kvk", "brin", "pic"})
    if (same_name(name, f)) return true;
  return false;
}

// Other format v1 fields of a section (their values are text or numbers); "sectors" may be an array.
bool is_scalar_field(std::string_view section, std::string_view name) {
  std::span<const std::string_view> known = kParticipationFields;
  if (same_name(section, "initiatives")) known = kInitiativeFields;
  if (same_name(section, "organisations")) known = kOrganisationFields;
  if (same_name(name, "sectors")) return false;
  for (std::string_view f : known)
    if (same_name(name, f)) return true;
  return false;
}

// RFC 6901 JSON pointer of member `name` of element `index` of array `array`.
std::string json_pointer(std::string_view array, std::size_t index, std::string_view name) {
  auto escape = [](std::string_view t) {
    std::string out;
    for (char c : t) {
      if (c == '~') out += "~0";
      else if (c == '/') out += "~1";
      else out += c;
    }
    return out;
  };
  return "/" + escape(array) + "/" + std::to_string(index) + "/" + escape(name);
}

std::string shorten_text(std::string s, std::size_t max = 80) {
  if (s.size() <= max) return s;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s + "...";
}

[[noreturn]] void fail_json(model::Diagnostics& diagnostics, const std::string& file, std::size_t line,
                            std::size_t column, std::string message, std::string hint) {
  Diagnostic d;
  d.kind = DiagnosticKind::malformed_json;
  d.file = file;
  d.line = line;
  d.column = column;
  d.message = std::move(message);
  d.hint = std::move(hint);
  diagnostics.add(d);
  throw model::InvalidInput(std::move(d));
}

}  // namespace

ImportResult import_json_text(std::string_view bytes, std::string display_name, const ImportOptions& options) {
  V1Loader loader(options);
  model::Diagnostics& diags = loader.diagnostics();
  DecodedText decoded = decode_to_utf8(bytes);
  if (decoded.converted) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.kind = DiagnosticKind::converted_encoding;
    d.file = display_name;
    d.message = "the file is not valid UTF-8; read it as Windows-1252 (Latin-1) and converted it to UTF-8";
    d.hint = "JSON must be UTF-8; save the file as UTF-8";
    diags.add(std::move(d));
  }
  const std::string& text = decoded.text;

  rapidjson::Document doc;
  doc.Parse<kDomFlags>(text.data(), text.size());
  if (doc.HasParseError()) {
    const auto [line, col] = line_column(text, doc.GetErrorOffset());
    fail_json(diags, display_name, line, col, std::string("JSON syntax error: ") + rapidjson::GetParseError_En(doc.GetParseError()),
              "check commas, quotes and brackets near this position");
  }
  if (!doc.IsObject())
    fail_json(diags, display_name, 1, 1, "the top level is not a JSON object",
              "write {\"initiatives\": [...], \"organisations\": [...], \"participations\": [...]}");

  if (const std::size_t deep = too_deep_at(text); deep != std::string::npos) {
    const auto [line, col] = line_column(text, deep);
    fail_json(diags, display_name, line, col,
              "JSON nested more than " + std::to_string(kMaxDepth) + " levels deep",
              "a ppsnet dataset needs at most 4 levels: {\"initiatives\": [{...}], ...}");
  }
  rapidjson::StringStream ss(text.c_str());
  PositionHandler handler(ss);
  rapidjson::Reader reader;
  reader.Parse<kFlags>(ss, handler);

  if (!options.alias_file.empty()) loader.load_aliases(options.alias_file);

  struct Section {
    const char* key;
    bool (V1Loader::*add)(std::size_t, const FieldRecord&);
  };
  const Section sections[] = {{"initiatives", &V1Loader::add_initiative},
                              {"organisations", &V1Loader::add_organisation},
                              {"participations", &V1Loader::add_participation}};
  // Check the shape first so that a wrong file fails before any row is added.
  const rapidjson::Value* arrays[3] = {nullptr, nullptr, nullptr};
  for (int s = 0; s < 3; ++s) {
    for (auto m = doc.MemberBegin(); m != doc.MemberEnd(); ++m)
      if (same_name(std::string_view(m->name.GetString(), m->name.GetStringLength()), sections[s].key)) arrays[s] = &m->value;
    if (arrays[s] == nullptr)
      fail_json(diags, display_name, 0, 0, std::string("the key \"") + sections[s].key + "\" is missing",
                "the top-level object needs the arrays initiatives, organisations and participations (may be empty)");
    if (!arrays[s]->IsArray())
      fail_json(diags, display_name, 0, 0, std::string("\"") + sections[s].key + "\" is not an array",
                std::string("write \"") + sections[s].key + "\": [ {...}, ... ]");
  }

  for (int s = 0; s < 3; ++s) {
    const rapidjson::Value& arr = *arrays[s];
    // Positions: the SAX handler keyed them by the key as written; find it case-insensitively.
    const std::vector<Span>* spans = nullptr;
    for (const auto& [k, v] : handler.spans)
      if (same_name(k, sections[s].key)) spans = &v;
    const std::size_t fi = loader.begin_file(display_name + " (" + sections[s].key + ")", arr.Size());
    for (rapidjson::SizeType i = 0; i < arr.Size(); ++i) {
      const rapidjson::Value& elem = arr[i];
      Span span = spans && i < spans->size() ? (*spans)[i] : Span{};
      FieldRecord rec;
      rec.file = display_name;
      rec.line = line_column(text, span.begin).first;
      rec.raw = span.end > span.begin ? text.substr(span.begin, span.end - span.begin) : compact(elem);
      if (!elem.IsObject()) {
        Diagnostic d;
        d.kind = DiagnosticKind::malformed_json;
        d.file = display_name;
        d.line = rec.line;
        d.field = rec.raw;
        d.message = std::string("element ") + std::to_string(i + 1) + " of \"" + sections[s].key +
                    "\" is not an object; skipped";
        d.hint = "each element is an object such as {\"id\": \"A\", ...}";
        std::string reason = d.format();
        diags.add(std::move(d));
        loader.check_fail();
        loader.reject(fi, RejectedRow{display_name, rec.line, rec.raw, std::move(reason)});
        continue;
      }
      std::string section_key = sections[s].key;  // as written in the file, for JSON pointers
      for (auto m = doc.MemberBegin(); m != doc.MemberEnd(); ++m)
        if (&m->value == &arr) section_key.assign(m->name.GetString(), m->name.GetStringLength());
      std::string id_error;  // the first identifier that is an object or array (formatted diagnostic)
      std::string id_note;   // the same, short, for GraphBuilder::note_rejected_*
      for (auto m = elem.MemberBegin(); m != elem.MemberEnd(); ++m) {
        FieldRecord::Field f;
        f.name.assign(m->name.GetString(), m->name.GetStringLength());
        const rapidjson::Value& v = m->value;
        const bool nested = v.IsArray() || v.IsObject();
        const bool identifier = is_identifier_field(f.name);
        if (nested && (identifier || is_scalar_field(sections[s].key, f.name))) {
          // Where the value starts: the SAX pass recorded the offsets of nested member values.
          std::size_t line = rec.line, col = 0;
          for (const auto& [name, offset] : span.nested)
            if (name == f.name) {
              std::tie(line, col) = line_column(text, offset);
              break;
            }
          Diagnostic d;
          d.severity = identifier ? Severity::error : Severity::warning;
          d.kind = DiagnosticKind::malformed_json;
          d.file = display_name;
          d.line = line;
          d.column = col;
          d.field = shorten_text(compact(v));
          const std::string what = v.IsObject() ? "a JSON object" : "a JSON array";
          const std::string pointer = json_pointer(section_key, i, f.name);
          if (identifier) {
            d.message = "\"" + f.name + "\" is " + what + " (" + pointer + "), not an id or code; element " +
                        std::to_string(i + 1) + " of \"" + section_key + "\" is skipped";
            d.hint = "write the value as a string or a number, e.g. \"" + f.name + "\": \"A12\"";
            if (id_error.empty()) id_error = d.format();
          } else {
            d.message = "\"" + f.name + "\" is " + what + " (" + pointer + "), not a single value; left empty";
            d.hint = "write the value as a string or a number";
          }
          if (identifier && id_note.empty()) id_note = "\"" + f.name + "\" is " + what;
          diags.add(std::move(d));
          continue;
        }
        if (v.IsArray() && same_name(f.name, "sectors")) {
          for (auto e = v.Begin(); e != v.End(); ++e) {
            const std::string part(trim(scalar_text(*e)));
            if (part.empty()) continue;
            f.value += (f.value.empty() ? "" : "|") + part;
          }
        } else if (v.IsArray() || v.IsObject()) {
          f.value = compact(v);
        } else {
          f.value = std::string(trim(scalar_text(v)));
          if (is_missing_value_word(f.value)) f.value.clear();
          if (auto repaired = repair_double_utf8(f.value)) {
            Diagnostic d;
            d.severity = Severity::warning;
            d.kind = DiagnosticKind::repaired_encoding;
            d.file = display_name;
            d.line = rec.line;
            d.column_name = f.name;
            d.field = f.value;
            d.message = "repaired double-encoded UTF-8: \"" + f.value + "\" -> \"" + *repaired + "\"";
            d.hint = "the text was converted to UTF-8 twice; export it once as UTF-8";
            diags.add(std::move(d));
            f.value = std::move(*repaired);
          }
        }
        rec.fields.push_back(std::move(f));
      }
      if (!id_error.empty()) {
        // Rejected here (the record rules never see it); a usable id is noted so that participations naming it
        // say why it is missing.
        if (const auto* idf = rec.find("id"); idf != nullptr && !idf->value.empty()) {
          if (s == 0) loader.builder().note_rejected_initiative(idf->value, {display_name, rec.line}, id_note);
          if (s == 1) loader.builder().note_rejected_organisation(idf->value, {display_name, rec.line}, id_note);
        }
        loader.check_fail();
        loader.reject(fi, RejectedRow{display_name, rec.line, rec.raw, std::move(id_error)});
        continue;
      }
      (loader.*sections[s].add)(fi, rec);
    }
  }
  return loader.finish("format v1 JSON " + display_name);
}

ImportResult import_json_dataset(const std::string& path, const ImportOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Diagnostic d;
    d.kind = DiagnosticKind::io_error;
    d.file = path;
    d.message = "cannot open the file";
    d.hint = "check the path and the file's permissions";
    throw model::InvalidInput(d);
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return import_json_text(ss.str(), path, options);
}

}  // namespace ppsnet::import
