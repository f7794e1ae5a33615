#pragma once
// Shared helpers for the algo tests: small graph constructors and the NetworkX reference file.
#include <rapidjson/document.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ppsnet/model/csr_graph.hpp"
#include "ppsnet/model/graph_builder.hpp"

namespace algo_test {

using ppsnet::model::CsrGraph;
using ppsnet::model::NodeId;
using ppsnet::model::PartnerGraph;
using ppsnet::model::WeightedEdge;

/// Concatenates the text forms of its arguments. (Used instead of `"literal" + std::to_string(x)`, which trips a
/// GCC 12 -Wrestrict false positive at -O3.)
template <typename... Args>
std::string str(const Args&... args) {
  std::ostringstream ss;
  (ss << ... << args);
  return ss.str();
}

inline CsrGraph graph(std::size_t n, std::vector<WeightedEdge> edges) { return CsrGraph::from_edges(n, edges); }

/// Bipartite edge: initiative index i in [0, nt), organisation node id nt + j, multiplicity (participations).
struct BiEdge {
  std::size_t initiative;
  std::size_t organisation;  // index in [0, nb)
  int multiplicity = 1;
};

/// PartnerGraph with initiatives I0..I{nt-1} (node ids 0..nt-1) and organisations O0.. (node ids nt..).
inline PartnerGraph partner_graph(std::size_t nt, std::size_t nb, const std::vector<BiEdge>& edges) {
  using namespace ppsnet::model;
  Diagnostics d;
  GraphBuilder b(d);
  for (std::size_t i = 0; i < nt; ++i) {
    Initiative x;
    x.id = str("I", i);
    b.add_initiative(x);
  }
  for (std::size_t j = 0; j < nb; ++j) {
    Organisation o;
    o.id = str("O", j);
    b.add_organisation(o);
  }
  for (const auto& e : edges)
    for (int r = 0; r < e.multiplicity; ++r)
      b.add_participation({str("I", e.initiative), str("O", e.organisation), Role::partner,
                           2000 + r});
  return b.build();
}

// Expected values written by a script in tests/reference/ (file name relative to tests/reference/expected/).
inline rapidjson::Document load_expected(const std::string& file) {
  std::ifstream in(std::string(PPSNET_SOURCE_DIR) + "/tests/reference/expected/" + file);
  std::stringstream ss;
  ss << in.rdbuf();
  rapidjson::Document d;
  d.Parse(ss.str().c_str());
  return d;
}

/// tests/reference/algo_reference.py's values.
inline const rapidjson::Document& reference() {
  static const rapidjson::Document doc = load_expected("algo_reference.json");
  return doc;
}

/// tests/reference/algo2_reference.py's values.
inline const rapidjson::Document& reference2() {
  static const rapidjson::Document doc = load_expected("algo2_reference.json");
  return doc;
}

/// tests/reference/algo3_reference.py's values.
inline const rapidjson::Document& reference3() {
  static const rapidjson::Document doc = load_expected("algo3_reference.json");
  return doc;
}

inline std::vector<double> doubles(const rapidjson::Value& a) {
  std::vector<double> out;
  for (const auto& x : a.GetArray()) out.push_back(x.GetDouble());
  return out;
}

/// Reference bipartite graph: PartnerGraph (ids as in the file: top = initiatives first).
inline PartnerGraph reference_partner_graph(const rapidjson::Value& e) {
  const std::size_t nt = e["n_top"].GetUint(), nb = e["n_bottom"].GetUint();
  std::vector<BiEdge> edges;
  for (const auto& x : e["edges"].GetArray())
    edges.push_back({x[0].GetUint(), x[1].GetUint() - nt, x[2].GetInt()});
  return partner_graph(nt, nb, edges);
}

inline CsrGraph reference_general_graph(const rapidjson::Value& e) {
  std::vector<WeightedEdge> edges;
  for (const auto& x : e["edges"].GetArray())
    edges.push_back({static_cast<NodeId>(x[0].GetUint()), static_cast<NodeId>(x[1].GetUint()), x[2].GetDouble()});
  return CsrGraph::from_edges(e["n"].GetUint(), edges);
}

}  // namespace algo_test
