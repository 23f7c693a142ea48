#!/usr/bin/env bash
# Puts `dmatch` on PATH: publishes the CLI (Release, with its bundled data and web UI) into $DMATCH_HOME
# (default ~/.local/share/dmatch) and writes a `dmatch` wrapper into $DMATCH_BIN (default /usr/local/bin when
# writable, else ~/.local/bin). Re-run after pulling to update. Quiet on success; the build's errors on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

home=${DMATCH_HOME:-$HOME/.local/share/dmatch}
if [ -n "${DMATCH_BIN:-}" ]; then
  bin=$DMATCH_BIN
elif [ -w /usr/local/bin ]; then
  bin=/usr/local/bin
else
  bin=$HOME/.local/bin
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# ReadyToRun (precompiled for this machine's runtime): a cold `dmatch match` on 100k profiles answers in about
# 2.1 s instead of 3.1 s, most of a short command's time being spent compiling it (docs/performance.md).
if ! dotnet publish cli/DiasporaMatch.Cli -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o "$home" >"$log" 2>&1; then
  errors=$(grep -E ': (error|warning) [A-Z]+[0-9]+' "$log" | sort -u || true)
  if [ -n "$errors" ]; then echo "$errors" >&2; else cat "$log" >&2; fi
  echo "install-dmatch: publish failed" >&2
  exit 1
fi

mkdir -p "$bin"
# Through `dotnet`, not the apphost: works wherever `dotnet` is on PATH, whatever DOTNET_ROOT says.
printf '#!/bin/sh\nexec dotnet "%s/dmatch.dll" "$@"\n' "$home" >"$bin/dmatch"
chmod +x "$bin/dmatch"

case ":$PATH:" in
  *":$bin:"*) echo "dmatch installed: $bin/dmatch (try: dmatch --help)" ;;
  *) echo "dmatch installed: $bin/dmatch; $bin is not on PATH, add it: export PATH=\"$bin:\$PATH\"" ;;
esac
