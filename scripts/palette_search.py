#!/usr/bin/env python3
"""Search for tie-type colours that keep one meaning each (issue 13, part 2).

Constraints (the same ones tests/core/figure/palette_test.cpp checks with app/core/figure/colour.cpp):
  - every tie type vs every group: CIE76 dE >= 10 (CIELAB, D65), normal vision;
  - every pair of tie types: CIE76 dE >= 15 under normal vision, deuteranopia and protanopia
    (Machado, Oliveira & Fernandes 2009, severity 1.0, applied to linearised sRGB);
  - a lightness band that reads on both themes: WCAG contrast >= MIN_CONTRAST against the dark
    canvas's lightest and the light canvas's darkest background.

Usage: scripts/palette_search.py [DATASET] [--seed N] [--iterations N] [--start #RRGGBB,...]
Prints the best palette found and its worst margins; the group colours are kept as they are.
Simulated annealing from the dataset's colours (or --start), penalising distance from them so
that the result stays close to what users know.

The default dataset's palette came from
  scripts/palette_search.py --seed 3 --iterations 5000 \
      --start "#2F6BD8,#9A8700,#00998A,#1F9FD0,#857D74,#8E5CC8,#4C9A2A,#D7301F,#D0408F"
with its nine colours then given to the tie types by meaning (blue patronage, olive aid, teal
treaty, red purge, rose rivalry, ...): the thresholds hold whichever type gets which colour.
"""
import json
import math
import random
import sys

# Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
# Vision Deficiency", doi:10.1109/TVCG.2009.113, supplementary matrices at severity 1.0
# (as tabulated in colorspacious/cvd.py, MACHADO_ET_AL_MATRICES[...][100]).
PROTAN = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
DEUTAN = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
IDENT = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
VISIONS = [("normal", IDENT), ("deuteranopia", DEUTAN), ("protanopia", PROTAN)]

DARK_BG = (0.11, 0.12, 0.15)   # exportBackdrop(dark).top: the lightest dark canvas
LIGHT_BG = (0.93, 0.94, 0.95)  # exportBackdrop(light).bottom: the darkest light canvas
MIN_CONTRAST = 3.0             # WCAG 2.1 SC 1.4.11, non-text contrast
DRIFT = 0.03                   # score lost per unit of mean dE from the starting palette


def lin(c):
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb):
    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def lab(rgb, m=IDENT):
    l = [lin(c) for c in rgb]
    l = [min(1.0, max(0.0, sum(m[i][j] * l[j] for j in range(3)))) for i in range(3)]
    x = 0.4124564 * l[0] + 0.3575761 * l[1] + 0.1804375 * l[2]
    y = 0.2126729 * l[0] + 0.7151522 * l[1] + 0.0721750 * l[2]
    z = 0.0193339 * l[0] + 0.1191920 * l[1] + 0.9503041 * l[2]

    def f(t):
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x / 0.95047), f(y / 1.0), f(z / 1.08883)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def de(a, b):
    return math.dist(a, b)


def hexrgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def rgbhex(c):
    return "#%02X%02X%02X" % tuple(round(v * 255) for v in c)


def margins(ties, groups):
    """The worst ratios to the thresholds (>= 1 meets them) and the contrast."""
    labs = [[lab(t, m) for t in ties] for _, m in VISIONS]
    worst_pair = min((de(v[i], v[j]) / 15 for v in labs
                      for i in range(len(ties)) for j in range(i + 1, len(ties))), default=9)
    group_labs = [lab(g) for g in groups]
    worst_group = min((de(a, g) / 10 for a in labs[0] for g in group_labs), default=9)
    worst_contrast = min(min(contrast(t, DARK_BG), contrast(t, LIGHT_BG)) for t in ties) / MIN_CONTRAST
    return worst_pair, worst_group, worst_contrast


def score(ties, groups, start):
    p, g, c = margins(ties, groups)
    drift = sum(de(lab(a), lab(b)) for a, b in zip(ties, start)) / len(ties)
    return min(p, 1.1) + min(g, 1.3) + 2 * min(c, 1.02) + 3 * min(p, g, c) - DRIFT * drift


def main():
    args = sys.argv[1:]
    path = args[0] if args and not args[0].startswith("--") else "data/korea-1955-1969.json"
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 1
    iterations = int(args[args.index("--iterations") + 1]) if "--iterations" in args else 20000
    data = json.load(open(path))
    names = [t["id"] for t in data["tieTypes"]]
    start = [hexrgb(t["color"]) for t in data["tieTypes"]]
    if "--start" in args:  # a hand-made starting palette, comma-separated, in tieTypes order
        start = [hexrgb(h) for h in args[args.index("--start") + 1].split(",")]
    groups = [hexrgb(g["color"]) for g in data["groups"]]
    rng = random.Random(seed)
    cur = list(start)
    cur_score = score(cur, groups, start)
    best, best_score = list(cur), cur_score
    for it in range(iterations):
        temp = 0.05 * (1 - it / iterations) + 1e-4
        cand = list(cur)
        k = rng.randrange(len(cand))
        step = 0.12 * (1 - it / iterations) + 0.015
        cand[k] = tuple(min(1.0, max(0.0, v + rng.gauss(0, step))) for v in cand[k])
        s = score(cand, groups, start)
        if s > cur_score or rng.random() < math.exp((s - cur_score) / temp):
            cur, cur_score = cand, s
            if s > best_score:
                best, best_score = list(cand), s
    best = [hexrgb(rgbhex(c)) for c in best]  # what the dataset can hold
    p, g, c = margins(best, groups)
    for n, c0 in zip(names, best):
        print(f"{n:14s} {rgbhex(c0)}  L*={lab(c0)[0]:5.1f}  contrast dark {contrast(c0, DARK_BG):4.2f} "
              f"light {contrast(c0, LIGHT_BG):4.2f}")
    print(f"worst tie/tie dE {15 * p:.1f}  worst tie/group dE {10 * g:.1f}  worst contrast {MIN_CONTRAST * c:.2f}")


if __name__ == "__main__":
    main()
