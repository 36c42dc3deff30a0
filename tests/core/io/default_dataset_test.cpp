// The default dataset, data/korea-1955-1969.json: its invariants, and dated facts from
// ../shared/history/factsheet.md that pin the story down (each names the factsheet row).
#include "core/io/dataset_loader.hpp"
#include "core/model/active.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace tieline::core;

namespace {

const model::Dataset& korea() {
    static const io::LoadResult result =
        io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    REQUIRE_MESSAGE(result.dataset,
                    (result.diagnostics.items.empty() ? "" : result.diagnostics.items[0].format()));
    return *result.dataset;
}

calendar::Time at(const char* day) {
    return calendar::parseDate(day)->firstDay();
}

// The active tie from -> to of this type at `day`, if any.
const model::ActiveTie* find(const model::ActiveSet& set, const model::Dataset& d, const char* from,
                             const char* to, const char* type) {
    for (const model::ActiveTie& t : set.ties) {
        const model::Tie& tie = d.tie(t.id);
        if (d.actor(tie.from).key == from && d.actor(tie.to).key == to && d.tieType(tie.type).key == type)
            return &t;
    }
    return nullptr;
}

bool holds(const char* day, const char* from, const char* to, const char* type) {
    const model::Dataset& d = korea();
    return find(model::activeAt(d, at(day)), d, from, to, type) != nullptr;
}

bool present(const char* day, const char* actor) {
    const model::Dataset& d = korea();
    for (const model::ActiveActor& a : activeAt(d, at(day)).actors)
        if (d.actor(a.id).key == actor) return true;
    return false;
}

std::size_t tiesOf(const char* day, const char* actor) {
    const model::Dataset& d = korea();
    std::size_t n = 0;
    for (const model::ActiveTie& t : activeAt(d, at(day)).ties) {
        const model::Tie& tie = d.tie(t.id);
        if (d.actor(tie.from).key == actor || d.actor(tie.to).key == actor) ++n;
    }
    return n;
}

} // namespace

TEST_CASE("default dataset: validates with no warnings") {
    const io::LoadResult r = io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    REQUIRE(r.dataset);
    for (const io::Diagnostic& d : r.diagnostics.items)
        FAIL_CHECK(d.format());
}

TEST_CASE("default dataset: sizes, every actor tied, every tie sourced") {
    const model::Dataset& d = korea();
    CHECK(d.actors.size() >= 40);
    CHECK(d.ties.size() >= 90);
    CHECK(d.events.size() >= 35);
    CHECK(d.stories.size() == 2);
    std::set<std::uint32_t> tied;
    for (const model::Tie& t : d.ties) {
        tied.insert(t.from.value);
        tied.insert(t.to.value);
        CHECK_MESSAGE(!t.claims.empty(), t.key);
        for (const model::Claim& c : t.claims) {
            CHECK_MESSAGE(c.source.valid(), t.key);
            CHECK_MESSAGE(c.source.index() < d.sources.size(), t.key);
        }
        if (t.confidence == model::Confidence::Contested)
            CHECK_MESSAGE(t.claims.size() >= 2, t.key << " is contested");
    }
    for (std::size_t i = 0; i < d.actors.size(); ++i)
        CHECK_MESSAGE(tied.count(std::uint32_t(i)), d.actors[i].key);
    for (const model::TieType& type : d.tieTypes)
        CHECK_MESSAGE(!type.description.empty(), type.key);
    std::set<std::string> types;
    for (const model::TieType& type : d.tieTypes)
        types.insert(type.key);
    CHECK(types == std::set<std::string>{"patronage", "aid", "treaty", "alliance", "membership",
                                         "intervention", "asylum", "purge", "rivalry"});
}

TEST_CASE("default dataset: no date outside 1945-1975") {
    const model::Dataset& d = korea();
    const calendar::DayNumber lo = calendar::daysFromCivil(1945, 1, 1),
                              hi = calendar::daysFromCivil(1976, 1, 1);
    const auto inside = [&](const calendar::Date& date) {
        return date.firstDay() >= lo && date.dayAfterLast() <= hi;
    };
    const auto spansInside = [&](const std::vector<calendar::Span>& spans) {
        for (const calendar::Span& s : spans)
            if ((s.start && !inside(*s.start)) || (s.end && !inside(*s.end))) return false;
        return true;
    };
    for (const model::Actor& a : d.actors)
        CHECK_MESSAGE(spansInside(a.spans), a.key);
    for (const model::Tie& t : d.ties) {
        CHECK_MESSAGE(spansInside(t.spans), t.key);
        for (const model::StrengthKey& k : t.strength)
            CHECK_MESSAGE(inside(k.date), t.key);
    }
    for (const model::Event& e : d.events)
        CHECK_MESSAGE(inside(e.date), e.key);
    for (const model::Story& s : d.stories)
        for (const model::StoryStop& stop : s.stops)
            CHECK_MESSAGE(inside(stop.date), s.key);
}

TEST_CASE("default dataset: the stories have the stops the presentation needs") {
    const model::Dataset& d = korea();
    for (const model::Story& s : d.stories) {
        CHECK_MESSAGE(s.stops.size() >= 6, s.title);
        CHECK_MESSAGE(s.stops.size() <= 12, s.title);
        for (const model::StoryStop& stop : s.stops) {
            CHECK_MESSAGE(!stop.caption.empty(), s.title);
            CHECK_MESSAGE(!stop.focus.empty(), s.title << ": " << stop.title);
        }
    }
}

// [SECTION] dated facts (factsheet rows in brackets)

TEST_CASE("default dataset: the Mikoyan-Peng mission presses Kim on 21 September 1956 [T37, T38]") {
    CHECK(holds("1956-09-21", "mikoyan", "kim-il-sung", "intervention"));
    CHECK(holds("1956-09-21", "peng-dehuai", "kim-il-sung", "intervention"));
    CHECK_FALSE(holds("1956-09-18", "mikoyan", "kim-il-sung", "intervention"));
    CHECK_FALSE(holds("1956-09-24", "mikoyan", "kim-il-sung", "intervention"));
}

TEST_CASE("default dataset: the Chinese People's Volunteers leave on 26 October 1958 [§1 cpv, T23]") {
    CHECK(holds("1958-10-26", "cpv", "kwp-dprk", "aid"));
    CHECK(present("1958-10-26", "cpv"));
    CHECK_FALSE(present("1958-10-27", "cpv"));
    CHECK(tiesOf("1958-10-27", "cpv") == 0);
}

TEST_CASE(
    "default dataset: Yun Kong-hum attacks Kim at the August plenum and finds asylum in China [T75, T45]") {
    CHECK(holds("1956-08-30", "yun-kong-hum", "kim-il-sung", "rivalry"));
    CHECK(holds("1956-08-30", "kim-il-sung", "yun-kong-hum", "purge"));
    CHECK_FALSE(holds("1956-08-30", "ccp-prc", "yun-kong-hum", "asylum"));
    CHECK(holds("1956-08-31", "ccp-prc", "yun-kong-hum", "asylum"));
    CHECK(holds("1956-08-31", "ccp-prc", "so-hwi", "asylum"));
    CHECK_FALSE(holds("1956-09-01", "yun-kong-hum", "kim-il-sung", "rivalry"));
}

TEST_CASE("default dataset: Choe Chang-ik's purge pauses with his reinstatement on 23 September 1956 [T61]") {
    CHECK(holds("1956-09-01", "kim-il-sung", "choe-chang-ik", "purge"));
    CHECK_FALSE(holds("1956-09-23", "kim-il-sung", "choe-chang-ik", "purge"));
    CHECK(holds("1957-09-15", "kim-il-sung", "choe-chang-ik", "purge"));
}

TEST_CASE("default dataset: Pak Il-u is purged at the December 1955 plenum [T55, T16]") {
    CHECK_FALSE(holds("1955-12-01", "kim-il-sung", "pak-il-u", "purge"));
    CHECK(holds("1955-12-02", "kim-il-sung", "pak-il-u", "purge"));
    CHECK(holds("1955-06-01", "pak-il-u", "yanan-faction", "membership"));
    CHECK_FALSE(holds("1956-01-01", "pak-il-u", "yanan-faction", "membership"));
}

TEST_CASE("default dataset: Pak Hon-yong is sentenced on 15 December 1955 and leaves the network [T54]") {
    CHECK(holds("1955-12-15", "kim-il-sung", "pak-hon-yong", "purge"));
    CHECK_FALSE(present("1955-12-16", "pak-hon-yong"));
    const model::Dataset& d = korea();
    CHECK(d.tie(*d.findTie("t54")).confidence ==
          model::Confidence::Contested); // execution date disputed (§5.1)
}

TEST_CASE(
    "default dataset: the two treaties of July 1961, Moscow on the 6th and Beijing on the 11th [T30, T31]") {
    CHECK_FALSE(holds("1961-07-05", "cpsu-ussr", "kwp-dprk", "treaty"));
    CHECK(holds("1961-07-06", "cpsu-ussr", "kwp-dprk", "treaty"));
    CHECK_FALSE(holds("1961-07-10", "ccp-prc", "kwp-dprk", "treaty"));
    CHECK(holds("1961-07-11", "ccp-prc", "kwp-dprk", "treaty"));
    CHECK(holds("1968-03-01", "ccp-prc", "kwp-dprk", "treaty"));
}

TEST_CASE("default dataset: Moscow's patronage of Kim weakens through 1956 and ends in September [T20]") {
    const model::Dataset& d = korea();
    const model::Tie& t20 = d.tie(*d.findTie("t20"));
    CHECK(model::strengthAt(t20, at("1955-06-01")) == doctest::Approx(0.9));
    CHECK(model::strengthAt(t20, at("1956-09-01")) == doctest::Approx(0.5));
    CHECK(holds("1956-09-30", "cpsu-ussr", "kim-il-sung", "patronage"));
    CHECK_FALSE(holds("1956-10-01", "cpsu-ussr", "kim-il-sung", "patronage"));
}

TEST_CASE("default dataset: Mao purges Peng Dehuai at Lushan, ending 16 August 1959 [T67]") {
    CHECK(holds("1959-08-16", "mao-zedong", "peng-dehuai", "purge"));
    CHECK_FALSE(holds("1959-08-17", "mao-zedong", "peng-dehuai", "purge"));
}

TEST_CASE("default dataset: Liu Shaoqi visits Kim in September 1963 [T97]") {
    CHECK(holds("1963-09-17", "liu-shaoqi", "kim-il-sung", "alliance"));
    CHECK_FALSE(holds("1963-09-20", "liu-shaoqi", "kim-il-sung", "alliance"));
    CHECK(holds("1963-09-17", "kwp-dprk", "ccp-prc", "alliance")); // the 1962-64 tilt to Beijing [T96]
}

TEST_CASE("default dataset: Khrushchev leaves the network with his fall in October 1964 [T79]") {
    CHECK(holds("1964-10-10", "kwp-dprk", "khrushchev", "rivalry"));
    CHECK_FALSE(present("1964-11-01", "khrushchev"));
    CHECK(holds("1965-06-01", "cpsu-ussr", "kwp-dprk", "aid")); // aid resumes 21 May 1965 [T32]
}

TEST_CASE("default dataset: the Kapsan group is purged in spring 1967, with approximate dates [T68]") {
    const model::Dataset& d = korea();
    const model::ActiveSet april = activeAt(d, at("1967-04-15"));
    const model::ActiveTie* purge = find(april, d, "kim-il-sung", "kapsan-group", "purge");
    REQUIRE(purge);
    CHECK(purge->approximate);
    CHECK_FALSE(holds("1967-07-01", "kim-il-sung", "kapsan-group", "purge"));
    CHECK_FALSE(present("1967-07-01", "pak-kum-chol"));
}

TEST_CASE("default dataset: in March 1968 Beijing and Pyongyang are at their lowest ebb [T81, T82]") {
    CHECK(holds("1968-03-01", "red-guards", "kim-il-sung", "rivalry"));
    CHECK(holds("1968-03-01", "ccp-prc", "kwp-dprk", "rivalry"));
    const model::Dataset& d = korea();
    CHECK(d.tie(*d.findTie("t82")).confidence == model::Confidence::Contested);
}

TEST_CASE("default dataset: reconciliation, Choe Yong-gon at Tiananmen on 30 September 1969 [T100, T82]") {
    CHECK(holds("1969-09-30", "choe-yong-gon", "ccp-prc", "alliance"));
    CHECK(holds("1969-10-01", "ccp-prc", "kwp-dprk", "rivalry"));
    CHECK_FALSE(holds("1969-10-02", "ccp-prc", "kwp-dprk", "rivalry"));
}

TEST_CASE("default dataset: the Sino-Soviet split holds from about 1960 [T80]") {
    CHECK_FALSE(holds("1958-06-01", "ccp-prc", "cpsu-ussr", "rivalry"));
    CHECK(holds("1963-01-01", "ccp-prc", "cpsu-ussr", "rivalry"));
    const model::Dataset& d = korea();
    CHECK_FALSE(d.isDirected(d.tie(*d.findTie("t80")))); // mutual hostility
}

TEST_CASE("default dataset: Puzanov shows Kim Mao's 1956 remarks in June 1960 [T42, T78]") {
    CHECK(holds("1960-06-15", "puzanov", "kim-il-sung", "intervention"));
    CHECK(holds("1960-06-20", "kim-il-sung", "mao-zedong", "rivalry"));
}
