// Issue 19: after an edit the layout keeps the keyframes before the first one the edit affects and
// recomputes the rest, giving the same positions as a full recompute of the edited dataset.
#include "core/edit/edit_history.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/layout/detail/keyframe_set.hpp"
#include "core/layout/temporal_layout.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace tieline::core;

namespace {

model::Dataset korea() {
    io::LoadResult result = io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    REQUIRE(result.dataset);
    return std::move(*result.dataset);
}

void sameKeyframes(const layout::TemporalLayout& a, const layout::TemporalLayout& b) {
    REQUIRE(a.keyframeCount() == b.keyframeCount());
    std::vector<model::Point> pa, pb;
    std::vector<std::uint8_t> presentA, presentB;
    for (std::size_t k = 0; k < a.keyframeCount(); ++k) {
        REQUIRE(a.keyframe(k, pa, &presentA));
        REQUIRE(b.keyframe(k, pb, &presentB));
        CHECK(presentA == presentB);
        REQUIRE(pa.size() == pb.size());
        for (std::size_t i = 0; i < pa.size(); ++i) {
            CHECK(pa[i].x == pb[i].x); // bit for bit
            CHECK(pa[i].y == pb[i].y);
        }
    }
}

} // namespace

TEST_CASE("edit: the layout's incremental recompute after an edit equals a full recompute") {
    model::Dataset d = korea();
    layout::TemporalLayout incremental;
    incremental.setDataset(d);
    incremental.computeNow();
    const std::size_t all = incremental.keyframeCount();
    const std::vector<calendar::Time> times = incremental.keyframeTimes();

    edit::EditHistory history;
    model::Tie t;
    t.key = edit::nextKey(d, edit::Table::Ties, "t");
    t.from = *d.findActor("mao-zedong");
    t.to = *d.findActor("kim-il-sung");
    t.type = d.tieTypeByKey.at("aid");
    t.spans = {calendar::Span{calendar::parseDate("1962-01"), calendar::parseDate("1963-01")}};
    model::Claim c;
    c.source = *d.findSource("s01");
    t.claims = {c};
    const edit::EditResult r = history.apply(d, edit::insertTie(d, t));
    REQUIRE(r.ok);
    REQUIRE(r.effect.tieDays);

    incremental.setDataset(d);
    // The keyframes before the tie's first day are kept back to the last double-precision checkpoint
    // before it (keyframes are stored as float; the chain resumes from a checkpoint, so that the
    // result is the full recompute's bit for bit): only the rest is computed again.
    std::size_t before = 0;
    while (before < times.size() && times[before] < r.effect.tieDays->first)
        ++before;
    MESSAGE("keyframes kept: " << incremental.readyCount() << " of " << all << " (" << before
                               << " lie before the new tie)");
    CHECK(incremental.readyCount() > 0);
    CHECK(incremental.readyCount() <= before);
    CHECK(incremental.readyCount() + layout::KeyframeSet::kCheckpoint + 2 >= before);
    incremental.computeNow();

    layout::TemporalLayout full;
    full.setDataset(d);
    full.computeNow();
    sameKeyframes(incremental, full);

    // Undone: the layout comes back to the original keyframes.
    REQUIRE(history.undo(d).ok);
    incremental.setDataset(d);
    incremental.computeNow();
    layout::TemporalLayout original;
    original.setDataset(d);
    original.computeNow();
    sameKeyframes(incremental, original);
}

TEST_CASE("edit: validate --strict (LoadOptions::strict) warns about a tie without claims") {
    const std::string path = std::string(TIELINE_DATA) + "/korea-1955-1969.json";
    io::LoadResult loaded = io::loadDatasetFile(path);
    REQUIRE(loaded.dataset);
    model::Dataset& d = *loaded.dataset;
    model::Tie t = d.ties[0];
    t.claims.clear();
    edit::EditHistory history;
    const edit::EditResult r = history.apply(d, edit::replaceTie(d, model::TieId(0), t));
    REQUIRE(r.ok); // allowed, with the warning --strict fails on
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0] ==
          "/ties/0: the tie has no claims: no source supports it (add a claim citing a source)");
    io::LoadOptions strict;
    strict.strict = true;
    CHECK(io::loadDatasetFile(path, strict).diagnostics.warnings == 0);
}
