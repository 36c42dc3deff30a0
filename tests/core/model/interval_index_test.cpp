// Tests for app/core/model/interval_index.cpp: the stabbing query equals a linear scan on random
// intervals (points on the ends, between them, outside all), and the edge cases.
#include "core/model/interval_index.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>

using namespace tieline::core::model;

namespace {

std::vector<std::uint32_t> scan(const std::vector<Interval>& all, double t) {
    std::vector<std::uint32_t> out;
    for (const Interval& i : all)
        if (i.begin <= t && t < i.end) out.push_back(i.id);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("interval index: the intervals containing t are those a linear scan finds, on random data") {
    std::mt19937_64 rng(18);
    for (const int n : {0, 1, 2, 7, 100, 3000}) {
        std::vector<Interval> all;
        std::uniform_real_distribution<double> start(-50, 5000), length(0, 800);
        std::uniform_int_distribution<int> whole(0, 5000);
        for (int i = 0; i < n; ++i) {
            // Whole days half the time, so that many ends coincide with each other and with queries.
            const double b = i % 2 ? double(whole(rng)) : start(rng);
            const double e = i % 7 == 0 ? b : i % 2 ? b + double(whole(rng) % 400) : b + length(rng);
            all.push_back({b, e, std::uint32_t(i)});
        }
        const IntervalIndex index(all);
        CHECK(index.size() <= all.size());
        std::vector<std::uint32_t> got;
        for (int q = 0; q < 2000; ++q) {
            const double t = q % 3 == 0 ? double(whole(rng)) : start(rng) * 1.1 - 100;
            index.stab(t, got);
            REQUIRE(got == scan(all, t));
        }
        for (const Interval& i : all) { // exactly on the ends
            index.stab(i.begin, got);
            CHECK(got == scan(all, i.begin));
            index.stab(i.end, got);
            CHECK(got == scan(all, i.end));
        }
    }
}

TEST_CASE("interval index: half-open ends, empty intervals and repeated ids") {
    const IntervalIndex index({{0, 10, 1}, {10, 20, 2}, {5, 5, 3}, {-1e9, 1e9, 4}, {3, 4, 1}});
    std::vector<std::uint32_t> got;
    index.stab(10, got);
    CHECK(got == std::vector<std::uint32_t>{2, 4});
    index.stab(5, got);
    CHECK(got == std::vector<std::uint32_t>{1, 4}); // the empty [5, 5) never holds
    index.stab(3.5, got);
    CHECK(got == std::vector<std::uint32_t>{1, 1, 4});
    index.stab(2e9, got);
    CHECK(got.empty());
    CHECK(index.size() == 4);
}
