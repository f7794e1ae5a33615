// Loads a dataset with the installed ppsnet library and prints, as CSV, the initiatives most similar to one
// initiative and the five nodes of highest betweenness: the same numbers as
//   ppsnet similar DATASET ID --top 3 --format csv   and   ppsnet centrality DATASET -m betweenness --top 5
#include <cstdio>
#include <iostream>

#include "ppsnet/import/dataset.hpp"
#include "ppsnet/query/centrality.hpp"
#include "ppsnet/query/dataset.hpp"
#include "ppsnet/query/similar.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: ppsnet_consumer DATASET INITIATIVE_ID\n";
    return 1;
  }
  try {
    auto imported = ppsnet::import::load_dataset(argv[1], {});
    const ppsnet::query::Dataset data(std::move(imported.graph), std::move(imported.diagnostics), imported.source);
    const auto& g = data.graph();
    const auto u = g.find(argv[2]);
    if (!u || !g.is_initiative(*u)) {
      std::cerr << "no initiative " << argv[2] << "\n";
      return 2;
    }
    ppsnet::query::SimilarityOptions so;
    so.top_k = 3;
    std::cout << "similar_id,score,shared_partners\n";
    for (const auto& s : ppsnet::query::similar_initiatives(g, *u, so))
      std::cout << g.external_id(s.initiative) << ',' << s.score << ',' << s.shared_partners << '\n';

    ppsnet::query::CentralityRequest r;
    r.measures = {ppsnet::query::CentralityMeasure::betweenness};
    r.top = 5;
    const auto c = ppsnet::query::centrality(data, r);
    std::cout << "id,betweenness\n";
    for (std::size_t i = 0; i < c.nodes.size(); ++i)
      std::cout << g.external_id(c.nodes[i]) << ',' << c.columns[0].values[i] << '\n';
  } catch (const ppsnet::Error& e) {
    std::cerr << "ppsnet_consumer: " << ppsnet::to_string(e.category()) << ": " << e.what() << '\n';
    return 2;
  }
  return 0;
}
