#!/usr/bin/env bash
# The test command: builds everything with warnings as errors and runs every test project.
# It installs and starts what the tests need itself, so it works on a fresh machine.
# It never modifies tracked files: the browser tests' screenshots go to their bin/ folder unless
# DMATCH_UPDATE_SCREENSHOTS=1 is set, which regenerates docs/screenshots.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tools/install-test-deps.sh

log=$(mktemp)
build_log=$(mktemp)
trap 'rm -f "$log" "$build_log"' EXIT
# Quiet on success; on failure every error line (deduplicated: MSBuild repeats them in its summary), or the whole log
# when the failure printed no error line (a restore or SDK problem).
if ! dotnet build DiasporaMatch.sln -c Release -warnaserror >"$build_log" 2>&1; then
  errors=$(grep -E ': (error|warning) [A-Z]+[0-9]+' "$build_log" | sort -u || true)
  if [ -n "$errors" ]; then
    echo "$errors" >&2
    echo "build failed with $(echo "$errors" | wc -l) error(s) (dotnet build DiasporaMatch.sln -c Release -warnaserror)" >&2
  else
    cat "$build_log" >&2
    echo "build failed" >&2
  fi
  exit 1
fi
echo "build: ok"
set +e
dotnet test DiasporaMatch.sln -c Release --no-build --blame-hang-timeout 10m --blame-hang-dump-type none 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
for figures in tests/*/bin/Release/net10.0/TestResults/*.txt; do
  [ -f "$figures" ] && cat "$figures"
done
echo "tests: ${passed} passed, ${failed} failed"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
