#!/usr/bin/env bash
# Set up, build with tests, and run every test headless through CTest. Non-zero on any failure.
# The ASan+UBSan preset runs too in CI (CI=true) or with CREDITLOOP_SANITIZE=1.
set -euo pipefail
cd "$(dirname "$0")"

installer/install-deps.sh build test
export QT_QPA_PLATFORM=offscreen

cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
ctest --preset ci -j"$(nproc)"

if [[ "${CREDITLOOP_SANITIZE:-0}" == "1" || "${CI:-}" == "true" ]]; then
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j"$(nproc)"
    ctest --preset asan -j"$(nproc)"
fi
