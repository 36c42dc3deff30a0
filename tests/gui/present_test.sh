#!/bin/sh
# GUI test of analytics and presentation, under Xvfb: the Charts tab shows Kim Il Sung's patron
# shares with the party-state's ties merged (Soviet blue and Chinese vermillion bands in the side
# panel), presentation mode fills the window (no menu bar or side panel: the canvas reaches the
# edges) and steps through a story, and the GUI exports a story as slides.
# usage: present_test.sh TIELINE PNG_CHECK DATASET OUTDIR
set -eu
tieline=$1 check=$2 dataset=$3 out=$4
mkdir -p "$out"
rm -rf "$out/charts.png" "$out/present.png" "$out/present-next.png" "$out/back.png" "$out/deck"
cat > "$out/present.script" <<SCRIPT
at 1963-06
select-actor kim-il-sung
side-tab charts
chart-merge kwp-dprk
wait 5
screenshot $out/charts.png
present 1
wait 20
screenshot $out/present.png
next-stop
wait 20
screenshot $out/present-next.png
present-off
wait 10
screenshot $out/back.png
export-deck 0 $out/deck
wait 20
SCRIPT
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$out/present.script" "$dataset"
# The stacked area: both camps' colours (group colours at 90 % over the chart's background).
"$check" "$out/charts.png" 1280 800 dark --colour 0072B2 3000 760 120 1280 420 --colour D55E00 3000 760 120 1280 420
# Presentation: no widgets (ImGui's blue of tabs, buttons and combos; node and tie pixels of the
# Soviet blue come near it: up to ~5,300 at the second stop, against over 8,000 with the panels)
# and the canvas's backdrop at both edges, where the side panel was.
"$check" "$out/present.png" 1280 800 dark --no-panels --no-colour 2C5185 7000 0 0 1280 800 --same 4 400 1276 400 3
"$check" "$out/present-next.png" 1280 800 dark --no-panels --no-colour 2C5185 7000 0 0 1280 800 --same 4 400 1276 400 3
# Back: the panels and their widgets again.
"$check" "$out/back.png" 1280 800 dark --colour 2C5185 8000 0 0 1280 800
# The deck from the GUI: the August crisis has nine stops.
test "$(ls "$out/deck" | grep -c '^slide-0[1-9]\.png$')" -eq 9 || { ls "$out/deck" >&2; exit 1; }
grep -q "^## 9\. The September plenum" "$out/deck/slides.md"
