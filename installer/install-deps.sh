#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages CreditLoop needs to build, test and run, and says which.
# Usage: installer/install-deps.sh [build|test|run]...   (default: build)
set -euo pipefail

build_pkgs=(cmake g++ make pkg-config dpkg-dev file ccache
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev libsodium-dev libzip-dev libxlsxwriter-dev libxkbcommon-dev
    fonts-wqy-microhei)
test_pkgs=(sqlite3 xvfb xauth poppler-utils)
run_pkgs=(qt6-qpa-plugins libqt6sql6-sqlite fonts-wqy-microhei)

wanted=()
for set in "${@:-build}"; do
    case "$set" in
        build) wanted+=("${build_pkgs[@]}") ;;
        test) wanted+=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
        run) wanted+=("${run_pkgs[@]}") ;;
        *) echo "install-deps.sh: unknown set '$set' (build, test, run)" >&2; exit 2 ;;
    esac
done

missing=()
for p in $(printf '%s\n' "${wanted[@]}" | sort -u); do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "All required packages are installed."
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "Not root and no sudo: please install as root: apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
