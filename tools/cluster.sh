#!/usr/bin/env bash
# Several API instances on one PostGIS store behind nginx, on loopback (issue 14; docs/OPERATIONS.md, "Several instances"):
#   tools/cluster.sh start DIR   a throwaway PostgreSQL 15 + PostGIS (initdb in DIR, as the storage tests' server), two API
#                                instances (the Release build) on it, and Debian's nginx balancing between them; writes
#                                DIR/cluster.env (ports, pids, the demo keys instance A printed) and returns once all answer.
#   tools/cluster.sh stop DIR    stops them and removes DIR.
# Nothing listens beyond 127.0.0.1. Needs postgresql-15-postgis-3 and nginx-light (tools/test.sh installs both).
# Coverage runs are leased for COVERAGE_LEASE_SECONDS (3 here, 30 by default in the service), so that a run whose instance is
# killed is taken over within seconds in the end-to-end test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cmd="${1:-}"; dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: tools/cluster.sh start|stop DIR" >&2; exit 2; }
pgbin=/usr/lib/postgresql/15/bin

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

if [ "$cmd" = stop ]; then
  if [ -f "$dir/cluster.env" ]; then
    # shellcheck disable=SC1091
    . "$dir/cluster.env"
    for pid in ${API_A_PID:-} ${API_B_PID:-}; do kill "$pid" 2>/dev/null || true; done
    [ -f "$dir/nginx/nginx.pid" ] && kill "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null || true
    as_postgres "$pgbin/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  exit 0
fi
[ "$cmd" = start ] || { echo "usage: tools/cluster.sh start|stop DIR" >&2; exit 2; }

dll="${API_DLL:-$root/src/TelecomGis.Api/bin/Release/net10.0/TelecomGis.Api.dll}"
[ -f "$dll" ] || dotnet build "$root/src/TelecomGis.Api" -c Release -nologo -v quiet
[ -x "$pgbin/initdb" ] && [ -f /usr/share/postgresql/15/extension/postgis.control ] \
  || { echo "PostgreSQL 15 with PostGIS 3 is needed: apt-get install postgresql-15-postgis-3" >&2; exit 1; }
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { echo "nginx is needed: apt-get install nginx-light" >&2; exit 1; }
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"
mkdir -p "$dir/pg" "$dir/a" "$dir/b" "$dir/nginx/temp"
[ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$dir/pg" && chmod 755 "$dir"
pg_port=$(free_port); a_port=$(free_port); b_port=$(free_port); lb_port=$(free_port)

as_postgres "$pgbin/initdb" -D "$dir/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$dir/pg" -l "$dir/pg/log" -w \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $dir/pg -c fsync=off" start >/dev/null
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE telecomgis" >/dev/null
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d telecomgis -qc "CREATE EXTENSION postgis" >/dev/null
# Each instance's connection pool is capped so that both together stay under PostgreSQL's max_connections (100): with Npgsql's
# default of 100 per instance, 200 clients through the balancer got "53300: too many clients already" (docs/OPERATIONS.md).
conn="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=telecomgis;Maximum Pool Size=${POOL_SIZE:-40}"

start_api() { # name port
  dotnet "$dll" --urls "http://127.0.0.1:$2" --ConnectionStrings:Postgres "$conn" --ApiKeys:Path "$dir/$1/keys.json" \
    --Store:Path "$dir/$1/unused.gpkg" --Api:KnownProxies 127.0.0.1 \
    --Coverage:LeaseSeconds "${COVERAGE_LEASE_SECONDS:-3}" --Coverage:PollMilliseconds 500 >"$dir/$1/log" 2>&1 &
  echo $!
}
wait_ready() { # url
  for _ in $(seq 1 240); do curl -sf "$1/readyz" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "not ready: $1" >&2; return 1
}
# A first, alone: it migrates the new database, imports and activates the bundled plan and seeds the demo keys into the store.
a_pid=$(start_api a "$a_port"); wait_ready "http://127.0.0.1:$a_port"
b_pid=$(start_api b "$b_port"); wait_ready "http://127.0.0.1:$b_port"

cat >"$dir/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 512; }
http {
  access_log $dir/nginx/access.log;
  client_body_temp_path $dir/nginx/temp/body;
  proxy_temp_path $dir/nginx/temp/proxy;
  fastcgi_temp_path $dir/nginx/temp/fastcgi;
  uwsgi_temp_path $dir/nginx/temp/uwsgi;
  scgi_temp_path $dir/nginx/temp/scgi;
  client_max_body_size 64m;
  upstream telecomgis {
    server 127.0.0.1:$a_port max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$b_port max_fails=1 fail_timeout=5s;
  }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://telecomgis;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
CONF
# As root nginx's workers drop to nobody, who must write its temp folders.
chmod -R 777 "$dir/nginx/temp"
"$nginx_bin" -p "$dir/nginx" -c "$dir/nginx/nginx.conf"
wait_ready "http://127.0.0.1:$lb_port"

key() { awk -v who="$1" '$1 == who || $2 == who { print $NF; exit }' "$dir/a/log"; }
cat >"$dir/cluster.env" <<ENV
PG_PORT=$pg_port
PG_CONNECTION='$conn'
API_A=http://127.0.0.1:$a_port
API_B=http://127.0.0.1:$b_port
API_A_PID=$a_pid
API_B_PID=$b_pid
BALANCER=http://127.0.0.1:$lb_port
KEY_ADMIN=$(key admin)
KEY_PLANNER=$(key planner)
KEY_APPRAISER=$(key appraiser)
KEY_VIETTEL=$(key Viettel)
ENV
echo "cluster up: balancer http://127.0.0.1:$lb_port, instances :$a_port and :$b_port, PostgreSQL :$pg_port (env in $dir/cluster.env)"
