// Tests for app/core/model/search.cpp.
#include "core/io/dataset_loader.hpp"
#include "core/model/search.hpp"

#include <doctest/doctest.h>

using namespace tieline::core;

TEST_CASE("search: finds actors by romanized name, variant or native script, best matches first") {
    const io::LoadResult r = io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    REQUIRE(r.dataset);
    const model::Dataset& d = *r.dataset;
    const auto key = [&](model::ActorId id) { return d.actor(id).key; };
    auto hits = model::searchActors(d, "kim il sung");
    REQUIRE_FALSE(hits.empty());
    CHECK(key(hits[0]) == "kim-il-sung");
    hits = searchActors(d, "김일성");
    REQUIRE_FALSE(hits.empty());
    CHECK(key(hits[0]) == "kim-il-sung");
    hits = searchActors(d, "MIKOYAN");
    REQUIRE(hits.size() == 1);
    CHECK(key(hits[0]) == "mikoyan");
    hits = searchActors(d, "Хрущёв");
    REQUIRE(hits.size() == 1);
    CHECK(key(hits[0]) == "khrushchev");
    hits = searchActors(d, "kim");
    CHECK(hits.size() >= 5);
    CHECK(key(hits[0]).rfind("kim", 0) == 0); // prefix matches before "Pak Kum-chol"-like contains
    CHECK(searchActors(d, "").empty());
    CHECK(searchActors(d, "   ").empty());
    CHECK(searchActors(d, "zzzz").empty());
}
