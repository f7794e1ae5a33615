#!/usr/bin/env bash
# End-to-end test of `ppsnet view` in a real browser (Debian's Chromium, driven by playwright-core from npm):
# a tiny dataset with hostile and non-ASCII names, then the built-in dataset at the default --max-nodes.
# viewer/test/browser_test.mjs fails on any console error, page error, alert, or network request; it checks that
# names are shown as text, search selects the node, clicking a node shows its details and links, filters and the
# colour switch work. Screenshots go to the build folder (next to the ppsnet binary): view_small.png, view_katapult.png.
# Args: ppsnet-binary source-dir shared-data-dir. Exit 77 (skip) without /usr/bin/chromium or playwright-core.
set -euo pipefail
ppsnet=$1; src=$2
tmp=$(mktemp -d)
# Exit codes (no browser needed): 1 usage, 2 data, 4 cannot write.
expect_rc() {
  local want=$1; shift
  set +e; "$@" >/dev/null 2>"$tmp/err"; local rc=$?; set -e
  [ "$rc" = "$want" ] || { echo "exit $rc, expected $want: $*"; cat "$tmp/err"; rm -rf "$tmp"; exit 1; }
}
expect_rc 1 "$ppsnet" view "$src/tests/data/analyze_small" --view ego --out "$tmp/x.html" -q
expect_rc 1 "$ppsnet" view "$src/tests/data/analyze_small" --view region --out "$tmp/x.html" -q
expect_rc 1 "$ppsnet" view "$src/tests/data/analyze_small" --max-nodes 20001 --out "$tmp/x.html" -q
expect_rc 2 "$ppsnet" view "$src/tests/data/analyze_small" --view ego --id NO-SUCH-ID --out "$tmp/x.html" -q
expect_rc 2 "$ppsnet" view "$src/tests/data/analyze_small" --view community --community 99 --out "$tmp/x.html" -q
expect_rc 4 "$ppsnet" view "$src/tests/data/analyze_small" --out "$tmp/no-such-folder/x.html" -q
expect_rc 0 "$ppsnet" view "$src/tests/data/analyze_small" --view ego --id HS1 --radius 2 --out "$tmp/ego.html" -q
grep -q 'Hogeschool Inholland' "$tmp/ego.html" || { echo "ego page lacks its centre"; exit 1; }
rm -rf "$tmp"
if [ ! -x /usr/bin/chromium ]; then
  echo "SKIP: /usr/bin/chromium is missing (apt-get install chromium, or bash scripts/setup.sh)"; exit 77
fi
if [ ! -d "$src/viewer/node_modules/playwright-core" ]; then
  echo "SKIP: $src/viewer/node_modules/playwright-core is missing (npm ci --prefix viewer)"; exit 77
fi
if ! command -v node >/dev/null; then echo "SKIP: node is missing (apt-get install nodejs)"; exit 77; fi
shots=$(dirname "$ppsnet")
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

# Tiny dataset (format v1, docs/formats.md). O1 is named like a script tag, I3 tries to close the data element,
# O2 and O4 have accents, an en dash, CJK characters and U+2028 (LINE SEPARATOR, which ends a line in older JS).
mkdir -p "$out/d"
ls_char=$(printf '\xe2\x80\xa8')
cat > "$out/d/initiatives.csv" <<CSV
id,name,kind,lead_organisation_id,municipality,corop,province,country,sectors,start_year
I1,Zorgcampus Zaanstreek,mbo,,Zaanstad,CR22,Noord-Holland,NL,,2018
I2,"CoE ""Techniek"" & Zorg &amp; meer",coe,,Haarlem,21,PV27,NL,,2017
I3,</script><script>alert(2)</script>,fieldlab,,,,,,,
CSV
cat > "$out/d/organisations.csv" <<CSV
id,name,type,municipality,corop,province,country,kvk,brin,pic,initiative_id,sectors
O1,<script>alert(1)</script>,company,Zaanstad,CR22,,NL,,,,,
O2,Bäckerei Zoë – Fryslân 北京,company,,,Fryslân,NL,,,,,
O3,Hogeschool Inholland,hogeschool,Haarlem,Agglomeratie Haarlem,,NL,,,,,
O4,Line${ls_char}Separator \\ backslash,government,,,,DE,,,,,
CSV
cat > "$out/d/participations.csv" <<CSV
initiative_id,organisation_id,role,year,contribution_eur
I1,O1,partner,2019,
I1,O2,partner,2019,
I1,O3,partner,2019,
I2,O1,partner,2018,
I2,O3,partner,2018,
I2,O4,partner,2018,
I3,O2,partner,2020,
I3,O4,partner,2020,
CSV

"$ppsnet" view "$out/d" --out "$out/small.html" --title '<b>Tiny</b> & "hostile"' --quiet
# The raw file: no hostile text outside the JSON escapes; the title HTML-escaped.
grep -q '<title>&lt;b&gt;Tiny&lt;/b&gt; &amp; &quot;hostile&quot;</title>' "$out/small.html" \
  || { echo "page title not HTML-escaped"; exit 1; }
[ "$(grep -c -i '<script' "$out/small.html")" = 3 ] || { echo "expected exactly 3 <script tags"; exit 1; }
[ "$(grep -c -i '</script' "$out/small.html")" = 3 ] || { echo "expected exactly 3 </script tags"; exit 1; }
if grep -q "$ls_char" "$out/small.html"; then echo "raw U+2028 in the page"; exit 1; fi
# Same input, same bytes.
"$ppsnet" view "$out/d" --out "$out/small2.html" --title '<b>Tiny</b> & "hostile"' --quiet
cmp "$out/small.html" "$out/small2.html" || { echo "two runs gave different pages"; exit 1; }

node "$src/viewer/test/browser_test.mjs" "$out/small.html" "$shots/view_small.png" '{
  "texts": ["<script>alert(1)</script>", "</script><script>alert(2)</script>", "Bäckerei Zoë – Fryslân 北京",
            "Line\u2028Separator \\ backslash", "CoE \"Techniek\" & Zorg &amp; meer"],
  "searches": [{"query": "alert(1)", "expect": "<script>alert(1)</script>"},
               {"query": "backerei zoe", "expect": "Bäckerei Zoë – Fryslân 北京"},
               {"query": "北京", "expect": "Bäckerei Zoë – Fryslân 北京"},
               {"query": "&amp;", "expect": "CoE \"Techniek\" & Zorg &amp; meer"}],
  "interact": true, "max_load_ms": 15000, "select_for_screenshot": "<script>alert(1)</script>"}'

# The built-in dataset at the default --max-nodes: must load within 20 s in headless Chromium.
"$ppsnet" view builtin:katapult --out "$out/katapult.html" --quiet
node "$src/viewer/test/browser_test.mjs" "$out/katapult.html" "$shots/view_katapult.png" '{
  "interact": true, "max_load_ms": 20000}'
echo "view_browser: ok (screenshots in $shots)"
