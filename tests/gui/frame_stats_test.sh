#!/bin/sh
# GUI test (issue 18): `tieline --frames N --frame-stats` plays and prints one line of frame times.
# On a 2,000-actor synthetic network the metrics take far longer than 30 frames: the line shows the
# frames went on while the metrics worker ran (metrics-progress below 1), i.e. the frame loop never
# waits for them; the default dataset shows its network in the first frame. The drawn ties (after
# the required fields): at most those shown, all of them on the default dataset.
# usage: frame_stats_test.sh TIELINE SYNTHETIC DEFAULT_DATASET OUTDIR
set -eu
tieline=$1 synthetic=$2 dataset=$3 out=$4
mkdir -p "$out"
"$synthetic" 2000 1 "$out/synthetic-2000.json" > /dev/null
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --frames 30 --frame-stats "$out/synthetic-2000.json" > "$out/big.txt"
xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --frames 10 --frame-stats "$dataset" > "$out/default.txt"
cat "$out/big.txt" "$out/default.txt"
python3 - "$out/big.txt" "$out/default.txt" <<'PY'
import re, sys
pattern = (r"^frame-stats: first-network-frame-ms=(?P<first>[0-9.]+) frames=(?P<frames>\d+) "
           r"median-ms=(?P<median>[0-9.]+) p95-ms=(?P<p95>[0-9.]+) drawn-ties=(?P<drawn>\d+) shown-ties=(?P<shown>\d+) "
           r"keyframes-ms=(?P<keyframes>-?[0-9.]+) "
           r"metrics-ms=(?P<metrics>-?[0-9.]+) metrics-progress=(?P<progress>[0-9.]+)$")
def read(path):
    lines = [l for l in open(path).read().splitlines() if l.startswith("frame-stats:")]
    assert len(lines) == 1, f"{path}: expected one frame-stats line, found {lines}"
    m = re.match(pattern, lines[0])
    assert m, f"{path}: malformed line {lines[0]!r}"
    return {k: float(v) for k, v in m.groupdict().items()}
big, small = read(sys.argv[1]), read(sys.argv[2])
for name, s, frames in (("synthetic", big, 30), ("default", small, 10)):
    assert s["first"] > 0, f"{name}: no frame drew the network"
    assert s["frames"] == frames, f"{name}: {s['frames']} frames timed, expected {frames}"
    assert 0 < s["median"] <= s["p95"], f"{name}: median {s['median']} and p95 {s['p95']}"
    assert 0 < s["drawn"] <= s["shown"], f"{name}: {s['drawn']} of {s['shown']} ties drawn"
# Zoomed out to the whole network, the default dataset's ties are all drawn (thinning starts only
# when ties would fill the screen: tests/core/scene/level_of_detail_test.cpp).
assert small["drawn"] == small["shown"], f"default: {small['drawn']} of {small['shown']} ties drawn"
assert big["metrics"] == -1, "metrics complete within 30 frames at 2,000 actors"
assert big["progress"] < 1.0, f"the metrics finished within 30 frames ({big['progress']}): nothing shows the loop ran meanwhile"
print("ok")
PY
# --frame-stats needs --frames, and --frames needs a screenshot or --frame-stats.
if "$tieline" --frame-stats "$dataset" 2> "$out/err.txt"; then echo "--frame-stats without --frames ran"; exit 1; fi
grep -q "needs '--frames N'" "$out/err.txt"
