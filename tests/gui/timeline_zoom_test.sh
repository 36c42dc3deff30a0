#!/bin/sh
# GUI test: zoom the timeline to August-October 1956 by script, go to 30 August, and check the
# screenshot: day numbers labelled under the slider (grey text where the whole range has only
# month ticks) and event titles above it; `timeline-zoom all` goes back. A zoom outside the
# dataset's range stops the script with its line.
# usage: timeline_zoom_test.sh TIELINE PNG_CHECK DATASET OUTDIR
set -eu
tieline=$1 check=$2 dataset=$3 out=$4
mkdir -p "$out"
rm -f "$out/zoomed.png" "$out/all.png"
cat > "$out/zoom.script" <<SCRIPT
timeline-zoom 1956-08-01 1956-10-31
at 1956-08-30
wait 20
screenshot $out/zoomed.png
timeline-zoom all
wait 5
screenshot $out/all.png
SCRIPT
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$out/zoom.script" "$dataset"
# The timeline panel is the bottom 212 px: event titles at y 645-660, tick labels at y 716-730.
"$check" "$out/zoomed.png" 1280 800 dark --colour 808080 1000 0 716 1280 730 --colour 808080 400 200 645 1280 660
"$check" "$out/all.png" 1280 800 dark --no-colour 808080 900 0 716 1280 730

# The light theme from the first line on: the panels too (the timeline left of the event titles).
printf 'theme light\ntimeline-zoom 1956-08-01 1956-10-31\nat 1956-08-30\nwait 20\nscreenshot %s\n' "$out/light.png" > "$out/light.script"
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$out/light.script" "$dataset"
"$check" "$out/light.png" 1280 800 light --colour F7F7F5 3000 20 640 200 660 --colour 999999 1000 0 716 1280 730

printf 'timeline-zoom 1990-01-01 1990-02-01\n' > "$out/outside.script"
status=0
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$out/outside.script" "$dataset" 2>"$out/outside.err" || status=$?
cat "$out/outside.err" >&2
test "$status" -eq 1 || { echo "a zoom outside the range exited $status, expected 1" >&2; exit 1; }
grep -q "outside.script:1: 1990-01-01 1990-02-01 lies outside the dataset's range" "$out/outside.err"
