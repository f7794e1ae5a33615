#include "ppsnet/query/chart.hpp"

#include <stdexcept>

namespace ppsnet::query {
namespace {

std::size_t column(const Table& t, const std::string& key) {
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c].key == key) return c;
  throw std::invalid_argument("table " + t.name + " has no column " + key);
}

double value(const TableCell& c) {
  switch (c.kind) {
    case TableCell::Kind::share:
    case TableCell::Kind::number: return c.value;
    case TableCell::Kind::integer: return static_cast<double>(c.integer);
    default: return 0.0;
  }
}

std::string text(const TableCell& c) {
  return c.kind == TableCell::Kind::text ? c.text : format_cell_text(c, 0);
}

}  // namespace

BarChart reach_chart(const Table& t) {
  BarChart chart;
  chart.title = t.title;
  chart.caption = t.note;
  chart.series = {{"own COROP region", "#1b7837"},
                  {"neighbouring region", "#7fbf7b"},
                  {"elsewhere in NL", "#9970ab"},
                  {"abroad", "#e08214"},
                  {"unknown", "#bdbdbd"}};
  const std::size_t label = 0;
  const std::size_t initiatives = column(t, "initiatives");
  const std::size_t cols[] = {column(t, "own_region"), column(t, "neighbouring_region"), column(t, "elsewhere_nl"),
                              column(t, "abroad"), column(t, "unknown")};
  for (const auto& row : t.rows) {
    BarRow b;
    b.label = text(row[label]);
    for (std::size_t c : cols) b.values.push_back(value(row[c]));
    b.annotation = text(row[initiatives]) + " initiatives";
    chart.rows.push_back(std::move(b));
  }
  return chart;
}

BarChart levels_chart(const Table& t) {
  BarChart chart;
  chart.title = "Initiatives with mbo and hbo working together";
  chart.caption = t.note;
  chart.series = {{"mbo-hbo", "#2166ac"}, {"not mbo-hbo", "#d1e5f0"}};
  const std::size_t initiatives = column(t, "initiatives");
  const std::size_t share = column(t, "mbo_hbo_share");
  for (const auto& row : t.rows) {
    BarRow b;
    b.label = text(row[0]);
    const double s = value(row[share]);
    b.values = {s, row[share].kind == TableCell::Kind::empty ? 0.0 : 1.0 - s};
    b.annotation = text(row[initiatives]) + " initiatives";
    chart.rows.push_back(std::move(b));
  }
  return chart;
}

}  // namespace ppsnet::query
