# Shared by run.sh and test.sh: checks the machine and installs what the repo pins.
# shellcheck shell=bash

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "error: '$1' is not installed. $2" >&2; exit 2; }
}

# Installs the pinned npm tooling (Azurite, @microsoft/signalr) into infra/node_modules when missing or stale.
ensure_infra_packages() {
  local infra="$1/infra"
  if [ ! -x "$infra/node_modules/.bin/azurite-table" ] || [ "$infra/package-lock.json" -nt "$infra/node_modules/.package-lock.json" ]; then
    echo "Installing the pinned npm tooling into infra/ (Azurite, SignalR client)..."
    (cd "$infra" && npm ci --no-audit --no-fund --loglevel=error) || { echo "error: npm ci in infra/ failed" >&2; exit 2; }
  fi
}

# True when something listens on 127.0.0.1:$1.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# First free port at or above $1.
free_port_from() {
  local p="$1"
  while port_in_use "$p"; do p=$((p + 1)); done
  echo "$p"
}

# Waits until 127.0.0.1:$1 accepts connections, or fails after $2 seconds.
wait_for_port() {
  local port="$1" seconds="$2" i=0
  while ! port_in_use "$port"; do
    i=$((i + 1))
    [ "$i" -gt $((seconds * 10)) ] && return 1
    sleep 0.1
  done
}

# The Azurite development account on a given loopback table port (public, emulator-only key).
azurite_connection_string() {
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$1/devstoreaccount1;"
}

# True when browsers refuse to open port $1 (SIP, X11, IRC…, the "unsafe ports" of Chromium and Firefox):
# a web front end there would start and be unusable.
browser_unsafe_port() {
  case "$1" in
    1|7|9|11|13|15|17|19|20|21|22|23|25|37|42|43|53|69|77|79|87|95|101|102|103|104|109|110|111|113|115|117|119|123|135|137|139|143|161|179|389|427|465|512|513|514|515|526|530|531|532|540|548|554|556|563|587|601|636|989|990|993|995|1719|1720|1723|2049|3659|4045|4190|5060|5061|6000|6566|6665|6666|6667|6668|6669|6679|6697|10080) return 0 ;;
    *) return 1 ;;
  esac
}
