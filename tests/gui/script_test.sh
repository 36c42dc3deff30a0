#!/bin/sh
# GUI test: drive tieline with a --script under Xvfb (select the Mikoyan -> Kim Il Sung tie on
# 1956-09-20, switch to the light theme), check both screenshots; then check that a bad script is
# refused with its file and line, a malformed number too (before the first frame).
# usage: script_test.sh TIELINE PNG_CHECK DATASET OUTDIR
set -eu
tieline=$1 check=$2 dataset=$3 out=$4
mkdir -p "$out"
rm -f "$out/inspector.png" "$out/light.png"
cat > "$out/drive.script" <<SCRIPT
# the acceptance view of the rendering issue
at 1956-09-20
select-tie t37
wait 20
screenshot $out/inspector.png
theme light
wait 5
screenshot $out/light.png
SCRIPT
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$out/drive.script" "$dataset"
"$check" "$out/inspector.png" 1280 800 dark
"$check" "$out/light.png" 1280 800 light

# The legend over the canvas (top right, left of the side panel): the patronage swatch in its
# colour; 'legend off' removes it.
rm -f "$out/legend-on.png" "$out/legend-off.png"
# 'legend collapsed' leaves a chip: the swatches go, the picture differs from both.
rm -f "$out/legend-collapsed.png"
printf 'at 1963-06\nfit\nwait 30\nscreenshot %s\nlegend off\nwait 2\nscreenshot %s\nlegend collapsed\nwait 2\nscreenshot %s\n' \
    "$out/legend-on.png" "$out/legend-off.png" "$out/legend-collapsed.png" > "$out/legend.script"
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$out/legend.script" "$dataset"
"$check" "$out/legend-on.png" 1280 800 dark --colour 3063F2 15 420 30 760 260
"$check" "$out/legend-off.png" 1280 800 dark
"$check" "$out/legend-collapsed.png" 1280 800 dark
! cmp -s "$out/legend-on.png" "$out/legend-off.png" || { echo "legend off changed nothing" >&2; exit 1; }
! cmp -s "$out/legend-collapsed.png" "$out/legend-off.png" || { echo "legend collapsed drew no chip" >&2; exit 1; }
! cmp -s "$out/legend-collapsed.png" "$out/legend-on.png" || { echo "legend collapsed changed nothing" >&2; exit 1; }

printf 'at 1956\nfrobnicate now\n' > "$out/bad.script"
status=0
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$out/bad.script" "$dataset" 2>"$out/bad.err" || status=$?
cat "$out/bad.err" >&2
test "$status" -eq 2 || { echo "a bad script exited $status, expected 2" >&2; exit 1; }
grep -q "bad.script:2: unknown command 'frobnicate'" "$out/bad.err" || { echo "no located message" >&2; exit 1; }
printf 'select-tie no-such-tie\n' > "$out/missing.script"
status=0
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$out/missing.script" "$dataset" 2>"$out/missing.err" || status=$?
test "$status" -eq 1 || { echo "an unknown tie exited $status, expected 1" >&2; exit 1; }
grep -q "missing.script:1: unknown tie 'no-such-tie'" "$out/missing.err"

# Every line is checked before the first frame: the screenshot on line 1 is never taken.
rm -f "$out/never.png"
printf 'screenshot %s\nwait 3x\n' "$out/never.png" > "$out/malformed.script"
status=0
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$out/malformed.script" "$dataset" 2>"$out/malformed.err" || status=$?
test "$status" -eq 2 || { echo "a malformed number exited $status, expected 2" >&2; exit 1; }
grep -q "malformed.script:2: wait N: a whole number of frames, found '3x'" "$out/malformed.err" || { cat "$out/malformed.err" >&2; exit 1; }
test ! -e "$out/never.png" || { echo "a frame ran before the script was checked" >&2; exit 1; }
