#!/bin/sh
# GUI test (issue 18): a jump ahead of the keyframe chain shows a provisional layout, marked under the
# canvas ("≈ Provisional layout: ..." in orange on a plain box). `--live-layout` keeps the script's
# window from waiting for the whole chain; `wait-layout` waits for the provisional keyframe. 2,000
# actors: the chain takes long enough (seconds even when idle) never to reach mid-1969 before the
# script's first line; 500 would risk it on a fast machine.
# usage: provisional_test.sh TIELINE SYNTHETIC PNG_CHECK OUTDIR
set -eu
tieline=$1 synthetic=$2 check=$3 out=$4
mkdir -p "$out"
"$synthetic" 2000 1 "$out/synthetic-2000.json" > /dev/null
printf 'at 1969-06\nwait-layout\nscreenshot %s\n' "$out/provisional.png" > "$out/jump.txt"
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --live-layout --script "$out/jump.txt" "$out/synthetic-2000.json"
# The marker: orange text on the box, left of the canvas's foot (above the progress bar).
"$check" "$out/provisional.png" 1280 800 dark --colour F2991A 150 10 526 560 550
# --live-layout is for scripts.
if "$tieline" --live-layout --frames 3 --screenshot "$out/x.png" 2> "$out/err.txt"; then exit 1; fi
grep -q "needs '--script FILE'" "$out/err.txt"
echo ok
