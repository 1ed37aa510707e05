# Sourced by scripts/test: installs what the test suite needs beyond Java and Maven.
# PostgreSQL comes from the embedded-postgres test library (its binaries ship in the jar), so nothing to install.
# The browser tests drive Debian's headless Chromium through its chromedriver, both at fixed paths.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing chromium and chromium-driver for the browser tests" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)." >&2
  fi
fi
true
