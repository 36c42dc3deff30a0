// d3-force's default simulation (forceManyBody, forceLink, forceCenter) timed on an edge list, for
// tests/bench/compare.sh. Prints {"msPerTick": median}; writes positions of the last run if asked.
// Usage: node d3_bench.mjs EDGELIST TICKS REPS [OUT.csv]
import { forceSimulation, forceManyBody, forceLink, forceCenter } from "d3-force";
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const [file, ticksArg, repsArg, out] = process.argv.slice(2);
const lines = readFileSync(file, "utf8").trim().split("\n");
const [n] = lines[0].split(/\s+/).map(Number);
const edges = lines.slice(1).map((l) => l.trim().split(/\s+/).map(Number));
const ticks = Number(ticksArg), reps = Number(repsArg ?? 3);
const times = [];
let nodes;
for (let r = 0; r < reps; ++r) {
  nodes = Array.from({ length: n }, (_, i) => ({ index: i }));
  const links = edges.map(([s, t]) => ({ source: s, target: t }));
  const sim = forceSimulation(nodes).force("charge", forceManyBody()).force("link", forceLink(links))
    .force("center", forceCenter()).stop();
  const start = performance.now();
  sim.tick(ticks);
  times.push((performance.now() - start) / ticks);
}
times.sort((a, b) => a - b);
if (out) writeFileSync(out, "node,x,y\n" + nodes.map((d) => `${d.index},${d.x},${d.y}`).join("\n") + "\n");
console.log(JSON.stringify({ nodes: n, edges: edges.length, ticks, reps, msPerTick: times[Math.floor(reps / 2)] }));
