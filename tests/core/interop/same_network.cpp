// Field-by-field comparison of two datasets, and file helpers for the interop tests.
#include "same_network.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace tieline::test {

namespace {

std::string spansText(const std::vector<core::calendar::Span>& spans) {
    std::string out;
    for (const core::calendar::Span& s : spans)
        out += "[" + (s.start ? s.start->toString() : std::string("-")) + ", " +
               (s.end ? s.end->toString() : "-") + "]";
    return out;
}

std::string strengthText(const std::vector<core::model::StrengthKey>& keys) {
    std::ostringstream out;
    out.precision(17);
    for (const core::model::StrengthKey& k : keys)
        out << k.date.toString() << "=" << k.value << " ";
    return out.str();
}

} // namespace

void checkSameNetwork(const core::model::Dataset& a, const core::model::Dataset& b) {
    CHECK(a.meta.start.toString() == b.meta.start.toString());
    CHECK(a.meta.end.toString() == b.meta.end.toString());
    REQUIRE(a.actors.size() == b.actors.size());
    for (std::size_t i = 0; i < a.actors.size(); ++i) {
        const core::model::Actor& x = a.actors[i];
        const core::model::Actor& y = b.actors[i];
        INFO("actor " << x.key);
        CHECK(x.key == y.key);
        CHECK(x.name == y.name);
        CHECK(x.variants == y.variants);
        CHECK(x.native == y.native);
        CHECK(x.nativeUnverified == y.nativeUnverified);
        CHECK(x.kind == y.kind);
        CHECK((a.group(x.group) ? a.group(x.group)->key : "") ==
              (b.group(y.group) ? b.group(y.group)->key : ""));
        CHECK(x.description == y.description);
        CHECK(spansText(x.spans) == spansText(y.spans));
        REQUIRE(x.sources.size() == y.sources.size());
        for (std::size_t k = 0; k < x.sources.size(); ++k)
            CHECK(a.source(x.sources[k]).key == b.source(y.sources[k]).key);
        CHECK(x.pin.has_value() == y.pin.has_value());
        if (x.pin && y.pin) CHECK((x.pin->x == y.pin->x && x.pin->y == y.pin->y));
        CHECK(x.ref == y.ref);
    }
    REQUIRE(a.ties.size() == b.ties.size());
    for (std::size_t i = 0; i < a.ties.size(); ++i) {
        const core::model::Tie& x = a.ties[i];
        const core::model::Tie& y = b.ties[i];
        INFO("tie " << x.key);
        CHECK(x.key == y.key);
        CHECK(a.actor(x.from).key == b.actor(y.from).key);
        CHECK(a.actor(x.to).key == b.actor(y.to).key);
        const core::model::TieType& tx = a.tieType(x.type);
        const core::model::TieType& ty = b.tieType(y.type);
        CHECK(tx.key == ty.key);
        CHECK(tx.label == ty.label);
        CHECK(tx.directed == ty.directed);
        CHECK(tx.sign == ty.sign);
        CHECK(tx.color == ty.color);
        CHECK(spansText(x.spans) == spansText(y.spans));
        CHECK(strengthText(x.strength) == strengthText(y.strength));
        CHECK(x.confidence == y.confidence);
        CHECK(x.note == y.note);
        CHECK(x.ref == y.ref);
        REQUIRE(x.claims.size() == y.claims.size());
        for (std::size_t k = 0; k < x.claims.size(); ++k) {
            const core::model::Claim& cx = x.claims[k];
            const core::model::Claim& cy = y.claims[k];
            CHECK(cx.key == cy.key);
            CHECK(a.source(cx.source).key == b.source(cy.source).key);
            CHECK(cx.locator == cy.locator);
            CHECK(cx.quote == cy.quote);
            CHECK(cx.supports == cy.supports);
            CHECK(cx.note == cy.note);
            CHECK(cx.contradicts == cy.contradicts);
        }
    }
    for (const core::model::Group& g : a.groups) {
        const auto it = b.groupByKey.find(g.key);
        if (it == b.groupByKey.end()) continue; // a group no actor uses has nowhere to go
        CHECK(b.groups[it->second.index()].label == g.label);
        CHECK(b.groups[it->second.index()].color == g.color);
    }
}

std::string fixturePath(const std::string& rel) {
    return std::string(TIELINE_FIXTURES) + "/" + rel;
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string scratchDirectory(const std::string& name) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("tieline-interop-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

} // namespace tieline::test
