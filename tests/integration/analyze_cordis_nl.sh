#!/usr/bin/env bash
# analyze on the real Dutch CORDIS subset (62,294 participations); counts and the largest component are
# checked against NetworkX on the same CSV. Skips (77) when ../shared is absent.
set -euo pipefail
ppsnet=$1; shared=$3
csv="$shared/derived_cordis_h2020_participations_NLprojects.csv"
[ -f "$csv" ] || { echo "skip: $csv not found (real data lives in ../shared, present in CI)"; exit 77; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
"$ppsnet" analyze "cordis:$csv" --out "$out/r" --quiet --diagram-nodes 120
/usr/bin/python3 - "$out/r" "$csv" <<'PY'
import csv, json, sys
import networkx as nx
d, path = sys.argv[1], sys.argv[2]
g = nx.Graph()
for row in csv.DictReader(open(path, encoding="utf-8")):
    g.add_edge("p" + row["rcn"], "o" + row["pic"])
projects = sum(1 for n in g if n.startswith("p"))
orgs = g.number_of_nodes() - projects
largest = max(len(c) for c in nx.connected_components(g))
s = json.load(open(d + "/summary.json"))
assert s["initiatives"] == projects == 5405, (s["initiatives"], projects)
assert s["organisations"] == orgs, (s["organisations"], orgs)
assert s["edges"] == g.number_of_edges(), (s["edges"], g.number_of_edges())
assert s["components"]["largest"] == largest, (s["components"]["largest"], largest)
assert s["components"]["count"] == nx.number_connected_components(g)
print("analyze_cordis_nl: ok", projects, orgs, g.number_of_edges(), largest)
PY
