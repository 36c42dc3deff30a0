// Tests for app/core/metrics/metrics_job.cpp and the pivot estimate of betweenness (issue 18): the
// background job gives computeMetrics' values bit for bit, in any order and after cancellations;
// the estimate stays within its stated error of the exact values and is the same every run.
#include "core/metrics/betweenness.hpp"
#include "core/metrics/metrics_job.hpp"

#include "../../bench/synthetic_network.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstring>

using namespace tieline;
using namespace tieline::core::metrics;

namespace {

// Bit-for-bit equality of two arrays of doubles (NaN equals NaN).
bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

void checkSame(const Metrics& a, const Metrics& b) {
    CHECK(a.times == b.times);
    CHECK(a.present == b.present);
    CHECK(sameBits(a.column(Metrics::Column::Betweenness), b.column(Metrics::Column::Betweenness)));
    CHECK(sameBits(a.column(Metrics::Column::BetweennessNormalized),
                   b.column(Metrics::Column::BetweennessNormalized)));
    CHECK(sameBits(a.column(Metrics::Column::Constraint), b.column(Metrics::Column::Constraint)));
    CHECK(sameBits(a.column(Metrics::Column::CampBalance), b.column(Metrics::Column::CampBalance)));
    CHECK(sameBits(a.column(Metrics::Column::InDegree), b.column(Metrics::Column::InDegree)));
    CHECK(sameBits(a.column(Metrics::Column::OutDegree), b.column(Metrics::Column::OutDegree)));
    CHECK(a.shareBegin == b.shareBegin);
    REQUIRE(a.shares.size() == b.shares.size());
    for (std::size_t i = 0; i < a.shares.size(); ++i) {
        CHECK(a.shares[i].client == b.shares[i].client);
        CHECK(a.shares[i].patron == b.shares[i].patron);
        CHECK(std::memcmp(&a.shares[i].share, &b.shares[i].share, sizeof(double)) == 0);
    }
    CHECK(a.approximate == b.approximate);
    CHECK(sameBits(a.betweennessError, b.betweennessError));
}

} // namespace

TEST_CASE("metrics job: the background job gives computeMetrics' values bit for bit, from any date") {
    const core::model::Dataset data = bench::syntheticNetwork(200, 7);
    MetricsOptions options;
    const Metrics exact = computeMetrics(data, options);
    REQUIRE(exact.steps() == 180);
    for (const double shownAt : {0.0, double(exact.times[97]), 1e9}) {
        MetricsJob job;
        Metrics m = job.start(data, options, shownAt);
        CHECK(m.steps() == 180);
        CHECK(std::isnan(m.betweenness(0))); // not known yet
        job.finish(m);
        CHECK_FALSE(job.running());
        CHECK(job.progress() == doctest::Approx(1.0));
        CHECK(job.stepsWithBetweenness() == 180);
        checkSame(m, exact);
    }
}

TEST_CASE("metrics job: results arrive step by step, the cheap metrics first, then betweenness from the "
          "date shown") {
    const core::model::Dataset data = bench::syntheticNetwork(400, 3);
    MetricsJob job;
    const Metrics exact = computeMetrics(data);
    Metrics m = job.start(data, {}, exact.times[120]);
    bool sawPartial = false;
    while (job.running()) {
        job.collect(m);
        // Betweenness starts at the step shown: while some is missing, step 120 has it before step 0.
        const std::size_t known = job.stepsWithBetweenness();
        if (known > 0 && known < 60) {
            sawPartial = true;
            CHECK_FALSE(std::isnan(m.betweennessNormalized(m.at(120, 0))));
            CHECK(std::isnan(m.betweennessNormalized(m.at(0, 0))));
            CHECK(job.progress() > 0.1);
            CHECK(job.progress() < 1.0);
        }
    }
    CHECK(sawPartial);
    checkSame(m, exact);
}

TEST_CASE("metrics job: cancelled and restarted (a reload), the job gives the same values, and cancel is "
          "prompt") {
    const core::model::Dataset data = bench::syntheticNetwork(400, 5);
    const Metrics exact = computeMetrics(data);
    MetricsJob job;
    Metrics first = job.start(data, {});
    while (job.stepsWithBetweenness() == 0)
        job.collect(first);
    job.cancel();
    CHECK_FALSE(job.running());
    CHECK(job.stepsWithBetweenness() < 180); // it stopped before the end
    const std::uint64_t generation = job.generation();
    Metrics second = job.start(data, {}, exact.times[40]);
    CHECK(job.generation() == generation + 1);
    job.finish(second);
    checkSame(second, exact);
    // Starting again while running (another merge) also cancels the running job first.
    Metrics third = job.start(data, {});
    third = job.start(data, {}, exact.times[10]);
    job.finish(third);
    checkSame(third, exact);
}

TEST_CASE("betweenness: the pivot estimate lies within its stated error of the exact values, and is the "
          "same every run") {
    for (const std::uint32_t n : {250u, 500u}) {
        const core::model::Dataset data = bench::syntheticNetwork(n, n);
        MetricsOptions exactOptions, pivotOptions;
        exactOptions.exactBetweennessLimit = 1u << 30;
        pivotOptions.exactBetweennessLimit = 100; // estimate every step with ties
        pivotOptions.pivots = 64;
        const Metrics exact = computeMetrics(data, exactOptions);
        const Metrics estimate = computeMetrics(data, pivotOptions);
        CHECK(exact.maxBetweennessError() == 0.0);
        const double stated = estimate.maxBetweennessError();
        // Hoeffding, 64 pivots, 95%: sqrt(ln 40 / 128) = 0.1698, times sources / (sources - 1).
        CHECK(stated == doctest::Approx(0.1698).epsilon(0.01));
        std::size_t approximateSteps = 0, cells = 0, outside = 0;
        double worst = 0, sumError = 0;
        for (std::size_t s = 0; s < exact.steps(); ++s) {
            approximateSteps += estimate.approximate[s] ? 1 : 0;
            for (std::size_t a = 0; a < exact.actorCount; ++a) {
                const std::size_t i = exact.at(s, a);
                if (!exact.present[i]) continue;
                const double e = std::abs(estimate.betweennessNormalized(i) - exact.betweennessNormalized(i));
                worst = std::max(worst, e);
                sumError += e;
                ++cells;
                outside += e > estimate.betweennessError[s] ? 1 : 0;
            }
        }
        CHECK(approximateSteps == 180);
        CHECK(outside == 0);
        CHECK(worst < stated);
        MESSAGE(n << " actors: worst error " << worst << ", mean " << sumError / double(cells) << ", stated "
                  << stated);
        // Seeded by the step's date: the same values every run.
        const Metrics again = computeMetrics(data, pivotOptions);
        CHECK(sameBits(again.column(Metrics::Column::Betweenness),
                       estimate.column(Metrics::Column::Betweenness)));
    }
}

TEST_CASE("betweenness: pivots are exact when there are no more nodes with ties than pivots") {
    WeightedGraph g;
    std::vector<WeightedEdge> edges = {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {1, 4, 1}};
    buildWeightedGraph(6, edges, g);
    std::vector<double> exact(6), pivots(6);
    BetweennessScratch scratch;
    betweenness(g, exact, scratch);
    CHECK(betweennessPivots(g, pivots, scratch, 5, 1) == 5); // node 5 has no ties
    CHECK(pivots == exact);
    CHECK(pivotErrorBound(5, 5) == 0.0);
    CHECK(betweennessPivots(g, pivots, scratch, 2, 1) == 2);
    CHECK(pivotErrorBound(2, 5) > 0.0);
}
