#!/usr/bin/env python3
"""Disc/disc overlaps in tieline's SVG exports (issue 15, collision at the drawn radii).

For every month of the dataset's range (`export --at YYYY-MM`: the month's picture), every story
stop's date and, with --mid, the 15th of every month (`--at YYYY-MM-15`: a day between two
keyframes, where positions are interpolated), exports the SVG and counts pairs of node discs that overlap: centres
nearer than the sum of the drawn radii (circle r plus half its stroke, the disc's outer edge).
Prints the overlapping pairs and a summary; exits 1 if any.

Usage: check_overlaps.py TIELINE DATASET [--mid]   (about 2 s per export on a busy machine)
"""
import concurrent.futures
import datetime
import json
import re
import subprocess
import sys
import tempfile

if len(sys.argv) < 3:
    sys.exit(__doc__)
tieline, dataset = sys.argv[1], sys.argv[2]
mid = "--mid" in sys.argv[3:]
data = json.load(open(dataset, encoding="utf-8"))


def first_day(text):
    parts = [int(p) for p in text.lstrip("~").split("-")]
    return datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


start, end = first_day(data["meta"]["start"]), first_day(data["meta"]["end"])
end = datetime.date(end.year + 1, 1, 1) if len(data["meta"]["end"].lstrip("~")) == 4 else end
months = []
y, m = start.year, start.month
while datetime.date(y, m, 1) < end:
    months.append(f"{y:04d}-{m:02d}")
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
stops = sorted({s["date"].lstrip("~") for story in data.get("stories", []) for s in story.get("stops", [])})
groups = {"monthly": months, "mid-month": [f"{mm}-15" for mm in months] if mid else [], "story stops": stops}

DISC = re.compile(r'<circle class="node" data-actor="([^"]+)" cx="([-0-9.e]+)" cy="([-0-9.e]+)" '
                  r'r="([0-9.e]+)"[^>]*stroke-width="([0-9.e]+)"')


def overlaps(at, tmp):
    path = f"{tmp}/{at}.svg"
    r = subprocess.run([tieline, "export", dataset, "--at", at, "--svg", path], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"tieline export --at {at} failed: {r.stderr}")
    discs = [(m.group(1), float(m.group(2)), float(m.group(3)), float(m.group(4)) + float(m.group(5)) / 2)
             for m in DISC.finditer(open(path, encoding="utf-8").read())]
    found = []
    for i, a in enumerate(discs):
        for b in discs[i + 1:]:
            d = ((a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2) ** 0.5
            if d < a[3] + b[3] - 0.02:  # the SVG's coordinates are rounded to 0.01 px
                found.append(f"{at}: {a[0]} and {b[0]} overlap by {a[3] + b[3] - d:.2f} px")
    return len(discs), found


total = 0
with tempfile.TemporaryDirectory() as tmp, concurrent.futures.ThreadPoolExecutor(2) as pool:
    for name, dates in groups.items():
        if not dates:
            continue
        results = list(pool.map(lambda at: overlaps(at, tmp), dates))
        pairs = [line for _, found in results for line in found]
        for line in pairs:
            print(line)
        total += len(pairs)
        print(f"{name}: {len(dates)} exports, {sum(n for n, _ in results)} discs, {len(pairs)} overlapping pairs", flush=True)
print(f"total: {total} overlapping pairs", flush=True)
sys.exit(1 if total else 0)
