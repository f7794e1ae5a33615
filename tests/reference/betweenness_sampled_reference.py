#!/usr/bin/python3
"""Expected values for tests/unit/algo/betweenness_sampled_test.cpp.

For each small graph: the edge list, NetworkX 2.8.8 exact betweenness_centrality(G, normalized=False) (each
unordered pair once), and the Riondato & Kornaropoulos (2016, doi:10.1007/s10618-015-0423-0) sample size
computed here independently:
  VD   = vertex-diameter bound: for every connected component, BFS from its highest-degree node h (ties: lowest id)
         gives ecc(h); the component's bound is min(2 ecc(h) + 1, |component|); VD = the largest over components;
  r    = ceil((c / eps^2) * (floor(log2(VD - 2)) + 1 + ln(1 / delta))), c = 0.5  (r = 0 when VD < 3);
and the true vertex diameter (largest number of nodes on a shortest path) from NetworkX, to check VD >= it.
Writes tests/reference/expected/betweenness_sampled_reference.json.
Run: /usr/bin/python3 tests/reference/betweenness_sampled_reference.py (deterministic: fixed seeds).
"""
import json
import math
import os

import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected", "betweenness_sampled_reference.json")
PARAMS = [(0.1, 0.1), (0.05, 0.1), (0.02, 0.05)]


def vd_bound(g):
    best = 0
    for comp in nx.connected_components(g):
        h = min(comp, key=lambda v: (-g.degree(v), v))
        ecc = max(nx.single_source_shortest_path_length(g, h).values())
        best = max(best, min(2 * ecc + 1, len(comp)))
    return best


def true_vd(g):
    vd = 1 if g.number_of_nodes() else 0
    for comp in nx.connected_components(g):
        if len(comp) > 1:
            vd = max(vd, nx.diameter(g.subgraph(comp)) + 1)
    return vd


def sample_size(eps, delta, vd):
    if vd < 3:
        return 0
    return math.ceil(0.5 / (eps * eps) * (math.floor(math.log2(vd - 2)) + 1 + math.log(1 / delta)))


def case(name, g):
    g = nx.convert_node_labels_to_integers(g, ordering="sorted")
    vd = vd_bound(g)
    bc = nx.betweenness_centrality(g, normalized=False)
    return {
        "name": name,
        "n": g.number_of_nodes(),
        "edges": sorted([min(u, v), max(u, v)] for u, v in g.edges()),
        "betweenness": [bc[v] for v in range(g.number_of_nodes())],
        "vertex_diameter_bound": vd,
        "vertex_diameter": true_vd(g),
        "sample_sizes": [{"epsilon": e, "delta": d, "samples": sample_size(e, d, vd)} for e, d in PARAMS],
    }


def main():
    k = nx.karate_club_graph()
    karate = nx.Graph()
    karate.add_nodes_from(k.nodes())
    karate.add_edges_from(k.edges())
    two = nx.disjoint_union(nx.path_graph(7), nx.barbell_graph(4, 2))
    graphs = [
        case("karate", karate),
        case("gnp_40", nx.gnp_random_graph(40, 0.08, seed=3)),
        case("path_plus_barbell", two),
        case("tree_30", nx.random_tree(30, seed=5) if hasattr(nx, "random_tree") else nx.balanced_tree(2, 4)),
        case("grid_5x6", nx.grid_2d_graph(5, 6)),
    ]
    with open(OUT, "w") as f:
        json.dump({"generator": "tests/reference/betweenness_sampled_reference.py", "networkx": nx.__version__,
                   "graphs": graphs}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
