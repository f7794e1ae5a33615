#!/usr/bin/env bash
# The installed library works for another program: `cmake --install` into a fresh prefix, then
# examples/consumer (a separate CMake project: find_package(ppsnet)) is configured, built and run on
# tests/data/analyze_small, and the same program is built once more with pkg-config (ppsnet.pc). Its answers
# must equal the CLI's: the 3 initiatives most similar to MBO1 (ids and shared partners) and the betweenness
# top 5 (ids, values to 1e-6). Skips (77) in the sanitizer build, whose libraries need the sanitizer runtime.
set -euo pipefail
ppsnet=$1; src=$2
build=$(dirname "$ppsnet")
if grep -q '^PPSNET_SANITIZE:BOOL=ON' "$build/CMakeCache.txt"; then
  echo "skip: sanitizer build (the installed static libraries need -fsanitize in the program too)"; exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
data=$src/tests/data/analyze_small
cmake --install "$build" --prefix "$tmp/prefix" > "$tmp/install.log"
for f in include/ppsnet/query/centrality.hpp include/ppsnet/error.hpp lib/libppsnet_engine.a \
         lib/cmake/ppsnet/ppsnetConfig.cmake lib/cmake/ppsnet/ppsnetConfigVersion.cmake lib/pkgconfig/ppsnet.pc bin/ppsnet; do
  [ -e "$tmp/prefix/$f" ] || { echo "install_consumer: $f was not installed"; exit 1; }
done
cmake -S "$src/examples/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" -DCMAKE_BUILD_TYPE=Release \
  > "$tmp/configure.log" || { cat "$tmp/configure.log"; exit 1; }
cmake --build "$tmp/consumer" > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
"$tmp/consumer/ppsnet_consumer" "$data" MBO1 > "$tmp/consumer.out"

# The CLI's answers to the same questions.
"$ppsnet" similar "$data" MBO1 --top 3 --format csv -q > "$tmp/similar.csv"
"$ppsnet" centrality "$data" -m betweenness --top 5 --format csv -q > "$tmp/centrality.csv"
col() { head -n 1 "$1" | tr ',' '\n' | grep -nx "$2" | cut -d: -f1; }
want_similar=$(awk -F, -v a="$(col "$tmp/similar.csv" similar_id)" -v b="$(col "$tmp/similar.csv" shared_partners)" \
  'NR > 1 {print $a "," $b}' "$tmp/similar.csv")
got_similar=$(awk -F, '/^similar_id/ {s=1; next} /^id,/ {s=0} s {print $1 "," $3}' "$tmp/consumer.out")
[ "$want_similar" = "$got_similar" ] || { echo "similar differs: CLI"; echo "$want_similar"; echo "consumer"; echo "$got_similar"; exit 1; }
paste -d, <(awk -F, 'NR > 1 {print $1 "," $4}' "$tmp/centrality.csv") \
          <(awk -F, '/^id,betweenness/ {s=1; next} s {print $1 "," $2}' "$tmp/consumer.out") |
  awk -F, '{ if ($1 != $3) bad = bad "id " $1 " vs " $3 "\n";
             d = $2 - $4; if (d < 0) d = -d; if (d > 1e-6 * ($2 < 0 ? -$2 : $2) + 1e-9) bad = bad $1 ": " $2 " vs " $4 "\n"; n++ }
           END { if (n != 5 || bad != "") { printf "betweenness differs (%d rows)\n%s", n, bad; exit 1 } }'

# The same program with pkg-config instead of CMake.
PKG_CONFIG_PATH="$tmp/prefix/lib/pkgconfig" c++ -O1 -o "$tmp/consumer_pc" "$src/examples/consumer/main.cpp" \
  $(PKG_CONFIG_PATH="$tmp/prefix/lib/pkgconfig" pkg-config --cflags --libs ppsnet) > "$tmp/pc.log" 2>&1 \
  || { cat "$tmp/pc.log"; echo "install_consumer: the pkg-config build failed"; exit 1; }
"$tmp/consumer_pc" "$data" MBO1 | cmp - "$tmp/consumer.out" || { echo "pkg-config build answers differently"; exit 1; }
echo "install_consumer: ok (CMake package and pkg-config; answers equal the CLI's)"
