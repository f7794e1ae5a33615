#include "ppsnet/query/project.hpp"

#include <cmath>

#include "ppsnet/algo/projection.hpp"
#include "ppsnet/error.hpp"

namespace ppsnet::query {

namespace {

algo::ProjectionOptions options_of(const ProjectRequest& r) {
  if (!(r.min_weight >= 0) || !std::isfinite(r.min_weight))
    throw invalid_request("min_weight", "must be a finite number >= 0");
  algo::ProjectionOptions po;
  po.side = r.side;
  po.weight = r.weight;
  po.min_weight = r.min_weight;
  po.top_k = r.top_k;
  po.max_connector_degree = r.max_connector_degree;
  return po;
}

ProjectResult edge_list(const model::PartnerGraph& g, const ProjectRequest& r, const algo::Projection& proj) {
  ProjectResult out;
  out.nodes = proj.nodes;
  out.skipped = proj.skipped;
  const std::string side(name_of(r.side));
  Table& t = out.table;
  t.name = "projection";
  t.title = "Projection onto " + side + " (weight " + std::string(name_of(r.weight)) + ")";
  t.note = "Links between " + side + " that share " +
           (r.side == ProjectionSide::initiatives ? std::string("organisations") : std::string("initiatives")) +
           "; weight as NetworkX bipartite projections (docs/algorithms.md).";
  t.columns = {{"Source id", "source", 0}, {"Source label", "source_label", 0}, {"Target id", "target", 0},
               {"Target label", "target_label", 0}, {"Weight", "weight", 4}};
  for (const auto& e : proj.graph.edges()) {
    const model::NodeId u = proj.nodes[e.u], v = proj.nodes[e.v];
    out.links.push_back({u, v, e.weight});
    t.rows.push_back({TableCell::of_text(g.external_id(u)), TableCell::of_text(g.label(u)),
                      TableCell::of_text(g.external_id(v)), TableCell::of_text(g.label(v)),
                      TableCell::of_number(e.weight)});
  }
  return out;
}

}  // namespace

ProjectResult project(const model::PartnerGraph& g, const ProjectRequest& r) {
  return edge_list(g, r, algo::project(g, options_of(r)));
}

ProjectResult project(const Dataset& dataset, const ProjectRequest& r) {
  return edge_list(dataset.graph(), r, *dataset.projection(options_of(r)));
}

}  // namespace ppsnet::query
