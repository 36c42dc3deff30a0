// Tests for app/core/scene/merge_view.cpp and hulls.cpp: merges and collapses through the scene
// and the metrics, labels, the view notes, and hull geometry containing its members.
#include "core/scene/merge_view.hpp"

#include "core/io/dataset_loader.hpp"
#include "core/metrics/metrics.hpp"
#include "core/model/active.hpp"
#include "core/scene/hulls.hpp"
#include "core/scene/scene.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>

using namespace tieline;
using core::model::ActorId;
using core::scene::ViewMerges;

namespace {

core::model::Dataset defaultDataset() {
    auto loaded = core::io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    return std::move(*loaded.dataset);
}

// Two members of group "n" (a, b) both aiding x, tied to each other, and c of group "s".
const char* kSmall = R"({
  "meta": {"title": "Small", "start": "1960", "end": "1960"},
  "tieTypes": [{"id": "aid", "label": "Aid", "directed": true, "color": "#0072B2"},
               {"id": "rivalry", "label": "Rivalry", "directed": false, "sign": -1, "color": "#D55E00"}],
  "groups": [{"id": "n", "label": "North", "color": "#009E73"}, {"id": "s", "label": "South", "color": "#CC79A7"}],
  "actors": [{"id": "a", "name": "Alpha", "group": "n"},
             {"id": "b", "name": "Beta Gamma Delta Epsilon", "group": "n", "spans": [{"start": "1960-03"}]},
             {"id": "c", "name": "Charlie", "group": "s"},
             {"id": "x", "name": "Xi"}],
  "ties": [{"id": "t1", "from": "a", "to": "x", "type": "aid", "spans": [{"end": "1960-08"}],
            "strength": [["1960-01", 0.6]], "confidence": "low"},
           {"id": "t2", "from": "b", "to": "x", "type": "aid", "spans": [{}],
            "strength": [["1960-01", 0.7]], "confidence": "high"},
           {"id": "t3", "from": "a", "to": "b", "type": "rivalry", "spans": [{}], "confidence": "high"},
           {"id": "t4", "from": "c", "to": "a", "type": "aid", "spans": [{}], "confidence": "high"}]
})";

core::model::Dataset small() {
    auto loaded = core::io::loadDatasetText(kSmall, "small.json");
    REQUIRE(loaded.dataset);
    return std::move(*loaded.dataset);
}

std::vector<core::model::Point> grid(std::size_t n) {
    std::vector<core::model::Point> p;
    for (std::size_t i = 0; i < n; ++i)
        p.push_back({double(i % 8) * 40.0, double(i / 8) * 40.0});
    return p;
}

core::scene::Scene sceneAt(const core::model::Dataset& data, const char* day,
                           const std::vector<core::model::Point>& positions) {
    core::scene::SceneInput in;
    in.data = &data;
    in.t = core::calendar::parseDate(day)->firstDay();
    in.positions = &positions;
    core::scene::Scene scene;
    core::scene::buildScene(in, core::scene::darkSceneStyle(), scene);
    return scene;
}

} // namespace

TEST_CASE("merge view: the default dataset shows the party-state as part of Kim, labelled so") {
    const core::model::Dataset data = defaultDataset();
    REQUIRE(data.merges.size() == 1);
    const ActorId kim = *data.findActor("kim-il-sung"), kwp = *data.findActor("kwp-dprk");
    CHECK(data.merges[0].actor == kwp);
    CHECK(data.merges[0].into == kim);
    CHECK(core::scene::shortName(data.actor(kwp)) == "KWP/DPRK");
    CHECK(core::scene::shortName(data.actor(kim)) == "Kim Il Sung");
    const ViewMerges view = core::scene::defaultView(data);
    const std::vector<std::uint32_t> rep = core::scene::representatives(data, view);
    CHECK(rep[kwp.index()] == kim.index());
    CHECK(rep[kim.index()] == kim.index());

    const core::model::Dataset shown = core::scene::mergedDataset(data, view);
    REQUIRE(shown.actors.size() == data.actors.size());
    REQUIRE(shown.ties.size() == data.ties.size());
    CHECK(shown.actor(kim).name == "Kim Il Sung + KWP/DPRK");
    REQUIRE(shown.viewNotes.size() == 1);
    CHECK(shown.viewNotes[0].node == kim);
    CHECK(shown.viewNotes[0].text ==
          "Kim Il Sung + KWP/DPRK: the ties of Korean Workers' Party / DPRK drawn as Kim Il Sung's");
    // Without the dataset's label, the rule gives the same.
    core::model::Dataset unlabelled = data;
    unlabelled.merges[0].label.clear();
    CHECK(core::scene::mergedDataset(unlabelled, view).actor(kim).name == "Kim Il Sung + KWP/DPRK");

    // Through the scene at June 1963: no party-state disc; its ties are Kim's, with their own ids.
    const std::vector<core::model::Point> positions = grid(data.actors.size());
    const core::scene::Scene before = sceneAt(data, "1963-06", positions);
    const core::scene::Scene after = sceneAt(shown, "1963-06", positions);
    const auto hasNode = [](const core::scene::Scene& s, ActorId a) {
        return std::any_of(s.nodes.begin(), s.nodes.end(), [&](const auto& n) { return n.actor == a; });
    };
    CHECK(hasNode(before, kwp));
    CHECK_FALSE(hasNode(after, kwp));
    CHECK(hasNode(after, kim));
    CHECK(after.nodes.size() == before.nodes.size() - 1);
    std::set<std::uint32_t> tiesBefore, tiesAfter;
    std::size_t inside = 0;
    for (const auto& e : before.edges) {
        const core::model::Tie& t = data.tie(e.tie);
        const bool between = (t.from == kim && t.to == kwp) || (t.from == kwp && t.to == kim);
        if (between)
            ++inside;
        else
            tiesBefore.insert(e.tie.value);
    }
    for (const auto& e : after.edges) {
        tiesAfter.insert(e.tie.value);
        CHECK(e.from != kwp);
        CHECK(e.to != kwp);
        const core::model::Tie& original = data.tie(e.tie);
        if (original.from == kwp) CHECK(e.from == kim);
        if (original.to == kwp) CHECK(e.to == kim);
        CHECK(shown.tie(e.tie).key == original.key); // merged ties keep their own ids
    }
    CHECK(tiesAfter == tiesBefore); // every tie but those inside the merged node, one each
    CHECK(after.edges.size() == before.edges.size() - inside);
    const auto kimNode =
        std::find_if(after.nodes.begin(), after.nodes.end(), [&](const auto& n) { return n.actor == kim; });
    const auto kimBefore =
        std::find_if(before.nodes.begin(), before.nodes.end(), [&](const auto& n) { return n.actor == kim; });
    CHECK(kimNode->importance > kimBefore->importance); // the aid and treaties now weigh on Kim's node
}

TEST_CASE(
    "merge view: the charts' numbers with the merge are the metrics' own merge (June 1963: 36 % / 64 %)") {
    const core::model::Dataset data = defaultDataset();
    const ViewMerges view = core::scene::defaultView(data);
    core::metrics::MetricsOptions options;
    for (const core::scene::MergeRule& m : core::scene::flattenedMerges(data, view))
        options.merges.push_back({m.from, m.into});
    REQUIRE(options.merges.size() == 1);
    const core::metrics::Metrics m = core::metrics::computeMetrics(data, options);
    const std::size_t step = m.stepAt(core::calendar::daysFromCivil(1963, 6, 1));
    const std::size_t kim = data.findActor("kim-il-sung")->index();
    const std::set<std::string> chinese = {"ccp-prc", "mao-zedong"};
    double ussr = 0, china = 0;
    for (const core::metrics::PatronShare& p : m.sharesOf(step, kim)) {
        if (data.actors[p.patron].key == "cpsu-ussr") ussr += p.share;
        if (chinese.count(data.actors[p.patron].key)) china += p.share;
    }
    CHECK(ussr == doctest::Approx(1.3 / 3.6));  // 36 %
    CHECK(china == doctest::Approx(2.3 / 3.6)); // 64 %
    CHECK(std::lround(ussr * 100) == 36);
    CHECK(std::lround(china * 100) == 64);
    // Without merges, the view is the dataset itself: Kim's own ties, Mao's patronage only.
    CHECK(core::scene::flattenedMerges(data, ViewMerges{}).empty());
}

TEST_CASE("merge view: without merges the shown dataset is the dataset") {
    const core::model::Dataset data = defaultDataset();
    const core::model::Dataset same = core::scene::mergedDataset(data, ViewMerges{});
    REQUIRE(same.actors.size() == data.actors.size());
    for (std::size_t i = 0; i < data.actors.size(); ++i) {
        CHECK(same.actors[i].name == data.actors[i].name);
        CHECK(same.actors[i].spans.size() == data.actors[i].spans.size());
    }
    for (std::size_t i = 0; i < data.ties.size(); ++i) {
        CHECK(same.ties[i].from == data.ties[i].from);
        CHECK(same.ties[i].to == data.ties[i].to);
        CHECK(same.ties[i].key == data.ties[i].key);
    }
    CHECK(same.viewNotes.empty());
}

TEST_CASE("merge view: a collapsed group is one node, its ties with each actor and type summed") {
    const core::model::Dataset data = small();
    ViewMerges view;
    std::string why;
    REQUIRE(core::scene::parseCollapseList(data, "n", view, why));
    const core::model::Dataset shown = core::scene::mergedDataset(data, view);
    const ActorId a = *data.findActor("a"), b = *data.findActor("b"), c = *data.findActor("c");
    CHECK(shown.actor(a).name == "North (2)");
    CHECK(shown.actor(a).spans.empty()); // present whenever a member is: a always
    REQUIRE(shown.viewNotes.size() == 1);
    CHECK(shown.viewNotes[0].node == a);
    CHECK(shown.viewNotes[0].text ==
          "North (2): the group North collapsed into one node (Alpha, Beta Gamma Delta Epsilon), its ties "
          "with each other actor and type summed");
    // t1 and t2 (aid to x) are one tie, carried by t1: summed (0.6 + 0.7, capped at 1) while both
    // hold, t2's 0.7 alone once t1 has ended; the highest confidence; t2 itself is never active.
    CHECK(shown.ties[0].key == "t1+t2");
    CHECK(shown.ties[0].confidence == core::model::Confidence::High);
    const auto strengthOn = [&](int month, int day, const char* key) -> std::optional<double> {
        const core::model::ActiveSet set =
            core::model::activeAt(shown, core::calendar::daysFromCivil(1960, month, day));
        for (const core::model::ActiveTie& t : set.ties)
            if (shown.tie(t.id).key == key) return t.strength;
        return std::nullopt;
    };
    CHECK(strengthOn(2, 1, "t1+t2") == doctest::Approx(0.6));  // b not yet present: only t1
    CHECK(strengthOn(5, 1, "t1+t2") == doctest::Approx(1.0));  // 0.6 + 0.7, capped
    CHECK(strengthOn(10, 1, "t1+t2") == doctest::Approx(0.7)); // t1 ended in August
    CHECK_FALSE(strengthOn(5, 1, "t2"));
    CHECK_FALSE(strengthOn(5, 1, "t3")); // inside the group: hidden
    CHECK(strengthOn(5, 1, "t4"));       // c -> the group, alone of its kind: its own id
    CHECK(shown.ties[3].to == a);
    // Through the scene: b has no node, one aid edge from the group's node to x.
    const core::scene::Scene scene = sceneAt(shown, "1960-05-01", grid(4));
    CHECK(scene.nodes.size() == 3);
    CHECK(std::none_of(scene.nodes.begin(), scene.nodes.end(), [&](const auto& n) { return n.actor == b; }));
    CHECK(scene.edges.size() == 2);
    // Expanding again is the view without the collapse: the dataset itself.
    const core::model::Dataset expanded = core::scene::mergedDataset(data, ViewMerges{});
    CHECK(sceneAt(expanded, "1960-05-01", grid(4)).nodes.size() == 4);
    (void)c;
}

TEST_CASE("merge view: lists are checked against the dataset, chains end at their last actor") {
    const core::model::Dataset data = small();
    ViewMerges view;
    std::string why;
    CHECK_FALSE(core::scene::parseMergeList(data, "a=zz", view, why));
    CHECK(why == "unknown actor 'zz'");
    CHECK_FALSE(core::scene::parseMergeList(data, "a", view, why));
    CHECK(why == "'a': expected FROM=INTO (actor ids)");
    CHECK_FALSE(core::scene::parseMergeList(data, "a=a", view, why));
    CHECK_FALSE(core::scene::parseCollapseList(data, "nowhere", view, why));
    CHECK(why == "unknown group 'nowhere'");
    view = {};
    REQUIRE(core::scene::parseMergeList(data, "a=b,b=c", view, why));
    const auto rep = core::scene::representatives(data, view);
    CHECK(rep[0] == 2);
    CHECK(rep[1] == 2);
    const core::model::Dataset shown = core::scene::mergedDataset(data, view);
    CHECK(shown.actors[2].name == "Charlie + Alpha + BGDE");
    // A cycle is ignored at the merge that would close it.
    REQUIRE(core::scene::parseMergeList(data, "c=a", view, why));
    CHECK(core::scene::representatives(data, view)[2] == 2);
}

TEST_CASE("hulls: the padded hull contains every member's disc, one member a circle, two a capsule") {
    const double pad = 7.0;
    SUBCASE("one") {
        const auto hull = core::scene::discHull({{{10, 20}, 5}}, pad);
        REQUIRE(hull.size() == 32);
        for (const auto& p : hull) {
            const double d = std::hypot(p.x - 10, p.y - 20);
            CHECK(d >= 12.0);
            CHECK(d <= 12.0 / std::cos(3.14159265358979 / 32) + 1e-9);
        }
    }
    SUBCASE("two: a capsule, as wide as the discs and no wider") {
        const auto hull = core::scene::discHull({{{0, 0}, 4}, {{100, 0}, 4}}, pad);
        double minY = 0, maxY = 0, minX = 0, maxX = 0;
        for (const auto& p : hull)
            minY = std::min(minY, p.y), maxY = std::max(maxY, p.y), minX = std::min(minX, p.x),
            maxX = std::max(maxX, p.x);
        CHECK(maxY == doctest::Approx(11.0).epsilon(0.01));
        CHECK(minY == doctest::Approx(-11.0).epsilon(0.01));
        CHECK(minX == doctest::Approx(-11.0 / std::cos(3.14159265358979 / 32)).epsilon(0.001));
        CHECK(maxX == doctest::Approx(111.0 / 1.0).epsilon(0.01));
    }
    SUBCASE("many, at random: every point of every disc is inside") {
        std::uint64_t seed = 12345;
        const auto next = [&] {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            return double(seed >> 11) / double(1ULL << 53);
        };
        for (int round = 0; round < 20; ++round) {
            std::vector<core::scene::Disc> discs;
            const int n = 1 + round % 7;
            for (int i = 0; i < n; ++i)
                discs.push_back({{next() * 300 - 150, next() * 200 - 100}, 3.5 + next() * 6.5});
            const auto hull = core::scene::discHull(discs, pad);
            for (const auto& d : discs)
                for (int k = 0; k < 64; ++k) {
                    const double a = k * 2 * 3.14159265358979 / 64;
                    CHECK(core::scene::convexContains(hull, {d.center.x + (d.radius + pad) * std::cos(a),
                                                             d.center.y + (d.radius + pad) * std::sin(a)}));
                }
        }
    }
}

TEST_CASE("hulls: one per group with a present node, in the group's colour, framed by the scene") {
    const core::model::Dataset data = small();
    std::vector<core::model::Point> positions = {{0, 0}, {60, 0}, {300, 200}, {150, 100}};
    core::scene::Scene scene = sceneAt(data, "1960-05-01", positions);
    const core::scene::Bounds before = scene.bounds;
    core::scene::addGroupHulls(data, scene);
    REQUIRE(scene.hulls.size() == 2); // x has no group
    CHECK(*scene.hulls[0].name == "North");
    CHECK(scene.hulls[0].fill.a < 0.2f);
    CHECK(scene.hulls[0].fill.g == doctest::Approx(0x9E / 255.0));
    for (const core::scene::SceneNode& n : scene.nodes) {
        if (!data.actor(n.actor).group.valid()) continue;
        const auto& hull = scene.hulls[data.actor(n.actor).group.index()].outline;
        for (int k = 0; k < 16; ++k) {
            const double a = k * 2 * 3.14159265358979 / 16;
            CHECK(core::scene::convexContains(
                hull, {n.center.x + n.radius * std::cos(a), n.center.y + n.radius * std::sin(a)}));
        }
    }
    CHECK(scene.bounds.minX < before.minX);
    CHECK(scene.hulls[0].nameAnchor.y < -7.0); // above the hull's top
}
