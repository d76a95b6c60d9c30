#!/usr/bin/env bash
# Runs every test: unit, grain, storage (real Azurite), HTTP/SignalR and browser (Debian Chromium) tests.
# Installs what is missing (npm tooling, Chromium), starts one Azurite for the run and stops it at the end.
# The last line printed is the totals: "N passed, N failed, N skipped".
set -uo pipefail
source "$(dirname "$0")/infra/scripts/common.sh"
ROOT=$(repo_root)
cd "$ROOT"

need dotnet "Install the .NET 10 SDK."
need node "Install Node.js (20 or later) with npm."
need npm "Install npm."
ensure_infra_packages "$ROOT"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || { echo "error: could not install chromium with apt-get" >&2; exit 2; }
  else
    echo "error: /usr/bin/chromium is missing; install Debian's chromium (sudo apt-get install -y chromium)." >&2
    exit 2
  fi
fi

echo "Building (Release)..."
if ! dotnet build Catalog.sln -c Release --nologo -v quiet -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi

RUN_DIR=$(mktemp -d /tmp/catalog-test.XXXXXX)
TABLE_PORT=$(free_port_from 20002)
"$ROOT/infra/node_modules/.bin/azurite-table" --disableTelemetry --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" \
  --location "$RUN_DIR/azurite" --skipApiVersionCheck --silent >"$RUN_DIR/azurite.log" 2>&1 &
AZURITE_PID=$!
cleanup() {
  kill "$AZURITE_PID" 2>/dev/null || true
  wait "$AZURITE_PID" 2>/dev/null || true
}
trap cleanup EXIT INT TERM
if ! wait_for_port "$TABLE_PORT" 30; then
  echo "error: Azurite did not start (see $RUN_DIR/azurite.log)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
export CATALOG_TEST_TABLES
CATALOG_TEST_TABLES=$(azurite_connection_string "$TABLE_PORT")
export CATALOG_TEST_OUTPUT="$ROOT/TestResults"
mkdir -p "$CATALOG_TEST_OUTPUT"

STATUS=0
# Test projects run one after another (-m:1): each is parallel inside, and the SLA timing tests need the cores.
dotnet test Catalog.sln -c Release --no-build --nologo -m:1 \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$RUN_DIR/trx" \
  >"$RUN_DIR/test.log" 2>&1 || STATUS=$?
# Each failed test with its message, then the totals per test project.
grep -E '^\s+Failed [A-Z][A-Za-z0-9_]*\.' -A 12 "$RUN_DIR/test.log" | head -n 300
node "$ROOT/infra/scripts/trx-totals.js" "$RUN_DIR/trx" --per-project

# Totals from the TRX files, so every test project's results are counted, whatever the console says.
read -r PASSED FAILED SKIPPED < <(node "$ROOT/infra/scripts/trx-totals.js" "$RUN_DIR/trx")
if [ "$STATUS" -ne 0 ] && [ "$FAILED" -eq 0 ]; then
  # dotnet test failed without a failed test in the reports: a crashed test host counts as a failure.
  tail -n 40 "$RUN_DIR/test.log"
  FAILED=1
fi
if [ "$FAILED" -gt 0 ]; then
  echo "Full log: $RUN_DIR/test.log"
fi
echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ] && [ "$STATUS" -eq 0 ]
