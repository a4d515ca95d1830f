#!/usr/bin/env bash
# Installs the .deb from installers/build.sh into a scratch root with dpkg-deb -x, so the system is not
# changed, and checks the launcher, runtime and desktop menu entry. It then starts the installed launcher
# headless on a free loopback port and waits for GET /api/health to return "ok". At exit it stops the app and
# deletes the scratch root.
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
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2> /dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2> /dev/null || true
    fi
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

# Port 0 makes the server pick a free port, which it logs in its start-up line.
mkdir -p "$SCRATCH/data"
"$LAUNCHER" --host 127.0.0.1 --port 0 --data-dir "$SCRATCH/data" > "$SCRATCH/app.log" 2>&1 &
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

kill "$APP_PID"
wait "$APP_PID" 2> /dev/null || true
APP_PID=""
echo "OK: the installed package started and answered /api/health; scratch root removed"
