#!/usr/bin/env bash
# Same answers as before the engine-API refactoring (issue 10): every command of tests/same_answers/commands.txt
# on the built-in dataset and on the first 3,000 rows of the Dutch CORDIS subset, compared byte for byte with
# the outputs of ppsnet at commit d6f9e55 (the last commit before the refactoring), kept in
# tests/data/same_answers/d6f9e55.tar.xz and made by tests/same_answers/make_golden.sh. An intended difference
# is listed in the commit that makes it, and the archive is then remade from that commit's binary.
# Without ../shared the CORDIS half is skipped (the built-in half still runs).
set -euo pipefail
ppsnet=$1; src=$2; shared=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/want" "$tmp/got"
xz -dc "$src/tests/data/same_answers/d6f9e55.tar.xz" | tar xf - -C "$tmp/want"
if [ -f "$shared/derived_cordis_h2020_participations_NLprojects.csv" ]; then
  bash "$src/tests/same_answers/run.sh" "$ppsnet" "$shared" "$tmp/got"
else
  echo "note: $shared not found: comparing the built-in dataset only (CI has ../shared)"
  rm -rf "$tmp/want/cordis_nl"
  mkdir -p "$tmp/empty"
  head -n 1 /dev/null > "$tmp/empty/derived_cordis_h2020_participations_NLprojects.csv"
  bash "$src/tests/same_answers/run.sh" "$ppsnet" "$tmp/empty" "$tmp/got"
  rm -rf "$tmp/got/cordis_nl"
fi
if ! diff -rq "$tmp/want" "$tmp/got" > "$tmp/differences"; then
  echo "same_answers: outputs differ from ppsnet d6f9e55:"
  cat "$tmp/differences"
  while read -r _ a _ b _; do
    [ -f "$a" ] && [ -f "$b" ] && { echo "--- $a"; diff "$a" "$b" | head -n 10; }
  done < <(grep '^Files ' "$tmp/differences" | head -n 5)
  exit 1
fi
echo "same_answers: $(find "$tmp/got" -type f | wc -l) outputs identical to ppsnet d6f9e55"
