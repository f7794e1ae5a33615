#!/usr/bin/env bash
# Installs ppsnet's Debian packages (as root, on Debian 12) and builds it into build/.
#   bash scripts/setup.sh               # release build in build/
#   bash scripts/setup.sh --sanitize    # AddressSanitizer + UBSan build in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config
  libboost-graph-dev libigraph-dev rapidjson-dev libgtest-dev libgraphviz-dev graphviz libcli11-dev
  libcsv-dev libcmark-gfm-dev libcmark-gfm-extensions-dev python3-networkx python3-igraph chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build_dir=build
flags=(-DCMAKE_BUILD_TYPE=Release)
if [ "${1:-}" = "--sanitize" ]; then
  build_dir=build-asan
  flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DPPSNET_SANITIZE=ON -DPPSNET_BUILD_BENCH=OFF)
fi
# The interactive viewer (ppsnet view) embeds Cytoscape.js from npm (versions pinned in viewer/package-lock.json).
if ! command -v npm >/dev/null; then
  echo "setup: installing nodejs npm" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
if [ ! -d viewer/node_modules ] || [ viewer/package-lock.json -nt viewer/node_modules ]; then
  echo "setup: npm ci --prefix viewer" >&2
  npm ci --prefix viewer --no-audit --no-fund >/dev/null
fi
cmake -S . -B "$build_dir" "${flags[@]}" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
