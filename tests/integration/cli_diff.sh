#!/usr/bin/env bash
# End-to-end: ppsnet diff on the hand-computed fixtures tests/data/diff (numbers worked out in its README.md):
# two datasets (old/ new/) in table, CSV and JSON form; one dataset with years (years/), exact and cumulative;
# exit codes for a dataset without years (2) and for bad command lines (1).
set -euo pipefail
ppsnet=$1; src=$2
data="$src/tests/data/diff"
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
fail() { echo "cli_diff: $*"; exit 1; }

"$ppsnet" diff "$data/old" "$data/new" -q > "$out/table.txt"
"$ppsnet" diff "$data/old" "$data/new" -q --format csv > "$out/summary.csv"
"$ppsnet" diff "$data/old" "$data/new" -q --format csv --table levels > "$out/levels.csv"
"$ppsnet" diff "$data/old" "$data/new" -q --format csv --table added > "$out/added.csv"
"$ppsnet" diff "$data/old" "$data/new" -q --format csv --table pairs-new > "$out/pairs.csv"
"$ppsnet" diff "$data/old" "$data/new" -q --format json > "$out/all.json"
"$ppsnet" diff "$data/years" --years 2019 2021 -q --format csv > "$out/years.csv"
"$ppsnet" diff "$data/years" --years 2019 2021 --cumulative --format csv > "$out/cum.csv" 2> "$out/cum.err"
"$ppsnet" diff "$data/old" "$data/new" -q --format json > "$out/again.json"
cmp "$out/all.json" "$out/again.json" || fail "same input, different output"

# Summary (README: organisations 7 -> 9, kept 5, added 4, lost 2; companies 3 -> 4; links 11 -> 15, kept 8;
# participations 12 -> 15, +25%).
grep -qx "measure,old,new,kept,added,lost,change,growth_pct" "$out/summary.csv" || { cat "$out/summary.csv"; fail "csv header"; }
grep -q "^organisations,7,9,5,4,2,2,28.57142857142857" "$out/summary.csv" || { cat "$out/summary.csv"; fail "organisations row"; }
grep -q "^companies (distinct),3,4,2,2,1,1,33.333333333333" "$out/summary.csv" || { cat "$out/summary.csv"; fail "companies row"; }
grep -qx "initiatives,4,4,3,1,1,0,0" "$out/summary.csv" || { cat "$out/summary.csv"; fail "initiatives row"; }
grep -q "^links,11,15,8,7,3,4,36.3636363636363" "$out/summary.csv" || { cat "$out/summary.csv"; fail "links row"; }
grep -qx "participations,12,15,,,,3,25" "$out/summary.csv" || { cat "$out/summary.csv"; fail "participations row"; }
# Level links: mbo-hbo 2 (50%) -> 2 (50%), gained by P2, lost by P3; vo-mbo only in the added P5.
grep -qx "mbo-hbo,2,0.5,2,0.5,1,1,0,0,P2,P3" "$out/levels.csv" || { cat "$out/levels.csv"; fail "mbo-hbo row"; }
grep -qx "hbo-wo,0,0,1,0.25,1,0,0,0,P1," "$out/levels.csv" || { cat "$out/levels.csv"; fail "hbo-wo row"; }
grep -qx "vo-mbo,0,0,1,0.25,0,0,1,0,," "$out/levels.csv" || { cat "$out/levels.csv"; fail "vo-mbo row"; }
# Added organisations by initiatives, then id.
[ "$(cut -d, -f1 "$out/added.csv" | tr '\n' ' ')" = "id c4 c2 uni1 vo1 " ] || { cat "$out/added.csv"; fail "added order"; }
grep -qx "VO School,vo,ROC A,mbo,1,new institution,vo1,roc-a,P5" "$out/pairs.csv" || { cat "$out/pairs.csv"; fail "new pair"; }
# Text form: readable table, undefined growth shown as '-'.
grep -q "^university .* -$" "$out/table.txt" || { cat "$out/table.txt"; fail "undefined growth in text"; }
grep -q "1 by KvK, 2 by BRIN, 0 by PIC, 2 by id" "$out/table.txt" || { cat "$out/table.txt"; fail "match note"; }

# JSON: all nine tables, undefined growth as null, no NaN.
/usr/bin/python3 - "$out/all.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
names = [t["name"] for t in doc["tables"]]
assert names == ["diff_summary", "diff_by_type", "diff_level_links", "organisations_added", "organisations_lost",
                 "initiatives_added", "initiatives_lost", "institution_pairs_new", "institution_pairs_lost"], names
types = {r["type"]: r for r in doc["tables"][1]["rows"]}
assert types["university"]["growth_pct"] is None, types["university"]
assert types["mbo-school"]["growth_pct"] == -50, types["mbo-school"]
assert [r["id"] for r in doc["tables"][4]["rows"]] == ["c2", "roc2"]
assert doc["tables"][8]["rows"][0]["institution_a"] == "ROC Two"
assert doc["tables"][8]["rows"][0]["status"] == "institution gone"   # roc2 is not in new
assert "NaN" not in open(sys.argv[1]).read()
PY

# Years (README "years/"): exact 2019 -> 2021: organisations 2 -> 4, kept 1, added 3, lost 1, +100%;
# cumulative: 2 -> 6, +200%; companies 1 -> 3.
grep -qx "organisations,2,4,1,3,1,2,100" "$out/years.csv" || { cat "$out/years.csv"; fail "years row"; }
grep -qx "organisations,2,6,2,4,0,4,200" "$out/cum.csv" || { cat "$out/cum.csv"; fail "cumulative row"; }
grep -qx "companies (distinct),1,3,1,2,0,2,200" "$out/cum.csv" || { cat "$out/cum.csv"; fail "cumulative companies"; }
grep -q "up to 2019: 2 participations; up to 2021: 8 participations" "$out/cum.err" || { cat "$out/cum.err"; fail "years note"; }
"$ppsnet" diff "$data/years" --years 2019 2021 -q > "$out/years.txt"
grep -q "Change over time (2019 -> 2021)" "$out/years.txt" || { cat "$out/years.txt"; fail "years title"; }

# Exit codes: no dated participation -> 2 with a hint; NEW and --years together, neither, A > B, bad table -> 1.
set +e
"$ppsnet" diff "$data/undated" --years 2019 2021 -q > /dev/null 2> "$out/e1"; rc1=$?
"$ppsnet" diff "$data/old" "$data/new" --years 2019 2021 -q > /dev/null 2> "$out/e2"; rc2=$?
"$ppsnet" diff "$data/old" -q > /dev/null 2> "$out/e3"; rc3=$?
"$ppsnet" diff "$data/years" --years 2021 2019 -q > /dev/null 2> "$out/e4"; rc4=$?
"$ppsnet" diff "$data/old" "$data/new" --table nope -q > /dev/null 2> "$out/e5"; rc5=$?
"$ppsnet" diff "$data/old" "$data/missing" -q > /dev/null 2> "$out/e6"; rc6=$?
set -e
[ "$rc1" = 2 ] && grep -q "no participation" "$out/e1" && grep -q "ppsnet diff OLD NEW" "$out/e1" \
  || { cat "$out/e1"; fail "undated: rc $rc1"; }
[ "$rc2" = 1 ] && grep -q "not both" "$out/e2" || { cat "$out/e2"; fail "NEW and --years: rc $rc2"; }
[ "$rc3" = 1 ] && grep -q -- "--years" "$out/e3" || { cat "$out/e3"; fail "only OLD: rc $rc3"; }
[ "$rc4" = 1 ] || { cat "$out/e4"; fail "years in the wrong order: rc $rc4"; }
[ "$rc5" = 1 ] && grep -q -- "--table" "$out/e5" || { cat "$out/e5"; fail "unknown table: rc $rc5"; }
[ "$rc6" = 2 ] || { cat "$out/e6"; fail "missing NEW dataset: rc $rc6"; }
echo "cli_diff: ok"
