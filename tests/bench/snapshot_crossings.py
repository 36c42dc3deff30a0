#!/usr/bin/env python3
"""Counts edge crossings in `tieline snapshot` output, independently of tieline's own code: the
actors present, one straight segment per unordered pair of actors with an active tie, proper
crossings only (segments sharing an end never count). Issue 15's measure.

Usage: snapshot_crossings.py TIELINE DATASET DATE [DATE ...]   prints "DATE crossings" and a total
       snapshot_crossings.py --json FILE.json    one snapshot file: "crossings stress" (normalized
                                                 stress over hop distances, best scale)
"""
import json
import subprocess
import sys


def segments(snap):
    pos = {a["id"]: (a["x"], a["y"]) for a in snap["actors"]}
    pairs = set()
    for t in snap["ties"]:
        a, b = t["from"], t["to"]
        if a != b and a in pos and b in pos:
            pairs.add((min(a, b), max(a, b)))
    return [(a, b, pos[a], pos[b]) for a, b in sorted(pairs)]


def orient(p, q, r):
    return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])


def proper(s, t):
    if len({s[0], s[1], t[0], t[1]}) < 4:
        return False
    d1, d2 = orient(s[2], s[3], t[2]), orient(s[2], s[3], t[3])
    d3, d4 = orient(t[2], t[3], s[2]), orient(t[2], t[3], s[3])
    return d1 * d2 < 0 and d3 * d4 < 0


def crossings(snap):
    segs = segments(snap)
    return sum(proper(segs[i], segs[j]) for i in range(len(segs)) for j in range(i + 1, len(segs)))


def stress(snap):
    """Normalized stress over hop distances (pairs in one component), best uniform scale."""
    segs = segments(snap)
    pos = {a["id"]: (a["x"], a["y"]) for a in snap["actors"]}
    adj = {i: [] for i in pos}
    for a, b, _, _ in segs:
        adj[a].append(b)
        adj[b].append(a)
    ids = sorted(pos)
    n_pairs = sa = sb = 0.0
    for i, src in enumerate(ids):
        dist, frontier = {src: 0}, [src]
        while frontier:
            nxt = []
            for u in frontier:
                for v in adj[u]:
                    if v not in dist:
                        dist[v] = dist[u] + 1
                        nxt.append(v)
            frontier = nxt
        for dst in ids[i + 1:]:
            if dst in dist:
                r = ((pos[src][0] - pos[dst][0]) ** 2 + (pos[src][1] - pos[dst][1]) ** 2) ** 0.5 / dist[dst]
                n_pairs, sa, sb = n_pairs + 1, sa + r * r, sb + r
    return max(0.0, 1 - sb * sb / (sa * n_pairs)) if n_pairs and sa else 0.0


def main(argv):
    if len(argv) == 3 and argv[1] == "--json":
        with open(argv[2]) as f:
            snap = json.load(f)
        print(crossings(snap), "%.4f" % stress(snap))
        return 0
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    tieline, dataset, total = argv[1], argv[2], 0
    for date in argv[3:]:
        out = subprocess.run([tieline, "snapshot", dataset, "--at", date, "--compact"], check=True,
                             capture_output=True, text=True).stdout
        c = crossings(json.loads(out))
        total += c
        print(date, c)
    print("total", total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
