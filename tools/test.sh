#!/usr/bin/env bash
# The one command that passes every test on a fresh machine (README.md): installs what the tests use
# (PROJ's cs2cs as the geodesy oracle, GDAL's ogrinfo as the GeoPackage's and the OGC API's outside reader, PostgreSQL 15 +
# PostGIS for the PostGIS store's throwaway test server), builds the solution and runs every test project.
# Ends with a plain "N passed, N failed" line read from the TRX results.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v cs2cs >/dev/null 2>&1 || need+=(proj-bin)
# GDAL's ogrinfo: the GeoPackage's outside reader (Storage.Tests) and an OGC API – Features client (Api.Tests).
command -v ogrinfo >/dev/null 2>&1 || need+=(gdal-bin)
[ -f /usr/share/postgresql/15/extension/postgis.control ] || need+=(postgresql-15-postgis-3)
# The letter tests read the PDF back with poppler's pdftotext, and the PDF is set in DejaVu (Sans for figures, Serif Condensed for text).
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-BoldItalic.ttf ] || need+=(fonts-dejavu-extra)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
dotnet build TelecomGis.sln -c Release -nologo -v quiet || exit 1
dotnet test TelecomGis.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results" || status=$?

passed=0; failed=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  p=$(grep -o 'passed="[0-9]*"' "$f" | head -1 | grep -o '[0-9]*' || echo 0)
  q=$(grep -o 'failed="[0-9]*"' "$f" | head -1 | grep -o '[0-9]*' || echo 0)
  passed=$((passed + p)); failed=$((failed + q))
done
echo "$passed passed, $failed failed"
[ "$passed" -gt 0 ] || status=1
exit $status
