#!/usr/bin/env bash
# Exit codes and messages a user sees when something is wrong.
set -uo pipefail
ppsnet=$1; src=$2
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
"$ppsnet" analyze "$out/does-not-exist" --out "$out/r" --quiet 2>"$out/err"; rc=$?
[ $rc -eq 2 ] || { echo "missing dataset: expected exit 2, got $rc"; cat "$out/err"; exit 1; }
grep -q "does-not-exist" "$out/err" || { echo "error does not name the path"; cat "$out/err"; exit 1; }
"$ppsnet" analyze "$src/tests/data/analyze_small" --on-error fail --out "$out/r" --quiet 2>"$out/err"; rc=$?
[ $rc -eq 2 ] || { echo "--on-error fail: expected exit 2, got $rc"; exit 1; }
grep -q "participations.csv:8" "$out/err" || { echo "--on-error fail does not name the row"; cat "$out/err"; exit 1; }
"$ppsnet" analyze --bogus 2>/dev/null; rc=$?
[ $rc -eq 1 ] || { echo "bad option: expected exit 1, got $rc"; exit 1; }
"$ppsnet" analyze builtin:nothing --out "$out/r" 2>"$out/err"; rc=$?
[ $rc -eq 2 ] || { echo "unknown builtin: expected exit 2, got $rc"; exit 1; }
# --mapping only applies to long:PATH datasets: with a folder or builtin it is refused (exit 2), naming long:.
echo "x" > "$out/mapping.csv"
for ds in "$src/tests/data/analyze_small" builtin:katapult; do
  "$ppsnet" analyze "$ds" --mapping "$out/mapping.csv" --out "$out/r" --quiet 2>"$out/err"; rc=$?
  [ $rc -eq 2 ] || { echo "--mapping with $ds: expected exit 2, got $rc"; cat "$out/err"; exit 1; }
  grep -q "long:" "$out/err" || { echo "--mapping error does not say it needs long:"; cat "$out/err"; exit 1; }
done
echo "analyze_errors: ok"
