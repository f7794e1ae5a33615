#!/usr/bin/env bash
# End-to-end: what a newcomer ran into (output folders that do not exist, a runaway sample size, wording).
# Data: the tiny fixture tests/data/analyze_small (9 nodes; hand-known facts in its README.md) and builtin:katapult.
# Expected exit codes are the documented ones (cli/commands.hpp): 1 usage, 2 invalid input, 4 cannot write output.
set -euo pipefail
ppsnet=$1; src=$2
data="$src/tests/data/analyze_small"
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
nofolder="$out/no-such-folder"
fail() { echo "FAIL: $*"; exit 1; }

# expect CODE PATTERN ARGS...: runs ppsnet ARGS, checks the exit code and that stderr matches PATTERN (grep -E).
expect() {
  local code=$1 pattern=$2; shift 2
  set +e
  "$ppsnet" "$@" > "$out/stdout" 2> "$out/stderr"
  local rc=$?
  set -e
  [ "$rc" = "$code" ] || { cat "$out/stderr"; fail "ppsnet $*: exit $rc, expected $code"; }
  grep -Eq -- "$pattern" "$out/stderr" || { cat "$out/stderr"; fail "ppsnet $*: stderr does not match /$pattern/"; }
  if grep -q "internal error" "$out/stderr"; then cat "$out/stderr"; fail "ppsnet $*: reported as a bug"; fi
}

# 1. An output file in a folder that does not exist: exit 4, the file named, the reason and a hint; not a "bug".
cannot="cannot create $nofolder/x\\.[a-z-]+: No such file or directory \\(check that the folder exists"
for fmt in node-link json node-link-links cytoscape gexf graphml vosviewer; do
  expect 4 "$cannot" export "$data" -q --format "$fmt" --positions none --out "$nofolder/x.$fmt"
done
expect 4 "cannot create $nofolder/x-nodes\\.csv: No such file" export "$data" -q --format csv --out "$nofolder/x.csv"
for ext in dot svg png pdf; do
  expect 4 "$cannot" draw "$data" -q --out "$nofolder/x.$ext"
done
expect 4 "$cannot" ego "$data" MBO1 -q --out "$nofolder/x.svg"
expect 4 "cannot create $nofolder/x\\.csv" similar "$data" MBO1 -q --out "$nofolder/x.csv"
[ ! -e "$nofolder" ] || fail "a failed write created $nofolder"
# The same after the work is done: a device that is always full (opening works, writing fails).
if [ -w /dev/full ]; then
  for fmt in json gexf graphml; do
    expect 4 "cannot write /dev/full: No space left on device" export "$data" -q --format "$fmt" --out /dev/full
  done
  expect 4 "cannot write /dev/full: No space left on device" similar "$data" MBO1 -q --out /dev/full
fi

# export --format json is node-link: the same bytes.
"$ppsnet" export "$data" -q --format json --out "$out/a.json"
"$ppsnet" export "$data" -q --format node-link --out "$out/b.json"
cmp "$out/a.json" "$out/b.json" || fail "--format json differs from --format node-link"

# 2. A sample larger than the 9-node fixture: exact betweenness, said so, same values as without sampling.
# n' (nodes of degree >= 2, README degrees): MBO1 4, COE1 3, HS1 2, C1 2, C2 2 -> 5.
"$ppsnet" centrality "$data" -q --format csv -m betweenness > "$out/exact.csv"
"$ppsnet" centrality "$data" -q --format csv -m betweenness --betweenness-sample 0.5 > "$out/sampled.csv" \
  2> "$out/sampled.err"
cmp "$out/exact.csv" "$out/sampled.csv" || fail "a sample larger than the graph did not give the exact values"
# (the note is wrapped to the terminal width: joined into one line first)
"$ppsnet" centrality "$data" -q -m betweenness --betweenness-sample 0.5 2>&1 | tr '\n' ' ' | tr -s ' ' > "$out/note.txt"
grep -Eq "betweenness: exact \(the sample would need [0-9]+ paths, more than the 5 nodes exact betweenness needs" \
  "$out/note.txt" || { cat "$out/note.txt"; fail "no note that betweenness is exact"; }
# The newcomer's ε = 1e-7 on the built-in dataset ran for ever; now it is the exact computation (seconds).
timeout 300 "$ppsnet" centrality builtin:katapult -q -m betweenness --betweenness-sample 0.0000001 --top 1 \
  > "$out/tiny.txt" 2>&1 || { cat "$out/tiny.txt"; fail "tiny ε did not finish"; }
tr '\n' ' ' < "$out/tiny.txt" | tr -s ' ' > "$out/tiny1.txt" && mv "$out/tiny1.txt" "$out/tiny.txt"
grep -q "betweenness: exact" "$out/tiny.txt" || { cat "$out/tiny.txt"; fail "tiny ε: no exact note"; }

# 3. Wording.
"$ppsnet" analyse "$data" -q --out "$out/report" || fail "analyse (British spelling) is not accepted"
[ -f "$out/report/summary.json" ] || fail "analyse wrote no report"
expect 1 'unknown command "analyz"; the commands are: analyze .*export.* view' analyz "$data"
"$ppsnet" ego "$data" --id MBO1 -q --out "$out/ego1.dot"
"$ppsnet" ego "$data" MBO1 -q --out "$out/ego2.dot"
cmp "$out/ego1.dot" "$out/ego2.dot" || fail "ego --id X and ego X differ"
expect 1 "either as ID or with --id, not both" ego "$data" MBO1 --id MBO1 -q --out "$out/ego3.dot"
expect 1 "ego needs the id" ego "$data" -q --out "$out/ego4.dot"
# (a build without the viewer refuses view before looking at --out: also exit 1)
expect 1 "--out must end in \.html or \.htm|built without the interactive viewer" view "$data" -q --out "$out/v.svg"
[ ! -e "$out/v.svg" ] || fail "view wrote HTML into a .svg file"
# A fatal diagnostic is printed once: "ppsnet: FILE:LINE:COL: error[kind]: ...", not "ppsnet: error: ...: error[".
mkdir "$out/dup"
cp "$data"/*.csv "$out/dup/"
sed -i '1s/^id,name,/id,name,name,/' "$out/dup/initiatives.csv"
expect 2 "^ppsnet: [^ ]*initiatives\.csv:1:[0-9]+: error\[" analyze "$out/dup" --on-error fail -q --out "$out/dup-report"
if grep -q "ppsnet: error: .*error\[" "$out/stderr"; then cat "$out/stderr"; fail "the word error twice"; fi

# similar and recommend take the initiative id as an argument or with --id, like ego.
"$ppsnet" similar "$data" MBO1 -q > "$out/sim1.txt"
"$ppsnet" similar "$data" --id MBO1 -q > "$out/sim2.txt"
cmp "$out/sim1.txt" "$out/sim2.txt" || fail "similar --id X and similar X differ"
"$ppsnet" recommend "$data" MBO1 -q > "$out/rec1.txt"
"$ppsnet" recommend "$data" --id MBO1 -q > "$out/rec2.txt"
cmp "$out/rec1.txt" "$out/rec2.txt" || fail "recommend --id X and recommend X differ"

echo "cli_polish: all checks passed"
