"""Reads a ppsnet node-link JSON file with NetworkX and prints what NetworkX saw, as JSON, for json_test.cpp.

Usage: /usr/bin/python3 networkx_read.py FILE EDGE_KEY   (EDGE_KEY: "edges" or "links")
Exit 77 when NetworkX is not installed (the C++ test then skips).
"""
import json
import sys

try:
    import networkx as nx
    from networkx.algorithms import bipartite
except ImportError:
    sys.exit(77)

path, edge_key = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    data = json.load(f)  # Python accepts NaN/Infinity tokens silently: checked on the raw text below
with open(path, encoding="utf-8") as f:
    raw = f.read()
G = nx.node_link_graph(data, link=edge_key)
top = {n for n, d in G.nodes(data=True) if d["bipartite"] == 0}
out = {
    "networkx": nx.__version__,
    "directed": G.is_directed(),
    "multigraph": G.is_multigraph(),
    "nodes": G.number_of_nodes(),
    "edges": G.number_of_edges(),
    "initiatives": len(top),
    "is_bipartite_split": bipartite.is_bipartite_node_set(G, top),
    "node_ids": sorted(G.nodes()),
    "all_ids_are_str": all(isinstance(n, str) for n in G.nodes()),
    "label_01234567": G.nodes["01234567"]["label"],
    "label_back_slash": G.nodes["back\\slash"]["label"],
    "weight_2030_01234567": G.edges["2030", "01234567"]["weight"],
    "participations_2030_01234567": G.edges["2030", "01234567"]["participations"],
    # Exact float comparisons against values computed here, independently of the C++ code.
    "score_third_exact": G.nodes["2030"]["score"] == 1.0 / 3.0,
    "score_tiny_exact": G.nodes["back\\slash"]["score"] == 1e-300,
    "score_big_exact": G.nodes["organisation:node"]["score"] == 123456789.125,
    "score_missing_is_none": G.nodes["initiative:node"]["score"] is None,
    "has_nan_or_inf_token": any(t in raw for t in ("NaN", "Infinity")),
    # What the folded participations carry, per edge "a|b" (a < b), as NetworkX holds it.
    "edge_attrs": {
        "|".join(sorted([u, v])): {k: d.get(k) for k in ("roles", "years", "first_year", "last_year", "contribution_eur")}
        for u, v, d in G.edges(data=True)
    },
    "contribution_is_float": isinstance(G.edges["2030", "01234567"]["contribution_eur"], float),
    "first_year_is_int": isinstance(G.edges["2030", "01234567"]["first_year"], int),
}
json.dump(out, sys.stdout, ensure_ascii=True)
