#include "ppsnet/output/graphml.hpp"

#include "attribute_table.hpp"
#include "text.hpp"

namespace ppsnet::output {

namespace {

const char* graphml_type(detail::AttributeType t) {
  switch (t) {
    case detail::AttributeType::integer: return "int";
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

void write_graphml(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics,
                   std::span<const CategoryColumn> categories) {
  const detail::NodeTable t = detail::node_table(g, metrics, categories);
  const std::vector<detail::EdgeRow> edges = detail::edge_rows(g);
  using detail::xml_escape;

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  out << "  <key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n";
  for (std::size_t k = 0; k < t.columns.size(); ++k) {
    out << "  <key id=\"d" << k + 1 << "\" for=\"node\" attr.name=\"" << xml_escape(t.columns[k].name)
        << "\" attr.type=\"" << graphml_type(t.columns[k].type) << "\"/>\n";
  }
  const std::vector<detail::AttributeColumn> edge_columns = detail::edge_columns(edges);
  out << "  <key id=\"e0\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n";
  for (std::size_t k = 0; k < edge_columns.size(); ++k) {
    out << "  <key id=\"e" << k + 1 << "\" for=\"edge\" attr.name=\"" << xml_escape(edge_columns[k].name)
        << "\" attr.type=\"" << graphml_type(edge_columns[k].type) << "\"/>\n";
  }
  out << "  <graph id=\"ppsnet\" edgedefault=\"undirected\">\n";
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) {
    out << "    <node id=\"" << xml_escape(t.ids[v]) << "\">\n";
    out << "      <data key=\"d0\">" << xml_escape(t.labels[v]) << "</data>\n";
    for (std::size_t k = 0; k < t.columns.size(); ++k) {
      const detail::Cell& c = t.columns[k].cells[v];
      if (missing(c)) continue;
      out << "      <data key=\"d" << k + 1 << "\">" << xml_escape(detail::cell_text(c)) << "</data>\n";
    }
    out << "    </node>\n";
  }
  for (std::size_t k = 0; k < edges.size(); ++k) {
    const auto& e = edges[k];
    out << "    <edge id=\"e" << k << "\" source=\"" << xml_escape(t.ids[e.source]) << "\" target=\""
        << xml_escape(t.ids[e.target]) << "\">\n";
    out << "      <data key=\"e0\">" << detail::shortest_number(e.weight) << "</data>\n";
    for (std::size_t c = 0; c < edge_columns.size(); ++c) {
      const detail::Cell& cell = edge_columns[c].cells[k];
      if (missing(cell)) continue;
      out << "      <data key=\"e" << c + 1 << "\">" << xml_escape(detail::cell_text(cell)) << "</data>\n";
    }
    out << "    </edge>\n";
  }
  out << "  </graph>\n";
  out << "</graphml>\n";
}

}  // namespace ppsnet::output
