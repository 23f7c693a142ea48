#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, into the repository's git-ignored .tools/ folder,
# so a fresh clone (CI included) gets the same versions without global installs. Idempotent and quiet.
set -euo pipefail
cd "$(dirname "$0")/.."

AZURITE_VERSION=3.37.0
azurite_dir=.tools/azurite
azurite_pkg="$azurite_dir/node_modules/azurite/package.json"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "install-test-deps: node and npm are required (apt-get install nodejs npm)" >&2
  exit 1
fi

installed=$(node -p "require('./$azurite_pkg').version" 2>/dev/null || true)
if [ "$installed" != "$AZURITE_VERSION" ]; then
  mkdir -p "$azurite_dir"
  npm install --prefix "$azurite_dir" --no-audit --no-fund --loglevel=error --save-exact "azurite@$AZURITE_VERSION" >/dev/null
fi

# The OpenAPI lint test (tests/DiasporaMatch.Cli.Tests/OpenApiDocumentTests.cs) runs Redocly's linter from here.
REDOCLY_VERSION=2.77.0
redocly_dir=.tools/redocly
installed=$(node -p "require('./$redocly_dir/node_modules/@redocly/cli/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$REDOCLY_VERSION" ]; then
  mkdir -p "$redocly_dir"
  npm install --prefix "$redocly_dir" --no-audit --no-fund --loglevel=error --save-exact "@redocly/cli@$REDOCLY_VERSION" >/dev/null
fi

# Kiota (the generated-client test's code generator) is a local dotnet tool pinned in .config/dotnet-tools.json.
dotnet tool restore >/dev/null

# The browser tests (tests/DiasporaMatch.Web.Tests) drive Debian's Chromium through Playwright's bundled driver;
# they never download a browser (`playwright install` is not used).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "install-test-deps: /usr/bin/chromium is required (apt-get install chromium)" >&2
    exit 1
  fi
fi

# The notification tests run a real SMTP server on loopback (Debian's python3-aiosmtpd) and read the calendar
# invitations with a second parser (python3-icalendar); both are run with Debian's /usr/bin/python3.
if ! /usr/bin/python3 -c "import aiosmtpd, icalendar" 2>/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd python3-icalendar >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd python3-icalendar >/dev/null
  else
    echo "install-test-deps: python3-aiosmtpd and python3-icalendar are required (apt-get install python3-aiosmtpd python3-icalendar)" >&2
    exit 1
  fi
fi
