#!/usr/bin/env bash
# Smoke test of the Linux installer, as a plant's IT would try it (CI runs it after the tests):
#   1. build the app image and the .deb (installer/build.sh, AOT cache included);
#   2. install the .deb with apt, which brings the system libraries it declares;
#   3. start the installed launcher under Xvfb as a user with a fresh home: it must reach the
#      login window, open the demo plant on the embedded PostgreSQL, show the first dashboard and
#      close, with no ERROR in its log and with its classes coming from the AOT cache;
#   4. uninstall, reinstall and upgrade (a second .deb, one patch version up): the user's settings
#      and demo plant must survive each, and the app must still start;
#   5. purge: nothing of the package is left on the system, the user's data stays.
# Needs root (or sudo) for apt. Usage: installer/smoke-test.sh [--skip-build]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
say() { echo "smoke-test: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

# --- 1. build ------------------------------------------------------------------------------------
if [ "${1:-}" = "--skip-build" ]; then
  installer/build.sh --skip-build --types "app-image deb"
else
  installer/build.sh --types "app-image deb"
fi
DEB=$(ls installer/target/dist/plantdesk_*_amd64.deb | head -1)
VERSION=$(dpkg-deb -f "$DEB" Version)
say "package: $DEB ($(du -h "$DEB" | cut -f1))"

# --- 2. install ----------------------------------------------------------------------------------
# A desktop has these menu folders; a minimal server image does not, and the package's postinst
# (xdg-desktop-menu) refuses to run without them.
$SUDO mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus
$SUDO apt-get remove -y -qq plantdesk >/dev/null 2>&1 || true
install_deb() {
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$ROOT/$1" >/dev/null \
    || fail "apt could not install $1"
}
install_deb "$DEB"
LAUNCHER=/opt/plantdesk/bin/Plantdesk
[ -x "$LAUNCHER" ] || fail "no launcher at $LAUNCHER"
[ -f /usr/share/applications/plantdesk-Plantdesk.desktop ] || fail "no menu entry"
[ -s /opt/plantdesk/lib/app/plantdesk.aot ] || fail "no AOT cache in the installed image"
[ "$(dpkg-query -W -f='${Version}' plantdesk)" = "$VERSION" ] || fail "dpkg does not report version $VERSION"

# --- 3. start it, as a user with a fresh home ----------------------------------------------------
WORK=$(mktemp -d)
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The user's own settings (dark theme, a port of their choosing): they must survive what follows,
# and the app must keep reading them (the embedded server comes up on this port).
mkdir -p "$XDG_CONFIG_HOME/plantdesk"
printf 'theme=dark\nmode=floor\nembedded.port=%s\n' "$PORT" > "$XDG_CONFIG_HOME/plantdesk/settings.properties"
SETTINGS_SUM=$(sha256sum "$XDG_CONFIG_HOME/plantdesk/settings.properties" | cut -d' ' -f1)
LOG=$XDG_DATA_HOME/plantdesk/logs/plantdesk.log

start_app() { # $1: label
  local before=0
  [ -f "$LOG" ] && before=$(wc -l < "$LOG")
  PLANTDESK_STARTUP_PROBE=dashboard JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$WORK/classes-$1.log" \
    timeout 240 xvfb-run -a -s "-screen 0 1440x900x24" "$LAUNCHER" > "$WORK/output-$1.txt" 2>&1 \
    || { cat "$WORK/output-$1.txt" >&2; tail -n 40 "$LOG" >&2 || true; fail "$1: the installed app did not reach its first dashboard"; }
  tail -n +"$((before + 1))" "$LOG" > "$WORK/log-$1.txt"
  grep -q "Startup: login window" "$WORK/log-$1.txt" || fail "$1: no login window in the log"
  grep -q "Startup: first dashboard" "$WORK/log-$1.txt" || fail "$1: no first dashboard in the log"
  grep -q "embedded PostgreSQL on 127.0.0.1:$PORT" "$WORK/log-$1.txt" || fail "$1: the user's settings were not used"
  if grep -E " (ERROR|WARN) " "$WORK/log-$1.txt" | grep -v "No OS keychain"; then fail "$1: errors or warnings in the log (above)"; fi
  if grep -Ei "exception|\[(warning|error)\]" "$WORK/output-$1.txt"; then fail "$1: the launcher printed errors (above)"; fi
  local shared
  shared=$(grep -c "source: shared objects file" "$WORK/classes-$1.log" || true)
  [ "$shared" -gt 5000 ] || fail "$1: only $shared classes came from the AOT cache"
  say "$1: $(grep -o 'Startup: .*' "$WORK/log-$1.txt" | sed 's/ at=[0-9]*//' | tr '\n' ' ')($shared classes from the AOT cache)"
}
start_app first
PGDATA_ID=$(stat -c '%i %Y' "$XDG_DATA_HOME/plantdesk/pgdata/PG_VERSION")
start_app second

survived() { # $1: after what
  [ "$(sha256sum "$XDG_CONFIG_HOME/plantdesk/settings.properties" | cut -d' ' -f1)" = "$SETTINGS_SUM" ] \
    || fail "the user's settings changed after $1"
  [ "$(stat -c '%i %Y' "$XDG_DATA_HOME/plantdesk/pgdata/PG_VERSION")" = "$PGDATA_ID" ] \
    || fail "the demo plant's database was created anew after $1"
}

# --- 4. uninstall and reinstall, then upgrade ----------------------------------------------------
$SUDO apt-get remove -y -qq plantdesk >/dev/null
[ ! -e "$LAUNCHER" ] || fail "the launcher is still there after uninstall"
survived "uninstalling"
install_deb "$DEB"
start_app reinstalled
survived "reinstalling"

NEXT=$(echo "$VERSION" | awk -F. '{ printf "%d.%d.%d", $1, $2, $3 + 1 }')
installer/build.sh --package-only --version "$NEXT" --types deb
install_deb "installer/target/dist/plantdesk_${NEXT}_amd64.deb"
[ "$(dpkg-query -W -f='${Version}' plantdesk)" = "$NEXT" ] || fail "the upgrade to $NEXT did not take"
start_app upgraded
survived "upgrading"

# --- 5. purge ------------------------------------------------------------------------------------
$SUDO apt-get purge -y -qq plantdesk >/dev/null
[ ! -e /opt/plantdesk ] || fail "/opt/plantdesk is left after purge"
[ ! -e /usr/share/applications/plantdesk-Plantdesk.desktop ] || fail "the menu entry is left after purge"
STATUS=$(dpkg-query -W -f='${Status}' plantdesk 2>/dev/null || true)
case "$STATUS" in ""|*not-installed*) ;; *) fail "dpkg still has plantdesk: $STATUS" ;; esac
survived "purging"
rm -f installer/target/dist/plantdesk_"${NEXT}"_amd64.deb
rm -rf "$WORK"
say "passed: install, start, uninstall, reinstall, upgrade to $NEXT, purge"
