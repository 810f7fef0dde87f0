#!/usr/bin/env bash
# Set up, build (Release), create the demo database on first run, and start CreditLoop.
# Without a display it says so and runs the headless main job instead: the dashboard as a PDF report.
set -euo pipefail
cd "$(dirname "$0")"

installer/install-deps.sh build run
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"

bin=build/release/app
# The database lives in the user's data folder unless CREDITLOOP_DB names another file.
db_args=()
[[ -n "${CREDITLOOP_DB:-}" ]] && db_args=(--db "$CREDITLOOP_DB")

if ! "$bin/creditloop-cli" "${db_args[@]}" summary >/dev/null 2>&1; then
    echo "First run: creating the demo database (demo users clerk, supervisor, enforcer, manager, admin; password demo1234)."
    "$bin/creditloop-cli" "${db_args[@]}" init --demo
fi

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$bin/creditloop" "${db_args[@]}" "$@"
fi
echo "No display available (DISPLAY and WAYLAND_DISPLAY are unset): running the headless main job instead:"
echo "the traffic-light dashboard as a PDF report (creditloop-cli report dashboard)."
"$bin/creditloop-cli" "${db_args[@]}" summary
report_dir=${CREDITLOOP_REPORT_DIR:-$PWD/build/reports}
mkdir -p "$report_dir"
report="$report_dir/dashboard-$(date +%F).pdf"
"$bin/creditloop-cli" "${db_args[@]}" --lang zh_CN report dashboard --out "$report"
echo "Dashboard report (PDF): $report"
