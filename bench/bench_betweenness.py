#!/usr/bin/python3
"""Betweenness on the CORDIS H2020 table: ppsnet (bench/betweenness_bench) vs python-igraph 0.10.2.

Usage: /usr/bin/python3 bench/bench_betweenness.py BENCH_BINARY [CSV] [--threads N]
Builds the same bipartite graph in both (p<rcn> / o<pic> nodes, one edge per distinct pair), times both, and
checks that every node's raw undirected betweenness agrees (relative 1e-9). The full table (67k nodes) takes
python-igraph several minutes; the NL subset (derived_cordis_h2020_participations_NLprojects.csv) about a minute.
"""
import argparse, csv, os, subprocess, sys, tempfile, time

import igraph as ig


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bench")
    ap.add_argument("csv", nargs="?", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data",
                                                          "raw", "derived_cordis_h2020_participations_NLprojects.csv"))
    ap.add_argument("--threads", default="0")
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "scores.csv")
        t0 = time.perf_counter()
        r = subprocess.run([a.bench, a.csv, a.threads, "unweighted", out], capture_output=True, text=True, check=True)
        t_ppsnet = time.perf_counter() - t0
        print(r.stdout, end="")
        ours = {}
        with open(out) as f:
            for line in f:
                k, v = line.rstrip("\n").split(",")
                ours[k] = float(v)

    t0 = time.perf_counter()
    ids, edges, seen = {}, [], set()
    for row in csv.DictReader(open(a.csv, encoding="utf-8")):
        u = ids.setdefault("p" + row["rcn"], len(ids))
        v = ids.setdefault("o" + row["pic"], len(ids))
        if (u, v) not in seen:
            seen.add((u, v))
            edges.append((u, v))
    g = ig.Graph(n=len(ids), edges=edges)
    t1 = time.perf_counter()
    bc = g.betweenness(directed=False)
    t_igraph = time.perf_counter() - t1
    print(f"python-igraph: build {t1 - t0:.2f} s, betweenness {t_igraph:.2f} s; ppsnet total {t_ppsnet:.2f} s")
    bad = 0
    for key, i in ids.items():
        x, y = ours[key], bc[i]
        if abs(x - y) > 1e-9 * max(1.0, abs(y)):
            bad += 1
            if bad <= 5:
                print("mismatch", key, x, y)
    print(f"{len(ids)} nodes compared, {bad} mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
