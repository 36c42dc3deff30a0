// Metrics benchmark, run on demand (not by ctest): every metric for every actor of a dataset over
// all its steps (default: the 1955-1969 dataset, 180 monthly steps), the median of many runs,
// against the issue's budget of 50 ms; then a synthetic network to show how it scales.
#include "core/io/dataset_loader.hpp"
#include "core/layout/rng.hpp"
#include "core/metrics/metrics.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace tieline::core;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double medianMs(const model::Dataset& data, const metrics::MetricsOptions& options, int runs,
                std::size_t& checksum) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        const metrics::Metrics m = metrics::computeMetrics(data, options);
        times.push_back(msSince(start));
        checksum += m.shares.size(); // keeps the work observable
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// n actors in 8 groups over ten years, each with about `degree` cooperative ties of random spans.
model::Dataset syntheticDataset(std::size_t n, std::size_t degree) {
    std::string json = R"({"meta": {"title": "synthetic", "start": "1960", "end": "1969"},
      "tieTypes": [{"id": "patronage"}, {"id": "alliance", "directed": false}, {"id": "rivalry", "sign": -1}],
      "groups": [)";
    for (int g = 0; g < 8; ++g)
        json += std::string(g ? "," : "") + R"({"id": "g)" + std::to_string(g) + R"("})";
    json += R"(], "actors": [)";
    for (std::size_t i = 0; i < n; ++i)
        json += std::string(i ? "," : "") + R"({"id": "a)" + std::to_string(i) +
                R"(", "name": "A", "group": "g)" + std::to_string(i % 8) + R"("})";
    json += R"(], "ties": [)";
    layout::Rng rng(7);
    const auto below = [&rng](std::size_t k) { return std::size_t(rng.next() % k); };
    const char* types[] = {"patronage", "alliance", "rivalry"};
    for (std::size_t i = 0; i < n * degree / 2; ++i) {
        const std::size_t a = below(n), b = below(n);
        if (a == b) continue;
        const int y0 = 1960 + int(below(10)), y1 = std::min(1969, y0 + int(below(6)));
        json += std::string(i ? "," : "") + R"({"id": "t)" + std::to_string(i) + R"(", "from": "a)" +
                std::to_string(a) + R"(", "to": "a)" + std::to_string(b) + R"(", "type": ")" +
                types[below(3)] + R"(", "spans": [{"start": ")" + std::to_string(y0) + R"(", "end": ")" +
                std::to_string(y1) + R"("}], "confidence": "high"})";
    }
    json += "]}";
    io::LoadResult loaded = io::loadDatasetText(json, "synthetic.json");
    return loaded.dataset ? std::move(*loaded.dataset) : model::Dataset{};
}

} // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : TIELINE_DATA "/korea-1955-1969.json";
    io::LoadResult loaded = io::loadDatasetFile(path);
    if (!loaded.dataset) return std::fprintf(stderr, "cannot load %s\n", path.c_str()), 1;
    const model::Dataset& data = *loaded.dataset;
    std::size_t checksum = 0;
    metrics::MetricsOptions merged;
    if (const auto from = data.findActor("kwp-dprk"), into = data.findActor("kim-il-sung"); from && into)
        merged.merges.push_back({*from, *into});
    const double plain = medianMs(data, {}, 51, checksum);
    const double withMerge = medianMs(data, merged, 51, checksum);
    const std::size_t steps = metrics::computeMetrics(data).steps();
    std::printf("%s: %zu actors, %zu ties, %zu steps\n", path.c_str(), data.actors.size(), data.ties.size(),
                steps);
    std::printf("  all metrics, all steps: median %.2f ms (budget 50 ms); with a merge %.2f ms\n", plain,
                withMerge);
    for (std::size_t n : {500u, 2000u}) {
        const model::Dataset big = syntheticDataset(n, 6);
        const double ms = medianMs(big, {}, 3, checksum);
        std::printf("  synthetic %zu actors, %zu ties, 120 steps: median %.1f ms\n", big.actors.size(),
                    big.ties.size(), ms);
    }
    std::printf("  (checksum %zu)\n", checksum);
    return plain < 50.0 ? 0 : 1;
}
