#!/usr/bin/python3
"""Benchmark: `ppsnet similar --all` (top-10 similar projects for every project) vs python-igraph's unweighted
project projection (Graph.bipartite_projection(which=0, multiplicity=False)) on the same CORDIS table.

Usage: /usr/bin/python3 bench/bench_similar.py [CSV] [--ppsnet build/ppsnet] [--threads N]
Reports, for each side, the time of the computation itself (ppsnet prints it on stderr; igraph's is timed around
the projection call) and the wall time of the whole process (loading included). Ratios are what matter (same
machine, same run). Issue 5 asks for the all-pairs top-10 to finish within the time of igraph's projection.
"""
import argparse, re, subprocess, sys, time

IGRAPH = r'''
import csv, sys, time
import igraph as ig
ids, edges, seen, types = {}, [], set(), []
def node(key, is_org):
    if key not in ids:
        ids[key] = len(ids); types.append(is_org)
    return ids[key]
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    a, b = node("p" + row["rcn"], False), node("o" + row["pic"], True)
    if (a, b) not in seen:
        seen.add((a, b)); edges.append((a, b))
g = ig.Graph(n=len(ids), edges=edges)
g.vs["type"] = types
t0 = time.perf_counter()
p = g.bipartite_projection(types="type", which=0, multiplicity=False)
print("projection %.3f s, %d nodes, %d edges" % (time.perf_counter() - t0, p.vcount(), p.ecount()))
'''

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?", default="../shared/data/raw/cordis_h2020_participations_eunets.csv")
    ap.add_argument("--ppsnet", default="build/ppsnet")
    ap.add_argument("--threads", default="0")
    a = ap.parse_args()
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", IGRAPH, a.csv], capture_output=True, text=True, check=True).stdout
    ig_wall = time.perf_counter() - t0
    ig_proj = float(re.search(r"projection ([0-9.]+) s", out).group(1))
    print("python-igraph:", out.strip(), "| process wall %.2f s" % ig_wall)
    t0 = time.perf_counter()
    r = subprocess.run([a.ppsnet, "similar", "cordis:" + a.csv, "--all", "--top", "10", "--format", "csv",
                        "--out", "/dev/null", "--threads", a.threads], capture_output=True, text=True, check=True)
    pp_wall = time.perf_counter() - t0
    m = re.search(r"in ([0-9.e+-]+) s", r.stderr)
    pp = float(m.group(1))
    print("ppsnet similar --all:", r.stderr.strip().splitlines()[-1], "| process wall %.2f s" % pp_wall)
    print("ratio (ppsnet all-pairs top-10 / igraph projection): %.2f" % (pp / ig_proj))

if __name__ == "__main__":
    main()
