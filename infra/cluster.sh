#!/usr/bin/env bash
# Starts a Catalog cluster on this machine: Azurite, N Orleans silos and M web front ends forming one cluster in one
# Azure Table account (membership, reminders, grain state), with demo data and one sign-in shared by every web.
# Usage: infra/cluster.sh [--silos N] [--webs M] [--port P] [--clock-speed X] [--data DIR] [--logs DIR] [--no-build]
#   --silos 2, --webs 2   how many of each; --port 5000: the first web's port (the next webs take the next free ports)
#   --data DIR            Azurite's data and the webs' shared key ring (DIR/keys); default .azurite/cluster-data
#   --logs DIR            silo-1.log, web-1.log…; default beside the data: .azurite/cluster-logs (DIR minus "-data")
#   --no-build            use the Release build as it is (tests); --exit-with-parent: stop when the caller exits
# Ctrl-C stops everything. A silo may die (kill -9 one to watch failover): the others carry on while one is left.
# Everything stops when Azurite, a web front end or the last silo stops.
# For scripts, one line per process: "azurite pid P port N log F", "silo I pid P port N gateway N log F",
# "web I pid P url U log F", "cluster pid P pgid G id C data D logs L", then "ready silos N webs M seconds S" once
# every web's /health/ready answers 200 with N silos active; later "silo I pid P exited status S silos-left K".
# Each run gets its own cluster id (catalog-local-<time>) unless Orleans__ClusterId is set; the data stays.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
ROOT=$(repo_root)

SILOS=2
WEBS=2
WEB_PORT=5000
CLOCK_SPEED=1
DATA="$ROOT/.azurite/cluster-data"
LOGS=""
BUILD=true
EXIT_WITH_PARENT=false
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) SILOS="${2:?--silos needs a number}"; shift 2 ;;
    --webs) WEBS="${2:?--webs needs a number}"; shift 2 ;;
    --port) WEB_PORT="${2:?--port needs a number}"; shift 2 ;;
    --clock-speed) CLOCK_SPEED="${2:?--clock-speed needs a number}"; shift 2 ;;
    --data) DATA=$(absolute "${2:?--data needs a folder}"); shift 2 ;;
    --logs) LOGS=$(absolute "${2:?--logs needs a folder}"); shift 2 ;;
    --no-build) BUILD=false; shift ;;
    --exit-with-parent) EXIT_WITH_PARENT=true; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "error: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done

for option in "--silos:$SILOS" "--webs:$WEBS" "--port:$WEB_PORT"; do
  case "${option#*:}" in
    ''|*[!0-9]*|0) echo "error: ${option%%:*} needs a positive number, not '${option#*:}'" >&2; exit 2 ;;
  esac
done
if [ "$WEB_PORT" -gt 65535 ]; then echo "error: --port $WEB_PORT is not a TCP port" >&2; exit 2; fi
if browser_unsafe_port "$WEB_PORT"; then
  echo "error: browsers refuse port $WEB_PORT (an 'unsafe port'); pick another, e.g. --port 5080" >&2; exit 2
fi
DATA="${DATA%/}"
[ -n "$LOGS" ] || LOGS="$(dirname "$DATA")/$(basename "$DATA" -data)-logs"
[ "$LOGS" != "$DATA" ] || LOGS="$DATA-logs"
cd "$ROOT"

need dotnet "Install the .NET 10 SDK."
need node "Install Node.js (20 or later) with npm."
need npm "Install npm."
need curl "Install curl (the readiness checks use it)."
ensure_infra_packages "$ROOT"

SILO_DLL=src/Catalog.Silo/bin/Release/net10.0/Catalog.Silo.dll
WEB_DLL=src/Catalog.Web/bin/Release/net10.0/Catalog.Web.dll
if $BUILD; then
  echo "Building (Release)..."
  dotnet build Catalog.sln -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null || { dotnet build Catalog.sln -c Release --nologo -v quiet -clp:ErrorsOnly; exit 1; }
elif [ ! -f "$SILO_DLL" ] || [ ! -f "$WEB_DLL" ]; then
  echo "error: --no-build, but there is no Release build ($SILO_DLL, $WEB_DLL); run without --no-build" >&2; exit 1
fi

AZURITE_PID=""
SILO_PIDS=()   # index i-1: pid of silo i ("" once it has exited)
WEB_PIDS=()
WATCHER=""

# Stops one group of processes: SIGTERM, then SIGKILL whatever still runs after $1 seconds.
stop_group() {
  local seconds="$1" pid left i
  shift
  for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
  for ((i = 0; i < seconds * 10; i++)); do
    left=0
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && left=1; done
    [ "$left" = 0 ] && break
    sleep 0.1
  done
  for pid in "$@"; do kill -9 "$pid" 2>/dev/null || true; done
  for pid in "$@"; do wait "$pid" 2>/dev/null || true; done
}

stop_all() {
  local status="$1"
  # Once stopping, a second Ctrl-C does not leave silos or webs behind (they ignore SIGINT: background jobs).
  trap '' INT TERM
  trap - EXIT
  [ -z "$WATCHER" ] || kill "$WATCHER" 2>/dev/null || true
  echo
  echo "Stopping..."
  # The webs first (clients of the silos), then the silos (they leave the membership table), Azurite last.
  stop_group 20 ${WEB_PIDS[@]+"${WEB_PIDS[@]}"}
  stop_group 30 ${SILO_PIDS[@]+"${SILO_PIDS[@]}"}
  [ -z "$AZURITE_PID" ] || stop_group 10 "$AZURITE_PID"
  echo "Stopped."
  exit "$status"
}
trap 'stop_all 0' INT TERM
trap 'stop_all $?' EXIT

if $EXIT_WITH_PARENT; then
  PARENT=$PPID
  (while kill -0 "$PARENT" 2>/dev/null; do sleep 1; done; kill -TERM $$) >/dev/null 2>&1 &
  WATCHER=$!
fi

mkdir -p "$DATA/keys" "$LOGS"

# Ports handed out so far: a silo has not bound its ports when the next one is chosen.
TAKEN=" "
# take_port VAR FROM [web]: the first free port at or above FROM not handed out yet (for a web, nor browser-unsafe).
take_port() {
  local -n result="$1"
  local p
  p=$(free_port_from "$2")
  while [[ "$TAKEN" == *" $p "* ]] || { [ "${3:-}" = web ] && browser_unsafe_port "$p"; }; do
    p=$(free_port_from $((p + 1)))
  done
  TAKEN+="$p "
  result="$p"
}

# Everything started so far: name -> "pid:log"; start-up fails as soon as one of them stops.
declare -A STARTED=()
check_started() {
  local name pid log
  for name in "${!STARTED[@]}"; do
    pid="${STARTED[$name]%%:*}"; log="${STARTED[$name]#*:}"
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "error: $name stopped during start-up (see $log)" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
  done
}

# Waits until port $1 listens and, when $4 is given, log $3 holds the line $4; fails after $2 seconds or as soon as
# anything started stops. With $6 (the pid waited for) it returns 3 instead when that process stopped because its port
# was taken: a port found free can be bound by another program (tests run clusters side by side) before ours binds it.
wait_until_up() {
  local port="$1" seconds="$2" log="$3" line="${4:-}" what="$5" pid="${6:-}" deadline=$((SECONDS + $2))
  while ! port_in_use "$port" || { [ -n "$line" ] && ! grep -qF "$line" "$log"; }; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null && grep -qi "address already in use" "$log"; then return 3; fi
    check_started
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "error: $what did not start within $seconds s (see $log)" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    sleep 0.2
  done
}

# Starts $1 (a name such as "web 2") with launch_$2 until it binds its ports, giving up after 5 ports taken by others.
start_rebinding() {
  local name="$1" launcher="$2" tries=0 status
  while true; do
    "$launcher" "${name#* }"
    status=0
    "wait_$launcher" "${name#* }" || status=$?
    [ "$status" -eq 3 ] || return "$status"
    tries=$((tries + 1))
    if [ "$tries" -ge 5 ]; then echo "error: $name found its port taken $tries times" >&2; exit 1; fi
    echo "$name: its port was taken by another program; starting it on the next free port" >&2
  done
}

# Azurite gets a process group of its own (set -m): it closes on the terminal's Ctrl-C, and the silos still need it
# to leave the membership table when they stop. stop_all stops it last. No telemetry leaves the machine.
take_port TABLE_PORT 10102
set -m
"$ROOT/infra/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" \
  --location "$DATA" --skipApiVersionCheck --disableTelemetry --silent >"$LOGS/azurite.log" 2>&1 &
AZURITE_PID=$!
set +m
STARTED[Azurite]="$AZURITE_PID:$LOGS/azurite.log"
wait_until_up "$TABLE_PORT" 30 "$LOGS/azurite.log" "" Azurite
echo "azurite pid $AZURITE_PID port $TABLE_PORT log $LOGS/azurite.log"

export ConnectionStrings__Tables
ConnectionStrings__Tables=$(azurite_connection_string "$TABLE_PORT")
# Each run is a deployment of its own: a new cluster id (the service id, and so the data, stay the same). Rows that
# silos killed in an earlier run left in the membership table would otherwise hold the next start up for ~90 s.
export Orleans__ClusterId="${Orleans__ClusterId:-catalog-local-$(date +%Y%m%d-%H%M%S)}"
export Catalog__SeedDemoData=true Catalog__SeedDemoRequests=true
export Catalog__Clock__Speed="$CLOCK_SPEED"
export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development

# Timestamps in every log, to follow a failover.
export Logging__Console__FormatterName=simple Logging__Console__FormatterOptions__TimestampFormat="yyyy-MM-ddTHH:mm:ss.fff "

# One silo at a time, each once its start-up (demo seeding included) is over: seeding is safe to repeat, not to run
# twice at once. The key after the dll makes sure the start-up line is logged; the last one only tags the command
# line (the hosts ignore it), so `pgrep -f DIR` finds every process of the cluster.
SILO_PORTS=()
GATEWAY_PORTS=()
launch_silo() {
  local i="$1" silo_port gateway_port
  take_port silo_port 11111
  take_port gateway_port 30000
  Orleans__SiloPort="$silo_port" Orleans__GatewayPort="$gateway_port" dotnet "$SILO_DLL" \
    "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information" "--Catalog:LocalCluster:Data=$DATA" >"$LOGS/silo-$i.log" 2>&1 &
  SILO_PIDS[i - 1]=$!
  SILO_PORTS[i - 1]=$silo_port
  GATEWAY_PORTS[i - 1]=$gateway_port
  STARTED["silo $i"]="$!:$LOGS/silo-$i.log"
}
wait_launch_silo() {
  local i="$1"
  wait_until_up "${GATEWAY_PORTS[i - 1]}" 180 "$LOGS/silo-$i.log" "Application started" "silo $i" "${SILO_PIDS[i - 1]}"
}
for ((i = 1; i <= SILOS; i++)); do
  start_rebinding "silo $i" launch_silo
  echo "silo $i pid ${SILO_PIDS[i - 1]} port ${SILO_PORTS[i - 1]} gateway ${GATEWAY_PORTS[i - 1]} log $LOGS/silo-$i.log"
done

# The webs start side by side; each is waited for by its "Application started" line, not by its port alone, which
# another program may hold.
WEB_PORTS=()
next_web=$WEB_PORT
launch_web() {
  local i="$1" port
  take_port port "$next_web" web
  next_web=$((port + 1))
  WEB_PORTS[i - 1]=$port
  (cd src/Catalog.Web && exec dotnet "bin/Release/net10.0/Catalog.Web.dll" --urls "http://localhost:$port" \
    "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information" "--Catalog:Auth:KeysDirectory=$DATA/keys") >"$LOGS/web-$i.log" 2>&1 &
  WEB_PIDS[i - 1]=$!
  STARTED["web $i"]="$!:$LOGS/web-$i.log"
}
wait_launch_web() {
  local i="$1"
  wait_until_up "${WEB_PORTS[i - 1]}" 120 "$LOGS/web-$i.log" "Application started" "web $i" "${WEB_PIDS[i - 1]}"
}
for ((i = 1; i <= WEBS; i++)); do launch_web "$i"; done
for ((i = 1; i <= WEBS; i++)); do
  status=0
  wait_launch_web "$i" || status=$?
  if [ "$status" -eq 3 ]; then
    echo "web $i: its port was taken by another program; starting it on the next free port" >&2
    start_rebinding "web $i" launch_web
  fi
  echo "web $i pid ${WEB_PIDS[i - 1]} url http://localhost:${WEB_PORTS[i - 1]} log $LOGS/web-$i.log"
done
echo "cluster pid $$ pgid $(ps -o pgid= -p $$ | tr -d ' ') id $Orleans__ClusterId data $DATA logs $LOGS"

# Ready when every web answers /health/ready (silo and storage checks) and sees the whole cluster.
expected="\"description\":\"$SILOS silo(s) active.\""
for ((i = 1; i <= WEBS; i++)); do
  deadline=$((SECONDS + 120))
  last=""
  until last=$(curl -fsS --max-time 5 "http://localhost:${WEB_PORTS[i - 1]}/health/ready" 2>/dev/null) && [[ "$last" == *"$expected"* ]]; do
    check_started
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "error: web $i is not ready with $SILOS silo(s) (last /health/ready: ${last:-no 200 answer}); see $LOGS/web-$i.log" >&2
      tail -n 20 "$LOGS/web-$i.log" >&2
      exit 1
    fi
    sleep 0.5
  done
done

FIRST="http://localhost:${WEB_PORTS[0]}"
echo
echo "Catalog cluster $Orleans__ClusterId: $SILOS silo(s), $WEBS web front end(s), one sign-in (keys in $DATA/keys)"
for ((i = 1; i <= WEBS; i++)); do
  echo "  Web $i:      http://localhost:${WEB_PORTS[i - 1]}   (pid ${WEB_PIDS[i - 1]}, log $LOGS/web-$i.log)"
done
echo "  Sign in:    $FIRST/signin (demo: pick a person; the sign-in holds on every web)"
echo "  Health:     $FIRST/health/ready   Dashboard: $FIRST/dashboard"
for ((i = 1; i <= SILOS; i++)); do
  echo "  Silo $i:     pid ${SILO_PIDS[i - 1]}, gateway 127.0.0.1:${GATEWAY_PORTS[i - 1]}, log $LOGS/silo-$i.log"
done
echo "  Azurite:    127.0.0.1:$TABLE_PORT (data in $DATA)"
echo "Failover: kill -9 ${SILO_PIDS[SILOS - 1]} (silo $SILOS) and watch $FIRST/board.html carry on. Ctrl-C stops everything."
echo "ready silos $SILOS webs $WEBS seconds $SECONDS"

# A silo's death is reported and survived while another is left; any other death stops everything.
silos_left=$SILOS
while true; do
  live=("$AZURITE_PID" ${WEB_PIDS[@]+"${WEB_PIDS[@]}"})
  for pid in ${SILO_PIDS[@]+"${SILO_PIDS[@]}"}; do [ -z "$pid" ] || live+=("$pid"); done
  done_pid=""
  status=0
  wait -n -p done_pid "${live[@]}" || status=$?
  if [ -z "$done_pid" ]; then
    [ "$status" -ne 127 ] || { echo "error: lost track of the cluster's processes" >&2; exit 1; }
    continue
  fi
  for ((i = 1; i <= SILOS; i++)); do
    if [ "${SILO_PIDS[i - 1]}" = "$done_pid" ]; then
      SILO_PIDS[i - 1]=""
      silos_left=$((silos_left - 1))
      echo "silo $i pid $done_pid exited status $status silos-left $silos_left"
      if [ "$silos_left" -eq 0 ]; then
        echo "The last silo stopped; see $LOGS/." >&2
        exit 1
      fi
      continue 2
    fi
  done
  what="Azurite"
  for ((i = 1; i <= WEBS; i++)); do [ "${WEB_PIDS[i - 1]}" != "$done_pid" ] || what="web $i"; done
  echo "$what (pid $done_pid) stopped unexpectedly with status $status; see $LOGS/." >&2
  exit 1
done
