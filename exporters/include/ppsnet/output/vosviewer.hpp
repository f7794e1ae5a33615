#pragma once
// VOSviewer JSON (VOSviewer 1.6.16+ "JSON file" and VOSviewer Online). Written with RapidJSON; UTF-8.
//
//   {"network": {
//      "items": [{"id": "2030", "label": "Agenda 2030: \"Slimme\" Zorg",
//                 "description": "initiative (coe)<br>Heerlen, Zuid-Limburg, Limburg",
//                 "x": 0.12, "y": -0.5,                       <- only when positions are given
//                 "cluster": 1,                               <- only when the node has a cluster
//                 "weights": {"Links": 3, "Total link strength": 4},
//                 "scores": {"degree": 3, ...}}, ...],        <- finite metric values only
//      "links": [{"source_id": "2030", "target_id": "01234567", "strength": 2}, ...]},
//    "config": {"terminology": {"item": "node", "items": "nodes", "link": "partnership", "links": "partnerships",
//               "link_strength": "participations", "total_link_strength": "total participations"}},
//    "info": {"title": "...", "description": "..."}}
//
// Conventions: clusters are numbered from 1 (VOSviewer's convention): cluster = community + 1; a node without a
// community (-1) has no "cluster" key. weights: "Links" = number of distinct partners (degree), "Total link
// strength" = sum of the node's edge weights (participations), VOSviewer's own names for these two. scores: one
// per metric column, omitted for a non-finite value (never NaN/Infinity). The description is HTML (VOSviewer
// shows it as such): the node's name and attributes with & < > " escaped as entities, lines joined by "<br>".
// Labels are plain text (JSON-escaped only). Ids are strings. Categories are not written (VOSviewer items have no
// text attributes besides label/description/url).
#include <ostream>
#include <span>
#include <string>

#include "ppsnet/model/partner_graph.hpp"
#include "ppsnet/output/columns.hpp"

namespace ppsnet::output {

struct VosviewerOptions {
  std::string title = "ppsnet partnership network";  ///< info.title
  std::string description;                           ///< info.description (plain text; HTML-escaped)
  /// Community per PartnerGraph node (0-based, -1 = none); empty = no clusters. Written as community + 1.
  std::span<const int> cluster;
  /// Node positions by PartnerGraph node id (VOSviewer map units; y upwards). Both empty = no x/y (VOSviewer
  /// computes a layout); otherwise both num_nodes() entries; a non-finite coordinate leaves that node without x/y.
  std::span<const double> x;
  std::span<const double> y;
  bool pretty = false;
};

/// Writes the document described above, followed by "\n". Items in node-id order, links in CsrGraph::edges() order
/// (source = initiative), strength = edge weight (number of participations).
/// Throws std::invalid_argument for bad metric/category columns (as write_node_link_json), when cluster is neither
/// empty nor of size num_nodes() or holds a value < -1, or when x/y are not both empty or both of size num_nodes().
/// O(n (c + log n) + m log m + p log m) time, O(n c + m) memory.
/// Source: VOSviewer Online documentation, "JSON file type" (github.com/neesjanvaneck/VOSviewer-Online, docs).
void write_vosviewer_json(std::ostream& out, const model::PartnerGraph& g, std::span<const MetricColumn> metrics = {},
                          std::span<const CategoryColumn> categories = {}, const VosviewerOptions& options = {});

}  // namespace ppsnet::output
