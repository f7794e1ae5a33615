#!/usr/bin/python3
"""Independent reference values for tests/unit/mixing (run with /usr/bin/python3; NetworkX 2.8.8).

Writes tests/reference/expected/mixing_networkx.json: a list of small seeded random bipartite graphs
(initiatives x organisations with organisation types) and, on each graph's organisation projection
(organisations linked when they share an initiative, weight = number of shared initiatives):
  - "e_type", "e_level": NetworkX attribute_mixing_matrix(M, attr, mapping, normalized=True) where M is the
    MultiGraph with w_uv parallel edges per link (so every link counts with its weight); rows/columns in ppsnet's
    group order (OrganisationType enum order / EducationLevel none, vo, mbo, hbo, wo);
  - "r_type", "r_level": attribute_assortativity_coefficient(M, attr) (null when NaN, i.e. undefined);
  - "constraint", "effective_size": nx.constraint(G, weight="weight"), nx.effective_size(G, weight="weight")
    on the weighted simple projection (null for isolated organisations, where NetworkX gives NaN);
  - "roles_type": Gould-Fernandez role counts [coordinator, itinerant, gatekeeper, representative, liaison] by
    organisation type, undirected adaptation, by brute force over every pair of neighbours of every organisation;
  - "mbo_hbo": brute-force count of unlinked (mbo-school, hogeschool-or-coe) neighbour pairs per organisation.
Regenerate: /usr/bin/python3 tests/reference/mixing_reference.py
"""
import itertools
import json
import math
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "expected", "mixing_networkx.json")

TYPES = ["company", "university", "hogeschool", "mbo-school", "coe", "vo-school", "government",
         "research-institute", "branch-organisation", "other"]
LEVEL = {"university": "wo", "hogeschool": "hbo", "coe": "hbo", "mbo-school": "mbo", "vo-school": "vo"}
LEVELS = ["none", "vo", "mbo", "hbo", "wo"]


def level(t):
    return LEVEL.get(t, "none")


def nan_to_none(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def make_case(seed, n_init, n_org, type_pool, max_size):
    rng = random.Random(seed)
    orgs = ["o%02d" % j for j in range(n_org)]
    types = {o: rng.choice(type_pool) for o in orgs}
    inits = ["i%02d" % i for i in range(n_init)]
    parts = []
    for i in inits:
        # the last organisation never takes part: an isolated node of the projection
        for o in sorted(rng.sample(orgs[:-1], rng.randint(1, max_size))):
            parts.append([i, o])
    return orgs, types, inits, parts


def projection(orgs, parts):
    members = {}
    for i, o in parts:
        members.setdefault(i, set()).add(o)
    G = nx.Graph()
    G.add_nodes_from(orgs)
    for i in sorted(members):
        for u, v in itertools.combinations(sorted(members[i]), 2):
            w = G[u][v]["weight"] + 1 if G.has_edge(u, v) else 1
            G.add_edge(u, v, weight=w)
    return G


def mixing(G, attr_of, groups):
    M = nx.MultiGraph()
    for n in G:
        M.add_node(n, g=attr_of(n))
    for u, v, w in G.edges(data="weight"):
        for _ in range(w):
            M.add_edge(u, v)
    mapping = {g: x for x, g in enumerate(groups)}
    e = nx.attribute_mixing_matrix(M, "g", mapping=mapping, normalized=True) if M.number_of_edges() else None
    r = nx.attribute_assortativity_coefficient(M, "g") if M.number_of_edges() else None
    return (e.tolist() if e is not None else None), nan_to_none(float(r) if r is not None else None)


def roles(G, types):
    out = {}
    for v in G:
        c = [0, 0, 0, 0, 0]
        gv = types[v]
        for a, b in itertools.combinations(sorted(G[v]), 2):
            if G.has_edge(a, b):
                continue
            ga, gb = types[a], types[b]
            if ga == gb == gv:
                c[0] += 1
            elif ga == gb:
                c[1] += 1
            elif ga == gv or gb == gv:
                c[2] += 1
                c[3] += 1
            else:
                c[4] += 1
        out[v] = c
    return out


def mbo_hbo(G, types):
    out = {}
    for v in G:
        n = 0
        for a, b in itertools.combinations(sorted(G[v]), 2):
            la, lb = level(types[a]), level(types[b])
            if {la, lb} == {"mbo", "hbo"} and not G.has_edge(a, b):
                n += 1
        out[v] = n
    return out


def main():
    specs = [  # seed, initiatives, organisations, type pool, max initiative size
        (1, 10, 20, TYPES, 5),
        (2, 15, 30, ["company", "mbo-school", "hogeschool", "coe", "university"], 6),
        (3, 8, 15, ["company", "company", "mbo-school", "hogeschool"], 4),
        (4, 20, 25, ["mbo-school", "hogeschool", "government"], 5),
        (5, 6, 10, ["company"], 4),  # one type: assortativity undefined
    ]
    cases = []
    for seed, ni, no, pool, size in specs:
        orgs, types, inits, parts = make_case(seed, ni, no, pool, size)
        G = projection(orgs, parts)
        e_type, r_type = mixing(G, lambda n: types[n], TYPES)
        e_level, r_level = mixing(G, lambda n: level(types[n]), LEVELS)
        con = nx.constraint(G, weight="weight")
        esz = nx.effective_size(G, weight="weight")
        cases.append({
            "seed": seed,
            "initiatives": inits,
            "organisations": [[o, types[o]] for o in orgs],
            "participations": parts,
            "links": G.number_of_edges(),
            "total_weight": sum(w for _, _, w in G.edges(data="weight")),
            "e_type": e_type, "r_type": r_type,
            "e_level": e_level, "r_level": r_level,
            "constraint": {o: nan_to_none(con[o]) for o in orgs},
            "effective_size": {o: nan_to_none(esz[o]) for o in orgs},
            "roles_type": roles(G, types),
            "mbo_hbo": mbo_hbo(G, types),
        })
    with open(OUT, "w") as f:
        json.dump({"generator": "tests/reference/mixing_reference.py", "networkx": nx.__version__, "cases": cases},
                  f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
