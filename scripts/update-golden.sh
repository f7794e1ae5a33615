#!/usr/bin/env bash
# Regenerates the exporters' golden files (tests/data/exporters/) from the current code, then shows the diff.
# Review the diff: a golden file is only right when the change in it is intended.
#   bash scripts/update-golden.sh [build-dir]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
cmake --build "$build_dir" --target test_exporters -j"$(nproc)"
PPSNET_UPDATE_GOLDEN=1 "$build_dir/tests/test_exporters" --gtest_filter='*MatchesGolden*'
"$build_dir/tests/test_exporters"   # everything must pass against the new files
git --no-pager diff --stat -- tests/data/exporters/
echo "Review with: git diff -- tests/data/exporters/"
