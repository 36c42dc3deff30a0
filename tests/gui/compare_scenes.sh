#!/bin/sh
# Before/after check for changes that must not change the picture: runs every script in
# tests/gui/scenes with two tieline binaries under Xvfb and compares each screenshot pair by RMSE
# (ImageMagick's `compare -metric RMSE`, normalised to 0..1). Fails when a pair differs by more
# than MAX_RMSE (default 0.002) or a screenshot is missing.
# usage: compare_scenes.sh OLD_TIELINE NEW_TIELINE DATASET OUTDIR
#   e.g. git worktree add /tmp/before HEAD~3 && (cd /tmp/before && make build) &&
#        tests/gui/compare_scenes.sh /tmp/before/build/tieline build/tieline data/korea-1955-1969.json /tmp/scenes
set -eu
old=$1 new=$2 dataset=$3 out=$4
max=${MAX_RMSE:-0.002}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for which in old new; do
    mkdir -p "$out/$which"
    eval bin=\$$which
    for scene in "$here"/scenes/*.script; do
        sed "s#@OUT@#$out/$which#g" "$scene" > "$out/$which/$(basename "$scene")"
        xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --script "$out/$which/$(basename "$scene")" "$dataset" \
            2>"$out/$which/$(basename "$scene" .script).err" || {
            echo "$which: $(basename "$scene") failed:" >&2
            cat "$out/$which/$(basename "$scene" .script).err" >&2
            status=1
        }
    done
done
for shot in "$out"/old/*.png; do
    name=$(basename "$shot")
    if [ ! -f "$out/new/$name" ]; then
        echo "$name: missing from the new run" >&2
        status=1
        continue
    fi
    # compare prints "absolute (normalised)" on stderr and exits 1 when the images differ at all.
    rmse=$(compare -metric RMSE "$shot" "$out/new/$name" null: 2>&1 | sed -n 's/.*(\(.*\)).*/\1/p')
    verdict=ok
    awk -v r="$rmse" -v m="$max" 'BEGIN { exit !(r == "" || r > m) }' && { verdict=DIFFERENT; status=1; }
    printf '%-24s RMSE %s %s\n' "$name" "${rmse:-?}" "$verdict"
done
exit $status
