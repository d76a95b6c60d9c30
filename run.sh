#!/usr/bin/env bash
# Starts the whole platform: Azurite (data in .azurite/), the Orleans silo and the web front end, with demo data.
# Usage: ./run.sh [--port N] [--clock-speed X]      Ctrl-C stops everything.
#   --clock-speed 60 runs Catalog's business clock 60 times faster (a real minute is an hour) for demos.
set -euo pipefail
source "$(dirname "$0")/infra/scripts/common.sh"
ROOT=$(repo_root)
cd "$ROOT"

WEB_PORT=5000
CLOCK_SPEED=1
while [ $# -gt 0 ]; do
  case "$1" in
    --port) WEB_PORT="${2:?--port needs a number}"; shift 2 ;;
    --clock-speed) CLOCK_SPEED="${2:?--clock-speed needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) echo "error: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done

# Browsers refuse to open some ports (SIP, X11, IRC…): a platform there would start and be unusable.
case "$WEB_PORT" in
  ''|*[!0-9]*) echo "error: --port needs a number, not '$WEB_PORT'" >&2; exit 2 ;;
  1|7|9|11|13|15|17|19|20|21|22|23|25|37|42|43|53|69|77|79|87|95|101|102|103|104|109|110|111|113|115|117|119|123|135|137|139|143|161|179|389|427|465|512|513|514|515|526|530|531|532|540|548|554|556|563|587|601|636|989|990|993|995|1719|1720|1723|2049|3659|4045|4190|5060|5061|6000|6566|6665|6666|6667|6668|6669|6679|6697|10080)
    echo "error: browsers refuse port $WEB_PORT (an 'unsafe port'); pick another, e.g. --port 5080" >&2; exit 2 ;;
esac

need dotnet "Install the .NET 10 SDK."
need node "Install Node.js (20 or later) with npm."
need npm "Install npm."
ensure_infra_packages "$ROOT"

echo "Building (Release)..."
dotnet build Catalog.sln -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null || { dotnet build Catalog.sln -c Release --nologo -v quiet -clp:ErrorsOnly; exit 1; }

PIDS=()
STATUS=0
# Stops the web front end, then the silo, then Azurite (the silo leaves the cluster through storage), and exits with
# STATUS: 0 after Ctrl-C, 1 when something failed or a component stopped on its own.
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    kill "${PIDS[i]}" 2>/dev/null || true
    wait "${PIDS[i]}" 2>/dev/null || true
  done
  echo "Stopped."
  exit "$STATUS"
}
trap stop_all INT TERM
trap 'STATUS=$?; stop_all' EXIT

LOGS="$ROOT/.azurite/logs"
mkdir -p "$ROOT/.azurite/data" "$LOGS"

TABLE_PORT=$(free_port_from 10002)
# In a session of its own: Ctrl-C in the terminal must not stop storage before the silo has left the cluster.
setsid "$ROOT/infra/node_modules/.bin/azurite-table" --disableTelemetry --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" \
  --location "$ROOT/.azurite/data" --skipApiVersionCheck --silent >"$LOGS/azurite.log" 2>&1 &
PIDS+=($!)
wait_for_port "$TABLE_PORT" 30 || { echo "error: Azurite did not start (see $LOGS/azurite.log)" >&2; exit 1; }
echo "Azurite tables on 127.0.0.1:$TABLE_PORT (data in .azurite/data)"

export ConnectionStrings__Tables
ConnectionStrings__Tables=$(azurite_connection_string "$TABLE_PORT")
export Orleans__SiloPort; Orleans__SiloPort=$(free_port_from 11111)
export Orleans__GatewayPort; Orleans__GatewayPort=$(free_port_from 30000)
export Catalog__SeedDemoData=true Catalog__SeedDemoRequests=true
export Catalog__Clock__Speed="$CLOCK_SPEED"
export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development

dotnet src/Catalog.Silo/bin/Release/net10.0/Catalog.Silo.dll >"$LOGS/silo.log" 2>&1 &
PIDS+=($!)
wait_for_port "$Orleans__GatewayPort" 120 || { echo "error: the silo did not start (see $LOGS/silo.log)" >&2; tail -n 20 "$LOGS/silo.log" >&2; exit 1; }
echo "Silo up (gateway 127.0.0.1:$Orleans__GatewayPort, log .azurite/logs/silo.log)"

if port_in_use "$WEB_PORT"; then
  WEB_PORT=$(free_port_from "$WEB_PORT")
fi
(cd src/Catalog.Web && exec dotnet bin/Release/net10.0/Catalog.Web.dll --urls "http://localhost:$WEB_PORT") >"$LOGS/web.log" 2>&1 &
PIDS+=($!)
wait_for_port "$WEB_PORT" 120 || { echo "error: the web front end did not start (see $LOGS/web.log)" >&2; tail -n 20 "$LOGS/web.log" >&2; exit 1; }

echo
echo "Catalog is running on http://localhost:$WEB_PORT"
echo "  Sign in:    http://localhost:$WEB_PORT/signin (demo: pick a person, e.g. Marie Tremblay of HR or Karim Dupuis of IT)"
echo "  API docs:   http://localhost:$WEB_PORT/api-docs"
echo "  Dashboard:  http://localhost:$WEB_PORT/dashboard"
echo "  Health:     http://localhost:$WEB_PORT/health/ready"
echo "Press Ctrl-C to stop."

# Exit when any part dies, so a crash is not hidden behind a running web tier.
wait -n "${PIDS[@]}" || true
echo "A component stopped unexpectedly; see .azurite/logs/." >&2
STATUS=1
