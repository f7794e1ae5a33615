#!/usr/bin/python3
"""Validate ppsnet's measures on a CORDIS participation table against NetworkX 2.8.8 and python-igraph 0.10.2.

Runs the ppsnet binary on `cordis:CSV` (--format csv), rebuilds the same bipartite graph from the CSV here
(initiatives = projects keyed by rcn, organisations keyed by pic, one unweighted edge per distinct (rcn, pic)
pair; strength = number of rows of the pair), computes every measure with the reference tools, matches nodes by
(side, id) and prints one row per comparison: measure, tool, nodes compared, max absolute difference, max relative
difference (|a - b| / |b|, over nodes with |b| > 1e-12 · max|b|, so
numerical zeros such as 1e-17 eigenvector scores outside the main component do not dominate) and the node where the absolute maximum occurs.

Where a NetworkX function is too slow for the full graph (pure-Python BFS per node: betweenness, closeness,
bipartite closeness), the NetworkX convention is applied to igraph's exact path sums with NetworkX's own formula
(written out below), and NetworkX itself is run on a seeded sample of nodes (closeness, harmonic) or, on graphs of
at most --networkx-full-limit nodes (the smoke test's subset), on every node.

Usage: /usr/bin/python3 tests/reference/validate_cordis_nl.py PPSNET_BINARY CSV [--sample N] [--markdown]
       [--networkx-full-limit N] [--threads T]
Exit status: 0 when every comparison is within its tolerance (printed), 1 otherwise, 2 on usage/run errors.
"""
import argparse
import csv
import io
import json
import math
import random
import re
import subprocess
import sys
import time
from collections import defaultdict

import igraph as ig
import networkx as nx
import numpy as np
from networkx.algorithms import bipartite

INIT, ORG = "initiative", "organisation"


# ----------------------------------------------------------------------------------------------- input


def read_graph(path):
    """Distinct (rcn, pic) pairs and the row count of each pair, from the participation table."""
    mult = defaultdict(int)
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rcn, pic = (row.get("rcn") or "").strip(), (row.get("pic") or "").strip()
            if rcn and pic:
                mult[(rcn, pic)] += 1
    inits = sorted({r for r, _ in mult})
    orgs = sorted({p for _, p in mult})
    return inits, orgs, mult


def run_ppsnet(binary, args):
    t0 = time.time()
    res = subprocess.run([binary] + args + ["-q"], capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write("ppsnet %s failed (%d):\n%s\n" % (" ".join(args), res.returncode, res.stderr))
        sys.exit(2)
    sys.stderr.write("  ppsnet %s: %.1f s\n" % (" ".join(args[:1] + args[2:]), time.time() - t0))
    return res.stdout


def parse_centrality(text):
    """{measure: {(side, id): value or None}} from `ppsnet centrality --format csv`."""
    rows = list(csv.DictReader(io.StringIO(text)))
    out = defaultdict(dict)
    for r in rows:
        key = (r["side"], r["id"])
        for k, v in r.items():
            if k in ("id", "label", "side"):
                continue
            out[k][key] = float(v) if v != "" else None
    return out


# ------------------------------------------------------------------------------------------ comparison

RESULTS = []


def compare(measure, tool, ours, ref, tol, note=""):
    """ours, ref: {key: value}. Compares the keys of ref (all must be in ours)."""
    n = 0
    max_abs, max_rel, where = 0.0, 0.0, ""
    missing = 0
    finite = [abs(b) for b in ref.values() if b is not None and not (isinstance(b, float) and math.isnan(b))]
    floor = 1e-12 * max(finite, default=0.0)
    for k, b in ref.items():
        a = ours.get(k, "missing")
        if a == "missing":
            missing += 1
            continue
        if b is None or (isinstance(b, float) and math.isnan(b)):
            if a is not None:
                max_abs, where = math.inf, "%s %s (ref undefined, ppsnet %r)" % (k[0], k[1], a)
            n += 1
            continue
        if a is None:
            max_abs, where = math.inf, "%s %s (ppsnet undefined, ref %r)" % (k[0], k[1], b)
            n += 1
            continue
        d = abs(a - b)
        rel = d / abs(b) if d > 0 and abs(b) > floor else 0.0
        if d > max_abs or (n == 0 and not where):
            max_abs, where = d, "%s %s" % (k[0], k[1])
        max_rel = max(max_rel, rel)
        n += 1
    ok = missing == 0 and max_abs <= tol
    RESULTS.append(dict(measure=measure, tool=tool, n=n, max_abs=max_abs, max_rel=max_rel, where=where,
                        tol=tol, ok=ok, missing=missing, note=note))
    sys.stderr.write("  %-34s %-44s n=%-8d abs=%.3g rel=%.3g %s\n" % (measure, tool, n, max_abs, max_rel,
                                                                   "ok" if ok else "FAIL"))


def keyed(values, keys):
    return {k: (None if (isinstance(v, float) and math.isnan(v)) else float(v)) for k, v in zip(keys, values)}


# ------------------------------------------------------------------------------------------- reference


def birank_numpy(ni, no, eu, ev, alpha=0.85, beta=0.85):
    """He et al. 2017 (IEEE TKDE 29(1), doi:10.1109/TKDE.2016.2611584), Algorithm 1, sparse by edge arrays:
    p = α Sᵀu + (1−α)p⁰, u = β S p + (1−β)u⁰, S_ij = w_ij/(√d_i √d_j), w = 1 per distinct link, uniform priors."""
    du = np.bincount(eu, minlength=ni).astype(float)
    dp = np.bincount(ev, minlength=no).astype(float)
    s = 1.0 / np.sqrt(du[eu] * dp[ev])
    u0, p0 = np.full(ni, 1.0 / ni), np.full(no, 1.0 / no)
    u, p = u0.copy(), p0.copy()
    for it in range(100000):
        p_new = alpha * np.bincount(ev, weights=s * u[eu], minlength=no) + (1 - alpha) * p0
        u_new = beta * np.bincount(eu, weights=s * p_new[ev], minlength=ni) + (1 - beta) * u0
        change = np.abs(p_new - p).sum() + np.abs(u_new - u).sum()
        u, p = u_new, p_new
        if change < 1e-15:
            break
    return u, p, it + 1


def nx_bipartite_bet_max(n, m):
    """NetworkX 2.8.8 bipartite.betweenness_centrality normaliser for the side with n nodes (other side m)."""
    s, t = divmod(n - 1, m)
    return ((m ** 2) * ((s + 1) ** 2) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ppsnet")
    ap.add_argument("csv")
    ap.add_argument("--sample", type=int, default=200, help="nodes for the direct NetworkX closeness/harmonic check")
    ap.add_argument("--networkx-full-limit", type=int, default=3000,
                    help="run slow NetworkX functions on every node when the graph has at most this many nodes")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--skip-projections", action="store_true")
    a = ap.parse_args()
    t_start = time.time()
    ds = "cordis:" + a.csv

    inits, orgs, mult = read_graph(a.csv)
    ni, no = len(inits), len(orgs)
    keys = [(INIT, x) for x in inits] + [(ORG, x) for x in orgs]
    idx = {k: i for i, k in enumerate(keys)}
    pairs = sorted(mult)
    eu = np.array([idx[(INIT, r)] for r, _ in pairs], dtype=np.int64)
    ev = np.array([idx[(ORG, p)] - ni for _, p in pairs], dtype=np.int64)
    n = ni + no
    sys.stderr.write("graph from CSV: %d initiatives, %d organisations, %d distinct links\n" % (ni, no, len(pairs)))

    h = ig.Graph(n=n, edges=[(int(x), int(y) + ni) for x, y in zip(eu, ev)])
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from((int(x), int(y) + ni) for x, y in zip(eu, ev))
    top = set(range(ni))
    full_nx = n <= a.networkx_full_limit

    # ---- ppsnet runs
    thr = ["--threads", str(a.threads)]
    raw = parse_centrality(run_ppsnet(a.ppsnet, ["centrality", ds, "--format", "csv", "-m",
                                                 "degree,strength,betweenness,closeness,harmonic,eigenvector,"
                                                 "pagerank,coreness,birank"] + thr))
    ig_conv = parse_centrality(run_ppsnet(a.ppsnet, ["centrality", ds, "--format", "csv", "-m", "closeness,harmonic",
                                                     "--closeness-convention", "igraph", "--harmonic-normalised"]
                                          + thr))
    bip = parse_centrality(run_ppsnet(a.ppsnet, ["centrality", ds, "--format", "csv", "-m",
                                                 "degree,betweenness,closeness", "--bipartite-normalised"] + thr))
    pp_nodes = set(raw["degree"])
    sys.stderr.write("ppsnet nodes: %d (in CSV graph but not ppsnet: %d; in ppsnet but not CSV graph: %d)\n" % (
        len(pp_nodes), len(set(keys) - pp_nodes), len(pp_nodes - set(keys))))

    # ---- degree, strength
    compare("degree", "igraph degree()", raw["degree"], keyed(h.degree(), keys), 0)
    compare("degree", "networkx degree", raw["degree"], keyed([d for _, d in sorted(g.degree())], keys), 0)
    strength = np.bincount(np.concatenate([eu, ev + ni]),
                           weights=np.array([mult[p] for p in pairs] * 2, dtype=float), minlength=n)
    gw = nx.Graph()
    gw.add_nodes_from(range(n))
    gw.add_weighted_edges_from((idx[(INIT, r)], idx[(ORG, p)], float(mult[(r, p)])) for r, p in pairs)
    compare("strength (participations)", "networkx degree(weight)", raw["strength"],
            keyed([d for _, d in sorted(gw.degree(weight="weight"))], keys), 0)
    del gw
    compare("bipartite degree", "networkx bipartite.degree_centrality", bip["degree"],
            keyed([v for _, v in sorted(bipartite.degree_centrality(g, top).items())], keys), 1e-12)

    # ---- betweenness
    t0 = time.time()
    bet = np.array(h.betweenness(directed=False))
    sys.stderr.write("  igraph betweenness: %.1f s\n" % (time.time() - t0))
    compare("betweenness (raw)", "igraph betweenness()", raw["betweenness"], keyed(bet, keys), 1e-6)
    norm = np.array([nx_bipartite_bet_max(ni, no)] * ni + [nx_bipartite_bet_max(no, ni)] * no)
    compare("bipartite betweenness", "igraph raw / NetworkX bipartite normaliser", bip["betweenness"],
            keyed(bet / norm, keys), 1e-12)
    if full_nx:
        compare("betweenness (raw)", "networkx betweenness_centrality(normalized=False)", raw["betweenness"],
                keyed([v for _, v in sorted(nx.betweenness_centrality(g, normalized=False).items())], keys), 1e-6)
        compare("bipartite betweenness", "networkx bipartite.betweenness_centrality", bip["betweenness"],
                keyed([v for _, v in sorted(bipartite.betweenness_centrality(g, top).items())], keys), 1e-12)

    # ---- closeness and harmonic
    t0 = time.time()
    clo_raw = np.array(h.closeness(normalized=False))  # 1 / Σd over reachable nodes, NaN when isolated
    clo_ig = np.array(h.closeness())  # (k-1)/Σd
    harm = np.array(h.harmonic_centrality(normalized=False))
    harm_n = np.array(h.harmonic_centrality(normalized=True))
    sys.stderr.write("  igraph closeness/harmonic: %.1f s\n" % (time.time() - t0))
    comp = h.connected_components()
    k = np.zeros(n)
    for c in comp:
        k[c] = len(c)
    sumd = np.where(np.isnan(clo_raw), 0.0, 1.0 / np.where(np.isnan(clo_raw) | (clo_raw == 0), 1.0, clo_raw))
    wf = np.where(sumd > 0, (k - 1) / np.where(sumd > 0, sumd, 1.0) * (k - 1) / (n - 1), 0.0)
    compare("closeness, igraph convention", "igraph closeness()", ig_conv["closeness"], keyed(clo_ig, keys), 1e-12)
    compare("closeness, NetworkX convention", "igraph path sums + NetworkX wf_improved formula", raw["closeness"],
            keyed(wf, keys), 1e-12)
    sides = np.array([ni] * ni + [no] * no, dtype=float)
    others = np.array([no] * ni + [ni] * no, dtype=float)
    bclo = np.where(sumd > 0, (others + 2 * (sides - 1)) / np.where(sumd > 0, sumd, 1.0) * (k - 1) / (n - 1), 0.0)
    compare("bipartite closeness", "igraph path sums + NetworkX bipartite formula", bip["closeness"],
            keyed(bclo, keys), 1e-12)
    compare("harmonic (raw)", "igraph harmonic_centrality(normalized=False)", raw["harmonic"], keyed(harm, keys),
            1e-8)
    compare("harmonic (/ (n-1))", "igraph harmonic_centrality(normalized=True)", ig_conv["harmonic"],
            keyed(harm_n, keys), 1e-12)
    rng = random.Random(20261130)
    sample = sorted(range(n)) if full_nx else sorted(rng.sample(range(n), min(a.sample, n)))
    t0 = time.time()
    nx_clo = {v: nx.closeness_centrality(g, u=v) for v in sample}
    # harmonic_centrality(nbunch=...) still searches from every source; with sources=[v] it runs one search and
    # adds 1/d(v, w) to every w, whose sum is H(v) on an undirected graph
    nx_harm = {v: sum(nx.harmonic_centrality(g, sources=[v]).values()) for v in sample}
    sys.stderr.write("  networkx closeness/harmonic on %d nodes: %.1f s\n" % (len(sample), time.time() - t0))
    what = "all" if full_nx else "sample of %d" % len(sample)
    compare("closeness, NetworkX convention", "networkx closeness_centrality (%s)" % what, raw["closeness"],
            {keys[v]: x for v, x in nx_clo.items()}, 1e-12)
    compare("harmonic (raw)", "networkx harmonic_centrality (%s)" % what, raw["harmonic"],
            {keys[v]: x for v, x in nx_harm.items()}, 1e-8)
    if full_nx:
        compare("bipartite closeness", "networkx bipartite.closeness_centrality", bip["closeness"],
                keyed([v for _, v in sorted(bipartite.closeness_centrality(g, top).items())], keys), 1e-12)

    # ---- eigenvector, pagerank, coreness
    compare("eigenvector (max = 1)", "igraph eigenvector_centrality(scale=True)", raw["eigenvector"],
            keyed(h.eigenvector_centrality(scale=True), keys), 1e-6)
    ev_nx = nx.eigenvector_centrality_numpy(g)
    mx = max(ev_nx.values())
    compare("eigenvector (max = 1)", "networkx eigenvector_centrality_numpy / max", raw["eigenvector"],
            keyed([ev_nx[v] / mx for v in range(n)], keys), 1e-6)
    compare("pagerank (0.85)", "igraph pagerank() (PRPACK)", raw["pagerank"], keyed(h.pagerank(damping=0.85), keys),
            1e-10)
    pr = nx.pagerank(g, alpha=0.85, tol=1e-13, max_iter=10000)
    compare("pagerank (0.85)", "networkx pagerank(tol=1e-13)", raw["pagerank"], keyed([pr[v] for v in range(n)], keys),
            1e-10)
    compare("coreness", "igraph coreness()", raw["coreness"], keyed(h.coreness(), keys), 0)
    cn = nx.core_number(g)
    compare("coreness", "networkx core_number", raw["coreness"], keyed([cn[v] for v in range(n)], keys), 0)

    # ---- birank
    u, p, iters = birank_numpy(ni, no, eu, ev)
    compare("birank (α = β = 0.85)", "NumPy iteration of He et al. 2017 (%d it.)" % iters, raw["birank"],
            keyed(np.concatenate([u, p]), keys), 1e-12)

    # ---- projections onto initiatives
    if not a.skip_projections:
        def proj_map(text):
            out = {}
            for r in csv.DictReader(io.StringIO(text)):
                s_, t_ = r["source"], r["target"]
                out[(INIT, min(s_, t_) + "|" + max(s_, t_))] = float(r["weight"])
            return out

        def nx_map(pg):
            return {(INIT, min(inits[x], inits[y]) + "|" + max(inits[x], inits[y])): float(d["weight"])
                    for x, y, d in pg.edges(data=True)}

        nodes_i = range(ni)
        for weight, fn in (("count", lambda: bipartite.weighted_projected_graph(g, nodes_i)),
                           ("jaccard", lambda: bipartite.overlap_weighted_projected_graph(g, nodes_i, jaccard=True)),
                           ("newman", lambda: bipartite.collaboration_weighted_projected_graph(g, nodes_i))):
            ours = proj_map(run_ppsnet(a.ppsnet, ["project", ds, "--side", "initiatives", "--weight", weight]))
            t0 = time.time()
            pg = fn()
            ref = nx_map(pg)
            sys.stderr.write("  networkx %s projection: %.1f s, %d links (ppsnet %d)\n" % (
                weight, time.time() - t0, len(ref), len(ours)))
            extra = len(set(ours) - set(ref))
            fname = {"count": "weighted_projected_graph", "jaccard": "overlap_weighted_projected_graph(jaccard=True)",
                     "newman": "collaboration_weighted_projected_graph"}[weight]
            compare("projection weight: %s" % weight, "networkx bipartite.%s" % fname, ours, ref, 1e-12,
                    note="links only in ppsnet: %d" % extra)
            if extra:
                RESULTS[-1]["ok"] = False
            if weight == "newman":
                newman_graph = pg
            del pg

        # ---- Leiden partition quality: modularity of ppsnet's own partition on the Newman projection
        memb_txt = run_ppsnet(a.ppsnet, ["communities", ds, "--membership", "--format", "csv"])
        memb = {r["id"]: int(r["community"]) for r in csv.DictReader(io.StringIO(memb_txt))}
        note = json.loads(run_ppsnet(a.ppsnet, ["communities", ds, "--format", "json", "--members", "0"]))
        m = re.search(r"modularity (-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)", note["tables"][0]["note"])
        reported = float(m.group(1))
        digits = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
        groups = defaultdict(set)
        for v in range(ni):
            groups[memb[inits[v]]].add(v)
        q_nx = nx.algorithms.community.modularity(newman_graph, list(groups.values()), weight="weight")
        ih = ig.Graph(n=ni, edges=list(newman_graph.edges()))
        ih.es["weight"] = [d["weight"] for _, _, d in newman_graph.edges(data=True)]
        q_ig = ih.modularity([memb[inits[v]] for v in range(ni)], weights="weight")
        tol = 0.5 * 10 ** (-digits) + 1e-12
        compare("Leiden modularity (printed, %d dp)" % digits, "networkx community.modularity", {("partition", "Q"): reported},
                {("partition", "Q"): q_nx}, tol, note="ppsnet %s, networkx %.12f, %d communities" % (m.group(1), q_nx,
                                                                                           len(groups)))
        compare("Leiden modularity (printed, %d dp)" % digits, "igraph Graph.modularity", {("partition", "Q"): reported},
                {("partition", "Q"): q_ig}, tol, note="igraph %.12f" % q_ig)

    # ---- report
    hdr = ["measure", "reference", "n", "max abs diff", "max rel diff", "at node", "tolerance", "ok"]
    rows = [[r["measure"], r["tool"], str(r["n"]), "%.3g" % r["max_abs"], "%.3g" % r["max_rel"],
             (r["where"] if r["max_abs"] > 0 else "—") + (("; " + r["note"]) if r["note"] else ""), "%g" % r["tol"], "yes" if r["ok"] else "NO"]
            for r in RESULTS]
    if a.markdown:
        print("| " + " | ".join(hdr) + " |")
        print("|" + "---|" * len(hdr))
        for r in rows:
            print("| " + " | ".join(x.replace("|", "\\|") for x in r) + " |")
    else:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(hdr)
        w.writerows(rows)
    sys.stderr.write("total %.0f s; networkx %s, igraph %s, numpy %s\n" % (time.time() - t_start, nx.__version__,
                                                                          ig.__version__, np.__version__))
    return 0 if all(r["ok"] for r in RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
