# Shared helpers for run.sh, test.sh and CI: the pinned Microsoft 365 Agents Playground (an offline Teams-like
# client) and the pinned playwright-core that drives it in headless chromium, installed into the project-local,
# git-ignored .tools/ folder. Source this file; it defines functions only.

PLAYGROUND_VERSION="0.2.28"
PLAYWRIGHT_VERSION="1.65.1"
PLAYGROUND_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PLAYGROUND_PREFIX="$PLAYGROUND_ROOT/.tools/playground-$PLAYGROUND_VERSION"
PLAYWRIGHT_PREFIX="$PLAYGROUND_ROOT/.tools/playwright-core-$PLAYWRIGHT_VERSION"

playground_install() {
  if [ -x "$PLAYGROUND_PREFIX/node_modules/.bin/agentsplayground" ]; then
    return 0
  fi
  command -v npm >/dev/null 2>&1 || { echo "npm is required to install the Agents Playground (install Node.js 20+)." >&2; return 1; }
  echo "Installing Microsoft 365 Agents Playground $PLAYGROUND_VERSION into .tools/ (first run only)..." >&2
  mkdir -p "$PLAYGROUND_PREFIX"
  npm install --prefix "$PLAYGROUND_PREFIX" "@microsoft/m365agentsplayground@$PLAYGROUND_VERSION" --no-audit --no-fund --loglevel=error >&2
}

# playwright-core only: it never downloads a browser; the tests use the system chromium.
playwright_install() {
  if [ -f "$PLAYWRIGHT_PREFIX/node_modules/playwright-core/package.json" ]; then
    return 0
  fi
  command -v npm >/dev/null 2>&1 || { echo "npm is required to install playwright-core (install Node.js 20+)." >&2; return 1; }
  echo "Installing playwright-core $PLAYWRIGHT_VERSION into .tools/ (first run only)..." >&2
  mkdir -p "$PLAYWRIGHT_PREFIX"
  npm install --prefix "$PLAYWRIGHT_PREFIX" "playwright-core@$PLAYWRIGHT_VERSION" --no-audit --no-fund --loglevel=error >&2
}

# Debian's chromium for the browser test; only where apt-get can install it (CI runs as root).
chromium_install() {
  if command -v chromium >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the Playground browser test..." >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  else
    echo "chromium is not installed (apt-get install chromium): the Playground browser test will be skipped." >&2
    return 1
  fi
}
