#!/bin/sh
# Layout quality at issue 15's six key dates, in one run: for each date the graph `snapshot`
# reports (the actors present, one straight segment per unordered pair of actors with an active
# tie), the crossings and normalized stress (hop distances) of tieline's positions, of d3-force's
# default static layout (300 ticks) and of graphology's ForceAtlas2 (inferSettings, 1,000
# iterations, seeded start), all counted by snapshot_crossings.py; then tieline's own
# `layout --metrics` figures at the date (stress over spring lengths, crossings, overlaps at the
# drawn radii, movement between monthly keyframes). npm packages go into tests/bench/node_modules
# (ignored by git). Usage: tests/bench/compare_quality.sh [TIELINE] [DATASET]. About 10 s.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tieline=${1:-$root/build/tieline}
dataset=${2:-$root/data/korea-1955-1969.json}
dates="1955-06-15 1956-09-20 1961-07-11 1966-06-15 1968-03-01 1969-10-01"
if [ ! -d "$here/node_modules/graphology-layout-forceatlas2" ] || [ ! -d "$here/node_modules/d3-force" ]; then
    (cd "$here" && npm install --silent --no-audit --no-fund --no-save d3-force@3 graphology@0.25 \
        graphology-layout-forceatlas2@0.10 >/dev/null)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count="python3 $here/snapshot_crossings.py --json"
num() { sed -n "s/.*\"$1\": *\([0-9.e+-]*\).*/\1/p"; }
printf "%-11s | %9s %7s | %9s %7s | %9s %7s | %-40s\n" date "tieline" stress "d3-force" stress "FA2" stress \
    "tieline layout --metrics: stress cross overlaps"
tt=0 td=0 tf=0
for d in $dates; do
    "$tieline" snapshot "$dataset" --at "$d" --compact >"$tmp/$d.json"
    node "$here/static_layouts.mjs" "$tmp/$d.json" "$tmp/$d.d3.json" "$tmp/$d.fa2.json" 1
    set -- $($count "$tmp/$d.json") $($count "$tmp/$d.d3.json") $($count "$tmp/$d.fa2.json")
    m=$("$tieline" layout "$dataset" --at "$d" --metrics)
    printf "%-11s | %9s %7s | %9s %7s | %9s %7s | %8.4f %5s %5s\n" "$d" "$1" "$2" "$3" "$4" "$5" "$6" \
        "$(echo "$m" | num stress)" "$(echo "$m" | num crossings)" "$(echo "$m" | num overlaps)"
    tt=$((tt + $1)) td=$((td + $3)) tf=$((tf + $5))
done
printf "%-11s | %9s %7s | %9s %7s | %9s %7s |\n" total "$tt" "" "$td" "" "$tf" ""
echo "movement between monthly keyframes (share of the layout's diagonal): mean $(echo "$m" | num movementMean), max $(echo "$m" | num movementMax)"
