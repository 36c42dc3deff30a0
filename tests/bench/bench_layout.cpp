// Layout benchmarks, run on demand (not by ctest): ms per tick on seeded Barabási–Albert graphs,
// memory per node + edge, keyframe precompute time for the default dataset and for a synthetic
// 10,000-actor × 180-step dataset, and the stress of any positions file (for tests/bench/compare.sh).
#include "core/io/dataset_loader.hpp"
#include "core/layout/detail/keyframe_solver.hpp"
#include "core/layout/graph_layout.hpp"
#include "core/layout/many_body_force.hpp"
#include "core/layout/quality.hpp"
#include "core/layout/rng.hpp"
#include "core/layout/temporal_layout.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace tieline::core;
using namespace tieline::core::layout;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// Peak resident memory of this process so far, in bytes (VmHWM).
std::size_t peakRss() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::strtoull(line.c_str() + 6, nullptr, 10) * 1024;
    return 0;
}

int writeGraphs(const std::string& dir) {
    for (std::uint32_t n : {1000u, 10000u, 100000u}) {
        const std::string path = dir + "/ba-" + std::to_string(n) + ".txt";
        if (!writeEdgeList(path, barabasiAlbert(n, 2, 1)))
            return std::fprintf(stderr, "cannot write %s\n", path.c_str()), 1;
        std::printf("%s\n", path.c_str());
    }
    return 0;
}

// Median ms per tick over `reps` fresh simulations of `ticks` ticks each; memory from the first.
int timeTicks(const std::string& file, int ticks, int reps, int threads, const std::string& out) {
    const std::size_t base = peakRss();
    Graph g;
    std::string error;
    if (!readEdgeList(file, g, error)) return std::fprintf(stderr, "%s\n", error.c_str()), 1;
    std::vector<double> perTick;
    std::size_t bytes = 0, peak = 0;
    for (int r = 0; r < reps; ++r) {
        LayoutParams params = d3DefaultParams();
        params.threads = threads;
        Simulation sim = makeGraphSimulation(g, params);
        sim.initialize();
        const auto start = Clock::now();
        sim.tick(ticks);
        perTick.push_back(msSince(start) / ticks);
        if (r == 0) {
            bytes = sim.bytesUsed();
            peak = peakRss();
        }
        if (r == reps - 1 && !out.empty()) {
            std::ofstream csv(out);
            csv << "node,x,y\n";
            for (std::size_t i = 0; i < sim.bodies().size(); ++i)
                csv << i << ',' << sim.bodies().x[i] << ',' << sim.bodies().y[i] << '\n';
        }
    }
    const double items = double(g.nodeCount) + double(g.edges.size());
    std::printf(
        "{\"nodes\": %u, \"edges\": %zu, \"ticks\": %d, \"reps\": %d, \"threads\": %d, \"msPerTick\": %.4f, "
        "\"bytesPerItem\": %.1f, \"peakRssPerItem\": %.1f}\n",
        g.nodeCount, g.edges.size(), ticks, reps, threads, median(perTick), double(bytes) / items,
        double(peak - base) / items);
    return 0;
}

int stressOf(const std::string& file, const std::string& positions) {
    Graph g;
    std::string error;
    if (!readEdgeList(file, g, error)) return std::fprintf(stderr, "%s\n", error.c_str()), 1;
    std::vector<double> x(g.nodeCount, 0.0), y(g.nodeCount, 0.0);
    std::ifstream in(positions);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::replace(line.begin(), line.end(), ',', ' ');
        std::istringstream fields(line);
        std::size_t i = 0;
        double px = 0, py = 0;
        if (fields >> i >> px >> py && i < g.nodeCount) x[i] = px, y[i] = py;
    }
    std::vector<LinkSpec> edges;
    for (const GraphEdge& e : g.edges)
        edges.push_back({e.source, e.target, 1.0, 1.0, false});
    std::printf("%.6f\n", normalizedStress(x.data(), y.data(), g.nodeCount, edges, 200));
    return 0;
}

// 10,000 actors over 180 months: most present throughout, some entering or leaving; about two
// ties per actor (preferential attachment), a tenth of them hostile, with their own spans and a
// strength that changes once.
model::Dataset syntheticDataset(std::uint32_t actors) {
    model::Dataset d;
    d.meta.title = "synthetic";
    d.meta.start = *calendar::parseDate("1955");
    d.meta.end = *calendar::parseDate("1969");
    d.tieTypes = {model::TieType{"coop", "cooperative", "", false, +1, 0},
                  model::TieType{"hostile", "hostile", "", false, -1, 0}};
    Rng rng(2024);
    const auto month = [&](int offset) {
        return calendar::Date{1955 + offset / 12, static_cast<std::uint8_t>(1 + offset % 12), 0, false};
    };
    for (std::uint32_t i = 0; i < actors; ++i) {
        model::Actor a;
        a.key = "a" + std::to_string(i);
        a.name = a.key;
        if (rng.uniform() < 0.3) {
            const int s = static_cast<int>(rng.uniform() * 150),
                      e = s + 6 + static_cast<int>(rng.uniform() * (173 - s));
            a.spans.push_back(calendar::Span{month(s), month(std::min(e, 179))});
        }
        d.actors.push_back(std::move(a));
    }
    const Graph g = barabasiAlbert(actors, 2, 2024);
    for (std::size_t k = 0; k < g.edges.size(); ++k) {
        model::Tie t;
        t.key = "t" + std::to_string(k);
        t.from = model::ActorId(g.edges[k].source);
        t.to = model::ActorId(g.edges[k].target);
        t.type = model::TieTypeId(rng.uniform() < 0.1 ? 1 : 0);
        const int s = rng.uniform() < 0.5 ? 0 : static_cast<int>(rng.uniform() * 120);
        t.spans.push_back(calendar::Span{month(s), std::nullopt});
        t.strength = {model::StrengthKey{month(s), 0.4 + 0.6 * rng.uniform()},
                      model::StrengthKey{month(std::min(s + 40, 179)), rng.uniform()}};
        d.ties.push_back(std::move(t));
    }
    d.indexKeys();
    return d;
}

int timeKeyframes(const std::string& dataPath, std::uint32_t syntheticActors, int threads) {
    const io::LoadResult r = io::loadDatasetFile(dataPath);
    if (!r.dataset) return std::fprintf(stderr, "cannot load %s\n", dataPath.c_str()), 1;
    std::vector<double> runs;
    for (int rep = 0; rep < 7; ++rep) {
        const auto start = Clock::now();
        TemporalLayout layout;
        layout.setDataset(*r.dataset);
        layout.computeNow();
        runs.push_back(msSince(start));
    }
    std::printf("default dataset: %zu actors, %zu ties, 180 keyframes: %.1f ms (median of 7, from setDataset "
                "to done)\n",
                r.dataset->actors.size(), r.dataset->ties.size(), median(runs));
    if (syntheticActors == 0) return 0;
    const model::Dataset synthetic = syntheticDataset(syntheticActors);
    LayoutParams params;
    params.threads = threads;
    const auto start = Clock::now();
    TemporalLayout layout;
    layout.setParams(params);
    layout.setDataset(synthetic);
    const double setupMs = msSince(start);
    layout.start();
    while (!layout.done()) {
        std::this_thread::sleep_for(std::chrono::seconds(5));
        std::printf("  synthetic: %3.0f%% after %.1f s\n", layout.progress() * 100.0,
                    msSince(start) / 1000.0);
        std::fflush(stdout);
    }
    layout.wait();
    const double totalMs = msSince(start);
    std::printf("synthetic dataset: %u actors, %zu ties, %zu keyframes, %llu ticks, %d thread(s): %.1f s "
                "(timeline %.0f ms)\n",
                syntheticActors, synthetic.ties.size(), layout.keyframeCount(),
                static_cast<unsigned long long>(layout.ticksRun()), threads, totalMs / 1000.0, setupMs);
    return 0;
}

// The many-body force alone (tree build, walk and kernel) on n random bodies: median ms per
// evaluation with the baseline and AVX2 kernels on one and two threads.
int timeManyBody(std::size_t n, int reps) {
    Bodies b;
    b.resize(n);
    Rng rng(7);
    const double size = 40.0 * std::sqrt(double(n));
    for (std::size_t i = 0; i < n; ++i)
        b.x[i] = (rng.uniform() - 0.5) * size, b.y[i] = (rng.uniform() - 0.5) * size;
    for (const detail::KernelChoice kernel : {detail::KernelChoice::Baseline, detail::KernelChoice::Avx2})
        for (const int threads : {1, 2}) {
            ManyBodyParams p;
            p.kernel = kernel;
            p.threads = threads;
            p.parallelFrom = 0;
            ManyBodyForce force(p);
            std::vector<double> ax, ay, ms;
            for (int r = 0; r < reps; ++r) {
                const auto start = Clock::now();
                force.accelerations(b, false, ax, ay);
                ms.push_back(msSince(start));
            }
            std::printf("{\"bodies\": %zu, \"kernel\": \"%s\", \"threads\": %d, \"msPerEvaluation\": %.3f}\n",
                        n, force.kernelName(), threads, median(ms));
        }
    return 0;
}

// The cold start of one keyframe (no keyframe before it: what the first keyframe of a dataset and a
// provisional keyframe far ahead of the chain cost): the step at or before DATE (default: the
// first), median wall ms of REPS solves, and the layout's quality there: normalized stress over
// the spring lengths (200 sources), edge crossings (sampled above 4,000 segments) and overlaps of
// the drawn discs, with LayoutParams::seed SEED (default 1). OUT.csv (optional; "" for none) gets
// actor,x,y,ties (cooperative) of the present actors.
int timeColdStart(const std::string& dataPath, const std::string& date, int reps, int threads,
                  long long multilevelFrom, const std::string& out, std::uint64_t seed) {
    const io::LoadResult r = io::loadDatasetFile(dataPath);
    if (!r.dataset) return std::fprintf(stderr, "cannot load %s\n", dataPath.c_str()), 1;
    const Timeline tl = buildTimeline(*r.dataset);
    std::size_t k = 0;
    if (!date.empty()) {
        const auto t = calendar::parseDate(date);
        if (!t) return std::fprintf(stderr, "bad date %s\n", date.c_str()), 1;
        const calendar::Time at = t->firstDay();
        while (k + 1 < tl.steps.size() && tl.steps[k + 1].t <= at)
            ++k;
    }
    LayoutParams params;
    params.threads = threads;
    params.seed = seed;
    if (multilevelFrom >= 0) params.multilevelFrom = static_cast<std::size_t>(multilevelFrom);
    std::vector<double> ms, cpu;
    Keyframe kf;
    std::uint64_t ticks = 0;
    for (int rep = 0; rep < reps; ++rep) {
        ticks = 0;
        const auto start = Clock::now();
        const std::clock_t cpuStart = std::clock();
        solveKeyframe(tl, k, nullptr, params, kf, nullptr, &ticks);
        ms.push_back(msSince(start));
        cpu.push_back(1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    }
    const TimelineStep& step = tl.steps[k];
    const std::size_t n = step.actors.size();
    std::vector<double> x(n), y(n), radii(step.radii);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = kf.x[step.actors[i]], y[i] = kf.y[step.actors[i]];
    std::vector<LinkSpec> springs = stepSprings(tl, k, params);
    std::vector<std::uint32_t> local(tl.actorCount, 0);
    for (std::size_t i = 0; i < n; ++i)
        local[step.actors[i]] = static_cast<std::uint32_t>(i);
    for (LinkSpec& l : springs)
        l.source = local[l.source], l.target = local[l.target];
    const double stress = normalizedStress(x.data(), y.data(), n, springs, 200);
    const CrossingCount crossings = edgeCrossings(x.data(), y.data(), springs);
    const std::size_t overlaps = radii.size() == n ? nodeOverlaps(x.data(), y.data(), radii.data(), n) : 0;
    std::printf(
        "{\"step\": %zu, \"actors\": %zu, \"springs\": %zu, \"threads\": %d, \"ticks\": %llu, "
        "\"coldStartMs\": %.1f, \"cpuMs\": %.1f, \"reps\": %d, \"stress\": %.4f, \"crossings\": %.0f, "
        "\"crossingsEstimated\": %s, \"overlaps\": %zu}\n",
        k, n, springs.size(), threads, static_cast<unsigned long long>(ticks), median(ms), median(cpu), reps,
        stress, crossings.count, crossings.estimated ? "true" : "false", overlaps);
    if (!out.empty()) {
        std::ofstream csv(out);
        std::vector<std::uint32_t> ties(n, 0);
        for (const LinkSpec& l : springs)
            if (!l.pushOnly) ++ties[l.source], ++ties[l.target];
        csv << "actor,x,y,ties\n";
        for (std::size_t i = 0; i < n; ++i)
            csv << step.actors[i] << ',' << x[i] << ',' << y[i] << ',' << ties[i] << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> a(argv + 1, argv + argc);
    const auto arg = [&](std::size_t i, const char* fallback) {
        return i < a.size() ? a[i] : std::string(fallback);
    };
    if (!a.empty() && a[0] == "graphs") return writeGraphs(arg(1, "."));
    if (!a.empty() && a[0] == "ticks" && a.size() >= 2)
        return timeTicks(a[1], std::stoi(arg(2, "300")), std::stoi(arg(3, "3")), std::stoi(arg(4, "1")),
                         arg(5, ""));
    if (!a.empty() && a[0] == "stress" && a.size() == 3) return stressOf(a[1], a[2]);
    if (!a.empty() && a[0] == "manybody" && a.size() >= 2)
        return timeManyBody(std::stoul(a[1]), std::stoi(arg(2, "20")));
    if (!a.empty() && a[0] == "coldstart" && a.size() >= 2)
        return timeColdStart(a[1], arg(2, ""), std::stoi(arg(3, "3")), std::stoi(arg(4, "1")),
                             std::stoll(arg(5, "-1")), arg(6, ""), std::stoull(arg(7, "1")));
    if (!a.empty() && a[0] == "keyframes")
        return timeKeyframes(arg(1, "data/korea-1955-1969.json"), std::stoul(arg(2, "10000")),
                             std::stoi(arg(3, "1")));
    std::fprintf(
        stderr,
        "usage: tieline_bench_layout graphs DIR                      write ba-{1000,10000,100000}.txt\n"
        "       tieline_bench_layout ticks FILE [TICKS REPS THREADS OUT.csv]  median ms per tick, memory\n"
        "       tieline_bench_layout stress FILE POSITIONS.csv        normalized stress (200 sources)\n"
        "       tieline_bench_layout manybody N [REPS]               many-body force: kernels x threads\n"
        "       tieline_bench_layout keyframes [DATASET ACTORS THREADS] keyframe precompute times\n"
        "       tieline_bench_layout coldstart DATASET [DATE REPS THREADS MULTILEVEL_FROM OUT.csv SEED]\n"
        "                                  one keyframe from scratch: ms and quality (MULTILEVEL_FROM -1:\n"
        "                                  the default threshold; a huge value: the single-level start)\n");
    return 2;
}
