#!/usr/bin/python3
"""Label and framing sweep over exported SVGs (issue 13): never run by ctest.

Exports the 180 monthly pictures (`export --at YYYY-MM --svg`) and every story stop
(`export --story ID --stop K --svg`) at 1920x1080, the stops again at 1280x720, and measures in
each SVG:
  - the share of the top-8 actors by weighted degree (ranked by drawn disc radius, which grows
    with weighted degree, among actors with a drawn tie) and of the stops' focus actors that carry
    a label;
  - label/label, label/disc and disc/disc overlaps (label boxes from the label font's real
    advance widths and vertical metrics, read with fontTools from Noto Sans CJK KR, the font the
    exporter uses; a disc is its circle plus half its stroke; overlaps under 0.5 px are ignored);
  - labels in all; the median share of the canvas covered by the discs' bounding box (all drawn
    discs, clipped to the canvas, and the discs with a tie).

Usage: tests/bench/label_sweep.py TIELINE DATASET OUTDIR [--jobs N] [--no-stops] [--no-months]
                                  [--baseline]   (an older tieline without --stop: stops are
                                                  exported with --at at the stop's date instead)
Needs /usr/bin/python3 with fontTools (Debian: python3-fonttools).
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from xml.etree import ElementTree

from fontTools.ttLib import TTCollection

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE = 1  # the KR face, as render/glyph_atlas.hpp
NS = "{http://www.w3.org/2000/svg}"


class Font:
    def __init__(self):
        font = TTCollection(FONT).fonts[FACE]
        self.cmap = font.getBestCmap()
        self.hmtx = font["hmtx"]
        self.upm = font["head"].unitsPerEm
        hhea = font["hhea"]
        self.ascent = hhea.ascent / self.upm
        self.descent = -hhea.descent / self.upm
        self.cache = {}

    def width(self, text, size):
        units = self.cache.get(text)
        if units is None:
            units = 0
            for ch in text:
                glyph = self.cmap.get(ord(ch))
                units += self.hmtx[glyph][0] if glyph else self.upm * 0.5
            self.cache[text] = units
        return units * size / self.upm


def months(first_year=1955, last_year=1969):
    return [f"{y:04d}-{m:02d}" for y in range(first_year, last_year + 1) for m in range(1, 13)]


def export(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(" ".join(cmd) + "\n" + result.stderr)
    return result.returncode == 0


def rect_overlap(a, b, tol=0.5):
    return min(a[2], b[2]) - max(a[0], b[0]) > tol and min(a[3], b[3]) - max(a[1], b[1]) > tol


def disc_meets_rect(cx, cy, r, box, tol=0.5):
    nx = min(max(cx, box[0]), box[2])
    ny = min(max(cy, box[1]), box[3])
    return (nx - cx) ** 2 + (ny - cy) ** 2 < (r - tol) ** 2


def measure(path, font, names, ties, focus):
    root = ElementTree.parse(path).getroot()
    width = float(root.get("width"))
    height = float(root.get("height"))
    discs = []  # (actor, cx, cy, r)
    tied = set()
    for el in root.iter():
        tag = el.tag.replace(NS, "")
        if tag == "circle" and el.get("class") == "node":
            if float(el.get("opacity", "1")) <= 0.02:
                continue
            r = float(el.get("r")) + 0.5 * float(el.get("stroke-width", "0"))
            discs.append((el.get("data-actor"), float(el.get("cx")), float(el.get("cy")), r))
        tie = el.get("data-tie")
        if tie and tie in ties:
            tied.update(ties[tie])
    labels = []  # (actor, box)
    group = next((g for g in root.iter(NS + "g") if g.get("id") == "labels"), None)
    for g in group if group is not None else []:
        if float(g.get("opacity", "1")) <= 0.02:
            continue
        box = None
        actor = g.get("data-actor")
        for t in g.iter(NS + "text"):
            size = float(t.get("font-size"))
            x, y = float(t.get("x")), float(t.get("y"))
            text = "".join(t.itertext())
            if t.get("class") == "label" and actor is None:
                actor = names.get(text)
            w = font.width(text, size)
            b = (x - w / 2, y - font.ascent * size, x + w / 2, y + font.descent * size)
            box = b if box is None else (min(box[0], b[0]), min(box[1], b[1]), max(box[2], b[2]), max(box[3], b[3]))
        if box:
            labels.append((actor, box))
    labelled = {a for a, _ in labels}
    ranked = sorted((d for d in discs if d[0] in tied), key=lambda d: -d[3])
    top = [d[0] for d in ranked[:8]]
    drawn = {d[0] for d in discs}
    # A focus actor absent at the stop's date (hidden as absent) has no disc to label.
    wanted = set(top) | (set(focus) & drawn)
    got = sum(1 for a in wanted if a in labelled)
    ll = sum(1 for i in range(len(labels)) for j in range(i + 1, len(labels)) if rect_overlap(labels[i][1], labels[j][1]))
    ld = sum(1 for a, box in labels for d in discs if d[0] != a and disc_meets_rect(d[1], d[2], d[3], box))
    dd = sum(
        1
        for i in range(len(discs))
        for j in range(i + 1, len(discs))
        if (discs[i][1] - discs[j][1]) ** 2 + (discs[i][2] - discs[j][2]) ** 2 < (discs[i][3] + discs[j][3] - 0.5) ** 2
    )

    def share(ds):
        if not ds:
            return 0.0
        x0 = max(0, min(d[1] - d[3] for d in ds))
        y0 = max(0, min(d[2] - d[3] for d in ds))
        x1 = min(width, max(d[1] + d[3] for d in ds))
        y1 = min(height, max(d[2] + d[3] for d in ds))
        return max(0, x1 - x0) * max(0, y1 - y0) / (width * height)

    visible = [d for d in discs if d[1] + d[3] > 0 and d[1] - d[3] < width and d[2] + d[3] > 0 and d[2] - d[3] < height]
    return {
        "wanted": len(wanted),
        "labelled": got,
        "missing": sorted(a for a in wanted if a not in labelled),
        "labels": len(labels),
        "ll": ll,
        "ld": ld,
        "dd": dd,
        "share": share(visible),
        "share_tied": share([d for d in visible if d[0] in tied]),
    }


def summary(name, rows):
    wanted = sum(r["wanted"] for r in rows)
    got = sum(r["labelled"] for r in rows)
    print(
        f"{name}: {len(rows)} pictures; top-8+focus labelled {got}/{wanted} = {100.0 * got / max(wanted, 1):.1f} %; "
        f"overlaps label/label {sum(r['ll'] for r in rows)}, label/disc {sum(r['ld'] for r in rows)}, "
        f"disc/disc {sum(r['dd'] for r in rows)}; labels {sum(r['labels'] for r in rows)}; "
        f"median discs' box {100 * statistics.median(r['share'] for r in rows):.1f} % of the canvas "
        f"(tied discs {100 * statistics.median(r['share_tied'] for r in rows):.1f} %)"
    )
    missing = [(r["file"], r["missing"]) for r in rows if r["missing"]]
    for f, m in missing[:12]:
        print(f"   unlabelled in {os.path.basename(f)}: {', '.join(m)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tieline")
    ap.add_argument("dataset")
    ap.add_argument("outdir")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-stops", action="store_true")
    ap.add_argument("--no-months", action="store_true")
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="measure the SVGs already in OUTDIR")
    ap.add_argument("--missing", action="store_true", help="export only the SVGs OUTDIR lacks")
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    data = json.load(open(args.dataset))
    names = {a["name"]: a["id"] for a in data["actors"]}
    ties = {t["id"]: (t["from"], t["to"]) for t in data["ties"]}
    font = Font()

    jobs = []  # (set, file, command, focus)
    if not args.no_months:
        for m in months():
            f = os.path.join(args.outdir, f"month-{m}.svg")
            jobs.append(("months 1920x1080", f, [args.tieline, "export", args.dataset, "--at", m, "--svg", f], []))
    if not args.no_stops:
        for story in data.get("stories", []):
            for k, stop in enumerate(story["stops"]):
                for size in ("1920x1080", "1280x720"):
                    f = os.path.join(args.outdir, f"stop-{story['id']}-{k + 1:02d}-{size}.svg")
                    if args.baseline:
                        cmd = [args.tieline, "export", args.dataset, "--at", stop["date"], "--svg", f, "--size", size]
                    else:
                        cmd = [args.tieline, "export", args.dataset, "--story", story["id"], "--stop", str(k + 1),
                               "--svg", f, "--size", size]
                    jobs.append((f"stops {size}", f, cmd, stop.get("focus", [])))
    if not args.reuse:
        with ThreadPoolExecutor(args.jobs) as pool:
            todo = [j for j in jobs if not (args.missing and os.path.exists(j[1]))]
            ok = list(pool.map(lambda j: export(j[2]), todo))
        if not all(ok):
            print(f"{ok.count(False)} exports failed", file=sys.stderr)
    results = {}
    for name, f, _, focus in jobs:
        if not os.path.exists(f):
            continue
        r = measure(f, font, names, ties, focus)
        r["file"] = f
        results.setdefault(name, []).append(r)
    for name, rows in results.items():
        summary(name, rows)


if __name__ == "__main__":
    main()
