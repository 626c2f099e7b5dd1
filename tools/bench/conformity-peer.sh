#!/usr/bin/env bash
# The register's conformity job beside its PostGIS SQL peer (docs/PERFORMANCE.md, "Conformity of a national-scale register"):
# a generated register of N structures held against the Quảng Ninh plan by ConformityCheck on every core and by
# tools/bench/postgis-peer/conformity.sql, in one run (tools/bench/postgis-peer.sh starts the throwaway PostGIS; this passes
# --job conformity to it). Usage: bash tools/bench/conformity-peer.sh [count] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
PEER_JOB=conformity exec bash tools/bench/postgis-peer.sh "${1:-100000}" "${2:-3}"
