// Tests for app/core/metrics/metrics.cpp: a small network worked by hand, merging a person with
// their party-state, and the default dataset's patron shares.
#include "core/metrics/metrics.hpp"

#include "core/io/dataset_loader.hpp"
#include "metrics_fixture.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <iterator>
#include <limits>
#include <random>

using namespace tieline;
using namespace tieline::core::metrics;
using namespace tieline::testing;

namespace {

double shareOf(const Metrics& m, std::size_t step, std::size_t client, std::size_t patron) {
    for (const PatronShare& p : m.sharesOf(step, client))
        if (p.patron == patron) return p.share;
    return 0;
}

std::size_t typeIndex(const core::model::Dataset& d, const char* key) {
    return d.tieTypeByKey.find(key)->second.index();
}

} // namespace

TEST_CASE("metrics: steps are the layout's keyframes, one a month") {
    const core::model::Dataset d = metricsDataset();
    const Metrics m = computeMetrics(d);
    REQUIRE(m.steps() == 12);
    CHECK(m.times[0] == core::calendar::daysFromCivil(1960, 1, 1));
    CHECK(m.times[11] == core::calendar::daysFromCivil(1960, 12, 1));
    CHECK(m.stepAt(core::calendar::daysFromCivil(1960, 3, 15)) == 2);
    CHECK(m.stepAt(core::calendar::daysFromCivil(1950, 1, 1)) == 0); // before the first step
}

TEST_CASE("metrics: weighted degrees per tie type, and an undirected tie counts both ways for both ends") {
    const core::model::Dataset d = metricsDataset();
    const Metrics m = computeMetrics(d);
    const auto in = [&](std::size_t a, const char* type) {
        return m.inDegree(m.at(5, a), typeIndex(d, type));
    };
    const auto out = [&](std::size_t a, const char* type) {
        return m.outDegree(m.at(5, a), typeIndex(d, type));
    };
    CHECK(in(kKim, "patronage") == doctest::Approx(0.8));
    CHECK(out(kMoscow, "patronage") == doctest::Approx(0.6));
    CHECK(out(kKim, "patronage") == 0);
    CHECK(in(kDprk, "aid") == doctest::Approx(0.5));
    CHECK(in(kDprk, "treaty") == doctest::Approx(0.7));
    CHECK(out(kDprk, "treaty") == doctest::Approx(0.7));
    CHECK(in(kBeijing, "treaty") == doctest::Approx(0.7));
    CHECK(out(kBeijing, "treaty") == doctest::Approx(0.7));
    CHECK(in(kBeijing, "rivalry") == 1.0); // hostile ties have degrees too
}

TEST_CASE("metrics: patron shares by hand, where a treaty's first actor is the patron") {
    const core::model::Dataset d = metricsDataset();
    const Metrics m = computeMetrics(d);
    CHECK(shareOf(m, 0, kKim, kMoscow) == doctest::Approx(0.75));
    CHECK(shareOf(m, 0, kKim, kBeijing) == doctest::Approx(0.25));
    CHECK(shareOf(m, 0, kDprk, kMoscow) == doctest::Approx(5.0 / 12.0));
    CHECK(shareOf(m, 0, kDprk, kBeijing) == doctest::Approx(7.0 / 12.0));
    CHECK(m.sharesOf(0, kMoscow).empty()); // patrons are nobody's clients here
    CHECK(m.sharesOf(0, kBeijing).empty());
    CHECK(m.patronsOf(kKim) == std::vector<std::uint32_t>{kMoscow, kBeijing});
    CHECK(m.allPatrons() == std::vector<std::uint32_t>{kMoscow, kBeijing});
}

TEST_CASE("metrics: betweenness, constraint and camp balance of the small network by hand") {
    const core::model::Dataset d = metricsDataset();
    const Metrics m = computeMetrics(d);
    // Cooperative graph: the square kim-moscow-dprk-beijing-kim and zhou hanging on kim.
    CHECK(m.betweenness(m.at(0, kKim)) == doctest::Approx(3.5));
    CHECK(m.betweenness(m.at(0, kMoscow)) == doctest::Approx(1.0));
    CHECK(m.betweenness(m.at(0, kBeijing)) == doctest::Approx(1.0));
    CHECK(m.betweenness(m.at(0, kDprk)) == doctest::Approx(0.5));
    CHECK(m.betweenness(m.at(0, kZhou)) == 0);
    CHECK(m.betweennessNormalized(m.at(0, kKim)) == doctest::Approx(3.5 / 6.0));
    // Kim: contacts moscow 0.6, zhou 0.4, beijing 0.2 of 1.2; none tied to another: 1/4 + 1/9 + 1/36.
    CHECK(m.constraint(m.at(0, kKim)) == doctest::Approx(7.0 / 18.0));
    CHECK(m.constraint(m.at(0, kZhou)) == doctest::Approx(1.0));
    // Rival camps: Soviet (moscow) and China (beijing); Kim gives 0.6 to each (beijing + zhou).
    CHECK(m.campBalance(m.at(0, kKim)) == doctest::Approx(1.0));
    CHECK(m.campBalance(m.at(0, kDprk)) == doctest::Approx(1.0 - 0.2 / 1.2));
    CHECK(std::isnan(m.campBalance(m.at(0, kMoscow)))); // only one camp is a rival of its own
    CHECK(std::isnan(m.campBalance(m.at(0, kZhou))));
}

TEST_CASE("metrics: merging the party-state into the person counts its ties as his") {
    const core::model::Dataset d = metricsDataset();
    MetricsOptions options;
    options.merges.push_back({core::model::ActorId(kDprk), core::model::ActorId(kKim)});
    const Metrics m = computeMetrics(d, options);
    CHECK(m.representative[kDprk] == kKim);
    CHECK_FALSE(m.present[m.at(0, kDprk)]);
    CHECK(m.sharesOf(0, kDprk).empty());
    CHECK(shareOf(m, 0, kKim, kMoscow) == doctest::Approx(1.1 / 2.0));
    CHECK(shareOf(m, 0, kKim, kBeijing) == doctest::Approx(0.9 / 2.0));
    // Now a star around Kim: he lies between all three pairs of the other three present actors.
    CHECK(m.betweenness(m.at(0, kKim)) == doctest::Approx(3.0));
    CHECK(m.betweennessNormalized(m.at(0, kKim)) == doctest::Approx(1.0));
    CHECK(m.campBalance(m.at(0, kKim)) == doctest::Approx(1.0 - 0.2 / 2.4));
    CHECK(m.inDegree(m.at(0, kKim), typeIndex(d, "aid")) == doctest::Approx(0.5));
}

TEST_CASE("metrics: merges chain, and a merge that would close a cycle is ignored") {
    const core::model::Dataset d = metricsDataset();
    MetricsOptions options;
    options.merges = {{core::model::ActorId(kZhou), core::model::ActorId(kBeijing)},
                      {core::model::ActorId(kBeijing), core::model::ActorId(kMoscow)},
                      {core::model::ActorId(kMoscow), core::model::ActorId(kZhou)}};
    const Metrics m = computeMetrics(d, options);
    CHECK(m.representative[kZhou] == kMoscow);
    CHECK(m.representative[kBeijing] == kMoscow);
    CHECK(m.representative[kMoscow] == kMoscow);
    CHECK(shareOf(m, 0, kKim, kMoscow) == doctest::Approx(1.0));
}

TEST_CASE("metrics: patron types are options, and an unknown type counts nothing") {
    const core::model::Dataset d = metricsDataset();
    MetricsOptions options;
    options.patronTypes = {"aid", "no-such-type"};
    const Metrics m = computeMetrics(d, options);
    CHECK(m.sharesOf(0, kKim).empty());
    CHECK(shareOf(m, 0, kDprk, kMoscow) == 1.0);
}

TEST_CASE("metrics: the patron types come from the roles, none declared, no shares but every other measure") {
    core::model::Dataset d = metricsDataset();
    CHECK(patronTypeMask(d, {}) == std::vector<char>{kPatronIsFrom, kPatronIsFrom, kPatronIsFrom, 0, 0});
    for (auto& type : d.tieTypes)
        type.layout = {};
    const Metrics m = computeMetrics(d);
    CHECK(m.shares.empty());
    CHECK(m.allPatrons().empty());
    CHECK(std::isnan(m.campBalance(m.at(0, kKim))));             // no patrons, no camps to balance
    CHECK(m.betweenness(m.at(0, kKim)) == doctest::Approx(3.5)); // the rest as before
    CHECK(m.constraint(m.at(0, kKim)) == doctest::Approx(7.0 / 18.0));
    // --patron-types still names them by hand.
    MetricsOptions options;
    options.patronTypes = {"patronage"};
    CHECK(shareOf(computeMetrics(d, options), 0, kKim, kMoscow) == doctest::Approx(0.75));
}

TEST_CASE("metrics: a type whose patron is its `to` end counts the other way round") {
    core::model::Dataset d = metricsDataset();
    // Zhou's alliance with Kim read as "Kim is Zhou's patron" (a follower's loyalty to a leader).
    d.tieTypes[3].layout.patron = core::model::PatronRole::To;
    const Metrics m = computeMetrics(d);
    CHECK(shareOf(m, 0, kZhou, kKim) == 1.0);
    CHECK(shareOf(m, 0, kKim, kMoscow) == doctest::Approx(0.75)); // Kim's own patrons unchanged
}

TEST_CASE("metrics: in the default dataset, shares sum to 1 wherever a client has patrons") {
    auto loaded = core::io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    const core::model::Dataset& d = *loaded.dataset;
    const Metrics m = computeMetrics(d);
    REQUIRE(m.steps() == 180);
    std::size_t clients = 0;
    for (std::size_t s = 0; s < m.steps(); ++s) {
        const auto all = m.sharesAt(s);
        for (std::size_t i = 0; i < all.size();) {
            double sum = 0;
            std::size_t j = i;
            for (; j < all.size() && all[j].client == all[i].client; ++j)
                sum += all[j].share;
            CHECK(sum == doctest::Approx(1.0).epsilon(1e-12));
            ++clients;
            i = j;
        }
    }
    CHECK(clients > 180);
    for (double v : m.column(Metrics::Column::BetweennessNormalized))
        CHECK((v >= 0 && v <= 1));
}

TEST_CASE("metrics: stored compactly, a row only for the actors with values, every value as computed") {
    auto loaded = core::io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    const Metrics m = computeMetrics(*loaded.dataset);
    std::size_t rows = 0, withDefaults = 0;
    for (std::size_t s = 0; s < m.steps(); ++s) {
        const StepValues& v = m.values[s];
        CHECK(std::is_sorted(v.actors.begin(), v.actors.end()));
        REQUIRE(v.header.size() == v.actors.size());
        REQUIRE(v.blockCode.size() == (v.actors.size() + StepValues::kBlock - 1) / StepValues::kBlock);
        for (std::size_t a = 0; a < m.actorCount; ++a) {
            const std::size_t i = m.at(s, a);
            const std::size_t r = v.row(a);
            double degrees = 0;
            for (std::size_t t = 0; t < m.typeCount; ++t)
                degrees += std::abs(m.inDegree(i, t)) + std::abs(m.outDegree(i, t));
            if (r == StepValues::npos) { // the defaults
                CHECK(m.betweenness(i) == 0.0);
                CHECK(m.betweennessNormalized(i) == 0.0);
                CHECK(std::isnan(m.constraint(i)));
                CHECK(std::isnan(m.campBalance(i)));
                CHECK(degrees == 0.0);
                withDefaults += m.present[i] ? 1 : 0;
                continue;
            }
            ++rows;
            CHECK(m.present[i]);
            CHECK((m.betweenness(i) != 0.0 || !std::isnan(m.constraint(i)) || degrees > 0.0));
            const StepValues::Row row = v.rowAt(r);
            CHECK(m.betweenness(i) == row.betweenness);
            CHECK(m.betweennessNormalized(i) == (v.pairs > 0 ? row.betweenness / v.pairs : 0.0));
            v.forEachDegree(row, [&](const StepValues::Degree& d) {
                CHECK((d.in != 0.0 || d.out != 0.0));
                CHECK(d.in == m.inDegree(i, d.type));
                CHECK(d.out == m.outDegree(i, d.type));
            });
        }
    }
    MESSAGE(rows << " rows; " << withDefaults << " present actor-steps without ties take no room");
    CHECK(rows > 0);
    CHECK(withDefaults > 0);
    // Against one double per cell and metric (and per type for the degrees), as before.
    const std::size_t cells = m.steps() * m.actorCount;
    const std::size_t dense = cells * (1 + 4 * sizeof(double) + 2 * m.typeCount * sizeof(double));
    MESSAGE("compact " << m.bytesUsed() << " bytes, dense " << dense);
    CHECK(m.bytesUsed() < dense / 2);
}

namespace {

std::uint64_t bitsOf(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

} // namespace

TEST_CASE("metrics: the compact form gives back every dense value bit for bit, defaults where no row") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double otherNan = -std::numeric_limits<double>::quiet_NaN(); // 0/0 on x86: a value, kept
    SUBCASE("random values, with the special ones each encoding treats apart") {
        // 40 types: entries of every kind, and more than 15 in a row (the count in two more words).
        for (const std::size_t types : {std::size_t(1), std::size_t(5), std::size_t(40)}) {
            const std::size_t n = 301; // blocks of 16 rows and a part block
            std::mt19937_64 rng(types);
            const double pool[] = {0.0, -0.0, 1.0, 0.5, 0.1 + 0.2, 3.75, 1e-300, nan, otherNan, 2.0};
            const auto pick = [&] { return pool[rng() % std::size(pool)]; };
            std::vector<double> b(n), c(n), bal(n), in(n * types, 0.0), out(n * types, 0.0);
            for (std::size_t a = 0; a < n; ++a) {
                const int shape = int(rng() % 4); // 0: nothing; 1: a few; 2: many types; 3: random
                b[a] = shape == 0 ? 0.0 : pick();
                c[a] = shape == 0 ? nan : pick();
                bal[a] = shape == 0 ? nan : pick();
                for (std::size_t t = 0; t < types; ++t) {
                    if (shape == 0 || (shape == 1 && rng() % 4)) continue;
                    const std::size_t k = a * types + t;
                    switch (rng() % 4) {
                    case 0:
                        in[k] = pick();
                        break;
                    case 1:
                        out[k] = pick();
                        break;
                    case 2:
                        in[k] = out[k] = pick();
                        break;
                    default:
                        in[k] = pick();
                        out[k] = pick();
                        break;
                    }
                }
            }
            const StepValues v = compactValues(n, types, b, c, bal, in, out);
            std::size_t rows = 0;
            for (std::size_t a = 0; a < n; ++a) {
                const std::size_t r = v.row(a);
                bool defaults = bitsOf(b[a]) == 0 && std::isnan(c[a]) && std::isnan(bal[a]);
                for (std::size_t t = 0; t < types; ++t)
                    defaults = defaults && bitsOf(in[a * types + t]) == 0 && bitsOf(out[a * types + t]) == 0;
                CHECK((r == StepValues::npos) == defaults);
                if (r == StepValues::npos) continue;
                ++rows;
                const StepValues::Row row = v.rowAt(r);
                CHECK(bitsOf(row.betweenness) == bitsOf(b[a]));
                CHECK(bitsOf(row.constraint) == bitsOf(c[a]));
                CHECK(bitsOf(row.campBalance) == bitsOf(bal[a]));
                std::vector<double> gotIn(types, 0.0), gotOut(types, 0.0);
                std::size_t last = 0, entries = 0;
                v.forEachDegree(row, [&](const StepValues::Degree& d) {
                    REQUIRE(d.type < types);
                    CHECK((entries == 0 || d.type > last)); // in type order
                    last = d.type;
                    ++entries;
                    gotIn[d.type] = d.in;
                    gotOut[d.type] = d.out;
                });
                for (std::size_t t = 0; t < types; ++t) {
                    CHECK(bitsOf(gotIn[t]) == bitsOf(in[a * types + t]));
                    CHECK(bitsOf(gotOut[t]) == bitsOf(out[a * types + t]));
                }
            }
            CHECK(rows == v.actors.size());
            CHECK(rows > 100);
            CHECK(v.numbers.size() == v.numbers.capacity()); // no slack kept
        }
    }
    SUBCASE("tie types past 16,382 (the type in two more words) and rows of 16 and more entries") {
        const std::size_t types = 16390, n = 3;
        std::vector<double> b(n, 0.0), c(n, nan), bal(n, nan), in(n * types, 0.0), out(n * types, 0.0);
        const std::size_t picked[] = {0, 1, 16381, 16382, 16383, 16384, 16389};
        for (std::size_t t : picked) {
            in[0 * types + t] = double(t) + 0.5;
            out[2 * types + t] = -double(t);
        }
        for (std::size_t t = 100; t < 120; ++t)
            in[1 * types + t] = out[1 * types + t] = double(t) / 7.0;
        const StepValues v = compactValues(n, types, b, c, bal, in, out);
        REQUIRE(v.actors.size() == 3);
        for (std::size_t a = 0; a < n; ++a) {
            std::size_t entries = 0;
            v.forEachDegree(v.rowAt(v.row(a)), [&](const StepValues::Degree& d) {
                ++entries;
                REQUIRE(d.type < types);
                CHECK(bitsOf(d.in) == bitsOf(in[a * types + d.type]));
                CHECK(bitsOf(d.out) == bitsOf(out[a * types + d.type]));
            });
            CHECK(entries == (a == 1 ? 20u : 7u));
        }
    }
    SUBCASE("what is not stored: +0 betweenness, constraint 1 or NaN, NaN balance, a zero side of a degree") {
        const std::vector<double> b{0.0, 0.0, 2.5}, c{1.0, nan, 0.25}, bal{nan, nan, 0.5};
        // Two types per actor: actor 0 (0, 0.5) and (0.75, 0.75); actor 1 (0, 0) and (0.5, 0);
        // actor 2 (1.5, 0.5) and (1.25, 1).
        const std::vector<double> in3{0.0, 0.75, 0.0, 0.5, 1.5, 1.25}, out3{0.5, 0.75, 0.0, 0.0, 0.5, 1.0};
        const StepValues v = compactValues(3, 2, b, c, bal, in3, out3);
        REQUIRE(v.actors == std::vector<std::uint32_t>{0, 1, 2});
        // Actor 0: constraint 1 (a flag), out-only and equal degrees: 2 numbers. Actor 1: an in-only
        // degree: 1 number. Actor 2: 3 values and two degrees stored both: 7 numbers.
        CHECK(v.numbers.size() == 2 + 1 + 7);
        CHECK(v.rowAt(0).constraint == 1.0);
        CHECK(std::isnan(v.rowAt(1).constraint));
        CHECK(v.rowAt(2).campBalance == 0.5);
    }
}

TEST_CASE("metrics: whose client was Kim in mid-1963? Moscow 1.3 of 3.6 with the party-state merged") {
    auto loaded = core::io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    const core::model::Dataset& d = *loaded.dataset;
    const std::size_t kim = d.findActor("kim-il-sung")->index(), ussr = d.findActor("cpsu-ussr")->index();
    const std::size_t prc = d.findActor("ccp-prc")->index(), mao = d.findActor("mao-zedong")->index();
    SUBCASE("Kim's own ties: Mao's patronage only") {
        const Metrics m = computeMetrics(d);
        const std::size_t step = m.stepAt(core::calendar::daysFromCivil(1963, 6, 1));
        CHECK(shareOf(m, step, kim, mao) == 1.0);
    }
    SUBCASE("with kwp-dprk merged: Soviet aid 0.5 + treaty 0.8; Chinese aid 0.7 + treaty 0.9 + Mao 0.7") {
        MetricsOptions options;
        options.merges.push_back({*d.findActor("kwp-dprk"), *d.findActor("kim-il-sung")});
        const Metrics m = computeMetrics(d, options);
        const std::size_t step = m.stepAt(core::calendar::daysFromCivil(1963, 6, 1));
        CHECK(shareOf(m, step, kim, ussr) == doctest::Approx(1.3 / 3.6));
        CHECK(shareOf(m, step, kim, prc) == doctest::Approx(1.6 / 3.6));
        CHECK(shareOf(m, step, kim, mao) == doctest::Approx(0.7 / 3.6));
    }
}

TEST_CASE("metrics: after a tie edit only the steps in its days are computed again, bit for bit") {
    auto loaded = core::io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    core::model::Dataset data = std::move(*loaded.dataset);
    Metrics m = computeMetrics(data);
    const Metrics before = m;
    // An edit inside 1956: Kim's purge of Pak Il-u (t55, 1955-12-02 to 1956-09) made half as strong,
    // and the steps of 1956 computed again.
    const auto tie = data.findTie("t55");
    REQUIRE(tie);
    for (auto& key : data.ties[tie->index()].strength)
        key.value *= 0.5;
    const core::calendar::Time from = core::calendar::daysFromCivil(1955, 12, 1);
    const core::calendar::Time to = core::calendar::daysFromCivil(1956, 12, 31);
    REQUIRE(recomputeSteps(data, m, from, to));
    const Metrics full = computeMetrics(data);
    auto same = [](const std::vector<double>& a, const std::vector<double>& b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])))) return false;
        return true;
    };
    CHECK_FALSE(same(before.column(Metrics::Column::OutDegree),
                     full.column(Metrics::Column::OutDegree))); // the edit shows in the metrics
    CHECK(same(m.column(Metrics::Column::Betweenness), full.column(Metrics::Column::Betweenness)));
    CHECK(same(m.column(Metrics::Column::BetweennessNormalized),
               full.column(Metrics::Column::BetweennessNormalized)));
    CHECK(same(m.column(Metrics::Column::Constraint), full.column(Metrics::Column::Constraint)));
    CHECK(same(m.column(Metrics::Column::CampBalance), full.column(Metrics::Column::CampBalance)));
    CHECK(same(m.column(Metrics::Column::InDegree), full.column(Metrics::Column::InDegree)));
    CHECK(same(m.column(Metrics::Column::OutDegree), full.column(Metrics::Column::OutDegree)));
    CHECK(m.present == full.present);
    CHECK(m.shareBegin == full.shareBegin);
    REQUIRE(m.shares.size() == full.shares.size());
    for (std::size_t i = 0; i < m.shares.size(); ++i)
        CHECK(m.shares[i].share == full.shares[i].share);
    // A dataset with another number of actors is refused, untouched.
    data.actors.emplace_back();
    const Metrics kept = m;
    CHECK_FALSE(recomputeSteps(data, m, from, to));
    CHECK(m.shareBegin == kept.shareBegin);
}
