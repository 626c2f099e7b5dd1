#!/usr/bin/env bash
# Vector tiles as a fresh server draws them (docs/PERFORMANCE.md): starts the API (Release build) on a free port with a
# temporary store, asks once for each layer's full-province tile (5/25/14, drawn on demand) and for the tiles the map opens
# on, then asks the communes' full-province tile 200 times (kept by the server) and prints p50/p95 as curl sees them.
set -euo pipefail
cd "$(dirname "$0")/../.."
folder=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dotnet run --project src/TelecomGis.Api -c Release --no-build -- --urls "http://127.0.0.1:$port" --Store:Path "$folder/s.gpkg" >"$folder/log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$folder"' EXIT
for _ in $(seq 1 90); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/map/settings" && break; sleep 1; done
key=$(awk '/demo-appraiser/ {print $3}' "$folder/log")
echo "first request of a tile (drawn on demand), seconds:"
for layer in province communes zones airport-surfaces post-offices sites fiber-routes planned-positions; do
  for tile in 5/25/14 8/204/112 9/409/224; do
    curl -s -H "Authorization: Bearer $key" -o /dev/null -w "  $layer $tile %{size_download} B %{time_total}\n" "http://127.0.0.1:$port/api/tiles/$layer/$tile.mvt"
  done
done
echo "communes 5/25/14, kept by the server, 200 requests (curl, one connection each), milliseconds:"
for _ in $(seq 1 200); do curl -s -o /dev/null -w "%{time_total}\n" "http://127.0.0.1:$port/api/tiles/communes/5/25/14.mvt"; done \
  | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "  p50 %.2f  p95 %.2f  max %.2f\n", t[int(NR*0.5)], t[int(NR*0.95)], t[NR] }'
