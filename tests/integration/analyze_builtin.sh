#!/usr/bin/env bash
# The README's main job: analyze on the built-in Katapult-shaped dataset. Same seed twice = same bytes.
set -euo pipefail
ppsnet=$1
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
"$ppsnet" analyze builtin:katapult --out "$out/a" --quiet
"$ppsnet" analyze builtin:katapult --out "$out/b" --quiet
for f in report.md summary.json centrality.csv communities.csv graph.json network.dot; do
  cmp "$out/a/$f" "$out/b/$f" || { echo "not reproducible: $f"; exit 1; }
done
for f in network.svg community_1.svg community_2.svg community_3.svg region.svg backbone.svg network.html; do
  [ -s "$out/a/$f" ] || { echo "no $f"; exit 1; }
  grep -q "($f)" "$out/a/report.md" || { echo "report.md does not show $f"; exit 1; }
done
/usr/bin/python3 - "$out/a" <<'PY'
import json, sys
s = json.load(open(sys.argv[1] + "/summary.json"))
# Calibration figures of the built-in dataset (Katapult impact measurement 2019): 152 mbo initiatives, 39 CoEs.
assert s["initiatives_by_kind"]["mbo"] == 152 and s["initiatives_by_kind"]["coe"] == 39, s["initiatives_by_kind"]
assert s["communities"]["count"] >= 2
print("analyze_builtin: ok")
PY
