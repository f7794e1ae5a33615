// Format-v1 dataset folder writer. See ppsnet/output/dataset_v1.hpp.
#include "ppsnet/output/dataset_v1.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <system_error>
#include <vector>

#include "ppsnet/geo/geography.hpp"
#include "ppsnet/output/csv.hpp"

namespace ppsnet::output {
namespace {

constexpr std::array<std::string_view, 10> kInitiativeHeader{
    "id", "name", "kind", "lead_organisation_id", "municipality", "corop", "province", "country", "sectors",
    "start_year"};
constexpr std::array<std::string_view, 12> kOrganisationHeader{
    "id", "name", "type", "municipality", "corop", "province", "country", "kvk", "brin", "pic", "initiative_id",
    "sectors"};
constexpr std::array<std::string_view, 5> kParticipationHeader{"initiative_id", "organisation_id", "role", "year",
                                                               "contribution_eur"};

std::string corop_text(std::uint8_t code) {
  if (code == 0) return {};
  char buf[8];
  std::snprintf(buf, sizeof buf, "CR%02u", static_cast<unsigned>(code));
  return buf;
}

std::string province_text(std::uint8_t code) {
  if (code == 0) return {};
  const auto* p = geo::find_province(code);
  return p ? std::string(p->name) : "PV" + std::to_string(code);
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += '|';
    out += parts[i];
  }
  return out;
}

std::string number_text(double x) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, r.ptr);
}

/// Extra-column layout of one file: keys in first-seen order, with the written header names.
struct ExtraColumns {
  std::vector<std::string> keys;
  std::vector<std::string> header;

  template <class Fixed>
  void add(const model::ExtraAttributes& extra, const Fixed& fixed) {
    for (const auto& [key, value] : extra) {
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      keys.push_back(key);
      const bool clash = std::find(fixed.begin(), fixed.end(), std::string_view(key)) != fixed.end();
      header.push_back(clash ? "extra_" + key : key);
    }
  }
  void append_values(const model::ExtraAttributes& extra, std::vector<std::string>& row) const {
    for (const auto& key : keys) {
      std::string value;
      for (const auto& [k, v] : extra)
        if (k == key) {
          value = v;
          break;
        }
      row.push_back(std::move(value));
    }
  }
};

template <class Fixed>
std::vector<std::string> header_row(const Fixed& fixed, const ExtraColumns& extra) {
  std::vector<std::string> row(fixed.begin(), fixed.end());
  row.insert(row.end(), extra.header.begin(), extra.header.end());
  return row;
}

void location_fields(const model::Location& l, std::vector<std::string>& row) {
  row.push_back(l.municipality);
  row.push_back(corop_text(l.corop));
  row.push_back(province_text(l.province));
  row.push_back(l.country);
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) throw DatasetWriteError("cannot write " + path.string());
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) throw DatasetWriteError("cannot write " + path.string());
}

}  // namespace

void write_dataset_v1(const model::PartnerGraph& g, const std::string& folder) {
  const std::filesystem::path dir(folder);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir))
    throw DatasetWriteError("cannot create the folder " + folder + (ec ? ": " + ec.message() : std::string()));

  {
    ExtraColumns extra;
    for (const auto& in : g.initiatives()) extra.add(in.extra, kInitiativeHeader);
    std::ostringstream out;
    write_csv_row(out, header_row(kInitiativeHeader, extra));
    std::vector<std::string> row;
    for (const auto& in : g.initiatives()) {
      row.clear();
      row.push_back(in.id);
      row.push_back(in.name);
      row.emplace_back(model::to_string(in.kind));
      row.push_back(in.lead_organisation_id);
      location_fields(in.location, row);
      row.push_back(joined(in.sectors));
      row.push_back(in.start_year ? std::to_string(*in.start_year) : std::string());
      extra.append_values(in.extra, row);
      write_csv_row(out, row);
    }
    write_file(dir / "initiatives.csv", out.str());
  }
  {
    ExtraColumns extra;
    for (const auto& o : g.organisations()) extra.add(o.extra, kOrganisationHeader);
    std::ostringstream out;
    write_csv_row(out, header_row(kOrganisationHeader, extra));
    std::vector<std::string> row;
    for (const auto& o : g.organisations()) {
      row.clear();
      row.push_back(o.id);
      row.push_back(o.name);
      row.emplace_back(model::to_string(o.type));
      location_fields(o.location, row);
      row.push_back(o.kvk);
      row.push_back(o.brin);
      row.push_back(o.pic);
      row.push_back(o.initiative_id);
      row.push_back(joined(o.sectors));
      extra.append_values(o.extra, row);
      write_csv_row(out, row);
    }
    write_file(dir / "organisations.csv", out.str());
  }
  {
    std::ostringstream out;
    write_csv_row(out, std::vector<std::string>(kParticipationHeader.begin(), kParticipationHeader.end()));
    std::vector<std::string> row;
    for (const auto& p : g.participations()) {
      row.clear();
      row.push_back(g.external_id(p.initiative));
      row.push_back(g.external_id(p.organisation));
      row.emplace_back(model::to_string(p.role));
      row.push_back(p.year ? std::to_string(*p.year) : std::string());
      row.push_back(p.contribution_eur ? number_text(*p.contribution_eur) : std::string());
      write_csv_row(out, row);
    }
    write_file(dir / "participations.csv", out.str());
  }
}

}  // namespace ppsnet::output
