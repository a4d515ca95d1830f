#!/usr/bin/env bash
# Installs the .deb from installers/build.sh into a scratch root with dpkg-deb -x, so the system is not
# changed, and checks the launcher, runtime and desktop menu entry. It then starts the installed launcher on a
# free loopback port, under a virtual display when the package is the desktop app, and waits for
# GET /api/health to return "ok". At exit it stops the app and deletes the scratch root.
# Usage: ./installers/check-deb.sh [PACKAGE.deb]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEB=${1:-$(ls "$ROOT"/installers/target/packages/paylyt_*.deb 2> /dev/null | head -n 1)}
if [[ -z "$DEB" || ! -f "$DEB" ]]; then
    echo "No .deb found: run ./installers/build.sh first, or pass the package path" >&2
    exit 1
fi
STARTUP_SECONDS=${STARTUP_SECONDS:-90}

SCRATCH=$(mktemp -d)
APP_PID=""
XVFB_PID=""
stop_process() {
    if [[ -n "$1" ]] && kill -0 "$1" 2> /dev/null; then
        kill "$1"
        wait "$1" 2> /dev/null || true
    fi
}
cleanup() {
    stop_process "$APP_PID"
    stop_process "$XVFB_PID"
    rm -rf "$SCRATCH"
}
trap cleanup EXIT

fail() {
    echo "FAILED: $*" >&2
    if [[ -f "$SCRATCH/app.log" ]]; then
        echo "--- app log ---" >&2
        tail -n 40 "$SCRATCH/app.log" >&2
    fi
    exit 1
}

echo "Checking $DEB ($(du -h "$DEB" | cut -f1))"
dpkg-deb --field "$DEB" Package Version | sed 's/^/  /'
dpkg-deb -x "$DEB" "$SCRATCH/root"
INSTALL="$SCRATCH/root/opt/paylyt"

LAUNCHER="$INSTALL/bin/PayLyt"
[[ -x "$LAUNCHER" ]] || fail "the launcher $LAUNCHER is missing or not executable"
[[ -x "$INSTALL/lib/runtime/bin/java" ]] || fail "the package has no bundled Java runtime"

# jpackage writes the menu entry into lib/, and the package's postinst registers it with xdg-desktop-menu.
DESKTOP="$INSTALL/lib/paylyt-PayLyt.desktop"
[[ -f "$DESKTOP" ]] || fail "the desktop menu entry $DESKTOP is missing"
grep -q '^Exec=/opt/paylyt/bin/PayLyt' "$DESKTOP" || fail "the menu entry does not start /opt/paylyt/bin/PayLyt"
grep -q '^Icon=/opt/paylyt/lib/PayLyt.png' "$DESKTOP" || fail "the menu entry has no PayLyt icon"
[[ -f "$INSTALL/lib/PayLyt.png" ]] || fail "the icon file is missing"
dpkg-deb -I "$DEB" postinst | grep -q 'xdg-desktop-menu install' \
    || fail "postinst does not register the menu entry"
echo "  launcher, runtime, icon and menu entry present"

# The desktop app needs a display. Without one, it gets a virtual X server (Xvfb) of its own.
if "$INSTALL/lib/runtime/bin/java" --list-modules | grep -q '^javafx.graphics' && [[ -z "${DISPLAY:-}" ]]; then
    if ! command -v Xvfb > /dev/null; then
        echo "Installing xvfb to give the desktop app a virtual display"
        if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=""; fi
        $SUDO apt-get update -q
        $SUDO apt-get install -y -q xvfb
    fi
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$SCRATCH/display" 2> "$SCRATCH/xvfb.log" &
    XVFB_PID=$!
    for _ in $(seq 1 20); do
        if [[ -s "$SCRATCH/display" ]]; then break; fi
        sleep 0.5
    done
    [[ -s "$SCRATCH/display" ]] || fail "Xvfb did not start: $(cat "$SCRATCH/xvfb.log")"
    export DISPLAY=":$(head -n 1 "$SCRATCH/display")"
    echo "  started Xvfb on display $DISPLAY"
fi

# The server and the desktop app both read these variables. Port 0 makes the server pick a free port, which
# it logs in its start-up line.
mkdir -p "$SCRATCH/data"
: > "$SCRATCH/app.log"
PAYLYT_HOST=127.0.0.1 PAYLYT_PORT=0 PAYLYT_DATA_DIR="$SCRATCH/data" "$LAUNCHER" > "$SCRATCH/app.log" 2>&1 &
APP_PID=$!

BASE_URL=""
for _ in $(seq 1 "$STARTUP_SECONDS"); do
    kill -0 "$APP_PID" 2> /dev/null || fail "the installed app exited during start-up"
    BASE_URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*/api' "$SCRATCH/app.log" | head -n 1 || true)
    if [[ -n "$BASE_URL" ]]; then break; fi
    sleep 1
done
[[ -n "$BASE_URL" ]] || fail "the app did not report a listening address within $STARTUP_SECONDS s"

HEALTH=$(curl -fsS --max-time 10 "$BASE_URL/health") || fail "GET $BASE_URL/health failed"
echo "  GET $BASE_URL/health -> $HEALTH"
[[ "$HEALTH" == *'"status":"ok"'* ]] || fail "the health response is not ok"

stop_process "$APP_PID"
APP_PID=""
echo "OK: the installed package started and answered /api/health; scratch root removed"
