#!/usr/bin/env bash
# Sets up what the tests need (scripts/setup.sh --tests: test packages, the test and benchmark targets) and runs
# the whole test suite (GoogleTest unit tests and CLI integration tests) through ctest.
#   bash scripts/test.sh               # on build/
#   bash scripts/test.sh --sanitize    # on build-asan/ (AddressSanitizer + UBSan)
# Tests that need the real data in ../shared/data/raw skip (with a note) when it is absent; no test skips for a
# missing tool: setup installs them all, and this script stops with a clear message when one is still missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=build
setup_flags=(--tests)
if [ "${1:-}" = "--sanitize" ]; then build_dir=build-asan; setup_flags+=(--sanitize); fi
bash scripts/setup.sh "${setup_flags[@]}"

# The reference tools and the browser test's driver, checked here so that nothing fails obscurely later.
problems=()
/usr/bin/python3 -c "import networkx, igraph, numpy, scipy" 2>/dev/null \
  || problems+=("python3 cannot import networkx, igraph, numpy and scipy (apt-get install python3-networkx python3-igraph python3-numpy python3-scipy)")
[ -x /usr/bin/chromium ] || problems+=("/usr/bin/chromium is missing (apt-get install chromium)")
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$node_major" -ge 18 ] || problems+=("Node.js 18 or newer is needed for the browser test, found '$(node --version 2>&1 || true)' (apt-get install nodejs)")
[ -d viewer/node_modules/playwright-core ] || problems+=("viewer/node_modules/playwright-core is missing (npm ci --prefix viewer)")
if [ ${#problems[@]} -gt 0 ]; then
  printf 'test.sh: cannot run every test:\n' >&2; printf '  - %s\n' "${problems[@]}" >&2; exit 1
fi

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
shared=$(sed -n 's/^PPSNET_SHARED_DATA_DIR:PATH=//p' "$build_dir/CMakeCache.txt" 2>/dev/null)
if [ -n "$shared" ] && [ ! -d "$shared" ]; then
  echo "test.sh: note: real data folder $shared not found: the tests on real data (CORDIS, DUO, CBS) are" \
       "skipped. Configure with -DPPSNET_SHARED_DATA_DIR=/path/to/shared/data/raw to run them." >&2
fi
ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)"
