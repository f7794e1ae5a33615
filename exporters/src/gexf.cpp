#include "ppsnet/output/gexf.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "attribute_table.hpp"
#include "ppsnet/query/palette.hpp"
#include "text.hpp"

namespace ppsnet::output {

namespace {

const char* gexf_type(detail::AttributeType t) {
  switch (t) {
    case detail::AttributeType::integer: return "integer";
    case detail::AttributeType::real: return "double";
    case detail::AttributeType::string:
    case detail::AttributeType::string_list: return "string";
  }
  return "string";
}

bool missing(const detail::Cell& c) {
  if (std::holds_alternative<std::monostate>(c)) return true;
  if (const auto* l = std::get_if<std::vector<std::string>>(&c)) return l->empty();
  return false;
}

// "#rrggbb" -> "r=\"..\" g=\"..\" b=\"..\"" (0..255 each).
std::string rgb_attributes(std::string_view hex) {
  const auto channel = [&](std::size_t at) { return std::stoi(std::string(hex.substr(at, 2)), nullptr, 16); };
  return "r=\"" + std::to_string(channel(1)) + "\" g=\"" + std::to_string(channel(3)) + "\" b=\"" +
         std::to_string(channel(5)) + "\"";
}

}  // namespace

void write_gexf(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                std::span<const CategoryColumn> categories, const GexfOptions& options) {
  std::string ns;
  std::string version;
  if (options.version == "1.3") {
    ns = "http://gexf.net/1.3";
    version = "1.3";
  } else if (options.version == "1.2draft") {
    ns = "http://www.gexf.net/1.2draft";
    version = "1.2";
  } else {
    throw std::invalid_argument("write_gexf: unknown GEXF version '" + options.version +
                                "' (use \"1.3\" or \"1.2draft\")");
  }
  const detail::NodeTable t = detail::node_table(g, metrics, categories);
  const std::vector<detail::EdgeRow> edges = detail::edge_rows(g);
  using detail::xml_escape;

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<gexf xmlns=\"" << ns << "\"";
  if (options.viz) out << " xmlns:viz=\"" << ns << "/viz\"";
  out << " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" << ns << ' ' << ns
      << "/gexf.xsd\" version=\"" << version << "\">\n";
  out << "  <meta>\n    <creator>ppsnet</creator>\n";
  if (!options.description.empty()) {
    out << "    <description>" << xml_escape(detail::sanitise_utf8(options.description)) << "</description>\n";
  }
  out << "  </meta>\n";
  out << "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n";
  out << "    <attributes class=\"node\" mode=\"static\">\n";
  for (std::size_t k = 0; k < t.columns.size(); ++k) {
    out << "      <attribute id=\"" << k << "\" title=\"" << xml_escape(t.columns[k].name) << "\" type=\""
        << gexf_type(t.columns[k].type) << "\"/>\n";
  }
  out << "    </attributes>\n";
  const std::vector<detail::AttributeColumn> edge_columns = detail::edge_columns(edges);
  out << "    <attributes class=\"edge\" mode=\"static\">\n";
  for (std::size_t k = 0; k < edge_columns.size(); ++k) {
    out << "      <attribute id=\"" << k << "\" title=\"" << xml_escape(edge_columns[k].name) << "\" type=\""
        << gexf_type(edge_columns[k].type) << "\"/>\n";
  }
  out << "    </attributes>\n";
  std::size_t max_degree = 0;
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) max_degree = std::max(max_degree, g.graph().degree(v));
  out << "    <nodes>\n";
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) {
    out << "      <node id=\"" << xml_escape(t.ids[v]) << "\" label=\"" << xml_escape(t.labels[v]) << "\">\n";
    out << "        <attvalues>\n";
    for (std::size_t k = 0; k < t.columns.size(); ++k) {
      const detail::Cell& c = t.columns[k].cells[v];
      if (missing(c)) continue;
      out << "          <attvalue for=\"" << k << "\" value=\"" << xml_escape(detail::cell_text(c)) << "\"/>\n";
    }
    out << "        </attvalues>\n";
    if (options.viz) {
      const bool initiative = g.is_initiative(v);
      const std::string_view colour = initiative ? query::colour_of(g.initiative(v).kind)
                                                 : query::colour_of(g.organisation(v).type);
      const double relative =
          max_degree > 0 ? std::sqrt(static_cast<double>(g.graph().degree(v)) / static_cast<double>(max_degree)) : 0.0;
      out << "        <viz:color " << rgb_attributes(colour) << "/>\n";
      out << "        <viz:size value=\"" << detail::shortest_number(10.0 + 30.0 * relative) << "\"/>\n";
      out << "        <viz:shape value=\"" << (initiative ? "square" : "disc") << "\"/>\n";
    }
    out << "      </node>\n";
  }
  out << "    </nodes>\n";
  out << "    <edges>\n";
  for (std::size_t k = 0; k < edges.size(); ++k) {
    const auto& e = edges[k];
    out << "      <edge id=\"" << k << "\" source=\"" << xml_escape(t.ids[e.source]) << "\" target=\""
        << xml_escape(t.ids[e.target]) << "\" weight=\"" << detail::shortest_number(e.weight) << "\">\n";
    out << "        <attvalues>\n";
    for (std::size_t c = 0; c < edge_columns.size(); ++c) {
      const detail::Cell& cell = edge_columns[c].cells[k];
      if (missing(cell)) continue;
      out << "          <attvalue for=\"" << c << "\" value=\"" << xml_escape(detail::cell_text(cell)) << "\"/>\n";
    }
    out << "        </attvalues>\n";
    out << "      </edge>\n";
  }
  out << "    </edges>\n";
  out << "  </graph>\n";
  out << "</gexf>\n";
}

}  // namespace ppsnet::output
