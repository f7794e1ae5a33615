"""Reads a ppsnet export with a real consumer and prints what the consumer saw, as JSON, for interop tests.

Usage: /usr/bin/python3 interop_read.py FORMAT FILE
  FORMAT: gexf (networkx.read_gexf), graphml (networkx.read_graphml), cytoscape, vosviewer (json module; no
  Cytoscape.js or VOSviewer runs here, so the documents' shape is checked as those tools document it).
Exit 77 when NetworkX is not installed (the C++ test then skips).

NetworkX 2.8 knows GEXF 1.1draft and 1.2draft only; for a GEXF 1.3 file the 1.3 namespace is registered in its
reader (the body of a 1.2draft and a 1.3 file that use no 1.3-only features is the same; newer NetworkX releases
ship this very entry).
"""
import json
import sys

try:
    import networkx as nx
    from networkx.readwrite import gexf as nx_gexf
except ImportError:
    sys.exit(77)

fmt, path = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    raw = f.read()
out = {"has_nan_or_inf_token": any(t in raw for t in ("NaN", "Infinity"))}


def graph_summary(G, label_key):
    out["nodes"] = sorted(G.nodes())
    out["all_ids_are_str"] = all(isinstance(n, str) for n in G.nodes())
    out["edges"] = sorted(sorted([u, v]) for u, v in G.edges())
    out["labels"] = {n: d.get(label_key) for n, d in G.nodes(data=True)}
    out["side"] = {n: d.get("side") for n, d in G.nodes(data=True)}
    out["corop"] = {n: d.get("corop") for n, d in G.nodes(data=True)}
    out["sectors_2030"] = G.nodes["2030"].get("sectors")
    out["budget_2030"] = G.nodes["2030"].get("budget")
    out["extra_label_2030"] = G.nodes["2030"].get("extra_label")
    out["website_node"] = G.nodes["initiative:node"].get("website")
    out["community"] = {n: d.get("community") for n, d in G.nodes(data=True)}
    out["score_third_exact"] = G.nodes["2030"]["score"] == 1.0 / 3.0
    out["score_tiny_exact"] = G.nodes["back\\slash"]["score"] == 1e-300
    out["score_big_exact"] = G.nodes["organisation:node"]["score"] == 123456789.125
    out["score_missing"] = [n for n, d in G.nodes(data=True) if "score" not in d]
    out["degree_is_float"] = isinstance(G.nodes["2030"]["degree"], float)
    out["corop_is_int"] = isinstance(G.nodes["2030"]["corop"], int)
    e = G.get_edge_data("2030", "01234567")
    if G.is_multigraph():
        e = next(iter(e.values()))
    out["weight_2030_01234567"] = e["weight"]
    out["participations_2030_01234567"] = e["participations"]
    out["directed"] = G.is_directed()
    out["edge_attrs"] = edge_attributes((u, v, d) for u, v, d in G.edges(data=True))
    out["edge_types_2030_01234567"] = {k: type(e[k]).__name__ for k in EDGE_KEYS if k in e}
    # Gephi's viz module (GEXF only): colour and size per node as NetworkX read them.
    out["viz"] = {n: d["viz"] for n, d in G.nodes(data=True) if "viz" in d}


EDGE_KEYS = ("roles", "years", "first_year", "last_year", "contribution_eur")


def edge_attributes(triples):
    """{"a|b": {key: value or None}} with a < b, for the edge attributes ppsnet carries from participations."""
    res = {}
    for u, v, d in triples:
        a, b = sorted([u, v])
        res[a + "|" + b] = {k: d.get(k) for k in EDGE_KEYS}
    return res


if fmt == "gexf":
    nx_gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }
    graph_summary(nx.read_gexf(path), "label")
elif fmt == "graphml":
    graph_summary(nx.read_graphml(path), "label")
elif fmt == "cytoscape":
    d = json.loads(raw)
    nodes = [n["data"] for n in d["elements"]["nodes"]]
    edges = [e["data"] for e in d["elements"]["edges"]]
    # (networkx.cytoscape_graph is not a Cytoscape.js reader: it needs its own "value"/"name" node keys.)
    out["nodes"] = sorted(n["id"] for n in nodes)
    out["all_ids_are_str"] = all(isinstance(n["id"], str) for n in nodes)
    out["edges"] = sorted(sorted([e["source"], e["target"]]) for e in edges)
    ids = [n["id"] for n in nodes] + [e["id"] for e in edges]
    out["element_ids_unique"] = len(ids) == len(set(ids))
    out["labels"] = {n["id"]: n["label"] for n in nodes}
    out["same_keys"] = len({tuple(n.keys()) for n in nodes}) == 1
    out["score_null"] = sorted(n["id"] for n in nodes if n["score"] is None)
    out["score_third_exact"] = [n for n in nodes if n["id"] == "2030"][0]["score"] == 1.0 / 3.0
    out["sectors_2030"] = [n for n in nodes if n["id"] == "2030"][0]["sectors"]
    out["positions"] = {n["data"]["id"]: [n["position"]["x"], n["position"]["y"]]
                        for n in d["elements"]["nodes"] if "position" in n}
    w = [e for e in edges if e["source"] == "2030" and e["target"] == "01234567"][0]
    out["weight_2030_01234567"] = w["weight"]
    out["participations_2030_01234567"] = w["participations"]
    out["edge_attrs"] = edge_attributes((e["source"], e["target"], e) for e in edges)
elif fmt == "vosviewer":
    d = json.loads(raw)
    items = d["network"]["items"]
    links = d["network"]["links"]
    out["nodes"] = sorted(i["id"] for i in items)
    out["all_ids_are_str"] = all(isinstance(i["id"], str) for i in items)
    out["edges"] = sorted(sorted([l["source_id"], l["target_id"]]) for l in links)
    out["labels"] = {i["id"]: i["label"] for i in items}
    out["cluster"] = {i["id"]: i.get("cluster") for i in items}
    out["links_weight"] = {i["id"]: i["weights"]["Links"] for i in items}
    out["total_link_strength"] = {i["id"]: i["weights"]["Total link strength"] for i in items}
    out["score_missing"] = sorted(i["id"] for i in items if "score" not in i["scores"])
    out["description_2030"] = [i for i in items if i["id"] == "2030"][0]["description"]
    out["xy"] = {i["id"]: [i["x"], i["y"]] for i in items if "x" in i}
    out["strength_2030_01234567"] = [l for l in links if l["source_id"] == "2030" and l["target_id"] == "01234567"][0]["strength"]
    out["terminology_keys"] = sorted(d["config"]["terminology"].keys())
    out["info_title"] = d["info"]["title"]
else:
    sys.exit(2)
json.dump(out, sys.stdout, ensure_ascii=True)
