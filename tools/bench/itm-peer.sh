#!/usr/bin/env bash
# Builds NTIA's ITM beside the project ($ITM_SRC: a checkout of github.com/NTIA/itm) with tools/bench/itm-peer.cpp and times it
# on a profile file (one line "n,spacing,z0..zn"), e.g. the one PropagationBenchmarks uses, written by
#   dotnet run -c Release --project tests/TelecomGis.Benchmarks -- --write-profile /tmp/profile.csv
# Usage: ITM_SRC=/path/to/NTIA-itm tools/bench/itm-peer.sh /tmp/profile.csv [calls]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=${ITM_SRC:?set ITM_SRC to a checkout of github.com/NTIA/itm}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/src" "$src/include" "$work/"
sed -i 's#"\.\.\\include\\\([A-Za-z]*\.h\)"#"../include/\1"#' "$work"/src/*.cpp
sed -i 's#__declspec(dllexport)##' "$work/include/itm.h"
g++ -O2 -I"$work/include" "$work"/src/*.cpp "$here/itm-peer.cpp" -o "$work/itm-peer"
"$work/itm-peer" "$1" "${2:-200000}"
