#!/bin/sh
# Times tieline, d3-force (npm, into a temporary folder) and igraph (Debian libigraph-dev) on the
# same seeded Barabási–Albert edge lists in one run and prints the ratios; then the keyframe
# precompute times and the stress of tieline's and d3's layouts after the same ticks.
# Usage: tests/bench/compare.sh [BUILD_DIR]   (default: build). Takes a few minutes on 2 cores.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
bench=$build/tests/bench/tieline_bench_layout
[ -x "$bench" ] || { echo "build first: $bench is missing" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
if ! dpkg-query -W -f='${Status}' libigraph-dev 2>/dev/null | grep -q "install ok installed"; then
    $sudo apt-get -o DPkg::Lock::Timeout=900 install -y -q libigraph-dev >/dev/null
fi
cc -O2 "$here/igraph_bench.c" $(pkg-config --cflags --libs igraph) -lm -o "$tmp/igraph_bench"
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund d3-force@3 >/dev/null)
cp "$here/d3_bench.mjs" "$tmp/"
"$bench" graphs "$tmp" >/dev/null

num() { sed -n "s/.*\"$1\": *\([0-9.e+-]*\).*/\1/p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(node --version), igraph $(pkg-config --modversion igraph)"
echo
printf "%-8s %6s %14s %14s %14s %9s %9s %10s\n" nodes ticks "tieline ms" "d3 ms" "igraph FR ms" "d3/tl" "igraph/tl" "B/(n+m)"
for n in 1000 10000 100000; do
    case $n in 1000) ticks=300 reps=5 ;; 10000) ticks=100 reps=3 ;; *) ticks=10 reps=3 ;; esac
    file=$tmp/ba-$n.txt
    tl=$("$bench" ticks "$file" $ticks $reps 1)
    d3=$(node "$tmp/d3_bench.mjs" "$file" $ticks $reps)
    ig=$("$tmp/igraph_bench" "$file" $ticks $reps)
    t=$(echo "$tl" | num msPerTick); d=$(echo "$d3" | num msPerTick); i=$(echo "$ig" | num msPerIteration)
    printf "%-8s %6s %14s %14s %14s %9s %9s %10s\n" $n $ticks "$t" "$d" "$i" "$(ratio "$d" "$t")" "$(ratio "$i" "$t")" \
        "$(echo "$tl" | num peakRssPerItem)"
done
echo
echo "two threads (tieline only):"
for n in 10000 100000; do
    case $n in 10000) ticks=100 ;; *) ticks=10 ;; esac
    echo "  $n nodes: $("$bench" ticks "$tmp/ba-$n.txt" $ticks 3 2 | num msPerTick) ms per tick"
done
echo
echo "stress after 300 ticks (normalized, 200 sampled sources; lower is better):"
for n in 1000 10000; do
    "$bench" ticks "$tmp/ba-$n.txt" 300 1 1 "$tmp/tl-$n.csv" >/dev/null
    node "$tmp/d3_bench.mjs" "$tmp/ba-$n.txt" 300 1 "$tmp/d3-$n.csv" >/dev/null
    s1=$("$bench" stress "$tmp/ba-$n.txt" "$tmp/tl-$n.csv"); s2=$("$bench" stress "$tmp/ba-$n.txt" "$tmp/d3-$n.csv")
    echo "  $n nodes: tieline $s1, d3-force $s2 (tieline/d3 = $(awk -v a="$s1" -v b="$s2" 'BEGIN { printf "%.3f", a / b }'))"
done
echo
"$bench" keyframes "$root/data/korea-1955-1969.json" "${SYNTHETIC_ACTORS:-10000}" 1
