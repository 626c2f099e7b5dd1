#!/usr/bin/env bash
# The one command that passes every test on a fresh machine (README.md): installs what the tests use
# (PROJ's cs2cs as the geodesy oracle, GDAL's ogrinfo as the GeoPackage's and the OGC API's outside reader, PostgreSQL 15 +
# PostGIS for the PostGIS store's throwaway test server, Debian's Chromium for the web map's end-to-end tests), builds the
# solution (the Api's build runs npm ci and the map's Vite build), runs every test project, the CLI's tests again against its
# native build, then the map's e2e tests.
# Ends with a plain "N passed, N failed" line read from the TRX results and the e2e run's TAP summary.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v cs2cs >/dev/null 2>&1 || need+=(proj-bin)
# GDAL's ogrinfo: the GeoPackage's outside reader (Storage.Tests) and an OGC API – Features client (Api.Tests).
command -v ogrinfo >/dev/null 2>&1 || need+=(gdal-bin)
# GDAL's Cloud-Optimized GeoTIFF validator (python3-gdal's osgeo_utils) checks the coverage rasters' layout (Storage.Tests).
[ -f /usr/lib/python3/dist-packages/osgeo_utils/samples/validate_cloud_optimized_geotiff.py ] || need+=(python3-gdal)
[ -f /usr/share/postgresql/15/extension/postgis.control ] || need+=(postgresql-15-postgis-3)
# The letter tests read the PDF back with poppler's pdftotext and pdffonts; its text is set in Liberation Serif (Times New Roman's
# metrics, as the .docx names it: fonts-liberation2, since fonts-liberation 1.07 lacks Vietnamese letters such as ặ, ệ, ữ), its
# map figures in DejaVu Sans; DejaVu Serif Condensed is the fallback serif.
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-BoldItalic.ttf ] || need+=(fonts-liberation2)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-BoldItalic.ttf ] || need+=(fonts-dejavu-extra)
# The department's report workbook is rendered with LibreOffice headless to check its Vietnamese text (Cli.Tests, issue 13).
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
# Debian's nginx balances the two API instances of the cluster end-to-end test (tools/cluster-e2e.sh, issue 14).
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
# The web map's end-to-end tests drive Debian's Chromium through playwright-core (never a browser playwright downloads).
[ -x /usr/bin/chromium ] || need+=(chromium)
# Its Vietnamese interface (a file input's button, a date field's order), as the department's browsers show it (e2e/browser.mjs).
[ -f /usr/lib/chromium/locales/vi.pak ] || need+=(chromium-l10n)
# The CLI's native build (Native AOT) links with clang and zlib.
command -v clang >/dev/null 2>&1 || ls /usr/bin/clang-[0-9]* >/dev/null 2>&1 || need+=(clang)
[ -f /usr/lib/x86_64-linux-gnu/libz.so ] || need+=(zlib1g-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Formatting is part of passing (CSharpier, the local tool in dotnet-tools.json, width 140 in .csharpierrc.json):
# `dotnet csharpier format .` fixes what this refuses.
dotnet tool restore >/dev/null
dotnet csharpier check . || { echo "formatting: run 'dotnet csharpier format .'"; exit 1; }

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
dotnet build TelecomGis.sln -c Release -nologo -v quiet || exit 1
dotnet test TelecomGis.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results" || status=$?

# The command-line tool's native build (README.md: Native AOT, for large batches), published as the README publishes it, and every
# CLI test again against it: what the ahead-of-time compiler cannot run (reflection it does not see, a serializer without its
# generated code) works under dotnet and fails only there. 3–5 minutes, most of it the native compiler.
if dotnet publish src/TelecomGis.Cli -c Release -r linux-x64 -p:PublishAot=true -o artifacts/native -nologo -v quiet \
  > "$results/native-publish.log" 2>&1; then
  TELECOMGIS_CLI="$PWD/artifacts/native/telecomgis" dotnet test tests/TelecomGis.Cli.Tests -c Release --no-build -nologo \
    --logger "trx;LogFileName=cli-native.trx" --results-directory "$results" || status=$?
else
  grep -E "error|rror\(s\)" "$results/native-publish.log" | tail -20; echo "native build: publish failed"; status=1
fi

# The web map end to end: the real API (the Release build above, started by the tests on a free port) in headless Chromium.
# npm ci only when the install is missing or older than the lock file (the Api's build normally did it already).
web=src/TelecomGis.Web
if [ ! -f "$web/node_modules/.package-lock.json" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
  (cd "$web" && npm ci --no-audit --no-fund)
fi
(cd "$web" && node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$results/e2e.tap" e2e/) || status=1

# Several instances on one PostGIS store behind nginx (tools/cluster.sh): keys, a dossier and an activation across instances.
cluster_passed=0
if API_DLL="$PWD/src/TelecomGis.Api/bin/Release/net10.0/TelecomGis.Api.dll" bash tools/cluster-e2e.sh; then cluster_passed=1; else status=1; fi

passed=0; failed=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  p=$(grep -o 'passed="[0-9]*"' "$f" | head -1 | grep -o '[0-9]*' || echo 0)
  q=$(grep -o 'failed="[0-9]*"' "$f" | head -1 | grep -o '[0-9]*' || echo 0)
  passed=$((passed + p)); failed=$((failed + q))
done
# node's TAP summary: "# pass N", "# fail N" (a run that never reached its summary counts as one failure).
if [ -f "$results/e2e.tap" ] && grep -q '^# pass' "$results/e2e.tap"; then
  passed=$((passed + $(grep -o '^# pass [0-9]*' "$results/e2e.tap" | grep -o '[0-9]*$')))
  failed=$((failed + $(grep -o '^# fail [0-9]*' "$results/e2e.tap" | grep -o '[0-9]*$')))
else
  failed=$((failed + 1))
fi
passed=$((passed + cluster_passed)); failed=$((failed + 1 - cluster_passed))
echo "$passed passed, $failed failed"
[ "$passed" -gt 0 ] || status=1
exit $status
