#!/usr/bin/env bash
# Saves a PNG of each main screen of the desktop app into docs/screenshots/.
#
# Starts Xvfb, runs ScreenshotWalkTest in a real (GTK) window against an embedded server on a free
# port with a fresh temporary data dir, then stops Xvfb. Installs Xvfb and the GTK libraries JavaFX needs
# with apt-get when they are missing (Debian or Ubuntu, as root).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/docs/screenshots"

install_missing() {
    local packages=()
    command -v Xvfb >/dev/null || packages+=(xvfb)
    ldconfig -p | grep -q 'libgtk-3.so.0' || packages+=(libgtk-3-0)
    ldconfig -p | grep -q 'libGL.so.1' || packages+=(libgl1)
    ldconfig -p | grep -q 'libXtst.so.6' || packages+=(libxtst6)
    fc-list 2>/dev/null | grep -qi dejavu || packages+=(fonts-dejavu-core)
    if ((${#packages[@]})); then
        echo "Installing ${packages[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
    fi
}

free_display() {
    local display=90
    while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
        display=$((display + 1))
    done
    echo "$display"
}

install_missing
display="$(free_display)"
Xvfb ":$display" -screen 0 1440x960x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
sleep 1

mkdir -p "$out"
cd "$root"
DISPLAY=":$display" ./mvnw -q -pl desktop-app -am test -Pscreenshots \
    -Dtest=ScreenshotWalkTest -Dsurefire.failIfNoSpecifiedTests=false -Dpaylyt.screenshots.dir="$out"
echo "Saved screenshots in $out:"
ls -1 "$out"
