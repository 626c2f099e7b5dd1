#!/usr/bin/env bash
# Macro benchmark of whole jobs (docs/PERFORMANCE.md): 100,000 generated proposed sites appraised through the CLI, and
# 100,000 points converted WGS 84 -> EPSG:5899 by the CLI beside PROJ's cs2cs on the same input (the peer), each run
# three times with the median wall time printed, through the JIT build and the native build (NATIVE=0: the JIT build
# alone). The appraisal's peer is GDAL's ogr2ogr copying the same CSV to CSV (reading and writing every row, judging nothing): the floor the field's own tool sets for one pass over the rows. Usage: bash tools/bench/macro.sh [count]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The CLI remembers a plan it has read whole and found valid (ValidatedPlans): a cache of this run's own, filled by the generate
# call below, so every timed run reads the plan as a user's second command does, and the user's cache is left alone.
export TELECOMGIS_CACHE_DIR="$work/cache"
dotnet build src/TelecomGis.Cli -c Release -nologo -v quiet >/dev/null
cli="dotnet src/TelecomGis.Cli/bin/Release/net10.0/telecomgis.dll"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall() { local t0 t1; t0=$(date +%s.%N); bash -c "$1" >/dev/null 2>>"$work/log"; t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f\n", b-a}'; }
# The machine is shared: CPU time (user + sys, every thread) moves far less with the other builds than wall time does.
cpu() { /usr/bin/time -f "%U %S" -o "$work/cpu" bash -c "$1" >/dev/null 2>>"$work/log"; awk '{printf "%.2f\n", $1+$2}' "$work/cpu"; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
$cli generate proposals --plan data/quang-ninh --count "$count" --seed 7 --bad-rows 0.01 --out "$work/proposals.csv" 2>/dev/null

# The native build, as README.md publishes it (3–5 minutes the first time; NATIVE=0 leaves it out). The JIT build and it are run
# in turn, round by round, so a change in the shared machine's speed falls on both.
native=""
if [ "${NATIVE:-1}" != 0 ]; then
  dotnet publish src/TelecomGis.Cli -c Release -r linux-x64 -p:PublishAot=true -o artifacts/native -nologo -v quiet >/dev/null
  native=artifacts/native/telecomgis
fi
echo "appraise $count sites (plan load, read, appraise, write), JIT build${native:+ and native build} in turn:"
for i in 1 2 3; do
  wall "$cli appraise --plan data/quang-ninh --in $work/proposals.csv --out $work/results.csv" >> "$work/appraise"
  [ -z "$native" ] || wall "$native appraise --plan data/quang-ninh --in $work/proposals.csv --out $work/results-native.csv" >> "$work/appraise-native"
done
sed 's/^/  JIT build run: /' "$work/appraise"
grep -hE "time:|thời gian:" "$work/log" | sed 's/^/  /'
m=$(median < "$work/appraise"); echo "  JIT build: median ${m}s = $(awk -v n="$count" -v t="$m" 'BEGIN{printf "%.0f", n/t}') sites/s end to end"
if [ -n "$native" ]; then
  sed 's/^/  native build run: /' "$work/appraise-native"
  cmp -s "$work/results.csv" "$work/results-native.csv" && same="identical" || same="DIFFERENT"
  a=$(median < "$work/appraise-native")
  echo "  native build: median ${a}s = $(awk -v n="$count" -v t="$a" 'BEGIN{printf "%.0f", n/t}') sites/s end to end; results $same to the JIT build's"
fi
for i in 1 2 3; do
  cpu "$cli appraise --plan data/quang-ninh --in $work/proposals.csv --out $work/results.csv" >> "$work/appraise-cpu"
  [ -z "$native" ] || cpu "$native appraise --plan data/quang-ninh --in $work/proposals.csv --out $work/results.csv" >> "$work/appraise-native-cpu"
done
echo "  CPU time (user + sys) of three more runs: JIT $(tr '\n' ' ' < "$work/appraise-cpu")s${native:+, native $(tr '\n' ' ' < "$work/appraise-native-cpu" 2>/dev/null)s}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v ogr2ogr >/dev/null; then
  for i in 1 2 3; do
    rm -f "$work/copy.csv"
    wall "ogr2ogr -f CSV $work/copy.csv $work/proposals.csv"
  done > "$work/ogr"
  g=$(median < "$work/ogr")
  echo "  peer: ogr2ogr copying the same $count rows CSV -> CSV, median ${g}s; appraise / copy: JIT $(awk -v a="$m" -v b="$g" 'BEGIN{printf "%.2f", a/b}')${native:+, native $(awk -v a="${a:-0}" -v b="$g" 'BEGIN{printf "%.2f", a/b}')}"
else
  echo "  peer: ogr2ogr not installed (apt-get install gdal-bin), not run"
fi

python3 - "$count" > "$work/points.txt" <<'PY'
import random, sys
r = random.Random(5899)
for _ in range(int(sys.argv[1])):
    print(f"{r.uniform(106.5, 108.0):.7f},{r.uniform(20.75, 21.6):.7f}")
PY
awk -F, '{print $2" "$1}' "$work/points.txt" > "$work/points-latlon.txt"
echo "convert $count points WGS 84 -> EPSG:5899:"
for i in 1 2 3; do wall "$cli convert --to EPSG:5899 < $work/points.txt"; done > "$work/ours"
for i in 1 2 3; do wall "cs2cs -f %.4f EPSG:4326 EPSG:5899 < $work/points-latlon.txt"; done > "$work/peer"
o=$(median < "$work/ours"); p=$(median < "$work/peer")
echo "  telecomgis convert (JIT build) median ${o}s, cs2cs median ${p}s, ratio $(awk -v a="$o" -v b="$p" 'BEGIN{printf "%.2f", a/b}')"
if [ -n "$native" ]; then
  for i in 1 2 3; do wall "$native convert --to EPSG:5899 < $work/points.txt"; done > "$work/ours-native"
  n=$(median < "$work/ours-native")
  echo "  telecomgis convert (native build) median ${n}s, ratio to cs2cs $(awk -v a="$n" -v b="$p" 'BEGIN{printf "%.2f", a/b}')"
fi
