#!/usr/bin/python3
"""networkx reads the GEXF that `tieline convert` writes and finds the same nodes, edges and
time spans as the format v1 JSON it came from.

Usage: check_networkx.py TIELINE WORK_DIR DATASET.json...
Runs with Debian's /usr/bin/python3 and python3-networkx (2.8).
"""
import calendar
import json
import os
import subprocess
import sys

import networkx as nx
from networkx.readwrite import gexf as nx_gexf

# networkx 2.8 knows the 1.1draft and 1.2draft namespaces only; a GEXF 1.3 file reads the same
# way once its namespace is known (networkx issue #8040, fixed upstream by PR #8196 in just this way).
nx_gexf.GEXF.versions.setdefault("1.3", {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
})


def parts(date):
    return [int(p) for p in date.lstrip("~").split("-")]


def first_day(date):
    p = parts(date) + [1, 1]
    return "%04d-%02d-%02d" % (p[0], p[1], p[2])


def last_day(date):
    """A span ends after the last day its end names: GEXF's inclusive end is that day."""
    p = parts(date)
    if len(p) == 1:
        return "%04d-12-31" % p[0]
    if len(p) == 2:
        return "%04d-%02d-%02d" % (p[0], p[1], calendar.monthrange(p[0], p[1])[1])
    return "%04d-%02d-%02d" % tuple(p)


def spells(spans):
    """What networkx reports for <spells>: (start, end) strings, "None" for an open end."""
    if not spans or spans == [{}]:
        return None  # present throughout: no <spells> element
    return [(first_day(s["start"]) if "start" in s else "None", last_day(s["end"]) if "end" in s else "None")
            for s in spans]


def check(tieline, work, dataset, version="1.3"):
    """One dataset through `convert` as GEXF `version` (1.3, or 1.2draft for networkx 2.8 as is)."""
    name = os.path.splitext(os.path.basename(dataset))[0]
    out = os.path.join(work, name + "-networkx-" + version + ".gexf")
    subprocess.run([tieline, "convert", "--gexf-version", version, dataset, out], check=True,
                   capture_output=True)
    graph = nx.read_gexf(out, version=version)
    data = json.load(open(dataset, encoding="utf-8"))
    problems = []

    actors = {a["id"]: a for a in data.get("actors", [])}
    if set(graph.nodes) != set(actors):
        problems.append("nodes differ: %s" % sorted(set(graph.nodes) ^ set(actors)))
    for key, actor in actors.items():
        got = graph.nodes[key].get("spells") if key in graph.nodes else None
        if got != spells(actor.get("spans")):
            problems.append("node %s: spells %s, expected %s" % (key, got, spells(actor.get("spans"))))
        if key in graph.nodes and graph.nodes[key].get("label") != actor["name"]:
            problems.append("node %s: label %r" % (key, graph.nodes[key].get("label")))

    directed = {t["id"]: t.get("directed", True) for t in data.get("tieTypes", [])}
    mixed = len(set(directed[t["type"]] for t in data.get("ties", []))) > 1
    found, attributes_of = {}, {}
    for u, v, attributes in graph.edges(data=True):  # a (Multi)DiGraph or, without parallel edges, a DiGraph
        found.setdefault(attributes.get("id"), set()).add((u, v))
        attributes_of[attributes.get("id")] = attributes
    ties = data.get("ties", [])
    if set(found) != {t["id"] for t in ties}:
        problems.append("edge ids differ: %s" % sorted(set(found) ^ {t["id"] for t in ties}))
    for tie in ties:
        ends = {(tie["from"], tie["to"])}
        if mixed and not directed[tie["type"]]:
            ends.add((tie["to"], tie["from"]))  # "mutual": networkx adds both directions
        if not graph.is_directed():
            ends = {tuple(sorted(e)) for e in ends}
            got_ends = {tuple(sorted(e)) for e in found.get(tie["id"], set())}
        else:
            got_ends = found.get(tie["id"], set())
        if got_ends != ends:
            problems.append("edge %s: ends %s, expected %s" % (tie["id"], got_ends, ends))
            continue
        attributes = attributes_of[tie["id"]]
        if attributes.get("spells") != spells(tie["spans"]):
            problems.append("edge %s: spells %s, expected %s" % (tie["id"], attributes.get("spells"), spells(tie["spans"])))
        if "strength" in tie and attributes.get("weight") != tie["strength"][0][1]:
            problems.append("edge %s: weight %s" % (tie["id"], attributes.get("weight")))
        if attributes.get("kind", tie["type"]) != tie["type"] and attributes.get("label") is None:
            problems.append("edge %s: kind lost" % tie["id"])

    for p in problems:
        print("%s: %s" % (dataset, p))
    print("%s (GEXF %s): networkx found %d nodes and %d edges (%d ties)" % (
        dataset, version, graph.number_of_nodes(), graph.number_of_edges(), len(ties)))
    return not problems


def main():
    tieline, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    ok = all([check(tieline, work, dataset, version)
              for dataset in sys.argv[3:] for version in ("1.3", "1.2draft")])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
