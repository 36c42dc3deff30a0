#!/bin/sh
# GUI test: run tieline in a real window under Xvfb, save a screenshot, check it.
# usage: screenshot_test.sh TIELINE PNG_CHECK DATASET OUT.png [--broken]
set -eu
tieline=$1 check=$2 dataset=$3 out=$4 mode=${5:-}
rm -f "$out"
log=$(mktemp)
status=0
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --frames 30 --screenshot "$out" "$dataset" 2>"$log" || status=$?
cat "$log" >&2
if [ "$status" -ne 0 ]; then echo "tieline exited with $status" >&2; exit 1; fi
if [ "$mode" = "--broken" ]; then
    # The window still opens and the error reaches the user (stderr here, the messages window on screen).
    grep -q "error:" "$log" || { echo "no error message for the broken dataset" >&2; exit 1; }
    test -s "$out"
    exit 0
fi
"$check" "$out" 1280 800
