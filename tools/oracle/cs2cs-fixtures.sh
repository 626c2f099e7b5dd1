#!/usr/bin/env bash
# Regenerates the PROJ agreement fixture: WGS 84 points projected by cs2cs into every VN-2000 system of CrsCatalog.
# The points are deterministic (no RNG), so a rerun with the same PROJ gives the same file.
#
# Usage: tools/oracle/cs2cs-fixtures.sh [out.csv]
#   default out: tests/TelecomGis.Core.Tests/Geodesy/Fixtures/cs2cs_vn2000.csv
#
# Why points in 9.35-11.04 N, 104.24-107.11 E are left out: there PROJ prefers EPSG:5194
# ("VN-2000 to WGS 84 (1)", Mekong delta blocks DBSCL 02 and 03) over the national EPSG:6960 parameters
# that Decision 05/2007/QĐ-BTNMT publishes and that Vn2000Datum uses; the two differ by about 0.8 m.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-tests/TelecomGis.Core.Tests/Geodesy/Fixtures/cs2cs_vn2000.csv}"
command -v cs2cs >/dev/null || { echo "cs2cs not found: apt-get install proj-bin" >&2; exit 1; }

# epsg central-meridian, as in src/TelecomGis.Core/Geodesy/CrsCatalog.cs
zones="5896:102 5897:105 5898:108 5899:107.75 9205:103 9206:104 9207:104.5 9208:104.75 9209:105.5 9210:105.75
9211:106 9212:106.25 9213:106.5 9214:107 9215:107.25 9216:107.5 9217:108.25 9218:108.5 3405:105 3406:111"

in_mekong_block() { awk -v lon="$1" -v lat="$2" 'BEGIN { exit !(lat >= 9.35 && lat <= 11.04 && lon >= 104.24 && lon <= 107.11) }'; }

project() { # epsg lon lat -> "easting northing"; cs2cs takes EPSG:4326 as latitude first
  echo "$3 $2" | cs2cs -f %.6f EPSG:4326 "EPSG:$1" | awk '{ print $1 "," $2 }'
}

tmp=$(mktemp)
echo "epsg,lon,lat,easting,northing" > "$tmp"
# The seed: the Móng Cái tower of the Quảng Ninh data set.
echo "5899,107.978260,21.530080,$(project 5899 107.97826 21.53008)" >> "$tmp"

zi=0
for z in $zones; do
  epsg=${z%%:*}; cm=${z##*:}; zi=$((zi + 1))
  for i in 0 1 2 3 4 5 6 7 8; do
    # Latitudes walk 7..23.4 N; longitudes swing within ±1.5° of the central meridian.
    read -r lon lat < <(awk -v cm="$cm" -v i="$i" -v zi="$zi" \
      'BEGIN { printf "%.6f %.6f\n", cm + 1.5 * sin(i * 2.3 + zi * 0.7), 7 + 16.4 * i / 8 + 0.05 * sin(zi) }')
    if in_mekong_block "$lon" "$lat"; then continue; fi
    echo "$epsg,$lon,$lat,$(project "$epsg" "$lon" "$lat")" >> "$tmp"
  done
done

rows=$(($(wc -l < "$tmp") - 1))
if [ "$rows" -lt 150 ]; then echo "only $rows points; the agreement test wants at least 150" >&2; exit 1; fi
mv "$tmp" "$out"
echo "wrote $rows points to $out ($(cs2cs 2>&1 | head -1))"
