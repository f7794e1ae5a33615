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
ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)"
