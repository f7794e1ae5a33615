#!/usr/bin/python3
"""Compares sampled with exact betweenness as printed by `ppsnet centrality --format csv` (all nodes, both sides).

Usage:
  ppsnet centrality DATASET -m betweenness --format csv -q > exact.csv
  ppsnet centrality DATASET -m betweenness --betweenness-sample EPS [--delta D] --format csv -q > sampled.csv
  /usr/bin/python3 tests/reference/compare_sampled_betweenness.py exact.csv sampled.csv EPS

Prints, on the pair-normalised scale b = BC / (n(n-1)/2) of the Riondato-Kornaropoulos guarantee: the largest
|b_sampled - b_exact| (and as a multiple of EPS), the node where it occurs, the mean absolute difference, and how
many of the exact top 10 / top 100 nodes are also in the sampled top 10 / top 100. Exit status 1 when the largest
difference exceeds EPS (allowed, with probability <= delta), else 0.
"""
import csv
import sys


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {(r["side"], r["id"]): float(r["betweenness"]) for r in csv.DictReader(f)}


def main():
    exact, sampled, eps = read(sys.argv[1]), read(sys.argv[2]), float(sys.argv[3])
    if exact.keys() != sampled.keys():
        sys.exit("the two files list different nodes (use --side both and no --top)")
    n = len(exact)
    pairs = n * (n - 1) / 2
    diffs = {k: abs(sampled[k] - exact[k]) / pairs for k in exact}
    worst = max(diffs, key=diffs.get)
    top_exact = sorted(exact, key=lambda k: (-exact[k], k))
    top_sampled = sorted(sampled, key=lambda k: (-sampled[k], k))
    print(f"nodes {n}; largest exact b {exact[top_exact[0]] / pairs:.6g}")
    print(f"max |b~ - b| {diffs[worst]:.3g} ({diffs[worst] / eps:.3g} eps) at {worst[0]} {worst[1]} "
          f"(exact b {exact[worst] / pairs:.4g}); mean {sum(diffs.values()) / n:.3g}")
    for k in (10, 100):
        print(f"top {k} overlap: {len(set(top_exact[:k]) & set(top_sampled[:k]))}")
    sys.exit(1 if diffs[worst] > eps else 0)


if __name__ == "__main__":
    main()
