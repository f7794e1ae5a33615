#!/usr/bin/python3
"""Expected values for tests/unit/algo from NetworkX 2.8.8 (cross-checked with python-igraph 0.10.2).

Writes tests/reference/expected/algo_reference.json holding random graphs (edge lists) AND the values the
reference tools compute on them, so the C++ test rebuilds the same graphs without sharing a RNG.
Run: /usr/bin/python3 tests/reference/algo_reference.py   (deterministic: fixed seeds)

Node ids: bipartite graphs have top (= ppsnet initiatives) 0..nt-1 and bottom (= organisations) nt..nt+nb-1.
Edge "mult" = number of participations (ppsnet edge weight); used as a weight only where stated.
Multiplicities are drawn from {1, 2, 4} so that the strength lengths 1/w are exact binary fractions: NetworkX
compares path lengths exactly, ppsnet with a relative tolerance; with 1/3 the two would see different ties
(1/3 + 1/3 + 1/3 != 1 in floating point), and the brute-force test covers that case instead.
"""
import json
import math
import os
import random

import igraph as ig
import networkx as nx
from networkx.algorithms import bipartite

MULTS = (1, 2, 4)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected", "algo_reference.json")


def by_node(d, n):
    return [float(d[v]) for v in range(n)]


def check_close(a, b, what):
    for x, y in zip(a, b):
        assert abs(x - y) <= 1e-9 * max(1.0, abs(x)), (what, a, b)


def random_bipartite(rng, nt, nb, p):
    edges = []
    for u in range(nt):
        for j in range(nb):
            if rng.random() < p:
                edges.append((u, nt + j, rng.choice(MULTS)))
    return edges


def nx_graph(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for u, v, w in edges:
        g.add_edge(u, v, weight=float(w), strength_len=1.0 / w)
    return g


def projection_edges(pg):
    out = []
    for u, v, d in pg.edges(data=True):
        a, b = min(u, v), max(u, v)
        out.append([a, b, float(d.get("weight", 1.0))])
    out.sort()
    return out


def top_k_union(edges, k):
    """Independent k-nearest-neighbour union: every node keeps its k strongest links, ties by neighbour id."""
    incident = {}
    for a, b, w in edges:
        incident.setdefault(a, []).append((-w, b))
        incident.setdefault(b, []).append((-w, a))
    keep = set()
    for u, lst in incident.items():
        for negw, v in sorted(lst)[:k]:
            keep.add((min(u, v), max(u, v)))
    return [e for e in edges if (e[0], e[1]) in keep]


def projections(g, nt, nb, cap):
    res = {}
    for side in ("initiatives", "organisations"):
        nodes = list(range(nt)) if side == "initiatives" else list(range(nt, nt + nb))
        other = list(range(nt, nt + nb)) if side == "initiatives" else list(range(nt))
        h = g.copy()
        if cap:
            h.remove_nodes_from([k for k in other if g.degree(k) > cap])
        simple = nx.Graph()
        simple.add_nodes_from(h.nodes())
        simple.add_edges_from(h.edges())  # neighbour sets only, multiplicities ignored
        r = {
            "count": projection_edges(bipartite.weighted_projected_graph(simple, nodes)),
            "jaccard": projection_edges(bipartite.overlap_weighted_projected_graph(simple, nodes, jaccard=True)),
            "overlap": projection_edges(bipartite.overlap_weighted_projected_graph(simple, nodes, jaccard=False)),
            "newman": projection_edges(bipartite.collaboration_weighted_projected_graph(simple, nodes)),
        }
        res[side] = r
    return res


def main():
    rng = random.Random(20261129)
    doc = {"generator": "tests/reference/algo_reference.py", "networkx": nx.__version__,
           "igraph": ig.__version__, "bipartite": [], "general": []}

    shapes = [(3, 4, 0.5), (5, 5, 0.35), (8, 12, 0.2), (12, 6, 0.3), (10, 20, 0.12), (15, 9, 0.25), (4, 16, 0.3),
              (20, 25, 0.1)]
    for gi, (nt, nb, p) in enumerate(shapes):
        edges = random_bipartite(rng, nt, nb, p)
        n = nt + nb
        g = nx_graph(n, edges)
        top = list(range(nt))
        raw = by_node(nx.betweenness_centrality(g, normalized=False), n)
        # python-igraph must agree with NetworkX on the raw undirected betweenness
        ih = ig.Graph(n=n, edges=[(u, v) for u, v, _ in edges])
        check_close(raw, ih.betweenness(directed=False), "igraph betweenness")
        entry = {
            "n_top": nt, "n_bottom": nb, "edges": [[u, v, w] for u, v, w in edges],
            "betweenness": raw,
            "betweenness_normalized": by_node(nx.betweenness_centrality(g, normalized=True), n),
            "betweenness_distance": by_node(nx.betweenness_centrality(g, normalized=False, weight="weight"), n),
            "betweenness_strength": by_node(nx.betweenness_centrality(g, normalized=False, weight="strength_len"), n),
            "bipartite_degree": by_node(bipartite.degree_centrality(g, top), n),
        }
        check_close(entry["betweenness_distance"],
                    ih.betweenness(directed=False, weights=[float(w) for _, _, w in edges]), "igraph weighted")
        if nt > 0 and nb > 0 and not (nt == 1 and nb == 1):
            entry["bipartite_betweenness"] = by_node(bipartite.betweenness_centrality(g, top), n)
        cap = 3
        entry["projection_cap"] = cap
        entry["projections"] = projections(g, nt, nb, 0)
        entry["projections_capped"] = projections(g, nt, nb, cap)
        # thresholds on the initiative-side Newman projection
        full = entry["projections"]["initiatives"]["newman"]
        entry["newman_min_weight"] = 0.4
        entry["newman_min"] = [e for e in full if e[2] >= 0.4]
        entry["count_top_k"] = 2
        entry["count_top2"] = top_k_union(entry["projections"]["initiatives"]["count"], 2)
        # modularity of random partitions of the initiative count projection (weights = counts)
        proj = nx.Graph()
        proj.add_nodes_from(range(nt))
        for a, b, w in entry["projections"]["initiatives"]["count"]:
            proj.add_edge(a, b, weight=w)
        parts = []
        if proj.number_of_edges() > 0:
            for k in (1, 2, 3):
                for gamma in (1.0, 0.5, 2.0):
                    memb = [rng.randrange(k) for _ in range(nt)]
                    comms = [set(v for v in range(nt) if memb[v] == c) for c in range(k)]
                    comms = [c for c in comms if c]
                    q = nx.community.modularity(proj, comms, weight="weight", resolution=gamma)
                    qi = ig.Graph(n=nt, edges=[(a, b) for a, b, _ in entry["projections"]["initiatives"]["count"]]) \
                        .modularity(memb, weights=[w for _, _, w in entry["projections"]["initiatives"]["count"]],
                                    resolution=gamma)
                    # python-igraph 0.10.2 ignores `resolution` in Graph.modularity: cross-check at 1 only
                    if gamma == 1.0:
                        assert abs(q - qi) < 1e-12, (q, qi)
                    parts.append({"membership": memb, "resolution": gamma, "modularity": q})
        entry["modularity_checks"] = parts
        doc["bipartite"].append(entry)

    # General (non-bipartite) weighted graphs with leaves, isolated nodes and several components.
    for gi, (n, p) in enumerate([(12, 0.25), (25, 0.12), (40, 0.08)]):
        edges = []
        for u in range(n):
            for v in range(u + 1, n):
                if rng.random() < p:
                    edges.append((u, v, rng.choice(MULTS)))
        for _ in range(n // 4):  # pendant leaves
            hub = rng.randrange(n)
            edges.append((hub, n, rng.choice(MULTS)))
            n += 1
        n += 2  # two isolated nodes
        g = nx_graph(n, edges)
        doc["general"].append({
            "n": n, "edges": [[u, v, w] for u, v, w in edges],
            "betweenness": by_node(nx.betweenness_centrality(g, normalized=False), n),
            "betweenness_normalized": by_node(nx.betweenness_centrality(g, normalized=True), n),
            "betweenness_distance": by_node(nx.betweenness_centrality(g, normalized=False, weight="weight"), n),
            "betweenness_strength": by_node(nx.betweenness_centrality(g, normalized=False, weight="strength_len"), n),
        })

    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
