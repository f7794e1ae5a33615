#pragma once
// Horizontal stacked bar charts (query::BarChart) as standalone SVG, for the report's impact figures.
// Written directly (no Graphviz): a bar chart has no layout problem to solve.
#include <string>

#include "ppsnet/query/chart.hpp"

namespace ppsnet::output {

using query::BarChart;

/// SVG 1.1 text (UTF-8, width 760 px, 22 px per row): title, one 100%-stacked bar per row with its segments in
/// series order, a percentage printed inside every segment of at least 6%, gridlines at 0/25/50/75/100%, a legend
/// and the caption. Text is XML-escaped (& < > " '); colours that are not #hex become grey. Rows whose values sum to
/// 0 (or contain non-finite or negative values) are drawn as an empty bar labelled "no data".
/// Deterministic; numbers are written with at most 1 decimal. O(rows x series).
std::string stacked_bar_chart_svg(const BarChart& chart);

}  // namespace ppsnet::output
