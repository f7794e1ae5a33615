#!/usr/bin/python3
"""Expected values for tests/unit/algo/{backbone,bipartite_modularity,partition_compare}_test.cpp.

Independent brute-force implementations written from the papers' formulas (no code shared with the C++):
- disparity filter (Serrano, Boguñá & Vespignani 2009, doi:10.1073/pnas.0808904106): alpha_ij from the closed
  form (1 - p)^(k - 1), cross-checked against 1 - (k - 1) * integral_0^p (1 - x)^(k - 2) dx by Simpson's rule;
  convention alpha = 0 for a node of degree 1;
- Barber's bipartite modularity (Phys. Rev. E 76, 066102, 2007) as the literal double sum over all red x blue
  pairs; BRIM with the tie rules documented in bipartite_modularity.hpp; the global optimum of Q_B by exhaustive
  enumeration of all set partitions on a tiny graph (an upper bound BRIM must not exceed);
- ARI (Hubert & Arabie 1985) from pair counts C(x, 2), NMI (arithmetic mean) from entropies, both cross-checked
  against python-igraph 0.10.2 igraph.compare_communities(method="ari" / "nmi").
Writes tests/reference/expected/algo3_reference.json. Run: /usr/bin/python3 tests/reference/algo3_reference.py
(deterministic: fixed seed).
"""
import json
import math
import os
import random

import igraph as ig

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected", "algo3_reference.json")


# ---------------------------------------------------------------- disparity filter
def simpson_alpha(p, k):
    if k == 1:
        return 0.0
    if k == 2:
        return 1.0 - p
    steps = 2000
    h = p / steps
    f = lambda x: (1.0 - x) ** (k - 2)
    s = f(0) + f(p) + sum((4 if i % 2 else 2) * f(i * h) for i in range(1, steps))
    return 1.0 - (k - 1) * s * h / 3


def disparity_case(n, edges, alphas):
    adj = {v: {} for v in range(n)}
    for u, v, w in edges:
        adj[u][v] = adj[u].get(v, 0.0) + w
        adj[v][u] = adj[v].get(u, 0.0) + w
    folded = sorted({(min(u, v), max(u, v)) for u, v, _ in edges})

    def alpha(i, j):
        k = len(adj[i])
        s = sum(adj[i].values())
        if k == 1:
            return 0.0
        return (1.0 - adj[i][j] / s) ** (k - 1)

    rows = []
    for u, v in folded:
        au, av = alpha(u, v), alpha(v, u)
        for x, y, side in ((u, v, au), (v, u, av)):
            check = simpson_alpha(adj[x][y] / sum(adj[x].values()), len(adj[x]))
            assert abs(check - side) < 1e-9, (check, side)
        rows.append([u, v, adj[u][v], au, av])
    kept = {}
    for a in alphas:
        kept[str(a)] = {
            "either": [[u, v] for u, v, _, au, av in rows if au < a or av < a],
            "both": [[u, v] for u, v, _, au, av in rows if au < a and av < a],
        }
    return {"n": n, "edges": [list(e) for e in edges], "significance": rows, "kept": kept}


# ---------------------------------------------------------------- Barber bipartite modularity
def barber_q(n, n_red, edges, memb, gamma, weighted):
    a = {}
    for u, v, w in edges:
        r, b = (u, v) if u < n_red else (v, u)
        a[(r, b)] = a.get((r, b), 0.0) + (w if weighted else 1.0)
    if not weighted:
        a = {key: 1.0 for key in a}
    m = sum(a.values())
    if m == 0:
        return None
    k = [0.0] * n
    for (r, b), x in a.items():
        k[r] += x
        k[b] += x
    q = 0.0
    for r in range(n_red):
        for b in range(n_red, n):
            if memb[r] == memb[b]:
                q += a.get((r, b), 0.0) - gamma * k[r] * k[b] / m
    return q / m


def canonical(labels):
    size, first = {}, {}
    for v, c in enumerate(labels):
        size[c] = size.get(c, 0) + 1
        first.setdefault(c, v)
    order = sorted(size, key=lambda c: (-size[c], first[c]))
    rank = {c: i for i, c in enumerate(order)}
    return [rank[c] for c in labels]


def brim_py(n, n_red, edges, start, gamma, weighted, max_iter=1000):
    nbr = {v: {} for v in range(n)}
    for u, v, w in edges:
        x = w if weighted else 1.0
        if weighted:
            nbr[u][v] = nbr[u].get(v, 0.0) + x
            nbr[v][u] = nbr[v].get(u, 0.0) + x
        else:
            nbr[u][v] = 1.0
            nbr[v][u] = 1.0
    k = [sum(nbr[v].values()) for v in range(n)]
    m = sum(k[:n_red])
    lab, ids = [], {}
    for c in start:
        ids.setdefault(c, len(ids))
        lab.append(ids[c])
    cc = len(ids)
    it = 0
    while it < max_iter:
        it += 1
        changed = False
        for lo, hi, olo, ohi in ((0, n_red, n_red, n), (n_red, n, 0, n_red)):
            other = [0.0] * cc
            for v in range(olo, ohi):
                other[lab[v]] += k[v]
            for v in range(lo, hi):
                if not nbr[v]:
                    continue
                link = [0.0] * cc
                for u in sorted(nbr[v]):
                    link[lab[u]] += nbr[v][u]
                best = lab[v]
                best_s = link[best] - gamma * k[v] * other[best] / m
                for c in range(cc):
                    s = link[c] - gamma * k[v] * other[c] / m
                    if s > best_s:
                        best, best_s = c, s
                if best != lab[v]:
                    lab[v] = best
                    changed = True
        if not changed:
            break
    out = canonical(lab)
    return out, barber_q(n, n_red, edges, out, gamma, weighted), it


def set_partitions(items):
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for p in set_partitions(rest):
        for i in range(len(p)):
            yield p[:i] + [[first] + p[i]] + p[i + 1:]
        yield [[first]] + p


def best_q(n, n_red, edges):
    best = -1e9
    for p in set_partitions(list(range(n))):
        memb = [0] * n
        for c, block in enumerate(p):
            for v in block:
                memb[v] = c
        best = max(best, barber_q(n, n_red, edges, memb, 1.0, False))
    return best


# ---------------------------------------------------------------- ARI / NMI
def c2(x):
    return x * (x - 1) / 2


def table(a, b):
    t = {}
    for x, y in zip(a, b):
        t[(x, y)] = t.get((x, y), 0) + 1
    ra, rb = {}, {}
    for x in a:
        ra[x] = ra.get(x, 0) + 1
    for y in b:
        rb[y] = rb.get(y, 0) + 1
    return t, ra, rb


def ari(a, b):
    n = len(a)
    t, ra, rb = table(a, b)
    index = sum(c2(x) for x in t.values())
    sa, sb = sum(c2(x) for x in ra.values()), sum(c2(x) for x in rb.values())
    if c2(n) == 0:
        return 1.0
    expected = sa * sb / c2(n)
    mx = 0.5 * (sa + sb)
    if mx == expected:
        return 1.0
    return (index - expected) / (mx - expected)


def nmi(a, b):
    n = len(a)
    t, ra, rb = table(a, b)
    if len(ra) == len(rb) and len(ra) <= 1:
        return 1.0
    mi = sum(x / n * math.log(n * x / (ra[i] * rb[j])) for (i, j), x in t.items())
    ha = -sum(x / n * math.log(x / n) for x in ra.values())
    hb = -sum(x / n * math.log(x / n) for x in rb.values())
    if mi <= 0:
        return 0.0
    return mi / ((ha + hb) / 2)


def main():
    rng = random.Random(20261130)
    out = {}

    # disparity: random weighted graphs (real weights, a pendant leaf, an isolated node)
    cases = []
    for t in range(4):
        n = 14
        edges = []
        seen = set()
        while len(edges) < 30:
            u, v = rng.randrange(n - 2), rng.randrange(n - 2)
            if u == v or (min(u, v), max(u, v)) in seen:
                continue
            seen.add((min(u, v), max(u, v)))
            w = rng.choice([1.0, 2.0, 3.0, 10.0]) if t % 2 == 0 else round(rng.uniform(0.1, 20.0), 6)
            edges.append((u, v, w))
        edges.append((0, n - 2, 1.0))  # node n-2 is a leaf; node n-1 isolated
        cases.append(disparity_case(n, edges, [0.05, 0.2, 0.5, 0.9]))
    out["disparity"] = cases

    # bipartite modularity: random bipartite graphs with multiplicities, random memberships
    bcases = []
    for t in range(4):
        nt, nb = 7, 9
        n = nt + nb
        edges = []
        seen = set()
        while len(edges) < 22:
            r, b = rng.randrange(nt), nt + rng.randrange(nb)
            if (r, b) in seen:
                continue
            seen.add((r, b))
            edges.append((r, b, rng.choice([1, 1, 1, 2, 3])))
        scores = []
        for _ in range(3):
            memb = [rng.randrange(4) for _ in range(n)]
            for gamma in (1.0, 0.5):
                for weighted in (False, True):
                    scores.append({"membership": memb, "gamma": gamma, "weighted": weighted,
                                   "q": barber_q(n, nt, edges, memb, gamma, weighted)})
        brims = []
        for _ in range(3):
            start = [rng.randrange(5) for _ in range(n)]
            for gamma, weighted in ((1.0, False), (1.0, True), (0.5, False)):
                memb, q, it = brim_py(n, nt, edges, start, gamma, weighted)
                brims.append({"start": start, "gamma": gamma, "weighted": weighted, "membership": memb,
                              "q": q, "q_start": barber_q(n, nt, edges, start, gamma, weighted),
                              "iterations": it})
        bcases.append({"n_top": nt, "n_bottom": nb, "edges": [list(e) for e in edges], "scores": scores,
                       "brim": brims})
    out["bipartite"] = bcases

    # tiny graph for the exhaustive optimum (Bell(8) = 4140 partitions)
    tiny_edges = [(0, 4, 1), (0, 5, 1), (1, 4, 1), (1, 5, 1), (2, 6, 1), (2, 7, 1), (3, 6, 1), (3, 7, 1), (1, 6, 1)]
    out["tiny"] = {"n_top": 4, "n_bottom": 4, "edges": [list(e) for e in tiny_edges],
                   "best_q": best_q(8, 4, tiny_edges)}

    # ARI / NMI: random label pairs, cross-checked with python-igraph
    pcases = []
    for t in range(12):
        n = rng.choice([5, 12, 40])
        ka, kb = rng.randrange(1, 6), rng.randrange(1, 6)
        a = [rng.randrange(ka) for _ in range(n)]
        if t % 3 == 0:  # correlated: b = a with some changes
            b = [x if rng.random() < 0.7 else rng.randrange(kb) for x in a]
        else:
            b = [rng.randrange(kb) for _ in range(n)]
        x_ari, x_nmi = ari(a, b), nmi(a, b)
        # igraph needs labels 0..k-1
        ca, cb = canonical(a), canonical(b)
        i_ari = ig.compare_communities(ca, cb, method="ari")
        i_nmi = ig.compare_communities(ca, cb, method="nmi")
        if math.isnan(i_ari) or math.isnan(i_nmi):
            # igraph 0.10.2 answers NaN (0/0) when both labelings are a single community; ppsnet and sklearn: 1
            assert len(set(a)) == len(set(b)) == 1, (a, b)
        else:
            assert abs(i_ari - x_ari) < 1e-12, (a, b, i_ari, x_ari)
            assert abs(i_nmi - x_nmi) < 1e-12, (a, b, i_nmi, x_nmi)
        pcases.append({"a": a, "b": b, "ari": x_ari, "nmi": x_nmi})
    out["compare"] = pcases

    # BRIM with many labels (singleton start: one label per node; random start with 15 labels), gamma 1, 0.5, 0, 2:
    # exercises the label ranking that replaces the full scan in C++ (this script scans every label)
    nt, nb = 18, 24
    n = nt + nb
    edges, seen = [], set()
    while len(edges) < 70:
        r, b = rng.randrange(nt), nt + rng.randrange(nb)
        if (r, b) in seen:
            continue
        seen.add((r, b))
        edges.append((r, b, rng.choice([1, 1, 2])))
    large = []
    for start in (list(range(n)), [rng.randrange(15) for _ in range(n)]):
        for gamma in (1.0, 0.5, 0.0, 2.0):
            for weighted in (False, True):
                memb, q, it = brim_py(n, nt, edges, start, gamma, weighted)
                large.append({"start": start, "gamma": gamma, "weighted": weighted, "membership": memb, "q": q,
                              "q_start": barber_q(n, nt, edges, start, gamma, weighted), "iterations": it})
    out["brim_large"] = {"n_top": nt, "n_bottom": nb, "edges": [list(e) for e in edges], "brim": large}

    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
