#!/usr/bin/env bash
# Runs the whole test suite (unit + integration) through ctest.
#   bash scripts/test.sh               # on build/
#   bash scripts/test.sh --sanitize    # on build-asan/ (AddressSanitizer + UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=build
[ "${1:-}" = "--sanitize" ] && build_dir=build-asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
shared=$(sed -n 's/^PPSNET_SHARED_DATA_DIR:PATH=//p' "$build_dir/CMakeCache.txt" 2>/dev/null)
if [ -n "$shared" ] && [ ! -d "$shared" ]; then
  echo "test.sh: note: real data folder $shared not found: the tests on real data (CORDIS, DUO, CBS) are" \
       "skipped. Configure with -DPPSNET_SHARED_DATA_DIR=/path/to/shared/data/raw to run them." >&2
fi
ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)"
