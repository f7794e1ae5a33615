#!/usr/bin/python3
"""Independent reference values for tests/unit/recommend (run with /usr/bin/python3; NetworkX 2.8.8).

Writes
  tests/data/recommend/random_bipartite.csv        edge list initiative_id,organisation_id of a seeded random
                                                   bipartite graph (30 initiatives, 60 organisations, 2 hubs)
  tests/reference/expected/recommend_networkx.json NetworkX values on that graph:
    - jaccard_coefficient, adamic_adar_index, resource_allocation_index for every pair of initiatives that shares
      at least one organisation, computed on the bipartite graph itself (common neighbours of two initiatives in
      the bipartite graph are their shared partners; NetworkX uses the degrees of the common neighbours, which are
      the organisations' numbers of initiatives d_w);
    - cosine |N(u)∩N(v)| / sqrt(|N(u)||N(v)|) computed here from the neighbour sets (NetworkX has no cosine);
    - personalised PageRank from initiative i00 with alpha = 0.85 (= 1 - restart 0.15), personalization {i00: 1},
      dangling mass to i00 (NetworkX default when personalization is given), tol 1e-13 = random walk with restart;
    - 3-path counts u-w-i-o from i00 to every organisation, by brute force over all paths.
Regenerate: /usr/bin/python3 tests/reference/recommend_reference.py
"""
import json
import math
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CSV = os.path.join(ROOT, "tests", "data", "recommend", "random_bipartite.csv")
OUT = os.path.join(HERE, "expected", "recommend_networkx.json")

rng = random.Random(7)
inits = ["i%02d" % i for i in range(30)]
orgs = ["o%02d" % j for j in range(60)]
edges = set()
for u in inits:
    for o in rng.sample(orgs[2:], rng.randint(1, 5)):
        edges.add((u, o))
    for hub in orgs[:2]:           # two hubs, each in about half of the initiatives
        if rng.random() < 0.5:
            edges.add((u, hub))
edges = sorted(edges)
with open(CSV, "w", encoding="utf-8", newline="\n") as f:
    f.write("initiative_id,organisation_id\n")
    for u, o in edges:
        f.write("%s,%s\n" % (u, o))

G = nx.Graph()
G.add_nodes_from(inits, bipartite=0)
G.add_nodes_from(orgs, bipartite=1)
G.add_edges_from(edges)
present_inits = [u for u in inits if G.degree(u) > 0]
pairs = [(u, v) for a, u in enumerate(present_inits) for v in present_inits[a + 1:]
         if set(G[u]) & set(G[v])]
jac = {(u, v): p for u, v, p in nx.jaccard_coefficient(G, pairs)}
aa = {(u, v): p for u, v, p in nx.adamic_adar_index(G, pairs)}
ra = {(u, v): p for u, v, p in nx.resource_allocation_index(G, pairs)}
rows = []
for u, v in pairs:
    c = len(set(G[u]) & set(G[v]))
    rows.append({"u": u, "v": v, "shared": c, "jaccard": jac[(u, v)], "adamic_adar": aa[(u, v)],
                 "resource_allocation": ra[(u, v)], "cosine": c / math.sqrt(G.degree(u) * G.degree(v))})

pr = nx.pagerank(G, alpha=0.85, personalization={"i00": 1.0}, tol=1e-13, max_iter=10000)

paths3 = {}
for w in G["i00"]:
    for i in G[w]:
        if i == "i00":
            continue
        for o in G[i]:
            paths3[o] = paths3.get(o, 0) + 1

with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"generator": "tests/reference/recommend_reference.py, NetworkX " + nx.__version__,
               "pairs": rows,
               "rwr_from": "i00", "restart": 0.15, "rwr": {k: pr[k] for k in sorted(pr)},
               "paths3_from_i00": {k: paths3[k] for k in sorted(paths3)}},
              f, indent=1, sort_keys=True)
    f.write("\n")
print("wrote", CSV, "and", OUT, "(%d pairs)" % len(rows))
