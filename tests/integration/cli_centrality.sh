#!/usr/bin/env bash
# End-to-end: ppsnet centrality / project / communities on the tiny fixture tests/data/analyze_small.
# Hand-known facts (tests/data/analyze_small/README.md): links MBO1: ROC1, C1, HS1, COEorg; COE1: HS1, C1, C2;
# FL1: C2; ISO1 none. Degrees therefore MBO1 4, COE1 3, FL1 1, ISO1 0, ROC1 1, HS1 2, C1 2, C2 2, COEorg 1;
# the 2-core is the 4-cycle MBO1-HS1-COE1-C1. Every other centrality value is compared with NetworkX 2.8.8 on
# that hand-written edge list (not read back from ppsnet).
set -euo pipefail
ppsnet=$1; src=$2
data="$src/tests/data/analyze_small"
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

"$ppsnet" centrality "$data" -q --format csv \
  --measure degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,coreness,birank > "$out/all.csv"
"$ppsnet" centrality "$data" -q --format csv --closeness-convention igraph --harmonic-normalised \
  -m closeness,harmonic > "$out/igraph.csv"
"$ppsnet" centrality "$data" -q --format csv --bipartite-normalised -m degree,betweenness,closeness > "$out/bip.csv"
"$ppsnet" centrality "$data" -q --format csv -m pagerank --personalise MBO1 > "$out/ppr.csv"
"$ppsnet" centrality "$data" -q --format json -m degree --side initiatives --top 2 > "$out/top.json"
"$ppsnet" centrality "$data" -q -m betweenness > "$out/table.txt"
"$ppsnet" centrality "$data" -q --format csv --projection initiatives --weighted -m eigenvector,closeness,degree \
  > "$out/cproj.csv"
for as in strength distance; do
  "$ppsnet" centrality "$data" -q --format csv --projection organisations --projection-weight count --weighted \
    --weights-as $as -m betweenness > "$out/wb_$as.csv"
done
"$ppsnet" project "$data" -q --side initiatives --weight newman > "$out/proj_i.csv"
"$ppsnet" project "$data" -q --side organisations --format json > "$out/proj_o.json"
"$ppsnet" project "$data" -q --side organisations --max-connector-degree 2 > "$out/proj_cap.csv" 2> "$out/proj_cap.err"
"$ppsnet" communities "$data" -q --format json > "$out/comm.json"
"$ppsnet" communities "$data" -q --format csv --membership --seed 7 > "$out/memb1.csv"
"$ppsnet" communities "$data" -q --format csv --membership --seed 7 > "$out/memb2.csv"
cmp "$out/memb1.csv" "$out/memb2.csv" || { echo "communities: same seed, different output"; exit 1; }
grep -q "^MBO1 " "$out/table.txt" || { cat "$out/table.txt"; echo "text table missing MBO1 first"; exit 1; }

# Unknown values give a usage error (exit 1) naming the option; an unknown personalisation id is bad input (2).
set +e
"$ppsnet" centrality "$data" -q --measure closenes > /dev/null 2> "$out/err1"; rc1=$?
"$ppsnet" project "$data" -q --side both > /dev/null 2> "$out/err2"; rc2=$?
"$ppsnet" communities "$data" -q --format xml > /dev/null 2> "$out/err3"; rc3=$?
"$ppsnet" centrality "$data" -q -m pagerank --personalise NOPE > /dev/null 2> "$out/err4"; rc4=$?
"$ppsnet" centrality "$data" -q -m birank --projection initiatives > /dev/null 2> "$out/err5"; rc5=$?
set -e
[ "$rc1" = 1 ] && grep -q -- "--measure" "$out/err1" || { cat "$out/err1"; echo "unknown measure: rc $rc1"; exit 1; }
[ "$rc2" = 1 ] && grep -q -- "--side" "$out/err2" || { cat "$out/err2"; echo "unknown side: rc $rc2"; exit 1; }
[ "$rc3" = 1 ] && grep -q -- "--format" "$out/err3" || { cat "$out/err3"; echo "unknown format: rc $rc3"; exit 1; }
[ "$rc4" = 2 ] && grep -q "NOPE" "$out/err4" || { cat "$out/err4"; echo "unknown personalisation id: rc $rc4"; exit 1; }
[ "$rc5" = 1 ] && grep -q "birank" "$out/err5" || { cat "$out/err5"; echo "birank on a projection: rc $rc5"; exit 1; }
grep -q "MBO1 (4), COE1 (3)" "$out/proj_cap.err" || { cat "$out/proj_cap.err"; echo "skipped connectors not reported"; exit 1; }

/usr/bin/python3 - "$out" <<'PY'
import csv, json, math, sys
import networkx as nx
from networkx.algorithms import bipartite
d = sys.argv[1]
links = {"MBO1": ["ROC1", "C1", "HS1", "COEorg"], "COE1": ["HS1", "C1", "C2"], "FL1": ["C2"], "ISO1": []}
top = list(links)
g = nx.Graph()
g.add_nodes_from(top + ["ROC1", "HS1", "C1", "C2", "COEorg"])
for i, orgs in links.items():
    g.add_edges_from((i, o) for o in orgs)

def rows(name):
    return {r["id"]: r for r in csv.DictReader(open(f"{d}/{name}", encoding="utf-8"))}

def close(a, b, what):
    assert abs(float(a) - b) <= 1e-9 * max(1.0, abs(b)), (what, a, b)

hand_degree = {"MBO1": 4, "COE1": 3, "FL1": 1, "ISO1": 0, "ROC1": 1, "HS1": 2, "C1": 2, "C2": 2, "COEorg": 1}
hand_core = {"MBO1": 2, "HS1": 2, "COE1": 2, "C1": 2, "ISO1": 0, "FL1": 1, "ROC1": 1, "C2": 1, "COEorg": 1}
a = rows("all.csv")
assert len(a) == 9 and list(a)[0] == "MBO1", list(a)
ref = {
    "betweenness": nx.betweenness_centrality(g, normalized=False),
    "closeness": nx.closeness_centrality(g),
    "harmonic": nx.harmonic_centrality(g),
    "pagerank": nx.pagerank(g, alpha=0.85, tol=1e-14, max_iter=10000),
}
for v, r in a.items():
    assert int(r["degree"]) == hand_degree[v], (v, r["degree"])
    assert int(r["coreness"]) == hand_core[v], (v, r["coreness"])
    for m, vals in ref.items():
        close(r[m], vals[v], f"{m} {v}")
# eigenvector: the largest component only (the isolated ISO1 gets 0), max 1 as igraph
comp = g.subgraph(max(nx.connected_components(g), key=len))
ev = nx.eigenvector_centrality_numpy(comp)
mx = max(ev.values())
for v, r in a.items():
    close(r["eigenvector"], ev.get(v, 0.0) / mx, f"eigenvector {v}")
# BiRank with uniform priors: u0 = 1/4, p0 = 1/5; ISO1 keeps (1 - 0.85) / 4
close(a["ISO1"]["birank"], 0.15 / 4, "birank ISO1")
# igraph convention: reachable nodes only; ISO1 undefined (empty); harmonic / (n - 1)
ig_rows = rows("igraph.csv")
assert ig_rows["ISO1"]["closeness"] == "", ig_rows["ISO1"]
h = nx.harmonic_centrality(g)
for v, r in ig_rows.items():
    if v != "ISO1":
        comp_nodes = nx.node_connected_component(g, v)
        sd = sum(nx.shortest_path_length(g, v).values())
        close(r["closeness"], (len(comp_nodes) - 1) / sd, f"igraph closeness {v}")
    close(r["harmonic"], h[v] / 8, f"harmonic normalised {v}")
b = rows("bip.csv")
for m, vals in {"degree": bipartite.degree_centrality(g, top), "betweenness": bipartite.betweenness_centrality(g, top),
                "closeness": bipartite.closeness_centrality(g, top)}.items():
    for v, r in b.items():
        close(r[m], vals[v], f"bipartite {m} {v}")
p = rows("ppr.csv")
pers = nx.pagerank(g, alpha=0.85, tol=1e-14, max_iter=10000, personalization={v: 1.0 if v == "MBO1" else 0.0 for v in g})
for v, r in p.items():
    close(r["pagerank"], pers[v], f"personalised pagerank {v}")
t = json.load(open(f"{d}/top.json"))["tables"][0]["rows"]
assert [(r["id"], r["degree"]) for r in t] == [("MBO1", 4), ("COE1", 3)], t
# Newman projection onto initiatives: MBO1-COE1 share HS1 and C1 (each of degree 2: 1/(2-1) each) -> 2;
# COE1-FL1 share C2 (degree 2) -> 1.
pi = list(csv.DictReader(open(f"{d}/proj_i.csv", encoding="utf-8")))
assert sorted((r["source"], r["target"], float(r["weight"])) for r in pi) == [("COE1", "FL1", 1.0), ("MBO1", "COE1", 2.0)], pi
assert pi[0]["source_label"] == "Zorgcampus Zaanstreek", pi[0]
# Centrality on that projection (weighted path MBO1 -2- COE1 -1- FL1, ISO1 alone; n = 4):
# eigenvector of A = [[0,2,0],[2,0,1],[0,1,0]]: λ = √5, x = (2, √5, 1) -> max one (2/√5, 1, 1/√5); ISO1 0.
# closeness (NetworkX convention, hops): COE1 k = 3, Σd = 2 -> (2/3)(2/2) = 2/3; MBO1, FL1 Σd = 3 -> (2/3)(2/3) = 4/9.
cp = rows("cproj.csv")
assert list(cp) == ["COE1", "MBO1", "FL1", "ISO1"], list(cp)  # sorted by eigenvector
s5 = math.sqrt(5)
for v, e, c, k in (("MBO1", 2 / s5, 4 / 9, 1), ("COE1", 1, 2 / 3, 2), ("FL1", 1 / s5, 4 / 9, 1), ("ISO1", 0, 0, 0)):
    close(cp[v]["eigenvector"], e, f"projection eigenvector {v}")
    close(cp[v]["closeness"], c, f"projection closeness {v}")
    assert int(cp[v]["degree"]) == k, (v, cp[v])
# Count projection onto organisations: through MBO1 the 4 organisations pairwise (6 pairs), through COE1 HS1, C1, C2
# (3 pairs; HS1-C1 already counted: weight 2) -> 8 distinct links; HS1-C1 weight 2.
po = json.load(open(f"{d}/proj_o.json"))["tables"][0]["rows"]
assert len(po) == 8, po
w = {frozenset((r["source"], r["target"])): r["weight"] for r in po}
assert w[frozenset(("HS1", "C1"))] == 2 and w[frozenset(("ROC1", "COEorg"))] == 1, w
# With the cap 2 only FL1 (1 organisation) stays as connector: no organisation pair left.
assert list(csv.DictReader(open(f"{d}/proj_cap.csv", encoding="utf-8"))) == []
# Communities of initiatives: MBO1, COE1, FL1 are connected in the projection, ISO1 alone.
cs = json.load(open(f"{d}/comm.json"))["tables"][0]["rows"]
assert [(c["community"], c["size"]) for c in cs] == [(1, 3), (2, 1)], cs
assert "Lonely initiative" in cs[1]["members"], cs
m = rows("memb1.csv")
assert m["ISO1"]["community"] == "2" and m["MBO1"]["community"] == "1", m
# Weighted betweenness on the count projection onto organisations, built here from the hand-written links:
# lengths 1/w (--weights-as strength) or w (distance), against NetworkX's weighted betweenness.
po_g = nx.Graph()
for i, orgs in links.items():
    for x in range(len(orgs)):
        for y in range(x + 1, len(orgs)):
            a_, b_ = orgs[x], orgs[y]
            po_g.add_edge(a_, b_, count=po_g.get_edge_data(a_, b_, {"count": 0})["count"] + 1)
for u, v, e in po_g.edges(data=True):
    e["strength_len"] = 1.0 / e["count"]
for mode, attr in (("strength", "strength_len"), ("distance", "count")):
    ref = nx.betweenness_centrality(po_g, normalized=False, weight=attr)
    got = rows(f"wb_{mode}.csv")
    assert set(got) == set(ref), (mode, got)
    for v in ref:
        close(got[v]["betweenness"], ref[v], f"weighted betweenness ({mode}) {v}")
# By hand: HS1-C1 has count 2. As a distance (length 2) it ties with the three two-step paths via ROC1, COEorg
# and C2, so each of those lies on 1 of 4 shortest paths: 0.25. As a strength (length 1/2) the direct link wins: 0.
for v in ("ROC1", "COEorg", "C2"):
    close(rows("wb_distance.csv")[v]["betweenness"], 0.25, f"hand: distance betweenness {v}")
    close(rows("wb_strength.csv")[v]["betweenness"], 0.0, f"hand: strength betweenness {v}")
print("cli_centrality: all checks passed")
PY
