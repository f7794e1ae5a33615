#include "ppsnet/output/bar_chart.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace ppsnet::output {
namespace {

std::string xml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') out += ' ';  // control characters are not XML
        else out += c;
    }
  }
  return out;
}

std::string colour(const std::string& c) {
  if (c.size() != 7 || c[0] != '#') return "#cccccc";
  for (std::size_t i = 1; i < c.size(); ++i)
    if (!std::isxdigit(static_cast<unsigned char>(c[i]))) return "#cccccc";
  return c;
}

// Text colour readable on a bar of colour c ("#rrggbb", already checked): dark on light bars, white on dark ones.
// Lightness = (0.2126 R + 0.7152 G + 0.0722 B) / 255 (Rec. 709 weights on the sRGB values), threshold 0.55.
std::string text_on(const std::string& c) {
  const auto channel = [&](std::size_t i) { return std::stoi(c.substr(i, 2), nullptr, 16); };
  const double lightness = (0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)) / 255.0;
  return lightness > 0.55 ? "#222222" : "#ffffff";
}

std::string num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

}  // namespace

std::string stacked_bar_chart_svg(const BarChart& chart) {
  const double width = 760, label_w = 210, bar_w = 440, row_h = 22, top = 44;
  const double x0 = label_w;
  const double legend_y = top + row_h * static_cast<double>(chart.rows.size()) + 24;
  const double height = legend_y + 24 + (chart.caption.empty() ? 0 : 36);
  std::string s;
  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" + num(height) +
       "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" font-family=\"Helvetica, Arial, sans-serif\">\n";
  s += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  s += "<text x=\"8\" y=\"22\" font-size=\"15\" font-weight=\"bold\">" + xml(chart.title) + "</text>\n";
  for (int g = 0; g <= 4; ++g) {
    const double x = x0 + bar_w * g / 4.0;
    s += "<line x1=\"" + num(x) + "\" y1=\"" + num(top - 6) + "\" x2=\"" + num(x) + "\" y2=\"" +
         num(top + row_h * static_cast<double>(chart.rows.size())) + "\" stroke=\"#dddddd\"/>\n";
    s += "<text x=\"" + num(x) + "\" y=\"" + num(top - 9) + "\" font-size=\"10\" text-anchor=\"middle\" fill=\"#666666\">" +
         std::to_string(g * 25) + "%</text>\n";
  }
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const auto& row = chart.rows[r];
    const double y = top + row_h * static_cast<double>(r);
    s += "<text x=\"" + num(x0 - 8) + "\" y=\"" + num(y + 15) + "\" font-size=\"12\" text-anchor=\"end\">" +
         xml(row.label) + "</text>\n";
    double sum = 0;
    bool valid = true;
    for (double v : row.values) {
      if (!std::isfinite(v) || v < 0) valid = false;
      else sum += v;
    }
    if (!valid || sum <= 0) {
      s += "<text x=\"" + num(x0 + 4) + "\" y=\"" + num(y + 15) + "\" font-size=\"11\" fill=\"#999999\">no data</text>\n";
    } else {
      double x = x0;
      for (std::size_t k = 0; k < row.values.size() && k < chart.series.size(); ++k) {
        const double share = row.values[k] / sum;
        const double w = bar_w * share;
        if (w <= 0) continue;
        s += "<rect x=\"" + num(x) + "\" y=\"" + num(y + 3) + "\" width=\"" + num(w) + "\" height=\"" +
             num(row_h - 6) + "\" fill=\"" + colour(chart.series[k].colour) + "\"><title>" +
             xml(row.label + ": " + chart.series[k].name + " " + num(100 * share) + "%") + "</title></rect>\n";
        if (share >= 0.06)
          s += "<text x=\"" + num(x + w / 2) + "\" y=\"" + num(y + 15) +
               "\" font-size=\"10\" text-anchor=\"middle\" fill=\"" + text_on(colour(chart.series[k].colour)) + "\">" +
               num(100 * share) + "%</text>\n";
        x += w;
      }
    }
    if (!row.annotation.empty())
      s += "<text x=\"" + num(x0 + bar_w + 8) + "\" y=\"" + num(y + 15) + "\" font-size=\"11\" fill=\"#444444\">" +
           xml(row.annotation) + "</text>\n";
  }
  double lx = 8;
  for (const auto& series : chart.series) {
    s += "<rect x=\"" + num(lx) + "\" y=\"" + num(legend_y) + "\" width=\"12\" height=\"12\" fill=\"" +
         colour(series.colour) + "\"/>\n";
    s += "<text x=\"" + num(lx + 16) + "\" y=\"" + num(legend_y + 10) + "\" font-size=\"11\">" + xml(series.name) +
         "</text>\n";
    lx += 24 + 6.5 * static_cast<double>(series.name.size());
  }
  if (!chart.caption.empty()) {
    // Two lines at most: split at the space nearest the middle when long.
    std::string a = chart.caption, b;
    if (a.size() > 120) {
      std::size_t cut = a.rfind(' ', a.size() / 2 + 10);
      if (cut != std::string::npos) {
        b = a.substr(cut + 1);
        a.resize(cut);
      }
    }
    s += "<text x=\"8\" y=\"" + num(legend_y + 36) + "\" font-size=\"10\" fill=\"#444444\">" + xml(a) + "</text>\n";
    if (!b.empty())
      s += "<text x=\"8\" y=\"" + num(legend_y + 50) + "\" font-size=\"10\" fill=\"#444444\">" + xml(b) + "</text>\n";
  }
  s += "</svg>\n";
  return s;
}

}  // namespace ppsnet::output
