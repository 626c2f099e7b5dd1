#!/usr/bin/env bash
# Load through the balancer (issue 14, item 6): tools/cluster.sh's two instances on PostGIS behind nginx, or one instance on
# the embedded store, loaded by tools/bench/http-load's closed-loop mode: CLIENTS concurrent clients for SECONDS, mixed reads
# and writes (appraisals, a plan layer, a vector tile, dossier submissions written to the store). Prints per route the count,
# errors, p50 and p99, and each instance's resident memory at start, after a 10 s warm-up and at the end (flat: the last two).
# Exits non-zero on any error. Loopback only. Takes SECONDS plus about a minute; run it on a quiet machine.
# Usage: bash tools/bench/cluster-load.sh [cluster|embedded] [clients=200] [seconds=60]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
mode=${1:-cluster}
clients=${2:-200}
seconds=${3:-60}
dll="${API_DLL:-$root/src/TelecomGis.Api/bin/Release/net10.0/TelecomGis.Api.dll}"
[ -f "$dll" ] || dotnet build "$root/src/TelecomGis.Api" -c Release -nologo -v quiet >/dev/null
dotnet build "$root/tools/bench/http-load" -c Release -nologo -v quiet >/dev/null

work=$(mktemp -d); chmod 755 "$work"
server=""
status=0
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  # A run with errors keeps the instances' logs (an answer 500 is explained there, with its request id).
  if [ "$status" != 0 ]; then
    kept="${TMPDIR:-/tmp}/cluster-load-logs-$(date -u +%Y%m%dT%H%M%S)"
    mkdir -p "$kept"
    for f in "$work"/server.log "$work"/cluster/a/log "$work"/cluster/b/log "$work"/cluster/nginx/error.log; do
      [ -f "$f" ] && cp "$f" "$kept/$(basename "$(dirname "$f")")-$(basename "$f")"
    done
    echo "logs kept in $kept" >&2
  fi
  [ "$mode" = cluster ] && "$root/tools/cluster.sh" stop "$work/cluster" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

case "$mode" in
  cluster)
    "$root/tools/cluster.sh" start "$work/cluster"
    # shellcheck disable=SC1091
    . "$work/cluster/cluster.env"
    url="$BALANCER"; pids="$API_A_PID $API_B_PID"; appraiser="$KEY_APPRAISER"; carrier="$KEY_VIETTEL"
    ;;
  embedded)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    dotnet "$dll" --urls "http://127.0.0.1:$port" --Store:Path "$work/store.gpkg" >"$work/server.log" 2>&1 &
    server=$!
    for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
    key() { awk -v who="$1" '$1 == who || $2 == who { print $NF; exit }' "$work/server.log"; }
    url="http://127.0.0.1:$port"; pids="$server"; appraiser=$(key appraiser); carrier=$(key Viettel)
    ;;
  *) echo "usage: $0 [cluster|embedded] [clients] [seconds]" >&2; exit 2 ;;
esac
[ -n "$appraiser" ] && [ -n "$carrier" ] || { echo "no demo keys found" >&2; exit 1; }

# With the store's open connections on the embedded store (each pooled SQLite connection holds its own page cache).
rss() {
  for pid in $pids; do
    printf '%s:%s MB ' "$pid" $(( $(ps -o rss= -p "$pid") / 1024 ))
    [ "$mode" = embedded ] && printf '(%s store connections) ' "$(find /proc/"$pid"/fd -lname '*.gpkg' 2>/dev/null | wc -l)"
  done
}
printf '{"carrier":"Viettel","site_code":"MC-33","lon":107.97826,"lat":21.53008,"pole_class":"A2b","height_m":33,"camouflaged":false}' >"$work/site.json"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); mode $mode"
load() { # seconds
  dotnet "$root/tools/bench/http-load/bin/Release/net10.0/http-load.dll" --url "$url" --clients "$clients" --seconds "$1" \
    --warmup 0 --key "$appraiser" --carrier-key "$carrier" --body "$work/site.json" \
    --dossier "$root/data/examples/dossier-viettel.csv"
}
echo "memory at start: $(rss)"
echo "warm-up (10 s, not counted):"
load 10 >/dev/null || true
echo "memory after the warm-up: $(rss)"
load "$seconds" || status=$?
echo "memory at the end: $(rss)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
