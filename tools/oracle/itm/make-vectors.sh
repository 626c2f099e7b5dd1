#!/usr/bin/env bash
# Builds NTIA's reference ITM (github.com/NTIA/itm, fetched beside the project into $ITM_SRC, never copied in) and our sweep driver,
# then writes the oracle vectors our tests read. Usage: ITM_SRC=/path/to/NTIA-itm tools/oracle/itm/make-vectors.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
src=${ITM_SRC:?set ITM_SRC to a checkout of github.com/NTIA/itm}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/src" "$src/include" "$work/"
# NTIA's sources are written for MSVC: Windows include paths and __declspec.
sed -i 's#"\.\.\\include\\\([A-Za-z]*\.h\)"#"../include/\1"#' "$work"/src/*.cpp
sed -i 's#__declspec(dllexport)##' "$work/include/itm.h"
g++ -O2 -I"$work/include" "$work"/src/*.cpp "$here/sweep.cpp" -o "$work/sweep"
vectors="$root/tests/TelecomGis.Core.Tests/Coverage/Propagation/Itm/Vectors"
"$work/sweep" p2p "$vectors/pfls.csv" > "$vectors/oracle-p2p.csv"
"$work/sweep" area "$vectors/pfls.csv" > "$vectors/oracle-area.csv"
wc -l "$vectors"/oracle-*.csv
