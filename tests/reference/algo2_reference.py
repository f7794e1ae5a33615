#!/usr/bin/python3
"""Expected values for tests/unit/algo/{closeness,eigenvector,pagerank,kcore,birank}_test.cpp.

Reference tools: NetworkX 2.8.8 and python-igraph 0.10.2 (each value cross-checked between the two where both
compute it), and for BiRank a NumPy implementation of the iteration of He et al. 2017 (IEEE TKDE 29(1),
doi:10.1109/TKDE.2016.2611584), checked against the closed-form solution of its fixed point.
Writes tests/reference/expected/algo2_reference.json with the random graphs (edge lists) and the values.
Run: /usr/bin/python3 tests/reference/algo2_reference.py   (deterministic: fixed seed)

Node ids: bipartite graphs have top (= ppsnet initiatives) 0..nt-1 and bottom (= organisations) nt..nt+nb-1.
Edge "mult" (third entry) = number of participations (ppsnet edge weight), used only by the weighted variants.
Undefined values (igraph closeness of an isolated node, NaN) are written as null.
"""
import json
import math
import os
import random

import igraph as ig
import networkx as nx
import numpy as np
from networkx.algorithms import bipartite

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected", "algo2_reference.json")
ALPHA = 0.85


def by_node(d, n):
    return [float(d[v]) for v in range(n)]


def check_close(a, b, what, tol=1e-9):
    assert len(a) == len(b), what
    for x, y in zip(a, b):
        if x is None or y is None or (isinstance(y, float) and math.isnan(y)):
            assert (x is None or math.isnan(x)) and (y is None or math.isnan(y)), (what, a, b)
            continue
        assert abs(x - y) <= tol * max(1.0, abs(x)), (what, x, y, a, b)


def nan_to_none(xs):
    return [None if (isinstance(x, float) and math.isnan(x)) else float(x) for x in xs]


def graphs(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for u, v, w in edges:
        g.add_edge(u, v, weight=float(w))
    h = ig.Graph(n=n, edges=[(u, v) for u, v, _ in edges])
    h.es["weight"] = [float(w) for _, _, w in edges]
    return g, h


def common_measures(n, edges, rng):
    g, h = graphs(n, edges)
    r = {}
    r["closeness_networkx"] = by_node(nx.closeness_centrality(g), n)
    r["closeness_igraph"] = nan_to_none(h.closeness())
    # the two conventions agree wherever every node is reachable
    for v in range(n):
        if len(nx.node_connected_component(g, v)) == n and n > 1:
            assert abs(r["closeness_networkx"][v] - r["closeness_igraph"][v]) < 1e-12
    r["harmonic"] = by_node(nx.harmonic_centrality(g), n)
    r["harmonic_normalized"] = [float(x) for x in h.harmonic_centrality(normalized=True)]
    check_close([x / (n - 1) for x in r["harmonic"]], r["harmonic_normalized"], "harmonic nx vs igraph")
    r["core_number"] = by_node(nx.core_number(g), n)
    check_close(r["core_number"], [float(x) for x in h.coreness()], "coreness")
    # PageRank: plain, weighted, personalised (seeds = 2 random nodes)
    r["pagerank"] = by_node(nx.pagerank(g, alpha=ALPHA, tol=1e-15, max_iter=100000, weight=None), n)
    check_close(r["pagerank"], h.pagerank(damping=ALPHA), "pagerank nx vs igraph", 1e-7)
    r["pagerank_weighted"] = by_node(nx.pagerank(g, alpha=ALPHA, tol=1e-15, max_iter=100000, weight="weight"), n)
    check_close(r["pagerank_weighted"], h.pagerank(damping=ALPHA, weights="weight"), "weighted pagerank", 1e-7)
    seeds = sorted(rng.sample(range(n), 2))
    r["pagerank_seeds"] = seeds
    r["pagerank_personalized"] = by_node(
        nx.pagerank(g, alpha=ALPHA, tol=1e-15, max_iter=100000, weight=None,
                    personalization={v: (1.0 if v in seeds else 0.0) for v in range(n)}), n)
    check_close(r["pagerank_personalized"], h.personalized_pagerank(damping=ALPHA, reset_vertices=seeds),
                "personalised pagerank", 1e-7)
    # Eigenvector centrality, max = 1 (igraph scale=True), checked against the leading eigenvector from NumPy's
    # dense eigh (global: the whole adjacency matrix; used only where the largest eigenvalue is simple, gap > 1e-6).
    # On connected graphs NetworkX (unit norm) must agree as well.
    def leading(nodes, weighted):
        k = len(nodes)
        A = np.zeros((k, k))
        idx = {v: i for i, v in enumerate(nodes)}
        for a, b, w in edges:
            if a in idx and b in idx:
                A[idx[a], idx[b]] = A[idx[b], idx[a]] = float(w) if weighted else 1.0
        vals, vecs = np.linalg.eigh(A)
        x = np.abs(vecs[:, -1])
        return vals, x / x.max()
    for weighted, key in ((False, "eigenvector"), (True, "eigenvector_weighted")):
        vals, x = leading(list(range(n)), weighted)
        if vals[-1] - vals[-2] < 1e-6:
            continue
        ev = [float(y) for y in h.eigenvector_centrality(scale=True, weights="weight" if weighted else None)]
        check_close(ev, list(x), key + " igraph vs numpy", 1e-8)
        r[key] = ev
        if not weighted:
            r["eigenvalue"] = float(vals[-1])
            norm = math.sqrt(sum(y * y for y in ev))
            r["eigenvector_unit"] = [y / norm for y in ev]
            if nx.is_connected(g):
                nxe = by_node(nx.eigenvector_centrality_numpy(g), n)
                check_close(r["eigenvector_unit"], nxe, "eigenvector unit norm vs networkx", 1e-8)
    # per component: each component's own leading eigenvector, max 1; isolated nodes 0
    per = [0.0] * n
    for comp in nx.connected_components(g):
        nodes = sorted(comp)
        if len(nodes) < 2:
            continue
        _, x = leading(nodes, False)
        for v, y in zip(nodes, x):
            per[v] = float(y)
    r["eigenvector_per_component"] = per
    return r


def birank_numpy(nt, nb, edges, alpha, beta, u0, p0, weighted):
    """The paper's Algorithm 1: p = α Sᵀu + (1−α)p⁰, u = β S p + (1−β)u⁰, S = Du^{-1/2} W Dp^{-1/2}."""
    W = np.zeros((nt, nb))
    for u, v, w in edges:
        W[u, v - nt] = float(w) if weighted else 1.0
    du, dp = W.sum(axis=1), W.sum(axis=0)
    iu = np.where(du > 0, 1.0 / np.sqrt(np.where(du > 0, du, 1.0)), 0.0)
    ip = np.where(dp > 0, 1.0 / np.sqrt(np.where(dp > 0, dp, 1.0)), 0.0)
    S = iu[:, None] * W * ip[None, :]
    u, p = u0.copy(), p0.copy()
    for _ in range(100000):
        p_new = alpha * S.T @ u + (1 - alpha) * p0
        u_new = beta * S @ p_new + (1 - beta) * u0
        change = np.abs(p_new - p).sum() + np.abs(u_new - u).sum()
        u, p = u_new, p_new
        if change < 1e-15:
            break
    # closed form of the fixed point: (I − αβ S Sᵀ) u = β(1−α) S p⁰ + (1−β) u⁰
    uc = np.linalg.solve(np.eye(nt) - alpha * beta * S @ S.T, beta * (1 - alpha) * S @ p0 + (1 - beta) * u0)
    pc = alpha * S.T @ uc + (1 - alpha) * p0
    check_close(list(u), list(uc), "birank closed form u", 1e-10)
    check_close(list(p), list(pc), "birank closed form p", 1e-10)
    return [float(x) for x in u] + [float(x) for x in p]


def main():
    rng = random.Random(20261130)
    doc = {"generator": "tests/reference/algo2_reference.py", "networkx": nx.__version__, "igraph": ig.__version__,
           "bipartite": [], "general": []}
    shapes = [(3, 4, 0.6), (5, 5, 0.4), (8, 12, 0.2), (12, 6, 0.3), (10, 20, 0.12), (15, 9, 0.25), (4, 16, 0.35),
              (20, 25, 0.1)]
    for nt, nb, p in shapes:
        edges = [(u, nt + j, rng.choice((1, 2, 3))) for u in range(nt) for j in range(nb) if rng.random() < p]
        n = nt + nb
        g, _ = graphs(n, edges)
        entry = {"n_top": nt, "n_bottom": nb, "edges": [[u, v, w] for u, v, w in edges]}
        entry.update(common_measures(n, edges, rng))
        entry["bipartite_closeness"] = by_node(bipartite.closeness_centrality(g, list(range(nt))), n)
        bi = []
        u_prior = np.array([rng.random() for _ in range(nt)])
        p_prior = np.array([rng.random() for _ in range(nb)])
        for alpha, beta, weighted, custom in ((0.85, 0.85, False, False), (0.8, 0.95, True, False),
                                              (0.6, 0.7, False, True)):
            u0 = u_prior if custom else np.full(nt, 1.0 / nt)
            p0 = p_prior if custom else np.full(nb, 1.0 / nb)
            bi.append({"alpha": alpha, "beta": beta, "weighted": weighted,
                       "initiative_prior": [float(x) for x in u0] if custom else [],
                       "organisation_prior": [float(x) for x in p0] if custom else [],
                       "scores": birank_numpy(nt, nb, edges, alpha, beta, u0, p0, weighted)})
        entry["birank"] = bi
        doc["bipartite"].append(entry)
    # General graphs: one connected (a cycle plus chords, with pendant leaves) and sparse ones with several
    # components, leaves and isolated nodes.
    for n, p, connected in ((14, 0.2, True), (25, 0.1, False), (40, 0.06, False)):
        edges = set()
        if connected:
            edges |= {(i, (i + 1) % n) if i < (i + 1) % n else ((i + 1) % n, i) for i in range(n)}
        for u in range(n):
            for v in range(u + 1, n):
                if rng.random() < p:
                    edges.add((u, v))
        edges = sorted(edges)
        extra = []
        for _ in range(n // 5):  # pendant leaves
            extra.append((rng.randrange(n), n))
            n += 1
        edges = [(u, v, rng.choice((1, 2, 3))) for u, v in edges + extra]
        if not connected:
            n += 2  # two isolated nodes
        entry = {"n": n, "edges": [[u, v, w] for u, v, w in edges]}
        entry.update(common_measures(n, edges, rng))
        doc["general"].append(entry)
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
