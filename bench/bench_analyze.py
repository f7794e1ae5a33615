#!/usr/bin/python3
"""Benchmark: `ppsnet analyze` vs python-igraph doing the same steps, on the same CORDIS table.

Usage: /usr/bin/python3 bench/bench_analyze.py [CSV] [--ppsnet build/ppsnet] [--skip-igraph-betweenness]
Each side runs in its own process; wall time and peak resident memory are measured by this script
(resource.getrusage of the child). Ratios are what matter (same machine, same run); record them in
bench/RESULTS.md.
"""
import argparse, os, resource, subprocess, sys, tempfile, time

IGRAPH_STEPS = r'''
import csv, sys, time, json
import igraph as ig
path, do_btw = sys.argv[1], sys.argv[2] == "1"
t = {}
t0 = time.perf_counter()
ids, edges, seen = {}, [], set()
types = []
def node(key, is_org):
    if key not in ids:
        ids[key] = len(ids); types.append(is_org)
    return ids[key]
for row in csv.DictReader(open(path, encoding="utf-8")):
    a, b = node("p" + row["rcn"], False), node("o" + row["pic"], True)
    if (a, b) not in seen:
        seen.add((a, b)); edges.append((a, b))
g = ig.Graph(n=len(ids), edges=edges)
g.vs["type"] = types
t["load+build"] = time.perf_counter() - t0
t0 = time.perf_counter(); comps = g.connected_components(); t["components"] = time.perf_counter() - t0
t0 = time.perf_counter(); deg = g.degree(); t["degree"] = time.perf_counter() - t0
if do_btw:
    t0 = time.perf_counter(); b = g.betweenness(directed=False); t["betweenness"] = time.perf_counter() - t0
t0 = time.perf_counter(); p1, p2 = g.bipartite_projection(types=types, multiplicity=True); t["projection (unweighted count)"] = time.perf_counter() - t0
t0 = time.perf_counter()
part = p1.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
t["leiden"] = time.perf_counter() - t0
print(json.dumps(t))
'''

def run(cmd):
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr}")
    return wall, peak, before, p.stdout

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?", default=os.path.join(here, "..", "..", "shared", "data", "raw", "cordis_h2020_participations_eunets.csv"))
    ap.add_argument("--ppsnet", default=os.path.join(here, "..", "build", "ppsnet"))
    ap.add_argument("--skip-igraph-betweenness", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        wall, peak, _, _ = run([a.ppsnet, "analyze", "cordis:" + a.csv, "--out", d + "/r", "--quiet"])
        print(f"ppsnet analyze: {wall:.1f} s wall, peak RSS {peak/1024:.0f} MiB")
    # getrusage(RUSAGE_CHILDREN) reports the largest child so far: run igraph second and only trust its
    # peak if it exceeds ppsnet's.
    wall2, peak2, _, out = run([sys.executable, "-c", IGRAPH_STEPS, a.csv, "0" if a.skip_igraph_betweenness else "1"])
    print(f"python-igraph same steps: {wall2:.1f} s wall, peak RSS {max(peak2, 0)/1024:.0f} MiB (>= ppsnet's if equal)")
    print("python-igraph steps:", out.strip())
    print(f"ratio (igraph / ppsnet wall time): {wall2 / wall:.1f}x")

if __name__ == "__main__":
    main()
