#include <gtest/gtest.h>

#include "ppsnet/output/bar_chart.hpp"
#include "ppsnet/query/chart.hpp"

using namespace ppsnet;

namespace {
query::BarChart two_series() {
  query::BarChart c;
  c.title = "Reach <&> \"test\"";
  c.caption = "how";
  c.series = {{"own", "#112233"}, {"other", "not-a-colour"}};
  c.rows = {{"A & B", {1, 3}, "4 initiatives"}, {"empty", {0, 0}, ""}, {"bad", {1, -1}, ""}};
  return c;
}
}  // namespace

TEST(BarChart, SegmentsAreSharesOfTheRowSum) {
  const std::string svg = output::stacked_bar_chart_svg(two_series());
  // Bars are 440 px wide starting at x = 210: values {1, 3} -> 25% = 110 px, 75% = 330 px starting at 320.
  EXPECT_NE(svg.find("<rect x=\"210.0\" y=\"47.0\" width=\"110.0\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("<rect x=\"320.0\" y=\"47.0\" width=\"330.0\""), std::string::npos) << svg;
  EXPECT_NE(svg.find(">25.0%</text>"), std::string::npos);
  EXPECT_NE(svg.find(">75.0%</text>"), std::string::npos);
}

// Share labels are white on dark bars and dark on light ones. By hand (Rec. 709 weights / 255):
// #112233: (0.2126*17 + 0.7152*34 + 0.0722*51) / 255 = 0.124 -> white; #cccccc (the bad colour's fallback): 0.8 -> dark.
TEST(BarChart, ShareLabelsContrastWithTheirBar) {
  const std::string svg = output::stacked_bar_chart_svg(two_series());
  EXPECT_NE(svg.find("fill=\"#ffffff\">25.0%</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("fill=\"#222222\">75.0%</text>"), std::string::npos) << svg;
}

TEST(BarChart, EscapesTextRejectsBadColoursAndMarksEmptyRows) {
  const std::string svg = output::stacked_bar_chart_svg(two_series());
  EXPECT_NE(svg.find("Reach &lt;&amp;&gt; &quot;test&quot;"), std::string::npos);
  EXPECT_NE(svg.find(">A &amp; B</text>"), std::string::npos);
  EXPECT_EQ(svg.find("not-a-colour"), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#cccccc\""), std::string::npos);
  // "empty" (sum 0) and "bad" (a negative value) rows: no bar, "no data".
  std::size_t count = 0;
  for (std::size_t p = svg.find("no data"); p != std::string::npos; p = svg.find("no data", p + 1)) ++count;
  EXPECT_EQ(count, 2u);
}

TEST(BarChart, ReachChartReadsThePooledSharesOfAReachTable) {
  query::Table t;
  t.name = "reach_by_province";
  t.title = "Where";
  t.note = "note";
  for (const char* key : {"province", "initiatives", "own_region", "neighbouring_region", "elsewhere_nl", "abroad",
                          "unknown"})
    t.columns.push_back({key, key, 1, true});
  using C = query::TableCell;
  t.rows.push_back({C::of_text("Zeeland"), C::of_integer(8), C::of_share(0.5), C::of_share(0.25), C::of_share(0.125),
                    C::of_share(0.125), C::of_share(0)});
  const auto chart = query::reach_chart(t);
  ASSERT_EQ(chart.rows.size(), 1u);
  EXPECT_EQ(chart.rows[0].label, "Zeeland");
  EXPECT_EQ(chart.rows[0].values, (std::vector<double>{0.5, 0.25, 0.125, 0.125, 0}));
  EXPECT_EQ(chart.rows[0].annotation, "8 initiatives");
  EXPECT_EQ(chart.caption, "note");
  t.columns.pop_back();
  EXPECT_THROW(query::reach_chart(t), std::invalid_argument);
}
