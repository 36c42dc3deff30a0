// Issue 19: edits as commands, validated by the loader's rules, with undo and redo.
#include "core/edit/edit_history.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/io/dataset_writer.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace tieline::core;

namespace {

model::Dataset korea() {
    io::LoadResult result = io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    REQUIRE(result.dataset);
    return std::move(*result.dataset);
}

calendar::Span span(const char* start, const char* end) {
    return calendar::Span{calendar::parseDate(start), calendar::parseDate(end)};
}

model::Tie newTie(const model::Dataset& d) {
    model::Tie t;
    t.key = edit::nextKey(d, edit::Table::Ties, "t");
    t.from = *d.findActor("mao-zedong");
    t.to = *d.findActor("kim-il-sung");
    t.type = d.tieTypeByKey.at("aid");
    t.spans = {span("1957-01", "1958-01")};
    model::Claim c;
    c.source = *d.findSource("s01");
    t.claims = {c};
    return t;
}

} // namespace

TEST_CASE("edit: a tie is inserted, replaced and erased, and undo restores the dataset exactly") {
    model::Dataset d = korea();
    const std::string original = io::datasetToJson(d);
    edit::EditHistory history;
    const std::size_t ties = d.ties.size();
    CHECK(edit::nextKey(d, edit::Table::Ties, "t") == "t" + std::to_string(ties + 1));

    const edit::EditResult added = history.apply(d, edit::insertTie(d, newTie(d)));
    REQUIRE_MESSAGE(added.ok, added.message);
    CHECK(d.ties.size() == ties + 1);
    CHECK(d.findTie("t" + std::to_string(ties + 1)).has_value());
    CHECK(added.effect.ties);
    REQUIRE(added.effect.tieDays);
    CHECK(added.effect.tieDays->first == calendar::parseDate("1957-01")->firstDay());
    CHECK(added.effect.tieDays->second == calendar::parseDate("1958-01")->dayAfterLast());
    CHECK(added.label == "Add tie t" + std::to_string(ties + 1));

    model::Tie changed = d.ties[3];
    changed.note = "edited";
    REQUIRE(history.apply(d, edit::replaceTie(d, model::TieId(3), changed)).ok);
    CHECK(d.ties[3].note == "edited");
    REQUIRE(history.apply(d, edit::eraseTie(d, model::TieId(5))).ok);
    CHECK(d.ties.size() == ties);
    CHECK(history.modified());

    while (history.canUndo())
        REQUIRE(history.undo(d).ok);
    CHECK(io::datasetToJson(d) == original);
    CHECK_FALSE(history.modified());
    CHECK(history.redo(d).ok);
    CHECK(d.ties.size() == ties + 1);
    CHECK(history.modified());
    CHECK(history.undo(d).ok);
    CHECK_FALSE(history.undo(d).ok);
    CHECK(history.undo(d).message == "nothing to undo");
}

TEST_CASE("edit: an invalid edit is refused with the loader's message and leaves the dataset unchanged") {
    model::Dataset d = korea();
    const std::string original = io::datasetToJson(d);
    edit::EditHistory history;

    model::Tie backwards = d.ties[0];
    backwards.spans = {span("1960", "1958")};
    edit::EditResult r = history.apply(d, edit::replaceTie(d, model::TieId(0), backwards));
    CHECK_FALSE(r.ok);
    CHECK(r.pointer == "/ties/0/spans/0/end");
    CHECK(r.message == "span ends (1958) before it starts (1960)");

    model::Tie duplicate = newTie(d);
    duplicate.key = d.ties[4].key;
    r = history.apply(d, edit::insertTie(d, duplicate));
    CHECK_FALSE(r.ok);
    CHECK(r.pointer == "/ties/" + std::to_string(d.ties.size()) + "/id");
    CHECK(r.message == "duplicate id \"" + d.ties[4].key + "\" (already used at /ties/4)");

    model::Tie badKey = newTie(d);
    badKey.key = "Bad Key";
    r = history.apply(d, edit::insertTie(d, badKey));
    CHECK_FALSE(r.ok);
    CHECK(r.message.find("expected a kebab-case id") == 0);

    model::Tie strong = d.ties[0];
    strong.strength = {{*calendar::parseDate("1956"), 1.5}};
    r = history.apply(d, edit::replaceTie(d, model::TieId(0), strong));
    CHECK_FALSE(r.ok);
    CHECK(r.message == "expected a strength from 0 to 1, found 1.5");

    model::Claim emptyQuote;
    emptyQuote.source = *d.findSource("s01");
    emptyQuote.quote = "  ";
    r = history.apply(d, edit::insertClaim(d, model::TieId(0), emptyQuote));
    CHECK_FALSE(r.ok);
    CHECK(r.pointer == "/ties/0/claims/" + std::to_string(d.ties[0].claims.size()) + "/quote");

    CHECK(io::datasetToJson(d) == original);
    CHECK_FALSE(history.canUndo());
}

TEST_CASE("edit: deleting a source that claims cite is refused and names the claims") {
    model::Dataset d = korea();
    edit::EditHistory history;
    const model::SourceId s01 = *d.findSource("s01");
    const edit::EditResult r = history.apply(d, edit::erase(d, {edit::Table::Sources, s01.index(), 0}));
    CHECK_FALSE(r.ok);
    REQUIRE_FALSE(r.dependants.empty());
    CHECK(r.message.find("cannot delete source s01: ") == 0);
    const model::ActorId kim = *d.findActor("kim-il-sung");
    const edit::EditResult actor = history.apply(d, edit::erase(d, {edit::Table::Actors, kim.index(), 0}));
    CHECK_FALSE(actor.ok);
    CHECK(actor.dependants.size() > 10);
}

TEST_CASE("edit: an actor inserted in the middle moves the ids after it, and undo moves them back") {
    model::Dataset d = korea();
    const std::string original = io::datasetToJson(d);
    edit::EditHistory history;
    model::Actor a;
    a.key = "new-actor";
    a.name = "New Actor";
    const edit::EditResult r = history.apply(d, edit::insert(d, {edit::Table::Actors, 0, 0}, a));
    REQUIRE_MESSAGE(r.ok, r.message);
    CHECK(r.effect.idsShifted);
    CHECK(d.actors[0].key == "new-actor");
    CHECK(d.actor(*d.findActor("kim-il-sung")).key == "kim-il-sung");
    // Every tie still names the same actors by key.
    CHECK(io::datasetToJson(d) != original);
    REQUIRE(history.undo(d).ok);
    CHECK(io::datasetToJson(d) == original);
}
