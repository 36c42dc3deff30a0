#!/bin/sh
# The scale benchmark of issue 18 (tests/bench/README.md, "Scale"): seeded synthetic temporal
# networks (tieline_synthetic: 3 ties per actor by preferential attachment, spans over 1955-1969),
# and the default dataset for reference. For each: the window under Xvfb (--frame-stats: first
# network frame, median and p95 frame time while playing, peak RSS), `snapshot` (with and without
# positions), `export` of one PNG, the whole keyframe chain (`layout`) and every metric (`metrics`),
# each with its wall time and peak RSS (GNU time). Prints one Markdown table (with the machine's
# load average when each row started), then each network's window figures against the default
# dataset's: the ratios issue 18 judges (first network frame within 4x, median frame within 8x).
# usage: scale_bench.sh BUILD_DIR OUTDIR [ACTORS...]   (default: 2000 20000; add 100000 once)
set -eu
build=$1 out=$2
shift 2
sizes=${*:-2000 20000}
tieline=$build/tieline synth=$build/tests/tieline_synthetic
frames=${FRAMES:-240}
at=1962-06-15
mkdir -p "$out"
display=:$((90 + $$ % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2> /dev/null' EXIT INT TERM
sleep 1
export DISPLAY=$display

# run NAME CMD...: wall seconds and peak RSS (MB) of CMD into $out/NAME.time, its stdout into $out/NAME.out
run() {
    name=$1
    shift
    /usr/bin/time -f "%e %M" -o "$out/$name.time" "$@" > "$out/$name.out" 2> "$out/$name.err" || {
        echo "$name failed:" >&2
        cat "$out/$name.err" >&2
        return 1
    }
}
secs() { cut -d' ' -f1 "$out/$1.time"; }
mb() { awk '{printf "%.0f", $2 / 1024}' "$out/$1.time"; }
field() { sed -n "s/.*$2=\([-0-9.]*\).*/\1/p" "$out/$1.out"; }

echo "| network | load | actors | ties | window: first network frame ms | median ms | p95 ms | window peak RSS MB | snapshot s (RSS MB) | snapshot --no-positions s | export PNG s (RSS MB) | all keyframes s (RSS MB) | metrics s (RSS MB) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in default $sizes; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    if [ "$n" = default ]; then
        file=$(dirname "$0")/../../data/korea-1955-1969.json
        label="default dataset"
    else
        file=$out/synthetic-$n.json
        [ -f "$file" ] || "$synth" "$n" 1 "$file" > /dev/null
        label="synthetic $n"
    fi
    counts=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(len(d['actors']), len(d['ties']))" "$file")
    run "window-$n" "$tieline" --frames "$frames" --frame-stats "$file"
    run "snapshot-$n" "$tieline" snapshot "$file" --at "$at" --compact
    run "bare-$n" "$tieline" snapshot "$file" --at "$at" --compact --no-positions
    run "export-$n" "$tieline" export "$file" --at "$at" --png "$out/export-$n.png"
    run "layout-$n" "$tieline" layout "$file"
    actor=a0
    [ "$n" = default ] && actor=kim-il-sung
    run "metrics-$n" "$tieline" metrics "$file" --actor "$actor" --csv "$out/metrics-$n.csv"
    echo "| $label | $load | ${counts% *} | ${counts#* } | $(field "window-$n" first-network-frame-ms) | $(field "window-$n" median-ms) | $(field "window-$n" p95-ms) | $(mb "window-$n") | $(secs "snapshot-$n") ($(mb "snapshot-$n")) | $(secs "bare-$n") | $(secs "export-$n") ($(mb "export-$n")) | $(secs "layout-$n") ($(mb "layout-$n")) | $(secs "metrics-$n") ($(mb "metrics-$n")) |"
done
echo
for n in default $sizes; do
    printf '%s: ' "$n"
    cat "$out/window-$n.out"
done
echo
for n in $sizes; do
    awk -v n="$n" -v f="$(field "window-$n" first-network-frame-ms)" -v m="$(field "window-$n" median-ms)" \
        -v f0="$(field window-default first-network-frame-ms)" -v m0="$(field window-default median-ms)" \
        'BEGIN { printf "%s actors: first network frame %.2fx the default dataset'"'"'s (goal <= 4), median frame %.2fx (goal <= 8)\n", n, f / f0, m / m0 }'
done
