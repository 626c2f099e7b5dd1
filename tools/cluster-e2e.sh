#!/usr/bin/env bash
# The cluster end to end (issue 14): tools/cluster.sh's two instances on one PostGIS store behind nginx. Checks that a key issued
# on one instance works on the other at once, a dossier submitted on one is decided on the other, and a plan version activated on
# one is current on both within a second (LISTEN/NOTIFY), a coverage run started on one is read on the other, and a run whose
# instance is killed (kill -9) mid-run is finished by the other once its lease (3 s here) runs out. Called from tools/test.sh;
# 1 min 34 s to 1 min 55 s after the Release build on the shared 2-core machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"; chmod 755 "$tmp"  # PostgreSQL runs as postgres under root: it must reach its folder
dir="$tmp/cluster"
trap '"$root/tools/cluster.sh" stop "$dir" || true; rm -rf "$tmp"' EXIT
"$root/tools/cluster.sh" start "$dir"
# shellcheck disable=SC1091
. "$dir/cluster.env"
fail() { echo "cluster e2e: FAIL: $*" >&2; for f in a b; do echo "--- instance $f log"; tail -20 "$dir/$f/log"; done >&2; exit 1; }
auth() { echo "Authorization: Bearer $1"; }

# 1. Both instances and the balancer know the demo keys instance A seeded into the store.
for url in "$API_A" "$API_B" "$BALANCER"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$(auth "$KEY_ADMIN")" "$url/api/auth/me")" = 200 ] || fail "admin key refused at $url"
done

# 2. A key issued on A works on B at once, without a restart; a wrong key is refused on both.
issued=$(curl -sf -H "$(auth "$KEY_ADMIN")" -H 'Content-Type: application/json' \
  -d '{"user_id":"cluster-appraiser","role":"appraiser"}' "$API_A/api/auth/keys" | jq -r .key)
[ "$(curl -sf -H "$(auth "$issued")" "$API_B/api/auth/me" | jq -r .user_id)" = cluster-appraiser ] || fail "key issued on A unknown to B"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$(auth "tgk_wrong")" "$API_B/api/auth/me")" = 401 ] || fail "a wrong key was not 401"
echo "ok: a key issued on instance A works on instance B at once"

# 3. A dossier submitted on A is decided on B, and the decision is read back through the balancer.
id=$(curl -sf -H "$(auth "$KEY_VIETTEL")" -F file=@"$root/data/examples/dossier-viettel.csv" "$API_A/api/submissions" | jq .submission.id)
row=$(curl -sf -H "$(auth "$issued")" "$API_B/api/submissions/$id" | jq -r '[.rows[] | select(.verdict == "conforms")][0].row')
[ -n "$row" ] && [ "$row" != null ] || fail "submission $id not readable on B"
curl -sf -H "$(auth "$issued")" -H 'Content-Type: application/json' -d '{"decision":"approve"}' \
  "$API_B/api/submissions/$id/rows/$row/decision" >/dev/null || fail "decision on B refused"
decided=$(curl -sf -H "$(auth "$KEY_APPRAISER")" "$BALANCER/api/submissions/$id" | jq -r ".rows[] | select(.row == $row) | .decision.decision")
[ "$decided" = approve ] || fail "the decision made on B is not read back through the balancer ($decided)"
echo "ok: dossier $id submitted on A, row $row decided on B, read back through the balancer"

# 4. Another plan version (data/quang-ninh under another name) imported and activated on A is current on B within a second.
zip_file="$tmp/plan.zip"
cp -r "$root/data/quang-ninh" "$tmp/plan"
jq '.plan_name += " (điều chỉnh)"' "$root/data/quang-ninh/plan.json" >"$tmp/plan/plan.json"
(cd "$tmp/plan" && zip -qr "$zip_file" .)
imported=$(curl -s -H "$(auth "$KEY_PLANNER")" -H 'Content-Type: application/zip' --data-binary @"$zip_file" "$API_A/api/plans")
version=$(echo "$imported" | jq -r '.version // empty' 2>/dev/null || true)
[ -n "$version" ] && [ "$version" != null ] || fail "plan import on A refused: $imported"
# A planner reads the impact before activating; meanwhile every instance, told of the import, builds the version's index ahead
# (0.5 s on a quiet machine, several seconds on this shared one), so the activation itself needs no load.
sleep 8
current() { curl -sf -H "$(auth "$KEY_PLANNER")" "$1/api/plans" | jq -r '.[] | select(.current) | .version'; }
curl -sf -H "$(auth "$KEY_PLANNER")" -X POST "$API_A/api/plans/$version/activate" >/dev/null || fail "activation on A refused"
start=$(date +%s%N)
seen=""
for _ in $(seq 1 100); do
  [ "$(current "$API_B")" = "$version" ] && { seen=$(( ($(date +%s%N) - start) / 1000000 )); break; }
  sleep 0.02
done
[ -n "$seen" ] || fail "B did not take up the version activated on A within 2 s"
[ "$(current "$API_A")" = "$version" ] || fail "A does not show its own activation"
[ "$seen" -le 1000 ] || fail "B took $seen ms to take up the activation (more than a second)"
echo "ok: plan ${version:0:12} activated on A, current on B after $seen ms"

# 5. A coverage run started on A is run by one of the instances and read on B and through the balancer: the same bytes.
cov() { curl -sf -H "$(auth "$KEY_PLANNER")" "$@"; }
state_of() { cov "$1/api/analysis/coverage/$2" | jq -r .state; }
wait_ended() { # url id seconds
  local s=""
  for _ in $(seq 1 $(( $3 * 10 ))); do s=$(state_of "$1" "$2" || true); [ "$s" = running ] || [ -z "$s" ] || break; sleep 0.1; done
  echo "$s"
}
run=$(cov -H 'Content-Type: application/json' -d '{"resolution_m":3000}' "$API_A/api/analysis/coverage" | jq -r .id)
[ -n "$run" ] && [ "$run" != null ] || fail "coverage run not started on A"
[ "$(wait_ended "$API_B" "$run" 60)" = finished ] || fail "coverage run $run started on A not finished as read on B"
cov -o "$tmp/a.tif" "$API_A/api/analysis/coverage/$run/coverage.tif" || fail "raster of $run not served by A"
cov -o "$tmp/b.tif" "$API_B/api/analysis/coverage/$run/coverage.tif" || fail "raster of $run not served by B"
cmp -s "$tmp/a.tif" "$tmp/b.tif" || fail "A and B serve different rasters for run $run"
[ "$(cov "$BALANCER/api/analysis/coverage/$run/communes" | jq 'map(select(.technology == "4G" and .carrier == "all")) | length')" -gt 0 ] \
  || fail "no 4G commune table for run $run through the balancer"
echo "ok: coverage run $run started on A, read on B and through the balancer ($(stat -c %s "$tmp/b.tif") bytes of GeoTIFF)"

# 6. A run started, the instance running it killed (kill -9) mid-run; the other takes it over when its lease runs out and
#    finishes it; the results are read through the balancer. The store says who ran it and how many times it was claimed.
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d telecomgis -Atc "$1"; }
run=$(cov -H 'Content-Type: application/json' -d '{"resolution_m":200}' "$BALANCER/api/analysis/coverage" | jq -r .id)
[ -n "$run" ] && [ "$run" != null ] || fail "coverage run not started through the balancer"
for _ in $(seq 1 300); do
  [ "$(cov "$API_B/api/analysis/coverage/$run" | jq .rows_done)" -gt 0 ] && break
  sleep 0.1
done
owner=$(sql "SELECT owner FROM jobs WHERE id = '$run' AND state = 'running'")
[ -n "$owner" ] || fail "run $run was not running when it should have been killed ($(sql "SELECT state FROM jobs WHERE id = '$run'"))"
victim_pid=$(echo "$owner" | cut -d: -f2)
case "$victim_pid" in
  "$API_A_PID") victim=A; survivor="$API_B" ;;
  "$API_B_PID") victim=B; survivor="$API_A" ;;
  *) fail "run $run is owned by $owner, neither instance ($API_A_PID, $API_B_PID)" ;;
esac
killed_at=$(date +%s%N)
kill -9 "$victim_pid"
[ "$(wait_ended "$survivor" "$run" 90)" = finished ] || fail "run $run was not finished after instance $victim was killed"
took=$(( ($(date +%s%N) - killed_at) / 1000000 ))
read -r attempts last_owner < <(sql "SELECT attempts, owner FROM jobs WHERE id = '$run'" | tr '|' ' ')
[ "$attempts" -ge 2 ] && [ "$last_owner" != "$owner" ] || fail "run $run: attempts $attempts, owner $last_owner (killed: $owner)"
code=$(curl -s -o "$tmp/taken.tif" -w '%{http_code}' -H "$(auth "$KEY_PLANNER")" "$BALANCER/api/analysis/coverage/$run/coverage.tif")
[ "$code" = 200 ] && [ "$(head -c 4 "$tmp/taken.tif" | od -An -tx1 | tr -d ' ')" = 49492a00 ] || fail "raster of $run through the balancer: $code"
[ "$(cov "$BALANCER/api/analysis/coverage/$run" | jq -r .state)" = finished ] || fail "run $run not finished through the balancer"
echo "ok: coverage run $run, instance $victim killed mid-run, finished by the other $took ms later (claimed $attempts times), read through the balancer"
echo "cluster e2e: all passed"
