# Sourced (from the repository's root) by ./plantdesk, .ci/run, installer/build.sh and
# modules/bench/run: points JAVA_HOME at a JDK 25, the one given if it is one, else the first found
# in the usual places, or stops with a sentence. bash 3.2 and Git Bash compatible.
is_jdk25() { { [ -x "$1/bin/java" ] || [ -x "$1/bin/java.exe" ]; } && "$1/bin/java" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; }
if [ -z "${JAVA_HOME:-}" ] || ! is_jdk25 "$JAVA_HOME"; then
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/java-25* \
                   /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    if is_jdk25 "$candidate"; then JAVA_HOME=$candidate; break; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || ! is_jdk25 "$JAVA_HOME"; then
  echo "$(basename "$0"): needs a JDK 25. Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
