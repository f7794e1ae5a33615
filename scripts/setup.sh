#!/usr/bin/env bash
# Installs ppsnet's Debian packages (as root, on Debian 12) and builds it.
#   bash scripts/setup.sh                     # the CLI only (build/ppsnet): what `analyze` needs, a few minutes
#   bash scripts/setup.sh --tests             # also the test tools (GoogleTest, NetworkX, python-igraph, NumPy,
#                                             #   SciPy, Chromium, playwright-core) and every target: tests, benchmarks
#   bash scripts/setup.sh --tests --sanitize  # the same as an AddressSanitizer + UBSan build in build-asan/
# scripts/test.sh runs `setup.sh --tests` itself, so `bash scripts/setup.sh && bash scripts/test.sh` sets up
# everything. Each step is skipped when already done (installed packages, node_modules, an up-to-date build).
set -euo pipefail
cd "$(dirname "$0")/.."

tests=0 sanitize=0
for arg in "$@"; do
  case "$arg" in
    --tests) tests=1 ;;
    --sanitize) sanitize=1 ;;
    *) echo "setup.sh: unknown option '$arg' (use --tests and/or --sanitize)" >&2; exit 1 ;;
  esac
done

# What the CLI needs to build and run (Graphviz lays out the pictures, Node.js/npm bring Cytoscape.js for the viewer).
packages=(cmake g++ make pkg-config ccache
  libigraph-dev rapidjson-dev libgraphviz-dev graphviz libcli11-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev nodejs npm)
# What the tests need on top: the reference tools the expected numbers come from (tests/reference/*.py import
# networkx, igraph, numpy; NetworkX's pagerank and eigenvector_centrality_numpy import scipy) and the browser test.
if [ "$tests" = 1 ]; then
  packages+=(libgtest-dev libboost-graph-dev xz-utils python3 python3-networkx python3-igraph python3-numpy python3-scipy chromium)
fi
missing=()
for p in "${packages[@]}"; do
  # A Node.js from another source (nodesource's nodejs package holds npm too) counts as present.
  case "$p" in nodejs|npm) command -v node >/dev/null && command -v npm >/dev/null && continue ;; esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "setup: packages installed after ${SECONDS} s" >&2
fi

# The interactive viewer (ppsnet view) embeds Cytoscape.js from npm; the browser test drives Chromium with
# playwright-core (both pinned in viewer/package-lock.json; playwright-core 1.61 is the last that runs on
# Debian 12's Node.js 18).
stamp=viewer/node_modules/.ppsnet-npm-ci
if [ ! -f "$stamp" ] || [ viewer/package-lock.json -nt "$stamp" ]; then
  echo "setup: npm ci --prefix viewer" >&2
  npm ci --prefix viewer --no-audit --no-fund >/dev/null
  touch "$stamp"
  echo "setup: npm packages installed after ${SECONDS} s" >&2
fi

build_dir=build
on_off=(OFF ON)
flags=(-DCMAKE_BUILD_TYPE=Release -DPPSNET_BUILD_TESTS="${on_off[$tests]}" -DPPSNET_BUILD_BENCH="${on_off[$tests]}")
if [ "$sanitize" = 1 ]; then
  build_dir=build-asan
  flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DPPSNET_SANITIZE=ON -DPPSNET_BUILD_TESTS="${on_off[$tests]}" -DPPSNET_BUILD_BENCH=OFF)
fi
if command -v ccache >/dev/null; then
  flags+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  # Paths below the source folder are hashed relative to it, so a fresh clone elsewhere (CI) reuses the cache.
  export CCACHE_BASEDIR=$PWD
fi
cmake -S . -B "$build_dir" "${flags[@]}" >/dev/null
if [ "$tests" = 1 ]; then
  cmake --build "$build_dir" -j"$(nproc)"
else
  cmake --build "$build_dir" -j"$(nproc)" --target ppsnet
fi
echo "setup: built after ${SECONDS} s" >&2
