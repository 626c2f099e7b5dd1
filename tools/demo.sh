#!/usr/bin/env bash
# The main job on a fresh machine: generate the 2015 report period's 279 proposed Quảng Ninh sites (seeded),
# appraise them against the bundled plan and print the verdict counts. Results land in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p out
dotnet build src/TelecomGis.Cli -c Release -nologo -v quiet
cli="dotnet src/TelecomGis.Cli/bin/Release/net10.0/telecomgis.dll"
$cli generate proposals --plan data/quang-ninh --count 279 --out out/proposals-2015.csv
$cli appraise --plan data/quang-ninh --in out/proposals-2015.csv --out out/results-2015.csv --where
echo "đã ghi kết quả vào out/results-2015.csv"
