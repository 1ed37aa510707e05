# Sourced by the other scripts: selects a Java 25 JDK and makes sure Maven is there.
# Irrigate needs Java 25; the machine's default java may be older.
find_java25() {
  if [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
    echo "$JAVA_HOME"; return 0
  fi
  for dir in /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/java-25-* /usr/lib/jvm/jdk-25* /opt/java/openjdk*; do
    if [ -x "$dir/bin/java" ] && "$dir/bin/java" -version 2>&1 | grep -q 'version "25'; then
      echo "$dir"; return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(find_java25); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "No Java 25 found: trying Debian's openjdk-25-jdk" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq openjdk-25-jdk-headless >/dev/null 2>&1 || true
  fi
  JAVA_HOME=$(find_java25) || { echo "Irrigate needs a Java 25 JDK (set JAVA_HOME)." >&2; exit 1; }
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

if ! command -v mvn >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Maven" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq maven >/dev/null
  else
    echo "Irrigate needs Apache Maven 3.8+ on the PATH." >&2; exit 1
  fi
fi

# Axon's update checker would send usage data to its vendor: Irrigate makes no outbound call.
export AXONIQ_UPDATE_CHECKER_DISABLED=true
export MAVEN_OPTS="${MAVEN_OPTS:-} -Daxoniq.update-checker.disabled=true"
