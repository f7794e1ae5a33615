#!/usr/bin/env bash
# draw --view backbone and --clusters on the built-in dataset: Graphviz reads the DOT back, the layout is fdp when
# clustered, every drawn node is an initiative, and wrong options are usage errors (exit 1).
set -euo pipefail
ppsnet=$1
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
"$ppsnet" draw builtin:katapult --view backbone --clusters --out "$out/b.dot" --quiet
"$ppsnet" draw builtin:katapult --view backbone --alpha 0.01 --out "$out/b.svg" --quiet
[ -s "$out/b.svg" ] || { echo "no svg"; exit 1; }
grep -q 'layout="fdp"' "$out/b.dot" || { echo "clustered picture is not laid out with fdp"; exit 1; }
grep -q 'subgraph "cluster_community 1' "$out/b.dot" || { echo "no community cluster"; exit 1; }
# Node ids are "i:<id>" (initiatives) only: no organisation in the initiatives' backbone.
if grep -q '^ *"o:' "$out/b.dot"; then echo "organisation drawn in the initiatives' backbone"; exit 1; fi
set +e
"$ppsnet" draw builtin:katapult --view backbone --alpha 2 --out "$out/x.svg" --quiet 2>/dev/null; rc=$?
set -e
[ "$rc" = 1 ] || { echo "--alpha 2 gave exit $rc, expected 1"; exit 1; }
echo "draw_backbone: ok"
