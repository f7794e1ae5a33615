#!/usr/bin/env bash
# Makes the golden archive of tests/integration/same_answers.sh from a ppsnet binary built from an older commit:
#   git worktree add /tmp/old COMMIT && (cd /tmp/old && cmake -S . -B build -DPPSNET_BUILD_TESTS=OFF && cmake --build build --target ppsnet)
#   bash tests/same_answers/make_golden.sh /tmp/old/build/ppsnet COMMIT
# writes tests/data/same_answers/COMMIT.tar.xz (builtin/ and cordis_nl/: the outputs of run.sh). Made once, for
# the commit before a refactoring that must not change any answer; the test names the archive it compares with.
set -euo pipefail
ppsnet=$1; commit=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "$src/../shared/data/raw" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bash "$src/tests/same_answers/run.sh" "$ppsnet" "$shared" "$tmp"
(cd "$tmp" && tar cf - --sort=name --owner=0 --group=0 --mtime=2026-12-08 builtin cordis_nl) | xz -9 \
  > "$src/tests/data/same_answers/$commit.tar.xz"
echo "wrote tests/data/same_answers/$commit.tar.xz"
