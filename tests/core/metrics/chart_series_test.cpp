// Tests for app/core/metrics/chart_series.cpp: stacked patron shares by patron and by camp.
#include "core/metrics/chart_series.hpp"

#include "metrics_fixture.hpp"

#include <cmath>

using namespace tieline;
using namespace tieline::core::metrics;
using namespace tieline::testing;

TEST_CASE("chart series: stacked shares by patron and by camp sum to 1 where defined") {
    const core::model::Dataset d = metricsDataset();
    MetricsOptions options;
    options.merges.push_back({core::model::ActorId(kDprk), core::model::ActorId(kKim)});
    const Metrics m = computeMetrics(d, options);
    for (bool byCamp : {false, true}) {
        const StackedShares s = patronShareLayers(d, m, kKim, byCamp);
        REQUIRE(s.layers.size() == 2);
        CHECK(s.layers[0].label == (byCamp ? "Soviet" : "Moscow"));
        CHECK(s.layers[0].color == 0xD55E00);
        CHECK(s.layers[1].color == 0xE69F00);
        for (std::size_t step = 0; step < m.steps(); ++step) {
            CHECK(s.defined[step]);
            CHECK(s.layers[0].values[step] + s.layers[1].values[step] == doctest::Approx(1.0));
        }
        CHECK(s.layers[0].values[0] == doctest::Approx(1.1 / 2.0));
    }
    const StackedShares none = patronShareLayers(d, m, kMoscow, true);
    CHECK(none.layers.empty());
    CHECK(none.defined == std::vector<char>(12, 0));
}

TEST_CASE("chart series: a metric per step, NaN where absent or undefined") {
    const core::model::Dataset d = metricsDataset();
    const Metrics m = computeMetrics(d);
    const auto between = metricSeries(d, m, kKim, MetricKind::Betweenness);
    CHECK(between[0] == doctest::Approx(3.5 / 6.0));
    const auto balance = metricSeries(d, m, kMoscow, MetricKind::CampBalance);
    CHECK(std::isnan(balance[0]));
    // In-degree over cooperative types: patronage 0.8 + alliance 0.4 (not the rivalry).
    CHECK(metricSeries(d, m, kKim, MetricKind::InDegree)[0] == doctest::Approx(1.2));
    CHECK(metricSeries(d, m, kKim, MetricKind::PatronStrength)[0] == doctest::Approx(0.8));
}
