// Tests for app/ui/edit_forms.cpp: each form's committed field gives exactly one edit with the
// field changed and nothing else, through the core's validation and undo; bad text gives an error
// and no edit; new ties carry their first claim; stubs, imports, search and deletions.
#include "core/edit/edit_history.hpp"
#include "core/interop/csl_json.hpp"
#include "core/io/dataset_loader.hpp"
#include "ui/edit_forms.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace tieline;
using core::edit::Kind;
using core::edit::Table;

namespace {

core::model::Dataset korea() {
    core::io::LoadResult r = core::io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    REQUIRE(r.dataset);
    return std::move(*r.dataset);
}

core::model::TieId tie(const core::model::Dataset& d, const char* key) {
    const auto id = d.findTie(key);
    REQUIRE(id);
    return *id;
}

// Applies a built edit through the history (validated as the loader would).
core::edit::EditResult apply(core::model::Dataset& d, core::edit::EditHistory& h, const ui::Built& b) {
    REQUIRE(b.ok());
    return h.apply(d, *b.edit);
}

} // namespace

TEST_CASE("edit forms: notations read back what they write") {
    std::vector<core::calendar::Span> spans;
    std::string why;
    REQUIRE(ui::parseSpans("1956-08 .. ~1957-03; ~1958 .. ", spans, why));
    REQUIRE(spans.size() == 2);
    CHECK(spans[0].start->toString() == "1956-08");
    CHECK(spans[0].end->toString() == "~1957-03");
    CHECK(spans[1].start->approximate);
    CHECK(spans[1].start->precision() == core::calendar::DatePrecision::Year);
    CHECK_FALSE(spans[1].end);
    CHECK(ui::spansText(spans) == "1956-08 .. ~1957-03; ~1958 .. ");
    CHECK_FALSE(ui::parseSpans("1956-13 .. 1957", spans, why));
    CHECK(why.find("'1956-13' is not a date") == 0);
    CHECK_FALSE(ui::parseSpans("1956", spans, why));
    CHECK(why.find("START .. END") != std::string::npos);

    std::vector<core::model::StrengthKey> keys;
    REQUIRE(ui::parseStrength("1956-01 0.5; 1957-06-02 1", keys, why));
    REQUIRE(keys.size() == 2);
    CHECK(keys[0].value == 0.5);
    CHECK(keys[1].date.toString() == "1957-06-02");
    CHECK(ui::strengthText(keys) == "1956-01 0.5; 1957-06-02 1");
    CHECK_FALSE(ui::parseStrength("1956-01 strong", keys, why));
    CHECK(why == "'strong' is not a number (a strength is 0 to 1)");

    const auto names = ui::parseNames("Lankov, Andrei; Wilson Center");
    REQUIRE(names.size() == 2);
    CHECK(names[0].family == "Lankov");
    CHECK(names[0].given == "Andrei");
    CHECK(names[1].literal == "Wilson Center");
    CHECK(ui::namesText(names) == "Lankov, Andrei; Wilson Center");
    CHECK(ui::parseList(" a, b ,,c ") == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("edit forms: a tie's fields, one edit each, validated and undone") {
    core::model::Dataset d = korea();
    const core::model::Dataset original = d;
    core::edit::EditHistory h;
    const core::model::TieId t = tie(d, "t01");

    // Unchanged text: nothing to commit.
    const ui::Built same = ui::editTieField(d, t, ui::TieField::Note, d.tie(t).note);
    CHECK_FALSE(same.ok());
    CHECK(same.error.empty());

    const ui::Built note = ui::editTieField(d, t, ui::TieField::Note, "Checked against Person 2013.");
    REQUIRE(note.ok());
    CHECK(note.edit->kind == Kind::Replace);
    CHECK(note.edit->target.table == Table::Ties);
    CHECK(note.edit->target.index == t.index());
    CHECK(apply(d, h, note).ok);
    CHECK(d.tie(t).note == "Checked against Person 2013.");

    CHECK(apply(d, h, ui::editTieField(d, t, ui::TieField::Spans, "~1946-02 .. 1969")).ok);
    CHECK(d.tie(t).spans.size() == 1);
    CHECK(d.tie(t).spans[0].start->toString() == "~1946-02");
    CHECK(d.tie(t).spans[0].end->toString() == "1969");

    CHECK(apply(d, h, ui::editTieField(d, t, ui::TieField::Strength, "1946 0.4; 1956-09 0.9")).ok);
    REQUIRE(d.tie(t).strength.size() == 2);
    CHECK(d.tie(t).strength[1].value == 0.9);

    CHECK(apply(d, h, ui::editTieField(d, t, ui::TieField::Confidence, "low")).ok);
    CHECK(d.tie(t).confidence == core::model::Confidence::Low);
    CHECK(apply(d, h, ui::editTieField(d, t, ui::TieField::Direction, "undirected")).ok);
    CHECK(d.tie(t).directed == std::optional<bool>(false));
    CHECK(apply(d, h, ui::editTieField(d, t, ui::TieField::Type, "alliance")).ok);
    CHECK(d.tieType(d.tie(t).type).key == "alliance");
    CHECK(apply(d, h, ui::editTieField(d, t, ui::TieField::To, "yanan-faction")).ok);
    CHECK(d.actor(d.tie(t).to).key == "yanan-faction");

    // Text that does not parse: an error, no edit.
    const ui::Built bad = ui::editTieField(d, t, ui::TieField::From, "nobody");
    CHECK_FALSE(bad.ok());
    CHECK(bad.error == "no actor with id 'nobody'");
    CHECK(ui::editTieField(d, t, ui::TieField::Confidence, "certain").error ==
          "confidence is one of high, medium, low, contested");

    // Text that parses but the loader refuses: the validator's message, the dataset unchanged.
    const core::model::Tie before = d.tie(t);
    const core::edit::EditResult refused =
        apply(d, h, ui::editTieField(d, t, ui::TieField::Spans, "1960 .. 1950"));
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.find("end") != std::string::npos);
    CHECK(d.tie(t).spans[0].start->toString() == before.spans[0].start->toString());

    while (h.canUndo())
        REQUIRE(h.undo(d).ok);
    CHECK(d.tie(t).note == original.tie(t).note);
    CHECK(d.tie(t).to == original.tie(t).to);
    CHECK(ui::spansText(d.tie(t).spans) == ui::spansText(original.tie(t).spans));
}

TEST_CASE("edit forms: dragging a strength keyframe re-sorts and rounds") {
    core::model::Dataset d = korea();
    const core::model::TieId t = tie(d, "t01");
    core::edit::EditHistory h;
    REQUIRE(apply(d, h, ui::editTieField(d, t, ui::TieField::Strength, "1950 0.2; 1956 0.8")).ok);
    const ui::Built moved = ui::moveStrengthKey(d, t, 0, *core::calendar::parseDate("1958-04"), 0.6049);
    REQUIRE(apply(d, h, moved).ok);
    CHECK(ui::strengthText(d.tie(t).strength) == "1956 0.8; 1958-04 0.6");
    CHECK(ui::moveStrengthKey(d, t, 1, *core::calendar::parseDate("1959"), 7.0).edit->after.index() == 1);
    CHECK(std::get<core::model::Tie>(
              ui::moveStrengthKey(d, t, 1, *core::calendar::parseDate("1959"), 7.0).edit->after)
              .strength[1]
              .value == 1.0);
}

TEST_CASE("edit forms: an actor's fields") {
    core::model::Dataset d = korea();
    core::edit::EditHistory h;
    const core::model::ActorId kim = *d.findActor("kim-il-sung");
    CHECK(apply(d, h, ui::editActorField(d, kim, ui::ActorField::Native, "김일성 (金日成)")).ok);
    CHECK(d.actor(kim).native == "김일성 (金日成)");
    CHECK(apply(d, h, ui::editActorField(d, kim, ui::ActorField::Variants, "Kim Il-sung, Kim Song-ju")).ok);
    CHECK(d.actor(kim).variants == std::vector<std::string>{"Kim Il-sung", "Kim Song-ju"});
    CHECK(apply(d, h, ui::editActorField(d, kim, ui::ActorField::Kind, "military")).ok);
    CHECK(d.actor(kim).kind == core::model::ActorKind::Military);
    CHECK(apply(d, h, ui::editActorField(d, kim, ui::ActorField::Spans, "1912-04-15 .. 1994-07-08")).ok);
    CHECK(ui::fieldText(d, d.actor(kim), ui::ActorField::Spans) == "1912-04-15 .. 1994-07-08");
    CHECK(apply(d, h, ui::editActorField(d, kim, ui::ActorField::Group, "")).ok);
    CHECK_FALSE(d.actor(kim).group.valid());
    CHECK(ui::editActorField(d, kim, ui::ActorField::Group, "martians").error ==
          "no group with id 'martians'");
    CHECK(ui::editActorField(d, kim, ui::ActorField::Kind, "robot").error.find("kind is one of") == 0);
}

TEST_CASE("edit forms: a claim, a source, an event and a story stop") {
    core::model::Dataset d = korea();
    core::edit::EditHistory h;
    const core::model::TieId t = tie(d, "t01");
    CHECK(apply(d, h, ui::editClaimField(d, t, 0, ui::ClaimField::Source, "s01")).ok);
    CHECK(d.source(d.tie(t).claims[0].source).key == "s01");
    CHECK(apply(d, h, ui::editClaimField(d, t, 0, ui::ClaimField::Locator, "p. 12")).ok);
    CHECK(d.tie(t).claims[0].locator == "p. 12");
    CHECK(ui::editClaimField(d, t, 0, ui::ClaimField::Source, "s999").error == "no source with id 's999'");
    // A contradiction naming no claim: the loader's refusal.
    CHECK_FALSE(apply(d, h, ui::editClaimField(d, t, 0, ui::ClaimField::Contradicts, "no-such-claim")).ok);

    const core::model::SourceId s = *d.findSource("s01");
    CHECK(apply(d, h, ui::editSourceField(d, s, ui::SourceField::Authors, "Radchenko, Sergey; Wilson Center"))
              .ok);
    REQUIRE(d.source(s).authors.size() == 2);
    CHECK(d.source(s).authors[1].literal == "Wilson Center");
    CHECK(apply(d, h, ui::editSourceField(d, s, ui::SourceField::Evidence, "press")).ok);
    CHECK(d.source(s).evidence == core::model::Evidence::Press);
    CHECK(ui::editSourceField(d, s, ui::SourceField::Evidence, "rumour").error.find("evidence is one of") ==
          0);

    REQUIRE(!d.events.empty());
    CHECK(apply(d, h, ui::editEventField(d, 0, ui::EventField::Title, "The plenum")).ok);
    CHECK(d.events[0].title == "The plenum");
    CHECK(apply(d, h, ui::editEventField(d, 0, ui::EventField::Actors, "kim-il-sung, cpv")).ok);
    CHECK(ui::fieldText(d, d.events[0], ui::EventField::Actors) == "kim-il-sung, cpv");
    CHECK(ui::editEventField(d, 0, ui::EventField::Date, "soon").error.find("'soon' is not a date") == 0);

    REQUIRE(!d.stories.empty());
    CHECK(apply(d, h, ui::editStopField(d, 0, 0, ui::StopField::Caption, "A shorter caption.")).ok);
    CHECK(d.stories[0].stops[0].caption == "A shorter caption.");
    const core::model::ActorId kim = *d.findActor("kim-il-sung"), cpv = *d.findActor("cpv");
    CHECK(apply(d, h, ui::stopFocusFromView(d, 0, 0, {cpv, kim, cpv})).ok);
    CHECK(ui::fieldText(d, d.stories[0].stops[0], ui::StopField::Focus) == "kim-il-sung, cpv");
}

TEST_CASE("edit forms: a new tie starts at the window's date with its first claim") {
    core::model::Dataset d = korea();
    core::edit::EditHistory h;
    ui::NewTie n;
    n.from = *d.findActor("cpsu-ussr");
    n.to = *d.findActor("kim-il-sung");
    n.type = d.tieTypeByKey.at("aid").index();
    n.start =
        ui::dateAt(core::calendar::daysFromCivil(1957, 3, 14) + 0.5, core::calendar::DatePrecision::Month)
            .toString();
    CHECK(n.start == "1957-03");
    n.source = d.findSource("s01")->index();
    // No locator: refused before it is made (no tie without its source).
    CHECK(ui::newTie(d, n).error.find("locator") != std::string::npos);
    n.locator = "p. 3";
    n.quote = "  Moscow sent aid.  ";
    const ui::Built b = ui::newTie(d, n);
    REQUIRE(b.ok());
    CHECK(b.edit->kind == Kind::Insert);
    const std::size_t before = d.ties.size();
    const core::edit::EditResult r = apply(d, h, b);
    REQUIRE(r.ok);
    CHECK(r.warnings.empty()); // it has a claim: validate --strict passes
    REQUIRE(d.ties.size() == before + 1);
    const core::model::Tie& t = d.ties.back();
    CHECK(t.key == "t101");
    CHECK(t.spans[0].start->toString() == "1957-03");
    CHECK_FALSE(t.spans[0].end);
    REQUIRE(t.claims.size() == 1);
    CHECK(t.claims[0].quote == "Moscow sent aid.");
    CHECK(d.source(t.claims[0].source).key == "s01");
    n.from = n.to;
    CHECK(ui::newTie(d, n).error == "a tie joins two different actors");

    const ui::Built c = ui::newClaim(d, *d.findTie("t101"), d.findSource("s02")->index(), "ch. 4", "");
    REQUIRE(apply(d, h, c).ok);
    CHECK(d.ties.back().claims.size() == 2);
}

TEST_CASE("edit forms: a new actor's id, stub sources and the source search") {
    core::model::Dataset d = korea();
    core::edit::EditHistory h;
    CHECK(ui::actorKeyFor(d, "Pak Hon-yong (2)") == "pak-hon-yong-2");
    CHECK(ui::actorKeyFor(d, "Kim Il Sung") == "kim-il-sung-2");
    CHECK(ui::actorKeyFor(d, "金日成").rfind("a", 0) == 0);
    const ui::Built a = ui::newActor(d, "  Pang Hak-se ");
    REQUIRE(apply(d, h, a).ok);
    CHECK(d.actors.back().key == "pang-hak-se");
    CHECK(d.actors.back().name == "Pang Hak-se");

    const ui::Built doi = ui::stubSource(d, " https://doi.org/10.1017/S0305741000001234 ");
    REQUIRE(doi.ok());
    const auto& s = std::get<core::model::Source>(doi.edit->after);
    CHECK(s.doi == "10.1017/S0305741000001234");
    CHECK(s.title == ui::kStubTitle);
    CHECK(s.type == "article-journal");
    REQUIRE(apply(d, h, doi).ok);
    CHECK(d.sources.back().key == s.key);
    CHECK(ui::stubSource(d, "doi:10.1017/s0305741000001234").error.find("already has this DOI") !=
          std::string::npos);
    const ui::Built url = ui::stubSource(d, "https://www.wilsoncenter.org/document/119999");
    REQUIRE(url.ok());
    CHECK(std::get<core::model::Source>(url.edit->after).url ==
          "https://www.wilsoncenter.org/document/119999");
    CHECK(ui::stubSource(d, "Lankov 2002").error ==
          "paste a DOI (10.NNNN/...) or a web address (https://...)");

    const core::model::Source& s01 = d.source(*d.findSource("s01"));
    CHECK(ui::sourceMatches(s01, ""));
    CHECK(ui::sourceMatches(s01, "radchenko 2017"));
    CHECK(ui::sourceMatches(s01, "CHINA help"));
    CHECK_FALSE(ui::sourceMatches(s01, "radchenko 1999"));
}

TEST_CASE("edit forms: sources imported from CSL-JSON, deletions name their dependants") {
    core::model::Dataset d = korea();
    core::edit::EditHistory h;
    const std::string csl = R"([
      {"id": "lankov-2005", "type": "book", "title": "Crisis in North Korea", "author": [{"family": "Lankov", "given": "Andrei"}], "issued": {"date-parts": [[2005]]}},
      {"id": "szalontai-2005", "type": "book", "title": "Kim Il Sung in the Khrushchev Era", "issued": {"date-parts": [[2005]]}}
    ])";
    const core::interop::CslImport in = core::interop::readCslJson(csl, "zotero.json");
    REQUIRE(in.sources.size() == 2);
    std::size_t replaced = 9, unchanged = 9;
    const auto edits = ui::importSources(d, in.sources, &replaced, &unchanged);
    REQUIRE(edits.size() == 2);
    CHECK(replaced == 0);
    CHECK(unchanged == 0);
    const std::size_t n = d.sources.size();
    for (const auto& e : edits)
        REQUIRE(h.apply(d, e).ok);
    CHECK(d.sources.size() == n + 2);
    CHECK(d.sources[n].key == "lankov-2005");
    CHECK(d.sources[n + 1].title == "Kim Il Sung in the Khrushchev Era");
    // The same file again: nothing new.
    CHECK(ui::importSources(d, in.sources, &replaced, &unchanged).empty());
    CHECK(unchanged == 2);

    const ui::Deletion used = ui::deletion(d, {Table::Sources, d.findSource("s01")->index(), 0});
    CHECK(used.what == "source s01");
    REQUIRE_FALSE(used.dependants.empty());
    CHECK(used.dependants.front().description.find("claim") == 0);
    CHECK_FALSE(h.apply(d, used.edit).ok); // refused while claims cite it
    const ui::Deletion unused = ui::deletion(d, {Table::Sources, n, 0});
    CHECK(unused.dependants.empty());
    CHECK(h.apply(d, unused.edit).ok);
    const ui::Deletion t = ui::deletion(d, {Table::Ties, 0, 0});
    CHECK(t.what == "tie t01 (kim-il-sung to partisan-faction)");
}

TEST_CASE("edit forms: fields by name, as scripts give them") {
    core::model::Dataset d = korea();
    CHECK(ui::fieldByName(Table::Ties, "spans") == int(ui::TieField::Spans));
    CHECK(ui::fieldByName(Table::Actors, "Native-name") == int(ui::ActorField::Native));
    CHECK(ui::fieldByName(Table::Sources, "archive-location") == int(ui::SourceField::ArchiveLocation));
    CHECK_FALSE(ui::fieldByName(Table::Ties, "colour"));
    CHECK_FALSE(ui::fieldByName(Table::Claims, "locator"));
    const ui::Built b = ui::editFieldByName(d, Table::Ties, "t01", int(ui::TieField::Confidence), "low");
    REQUIRE(b.ok());
    CHECK(std::get<core::model::Tie>(b.edit->after).confidence == core::model::Confidence::Low);
    CHECK(ui::editFieldByName(d, Table::Ties, "t999", 0, "x").error == "no tie with id 't999'");
}
