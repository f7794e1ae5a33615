#!/usr/bin/env bash
# End-to-end: ppsnet analyze on the tiny hand-computed fixture (tests/data/analyze_small/README.md).
# Checks the report folder, the hand-computed counts, that Graphviz accepts network.dot, that NetworkX reads
# graph.json, and that betweenness in centrality.csv equals NetworkX's on the same graph.
set -euo pipefail
ppsnet=$1; src=$2
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
"$ppsnet" analyze "$src/tests/data/analyze_small" --out "$out/r" --quiet
for f in report.md report.html summary.json centrality.csv communities.csv graph.json impact.json network.dot network.svg diagnostics.txt rejects.csv; do
  [ -s "$out/r/$f" ] || { echo "missing or empty: $f"; exit 1; }
done
grep -q 'participations.csv:8:.*error\[unknown-organisation\]' "$out/r/diagnostics.txt" || { cat "$out/r/diagnostics.txt"; echo "unknown organisation not reported with its line"; exit 1; }
grep -q 'warning\[duplicate-participation\]' "$out/r/diagnostics.txt" || { echo "duplicate participation not reported"; exit 1; }
# The report itself lists the (first) problems, so a coordinator sees them without opening diagnostics.txt.
grep -q '^- .*participations.csv:8:2: error' "$out/r/report.md" || { echo "report.md does not list the problems"; exit 1; }
dot -Tsvg "$out/r/network.dot" -o /dev/null
/usr/bin/python3 - "$out/r" <<'PY'
import csv, json, sys
import networkx as nx
d = sys.argv[1]
s = json.load(open(f"{d}/summary.json"))
# Hand-computed in tests/data/analyze_small/README.md
expect = {"initiatives": 4, "organisations": 5, "edges": 8, "initiative_links": 1}
for k, v in expect.items():
    assert s[k] == v, (k, s[k], v)
assert s["components"]["count"] == 2 and s["components"]["largest"] == 8, s["components"]
assert abs(s["density"] - 0.4) < 1e-12, s["density"]
assert s["average_partners_by_kind"]["mbo"] == 4 and s["average_partners_by_kind"]["coe"] == 3
assert s["average_partners_by_kind"]["project"] is None
assert s["import"]["rows_rejected"] == 1, s["import"]
data = json.load(open(f"{d}/graph.json"))
g = nx.node_link_graph(data, edges="edges") if "edges" in nx.node_link_graph.__code__.co_varnames else nx.node_link_graph({**data, "links": data["edges"]})
assert g.number_of_nodes() == 9 and g.number_of_edges() == 8, (g.number_of_nodes(), g.number_of_edges())
names = {n: a.get("label") for n, a in g.nodes(data=True)}
assert 'Bakkerij "De Korenaar"' in names.values(), names
ref = nx.betweenness_centrality(g, normalized=False)
rows = list(csv.DictReader(open(f"{d}/centrality.csv", encoding="utf-8")))
assert len(rows) == 9
by_label = {n: ref[n] for n in g.nodes}
for r in rows:
    node = [n for n in g.nodes if str(g.nodes[n].get("label")) == r["label"]]
    assert len(node) == 1, r["label"]
    assert abs(float(r["betweenness"]) - ref[node[0]]) < 1e-9, (r["label"], r["betweenness"], ref[node[0]])
impact = {t["name"]: t for t in json.load(open(f"{d}/impact.json"))["tables"]}
# Hand-computed (tests/data/analyze_small/README.md): levels per initiative, the kind counting as a level:
# MBO1 = {mbo (kind, ROC1), hbo (HS1, COEorg)}; COE1 = {hbo}; FL1, ISO1 = {} -> 1 of 4 initiatives has mbo-hbo.
lv = impact["levels_by_kind"]["rows"][0]
assert lv["initiatives"] == 4 and abs(lv["mbo_hbo_share"] - 0.25) < 1e-12, lv
print("analyze_small: ok")
PY
# "." names nothing: the report names the folder instead.
ppsnet_abs=$(readlink -f "$ppsnet")
(cd "$src/tests/data/analyze_small" && "$ppsnet_abs" analyze . --out "$out/dot" --quiet)
grep -q 'Dataset: `analyze_small`' "$out/dot/report.md" || { grep -m1 Dataset "$out/dot/report.md"; echo "analyze . does not name the folder"; exit 1; }
