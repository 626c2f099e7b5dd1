#!/usr/bin/env bash
# The PostGIS SQL peer beside the engine (docs/PERFORMANCE.md): starts a throwaway PostgreSQL 15 + PostGIS on a free loopback
# port (the PLATFORM.md recipe), imports the Quảng Ninh plan through the PostGIS store, appraises the same generated sites with
# the engine and with tools/bench/postgis-peer/*.sql, prints the verdict agreement and both times. Stops and removes the server.
# Usage: bash tools/bench/postgis-peer.sh [count] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-100000}
runs=${2:-3}
PGBIN=/usr/lib/postgresql/15/bin
[ -x "$PGBIN/initdb" ] && [ -f /usr/share/postgresql/15/extension/postgis.control ] || { echo "needs postgresql-15-postgis-3 (apt-get install)"; exit 2; }
dotnet build tools/bench/postgis-peer -c Release -nologo -v quiet >/dev/null

root=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$root"
cleanup() { as_pg "$PGBIN/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$root"; }
[ -n "${KEEP_PEER_DB:-}" ] && echo "keeping $root on port $port" || trap cleanup EXIT
as_pg "$PGBIN/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$root/data" -l "$root/log" -w -o "-p $port -c listen_addresses=127.0.0.1 -k $root" start >/dev/null
as_pg "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE peer" -c "\\c peer" -c "CREATE EXTENSION postgis" >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet tools/bench/postgis-peer/bin/Release/net10.0/postgis-peer.dll \
  --connection "Host=127.0.0.1;Port=$port;Username=postgres;Database=peer;Pooling=false" --count "$count" --runs "$runs" --plan data/quang-ninh ${PEER_JOB:+--job "$PEER_JOB"}
