#!/usr/bin/env bash
# Measures the desktop app under Xvfb: milliseconds from launch until the sign-in screen is shown, and its
# resident memory, embedded server included, after it has been idle for a while. Writes a JSON object to the
# file given as $1; when the app or Xvfb is missing it writes {"skipped": REASON}.
#
# The app starts from bench/target/classpath.txt (bench/run.sh builds it), or from the whole command given in
# PAYLYT_DESKTOP_CMD. The sign-in screen counts as shown when the PayLyt window is mapped and the app has
# logged that its embedded server started, which is the moment it navigates from "Connecting" to sign-in.
# NOTE: the script does not drive the sign-in and escrow flow through the UI, so the memory figure is taken
# after launch plus PAYLYT_DESKTOP_SETTLE_SECONDS (default 10), not after a whole flow.
set -euo pipefail

out=${1:?usage: bench/desktop.sh RESULT_JSON}
cd "$(dirname "$0")/.."

skip() {
    printf '{"skipped": "%s"}\n' "$1" > "$out"
    echo "desktop: not measured: $1"
    exit 0
}

classpath_file=bench/target/classpath.txt
app_command=${PAYLYT_DESKTOP_CMD:-}
if [[ -z "$app_command" ]]; then
    [[ -f "$classpath_file" ]] && grep -q desktop-app "$classpath_file" \
        || skip "no desktop app in $classpath_file; run bench/run.sh, which builds it"
    app_command="java -cp $(cat "$classpath_file") com.paylyt.desktop.Launcher"
fi
command -v Xvfb > /dev/null || skip "Xvfb is not installed (apt-get install -y xvfb x11-utils)"
command -v xwininfo > /dev/null || skip "xwininfo is not installed (apt-get install -y x11-utils)"

display=:${PAYLYT_BENCH_DISPLAY:-97}
settle=${PAYLYT_DESKTOP_SETTLE_SECONDS:-10}
data_dir=$(mktemp -d)
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
xvfb_pid=$!
app_pid=
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2> /dev/null || true
    kill "$xvfb_pid" 2> /dev/null || true
    rm -rf "$data_dir"
}
trap cleanup EXIT
for _ in $(seq 50); do
    DISPLAY=$display xwininfo -root > /dev/null 2>&1 && break
    sleep 0.1
done

# A free port, so that the app starts its own server instead of using one that another program runs on 3000.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=bench/target/desktop-app.log
start_ms=$(date +%s%3N)
DISPLAY=$display PAYLYT_DATA_DIR=$data_dir PAYLYT_PORT=$port $app_command > "$log" 2>&1 &
app_pid=$!
shown_ms=
deadline=$((start_ms + 60000))
while (( $(date +%s%3N) < deadline )); do
    if grep -q 'Started the embedded PayLyt server' "$log" \
            && DISPLAY=$display xwininfo -root -children 2> /dev/null | grep -q '"PayLyt"'; then
        shown_ms=$(date +%s%3N)
        break
    fi
    kill -0 "$app_pid" 2> /dev/null || skip "the desktop app exited before showing a window; see bench/target/desktop-app.log"
    sleep 0.02
done
[[ -n "$shown_ms" ]] || skip "no PayLyt window within 60 s; see bench/target/desktop-app.log"

sleep "$settle"
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
printf '{"sign_in_screen_ms": %d, "rss_mib": %.1f, "settle_seconds": %d}\n' \
    $((shown_ms - start_ms)) "$(echo "$rss_kib / 1024" | bc -l)" "$settle" > "$out"
cat "$out"
