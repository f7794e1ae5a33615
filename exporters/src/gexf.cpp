#include "ppsnet/output/gexf.hpp"

#include <stdexcept>

#include "attribute_table.hpp"
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
  out << "<gexf xmlns=\"" << ns << "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
      << ns << ' ' << ns << "/gexf.xsd\" version=\"" << version << "\">\n";
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
  out << "    <attributes class=\"edge\" mode=\"static\">\n";
  out << "      <attribute id=\"0\" title=\"participations\" type=\"integer\"/>\n";
  out << "    </attributes>\n";
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
    out << "      </node>\n";
  }
  out << "    </nodes>\n";
  out << "    <edges>\n";
  for (std::size_t k = 0; k < edges.size(); ++k) {
    const auto& e = edges[k];
    out << "      <edge id=\"" << k << "\" source=\"" << xml_escape(t.ids[e.source]) << "\" target=\""
        << xml_escape(t.ids[e.target]) << "\" weight=\"" << detail::shortest_number(e.weight) << "\">\n";
    out << "        <attvalues>\n          <attvalue for=\"0\" value=\"" << e.participations
        << "\"/>\n        </attvalues>\n";
    out << "      </edge>\n";
  }
  out << "    </edges>\n";
  out << "  </graph>\n";
  out << "</gexf>\n";
}

}  // namespace ppsnet::output
