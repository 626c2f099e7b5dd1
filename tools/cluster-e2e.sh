#!/usr/bin/env bash
# The cluster end to end (issue 14): tools/cluster.sh's two instances on one PostGIS store behind nginx. Checks that a key issued
# on one instance works on the other at once, a dossier submitted on one is decided on the other, and a plan version activated on
# one is current on both within a second (LISTEN/NOTIFY). Called from tools/test.sh; about a minute after the Release build.
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
echo "cluster e2e: all passed"
