// Benchmark: exact betweenness (ppsnet::algo::betweenness) on the CORDIS H2020 participation table as a
// bipartite graph (projects x organisations, one edge per distinct pair).
// Usage: betweenness_bench [CSV] [threads=0] [mode=unweighted|distance|strength] [OUT.csv]
// OUT.csv (optional): every node's score as `key,score` (key = p<rcn> or o<pic>), for bench_betweenness.py.
// Prints graph size, wall time, and the five largest scores (to compare with bench_betweenness.py).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <numeric>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "ppsnet/algo/centrality.hpp"

int main(int argc, char** argv) {
  using namespace ppsnet;
  std::string path = argc > 1 ? argv[1] : "../shared/data/raw/cordis_h2020_participations_eunets.csv";
  unsigned threads = argc > 2 ? static_cast<unsigned>(std::stoul(argv[2])) : 0;
  std::string mode = argc > 3 ? argv[3] : "unweighted";
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot open " << path << "\n";
    return 2;
  }
  auto t0 = std::chrono::steady_clock::now();
  std::unordered_map<std::string, model::NodeId> ids;
  std::vector<model::WeightedEdge> edges;
  std::string line;
  std::getline(in, line);  // header: rcn,role,pic,...
  auto node = [&](const std::string& key) {
    auto [it, inserted] = ids.emplace(key, static_cast<model::NodeId>(ids.size()));
    return it->second;
  };
  while (std::getline(in, line)) {
    std::stringstream ss(line);
    std::string rcn, role, pic;
    std::getline(ss, rcn, ',');
    std::getline(ss, role, ',');
    std::getline(ss, pic, ',');
    edges.push_back({node("p" + rcn), node("o" + pic), 1.0});  // repeated pairs fold into weight > 1
  }
  auto g = model::CsrGraph::from_edges(ids.size(), edges);
  auto t1 = std::chrono::steady_clock::now();
  algo::BetweennessOptions opt;
  opt.threads = threads;
  opt.weighting = mode == "distance" ? algo::Weighting::distance
                  : mode == "strength" ? algo::Weighting::strength : algo::Weighting::unweighted;
  auto bc = algo::betweenness(g, opt);
  auto t2 = std::chrono::steady_clock::now();
  std::size_t leaves = 0;
  for (model::NodeId v = 0; v < g.num_nodes(); ++v) leaves += g.degree(v) == 1;
  std::printf("nodes %zu edges %zu leaves %zu\n", g.num_nodes(), g.num_edges(), leaves);
  std::printf("load %.3f s, betweenness (%s, threads %u) %.3f s\n", std::chrono::duration<double>(t1 - t0).count(),
              mode.c_str(), threads, std::chrono::duration<double>(t2 - t1).count());
  std::vector<std::pair<double, std::string>> top;
  for (const auto& [key, v] : ids) top.emplace_back(bc[v], key);
  std::partial_sort(top.begin(), top.begin() + std::min<std::ptrdiff_t>(5, static_cast<std::ptrdiff_t>(top.size())), top.end(),
                    [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  for (std::size_t i = 0; i < std::min<std::size_t>(5, top.size()); ++i)
    std::printf("%s %.6f\n", top[i].second.c_str(), top[i].first);
  if (argc > 4) {
    std::ofstream out(argv[4]);
    out.precision(17);
    for (const auto& [key, v] : ids) out << key << ',' << bc[v] << '\n';
  }
  return 0;
}
