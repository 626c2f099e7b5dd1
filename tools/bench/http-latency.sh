#!/usr/bin/env bash
# Single-appraisal latency over HTTP on loopback (docs/PERFORMANCE.md): starts the API (Release, a fresh GeoPackage store in a
# temporary folder) on a free 127.0.0.1 port, then tools/bench/http-load sends POST /api/appraisals (the seed's Móng Cái tower)
# at a fixed rate, open loop, and prints throughput and p50/p90/p99 measured from each request's due time. Stops the server.
# Usage: bash tools/bench/http-latency.sh [rate=500] [seconds=30]
set -euo pipefail
cd "$(dirname "$0")/../.."
rate=${1:-500}
seconds=${2:-30}
dotnet build src/TelecomGis.Api -c Release -nologo -v quiet >/dev/null
dotnet build tools/bench/http-load -c Release -nologo -v quiet >/dev/null

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
dotnet src/TelecomGis.Api/bin/Release/net10.0/TelecomGis.Api.dll --urls "http://127.0.0.1:$port" --Store:Path "$work/store.gpkg" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q "khóa API mẫu" "$work/server.log" 2>/dev/null && grep -q "^ *admin " "$work/server.log" && break; sleep 0.5; done
key=$(awk '$1 == "appraiser" { print $NF; exit }' "$work/server.log")
[ -n "$key" ] || { echo "the server did not start:"; cat "$work/server.log"; exit 1; }
printf '{"carrier":"Viettel","site_code":"MC-33","lon":107.97826,"lat":21.53008,"pole_class":"A2b","height_m":33,"camouflaged":false}' >"$work/site.json"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet tools/bench/http-load/bin/Release/net10.0/http-load.dll --url "http://127.0.0.1:$port/api/appraisals" --key "$key" \
  --body "$work/site.json" --rate "$rate" --seconds "$seconds" --warmup 5
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
