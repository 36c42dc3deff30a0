// Static layouts of `tieline snapshot` graphs for tests/bench/compare_quality.sh: d3-force's default
// simulation (many-body, links, centring; 300 ticks) and graphology's ForceAtlas2 (inferSettings,
// 1,000 iterations, a seeded random start). The graph is the actors present and one link per
// unordered pair of actors with an active tie. Writes the snapshot again with the new positions.
// Usage: node static_layouts.mjs SNAPSHOT.json OUT_D3.json OUT_FA2.json [SEED]
import { forceSimulation, forceManyBody, forceLink, forceCenter } from "d3-force";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { readFileSync, writeFileSync } from "node:fs";

const [file, outD3, outFa2, seedArg] = process.argv.slice(2);
const snap = JSON.parse(readFileSync(file, "utf8"));
const ids = snap.actors.map((a) => a.id);
const present = new Set(ids);
const pairs = new Map();
for (const t of snap.ties) {
  if (t.from === t.to || !present.has(t.from) || !present.has(t.to)) continue;
  const [a, b] = t.from < t.to ? [t.from, t.to] : [t.to, t.from];
  pairs.set(a + "\u0000" + b, [a, b]);
}
const links = [...pairs.values()];

function write(out, pos) {
  const copy = { ...snap, actors: snap.actors.map((a) => ({ ...a, x: pos.get(a.id)[0], y: pos.get(a.id)[1] })) };
  writeFileSync(out, JSON.stringify(copy));
}

// d3-force's defaults: nodes start on its phyllotaxis spiral, 300 ticks.
const nodes = ids.map((id) => ({ id }));
forceSimulation(nodes)
  .force("charge", forceManyBody())
  .force("link", forceLink(links.map(([s, t]) => ({ source: s, target: t }))).id((d) => d.id))
  .force("center", forceCenter())
  .stop()
  .tick(300);
write(outD3, new Map(nodes.map((d) => [d.id, [d.x, d.y]])));

// ForceAtlas2 from a seeded uniform start (mulberry32).
let s = Number(seedArg ?? 1) >>> 0;
const random = () => {
  s = (s + 0x6d2b79f5) >>> 0;
  let r = Math.imul(s ^ (s >>> 15), 1 | s);
  r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
  return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
};
const graph = new Graph({ type: "undirected" });
for (const id of ids) graph.addNode(id, { x: random() * 100, y: random() * 100 });
for (const [a, b] of links) graph.addEdge(a, b);
const positions = forceAtlas2(graph, { iterations: 1000, settings: forceAtlas2.inferSettings(graph) });
write(outFa2, new Map(ids.map((id) => [id, [positions[id].x, positions[id].y]])));
