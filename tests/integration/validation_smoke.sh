#!/usr/bin/env bash
# Runs tests/reference/validate_cordis_nl.py on the first 1,000 rows of the Dutch CORDIS subset: every ppsnet
# measure (degree, strength, betweenness, closeness in both conventions, harmonic, eigenvector, PageRank,
# coreness, BiRank, the NetworkX bipartite normalisations, the count/Jaccard/Newman projections and the Leiden
# modularity) against NetworkX 2.8.8 / python-igraph 0.10.2 / NumPy on the same graph; on this small graph the
# slow NetworkX functions run on every node. Fails when any comparison exceeds its tolerance or a row is missing.
# Skips (77) when ../shared or the Python reference tools are absent. About 10 s on an idle machine.
set -euo pipefail
ppsnet=$1; src=$2; shared=$3
csv="$shared/derived_cordis_h2020_participations_NLprojects.csv"
[ -f "$csv" ] || { echo "skip: $csv not found (real data lives in ../shared, present in CI)"; exit 77; }
/usr/bin/python3 -c "import networkx, igraph, numpy, scipy" 2>/dev/null \
  || { echo "skip: python3 networkx/igraph/numpy/scipy not installed"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
head -n 1001 "$csv" > "$tmp/subset.csv"
/usr/bin/python3 "$src/tests/reference/validate_cordis_nl.py" "$ppsnet" "$tmp/subset.csv" > "$tmp/table.csv" \
  2> "$tmp/log" || { cat "$tmp/log" "$tmp/table.csv"; echo "validation_smoke: comparison failed"; exit 1; }
rows=$(($(wc -l < "$tmp/table.csv") - 1))
# 28 comparisons: the 5 NetworkX-on-every-node rows are included because the subset has < 3000 nodes
[ "$rows" -eq 28 ] || { cat "$tmp/table.csv"; echo "validation_smoke: expected 28 comparisons, got $rows"; exit 1; }
grep -q ',NO$' "$tmp/table.csv" && { cat "$tmp/table.csv"; exit 1; }
echo "validation_smoke: ok ($rows comparisons)"
