// Tests for app/core/metrics/metrics_writer.cpp: the CSV parses back to the same numbers, the JSON
// has a series per metric.
#include "core/metrics/metrics_writer.hpp"

#include "core/interop/csv_table.hpp"
#include "metrics_fixture.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

using namespace tieline;
using namespace tieline::core::metrics;
using namespace tieline::testing;

namespace {

std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    core::interop::CsvReader reader(text, 1 << 20);
    std::vector<std::vector<std::string>> rows;
    std::vector<core::interop::CsvField> fields;
    while (reader.next(fields)) {
        rows.emplace_back();
        for (const auto& f : fields)
            rows.back().push_back(f.text);
    }
    REQUIRE_FALSE(reader.failed());
    return rows;
}

std::size_t column(const std::vector<std::string>& header, const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
    FAIL("no column " << name);
    return 0;
}

} // namespace

TEST_CASE("metrics CSV: parses back to the computed values (ten digits), a row per step and present actor") {
    const core::model::Dataset d = metricsDataset();
    MetricsOptions options;
    options.merges.push_back({core::model::ActorId(kDprk), core::model::ActorId(kKim)});
    const Metrics m = computeMetrics(d, options);
    const auto rows = parseCsv(metricsCsv(d, m, {}));
    REQUIRE(rows.size() == 1 + 12 * 4); // dprk is merged into kim
    const auto& h = rows[0];
    CHECK(h.size() == 8 + 2 + 2 * 5);
    CHECK(h[0] == "date");
    CHECK(h[8] == "share_moscow");
    CHECK(h[9] == "share_beijing");
    CHECK(h[10] == "in_patronage");
    CHECK(h.back() == "out_rivalry");
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        REQUIRE(row.size() == h.size());
        const std::size_t step = (r - 1) / 4;
        const std::size_t actor = d.findActor(row[1])->index();
        CHECK(row[0] == core::calendar::formatDay(m.times[step]));
        CHECK(row[2] == d.actors[actor].name); // "Zhou, Enlai" comes back unquoted
        const std::size_t i = m.at(step, actor);
        CHECK(std::stod(row[column(h, "betweenness")]) == doctest::Approx(m.betweenness(i)).epsilon(1e-9));
        CHECK(std::stod(row[column(h, "betweenness_normalized")]) ==
              doctest::Approx(m.betweennessNormalized(i)).epsilon(1e-9));
        const std::string& c = row[column(h, "constraint")];
        CHECK((c.empty() ? std::isnan(m.constraint(i))
                         : std::stod(c) == doctest::Approx(m.constraint(i)).epsilon(1e-9)));
        const std::string& b = row[column(h, "camp_balance")];
        CHECK((b.empty() ? std::isnan(m.campBalance(i))
                         : std::stod(b) == doctest::Approx(m.campBalance(i)).epsilon(1e-9)));
        CHECK(std::stod(row[column(h, "in_aid")]) == doctest::Approx(m.inDegree(i, 1)).epsilon(1e-9));
    }
    // Kim's shares: 1.1 / 2 and 0.9 / 2, exactly as computed.
    const auto& kimRow = rows[1];
    REQUIRE(kimRow[1] == "kim");
    CHECK(kimRow[8] == "0.55"); // ten significant digits: no floating-point noise
    CHECK(std::stod(kimRow[8]) + std::stod(kimRow[9]) == doctest::Approx(1.0));
    CHECK(std::stod(kimRow[column(h, "patron_strength")]) == doctest::Approx(2.0));
    // Moscow has no patrons: its share cells are empty, not zero.
    const auto& moscowRow = rows[2];
    REQUIRE(moscowRow[1] == "moscow");
    CHECK(moscowRow[8].empty());
}

TEST_CASE("metrics CSV: one actor and a range of steps") {
    const core::model::Dataset d = metricsDataset();
    const Metrics m = computeMetrics(d);
    MetricsSelection sel;
    sel.actor = core::model::ActorId(kDprk);
    sel.firstStep = 3;
    sel.endStep = 6;
    const auto rows = parseCsv(metricsCsv(d, m, sel));
    REQUIRE(rows.size() == 4);
    CHECK(rows[1][0] == "1960-04-01");
    CHECK(rows[3][0] == "1960-06-01");
    for (std::size_t r = 1; r < rows.size(); ++r)
        CHECK(rows[r][1] == "dprk");
}

TEST_CASE("metrics JSON: a series per metric and actor, nulls where undefined") {
    const core::model::Dataset d = metricsDataset();
    MetricsOptions options;
    options.merges.push_back({core::model::ActorId(kDprk), core::model::ActorId(kKim)});
    const Metrics m = computeMetrics(d, options);
    const auto doc = nlohmann::json::parse(metricsJson(d, m, {}));
    CHECK(doc["dates"].size() == 12);
    CHECK(doc["merges"][0]["from"] == "dprk");
    CHECK(doc["merges"][0]["into"] == "kim");
    CHECK(doc["patronTypes"] == nlohmann::json({"patronage", "aid", "treaty"}));
    REQUIRE(doc["actors"].size() == 4);
    const auto& kim = doc["actors"][0];
    CHECK(kim["id"] == "kim");
    CHECK(kim["betweenness"][0] == 3.0);
    CHECK(kim["patronShare"]["moscow"][0].get<double>() == doctest::Approx(1.1 / 2.0));
    CHECK(kim["inDegree"].contains("aid"));
    CHECK_FALSE(kim["inDegree"].contains("rivalry"));
    const auto& moscow = doc["actors"][1];
    CHECK(moscow["campBalance"][0].is_null());
    CHECK(moscow["patronShare"].empty());
}
