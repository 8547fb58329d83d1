#!/usr/bin/env bash
# Runs the whole test suite: unit, functional (real SQLite) and browser tests (headless Chromium).
# On Debian/Ubuntu it installs Chromium, redis-server and nginx with apt-get when they are missing; elsewhere install a
# Chromium yourself and point CHROMIUM_PATH at it (see README, "Tests").
set -euo pipefail
cd "$(dirname "$0")/.."

export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# Installs a missing tool from Debian when we may; elsewhere says what to install.
install_debian_package() {
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "$1 not found: installing Debian's $2"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $2 >/dev/null
  else
    echo "$1 not found. Install it (Debian: 'sudo apt-get install $2')." >&2
    exit 1
  fi
}
[ -x "$CHROMIUM_PATH" ] || install_debian_package "Chromium at $CHROMIUM_PATH (or set CHROMIUM_PATH)" chromium
# The HTML validity test runs the W3C Nu Html Checker (vnu.jar from npm), which needs Java.
command -v java >/dev/null 2>&1 || install_debian_package java default-jre-headless
command -v npm >/dev/null 2>&1 || install_debian_package npm "nodejs npm"
# The scale-out test runs its own redis-server and nginx on free loopback ports, in the foreground.
# Installing them may start Debian's system services; the test does not use those.
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || install_debian_package redis-server redis-server
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || install_debian_package nginx nginx
# --ignore-scripts: the package's install script would fetch a Java runtime of its own; apt provides it.
[ -f tests/tools/node_modules/vnu-jar/build/dist/vnu.jar ] || npm ci --prefix tests/tools --ignore-scripts --no-audit --no-fund

dotnet tool restore
dotnet build Oldenburg.Integration.sln -c Release
# The console log is also kept, so that a failure is repeated at the end, where a truncated CI log still shows it.
mkdir -p artifacts
status=0
dotnet test Oldenburg.Integration.sln -c Release --no-build --logger "console;verbosity=normal" "$@" \
  | tee artifacts/test-output.log || status=$?
if [ "$status" -ne 0 ]; then
  echo "=== Failed tests (repeated from above) ==="
  grep -E -A 30 '^\s+Failed [A-Za-z]' artifacts/test-output.log | head -n 300 || true
fi
exit "$status"
