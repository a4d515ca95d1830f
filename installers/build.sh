#!/usr/bin/env bash
# Builds PayLyt's native packages for the operating system this runs on, with jpackage and a runtime trimmed
# by jlink, so users need no JDK:
#   Linux:   a .deb and a portable app image (.tar.gz)
#   macOS:   a .dmg
#   Windows: an .msi (needs WiX Toolset 3 on the PATH; run from Git Bash)
# Usage: ./installers/build.sh        Output: installers/target/packages/
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE="$ROOT/installers"
OUT="$HERE/target"

# The packages contain the desktop app, whose main class desktop-app/pom.xml names, and which starts its own
# embedded server. Without it, they contain the server alone, so the pipeline can still be checked.
DESKTOP_MAIN=$(sed -n 's:.*<paylyt.desktop.mainClass>\([^<]*\)</paylyt.desktop.mainClass>.*:\1:p' \
    "$ROOT/desktop-app/pom.xml")
if [[ -n "$DESKTOP_MAIN" ]]; then
    APP_MODULE=desktop-app
    MAIN_CLASS=$DESKTOP_MAIN
else
    APP_MODULE=server
    MAIN_CLASS=com.paylyt.server.cli.ServerCommand
fi

case "$(uname -s)" in
    Linux*) OS=linux; TYPES="app-image deb"; ICON=paylyt.png ;;
    Darwin*) OS=macos; TYPES="dmg"; ICON=paylyt.icns ;;
    MINGW* | MSYS* | CYGWIN*) OS=windows; TYPES="msi"; ICON=paylyt.ico ;;
    *) echo "Unsupported operating system: $(uname -s)" >&2; exit 1 ;;
esac

# Converts a path for the JDK tools, which on Windows expect C:/... rather than Git Bash's /c/...
native_path() {
    if command -v cygpath > /dev/null; then cygpath -m "$1"; else printf '%s' "$1"; fi
}

jdk_tool() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then
        printf '%s' "$JAVA_HOME/bin/$1"
    elif command -v "$1" > /dev/null; then
        command -v "$1"
    else
        echo "$1 not found: install a full JDK 17 or newer and set JAVA_HOME" >&2
        exit 1
    fi
}

# A .deb needs fakeroot and dpkg-deb. Install them on Debian and Ubuntu when they are missing.
ensure_deb_tools() {
    if command -v fakeroot > /dev/null && command -v dpkg-deb > /dev/null; then
        return
    fi
    local sudo=""
    if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
    echo "Installing fakeroot and dpkg-dev for the .deb build"
    $sudo apt-get update -q
    $sudo apt-get install -y -q fakeroot dpkg-dev
}

# The project version from the root pom, whose first <version> element is the project's own.
VERSION=$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)
if [[ ! "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    echo "The pom version '$VERSION' is not MAJOR.MINOR.PATCH, which jpackage requires" >&2
    exit 1
fi
PACKAGE_VERSION=$VERSION
if [[ $OS == macos && $VERSION == 0.* ]]; then
    # jpackage on macOS rejects an app version whose first number is 0 (CFBundleVersion rule), so 0.y.z is
    # packaged as 1.y.z. The app itself still reports the pom version.
    PACKAGE_VERSION="1.${VERSION#0.}"
fi

JLINK=$(jdk_tool jlink)
JPACKAGE=$(jdk_tool jpackage)
JAVA=$(jdk_tool java)
if [[ $TYPES == *deb* ]]; then ensure_deb_tools; fi

echo "Building PayLyt $VERSION for $OS ($TYPES) from $APP_MODULE"
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/packages"

if [[ $APP_MODULE == server ]]; then
    (cd "$ROOT" && ./mvnw -B -q -ntp -pl server -am -DskipTests package)
    APP_JAR=paylyt-server.jar
    cp "$ROOT/server/target/$APP_JAR" "$OUT/input/"
else
    # Maven resolves the JavaFX jars for the system it runs on, with that system's native libraries, which is
    # one reason every OS builds its own package.
    (cd "$ROOT" && ./mvnw -B -q -ntp -pl "$APP_MODULE" -am -DskipTests package \
        dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$(native_path "$OUT/input")")
    APP_JAR="$APP_MODULE-$VERSION.jar"
    cp "$ROOT/$APP_MODULE/target/$APP_JAR" "$OUT/input/"

    # JavaFX goes into the runtime as modules, the configuration JavaFX supports, instead of onto the class
    # path. The jars with a platform classifier (javafx-base-21.0.11-linux.jar) are the modules; the ones
    # without a classifier are empty.
    mkdir -p "$OUT/javafx"
    for jar in "$OUT"/input/javafx-*.jar; do
        if [[ $(basename "$jar") =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\.jar$ ]]; then
            mv "$jar" "$OUT/javafx/"
        else
            rm "$jar"
        fi
    done
    JAVAFX_MODULES=$(ls "$OUT/javafx" | sed -E 's/^javafx-([a-z]+)-.*/javafx.\1/' | sort -u | paste -sd , -)
fi
echo "Packaging $APP_JAR (main class $MAIN_CLASS) with $(ls "$OUT/input" | wc -l | tr -d ' ') jars"

"$JAVA" "$(native_path "$HERE/icons/IconGenerator.java")" "$(native_path "$OUT/icons")"

MODULES=$(grep -v '^#' "$HERE/jpackage/modules.txt" | tr -d '[:space:]')
javafx_args=()
if [[ -n "${JAVAFX_MODULES:-}" ]]; then
    MODULES="$MODULES,$JAVAFX_MODULES"
    javafx_args=(--module-path "$(native_path "$OUT/javafx")")
fi
echo "Linking a runtime with $MODULES"
"$JLINK" ${javafx_args[@]+"${javafx_args[@]}"} --add-modules "$MODULES" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$(native_path "$OUT/runtime")"

for type in $TYPES; do
    # common.args applies to every type. The OS file contains installer options, which app images reject.
    installer_args=()
    if [[ $type != app-image ]]; then installer_args=("@$(native_path "$HERE/jpackage/$OS.args")"); fi
    if [[ $type == deb && $APP_MODULE != server ]]; then
        # JavaFX unpacks its native libraries at run time, so jpackage cannot see that they need GTK 3.
        installer_args+=(--linux-package-deps libgtk-3-0)
    fi
    "$JPACKAGE" \
        "@$(native_path "$HERE/jpackage/common.args")" \
        ${installer_args[@]+"${installer_args[@]}"} \
        --type "$type" \
        --app-version "$PACKAGE_VERSION" \
        --input "$(native_path "$OUT/input")" \
        --main-jar "$APP_JAR" \
        --main-class "$MAIN_CLASS" \
        --runtime-image "$(native_path "$OUT/runtime")" \
        --icon "$(native_path "$OUT/icons/$ICON")" \
        --dest "$(native_path "$OUT/packages")"
done

if [[ $OS == linux ]]; then
    tar -C "$OUT/packages" -czf "$OUT/packages/paylyt-$VERSION-linux-x64.tar.gz" PayLyt
fi

echo "Packages in $OUT/packages:"
ls -l "$OUT/packages"
