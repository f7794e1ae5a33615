#pragma once
// BarChart: a drawing-ready 100%-stacked horizontal bar chart. Queries fill it from their tables; exporters
// (output::stacked_bar_chart_svg) draw it.
#include <string>
#include <vector>

#include "ppsnet/query/impact_table.hpp"

namespace ppsnet::query {

struct BarSeries {
  std::string name;     ///< legend text
  std::string colour;   ///< "#rrggbb"
};

struct BarRow {
  std::string label;            ///< shown left of the bar
  std::vector<double> values;   ///< one per series, >= 0; drawn as shares of the row's sum (the bar is 100%)
  std::string annotation;       ///< shown right of the bar, e.g. "284 partners"
};

struct BarChart {
  std::string title;
  std::string caption;          ///< how the figure was computed, under the chart
  std::vector<BarSeries> series;
  std::vector<BarRow> rows;
};

/// The chart of a regional reach table ("reach_by_province" / "reach_by_corop" of reach.hpp's to_tables): one bar
/// per row (the "all initiatives" row first), segments own region / neighbouring region / elsewhere in NL /
/// abroad / unknown from the pooled shares, annotated with the number of initiatives. The caption is the table's
/// note. Throws std::invalid_argument when the table lacks those columns. O(rows).
BarChart reach_chart(const Table& reach_table);

/// The chart of "levels_by_kind" (levels.hpp): per row, the share of initiatives with mbo-hbo and without.
/// Throws std::invalid_argument when the table lacks those columns. O(rows).
BarChart levels_chart(const Table& levels_table);

}  // namespace ppsnet::query
