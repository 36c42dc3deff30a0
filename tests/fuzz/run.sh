#!/bin/sh
# Runs every fuzz target in BUILD for SECONDS each, two at a time, from a seed corpus made of the
# test fixtures. Prints per target: executions, corpus size, crashes. Exit 1 if any target crashed.
# usage: tests/fuzz/run.sh BUILD SECONDS
set -eu
build=$1 seconds=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
fixtures=$root/tests/fixtures
mkdir -p "$build/crashes"

seed() { # seed TARGET DIR: the fixtures that suit the target
    case $1 in
        fuzz_date) printf '1956\n' > "$2/a"; printf '~1956-09\n' > "$2/b"; printf '1956-02-29' > "$2/c" ;;
        fuzz_gexf*) cp "$fixtures"/gexf/valid/*.gexf "$fixtures"/gexf/invalid/*.gexf "$2"/ ;;
        fuzz_csv) cp "$fixtures"/csv/valid/*.csv "$fixtures"/csv/invalid/*.csv "$2"/ ;;
        fuzz_cli_args) printf 'validate\000--max-input\000256M\000-' > "$2/a"
            printf 'layout\000--at=1956-09\000--ticks\0003\000--\000--theta' > "$2/b"
            printf 'convert\000--gexf-version\0001.2draft\000in.gexf\000out.gexf' > "$2/c" ;;
        fuzz_commands) cat "$root"/tests/gui/scenes/*.script > "$2/scenes"
            printf 'at 1956\nwait 3x\nstory 1 2\000--size\n1280x800\n--frames\n3\n--screenshot\na.png\n' > "$2/args" ;;
        fuzz_csl_json) cp "$root"/tests/fixtures/csl/*.json "$2"/ 2>/dev/null || printf '[{"id":"a","type":"book","title":"T"}]' > "$2/a" ;;
        *) cp "$fixtures"/valid/*.json "$fixtures"/invalid/*.json "$fixtures"/warnings/*.json "$2"/ ;;
    esac
}

run_one() {
    target=$1
    corpus=$build/corpus/$target
    mkdir -p "$corpus"
    [ -n "$(ls -A "$corpus")" ] || seed "$target" "$corpus"
    log=$build/$target.log
    status=0
    # Fixed seed so a run can be repeated; artifacts land in build/crashes for triage.
    dict=""
    [ ! -f "$root/tests/fuzz/${target#fuzz_}.dict" ] || dict="-dict=$root/tests/fuzz/${target#fuzz_}.dict"
    "$bin/$target" -seed=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 $dict \
        -artifact_prefix="$build/crashes/$target-" "$corpus" >"$log" 2>&1 || status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    size=$(ls "$corpus" | wc -l)
    crashes=$(ls "$build/crashes" | grep -c "^$target-" || true)
    echo "$target: $runs executions, corpus $size inputs, $crashes crashes, exit $status"
    [ "$status" -eq 0 ] || { tail -30 "$log"; return 1; }
}

bin=$build/tests/fuzz
failed=0
targets=$(cd "$bin" 2>/dev/null && ls | grep '^fuzz_' | grep -v '\.' || true)
[ -n "$targets" ] || { echo "no fuzz targets in $bin: build them first (make fuzz)" >&2; exit 1; }
set -- $targets
while [ $# -gt 0 ]; do
    run_one "$1" & a=$!
    b=""
    if [ $# -gt 1 ]; then run_one "$2" & b=$!; fi
    wait $a || failed=1
    [ -z "$b" ] || wait $b || failed=1
    shift; [ $# -gt 0 ] && shift
done
exit $failed
