// Issue 19: the edit journal: appended per step, replayed after a crash, cleared on save.
#include "core/edit/edit_session.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/io/dataset_writer.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace tieline::core;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A scratch config folder and a copy of the default dataset; XDG_CONFIG_HOME points at it.
struct Sandbox {
    fs::path dir = fs::temp_directory_path() / ("tieline-journal-" + std::to_string(::getpid()));
    fs::path dataset = dir / "korea.json";
    std::string original;
    std::string savedXdg;
    Sandbox() {
        fs::remove_all(dir);
        fs::create_directories(dir / "config");
        original = readText(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
        std::ofstream(dataset, std::ios::binary) << original;
        if (const char* x = std::getenv("XDG_CONFIG_HOME")) savedXdg = x;
        ::setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);
    }
    ~Sandbox() {
        if (savedXdg.empty())
            ::unsetenv("XDG_CONFIG_HOME");
        else
            ::setenv("XDG_CONFIG_HOME", savedXdg.c_str(), 1);
        fs::remove_all(dir);
    }
    model::Dataset load(edit::EditSession& session) const {
        const std::string bytes = readText(dataset);
        io::LoadResult r = io::loadDatasetText(bytes, dataset.string());
        REQUIRE(r.dataset);
        session.open(dataset.string(), bytes);
        return std::move(*r.dataset);
    }
};

calendar::Span span(const char* start, const char* end) {
    return calendar::Span{calendar::parseDate(start), calendar::parseDate(end)};
}

edit::Edit addTie(const model::Dataset& d) {
    model::Tie t;
    t.key = edit::nextKey(d, edit::Table::Ties, "t");
    t.from = *d.findActor("mao-zedong");
    t.to = *d.findActor("kim-il-sung");
    t.type = d.tieTypeByKey.at("aid");
    t.spans = {span("1957-01", "1958-01")};
    model::Claim c;
    c.source = *d.findSource("s01");
    c.locator = "p. 3";
    t.claims = {c};
    return edit::insertTie(d, t);
}

} // namespace

TEST_CASE("journal: edits are journaled next to the settings and offered again after a crash") {
    Sandbox box;
    std::string expected;
    {
        edit::EditSession session;
        model::Dataset d = box.load(session);
        CHECK_FALSE(session.pendingRestore());
        REQUIRE(session.apply(d, addTie(d)).ok);
        model::Tie t = d.ties[2];
        t.spans[0].end = calendar::parseDate("1961-05");
        REQUIRE(session.apply(d, edit::replaceTie(d, model::TieId(2), t)).ok);
        REQUIRE(session.apply(d, edit::erase(d, {edit::Table::Claims, 0, 1})).ok);
        REQUIRE(session.undo(d).ok);
        CHECK(session.journaling());
        CHECK(fs::exists(edit::journalPathFor(box.dataset.string())));
        CHECK(edit::journalPathFor(box.dataset.string())
                  .find((box.dir / "config" / "tieline" / "journal").string()) == 0);
        expected = io::datasetToJson(d);
        // The session ends without a save (a crash: nothing is cleaned up).
        session = edit::EditSession();
    }
    edit::EditSession session;
    model::Dataset d = box.load(session);
    REQUIRE(session.pendingRestore());
    CHECK(session.pendingRestore()->steps == 4);
    const edit::EditResult restored = session.restore(d, true);
    REQUIRE_MESSAGE(restored.ok, restored.message);
    CHECK(io::datasetToJson(d) == expected);
    // Undo and redo go on as before the crash: the undone erase can be redone.
    CHECK(session.history().canRedo());
    CHECK(session.history().done().size() == 2);
    // Saved: the journal is gone, the file has the edits, and nothing is offered next time.
    const edit::SaveOutcome saved = session.save(d);
    REQUIRE_MESSAGE(saved.ok, saved.message);
    CHECK_FALSE(fs::exists(edit::journalPathFor(box.dataset.string())));
    edit::EditSession again;
    model::Dataset reloaded = box.load(again);
    CHECK_FALSE(again.pendingRestore());
    CHECK(io::datasetToJson(reloaded) == expected);
}

TEST_CASE("journal: declining the restore discards the edits, and edits to another version of the file are "
          "set aside") {
    Sandbox box;
    {
        edit::EditSession session;
        model::Dataset d = box.load(session);
        REQUIRE(session.apply(d, addTie(d)).ok);
        session = edit::EditSession();
    }
    {
        edit::EditSession session;
        model::Dataset d = box.load(session);
        REQUIRE(session.pendingRestore());
        CHECK(session.restore(d, false).ok);
        CHECK_FALSE(fs::exists(edit::journalPathFor(box.dataset.string())));
        CHECK(io::datasetToJson(d) == io::datasetToJson(*io::loadDatasetText(box.original, "x").dataset));
        REQUIRE(session.apply(d, addTie(d)).ok);
        session = edit::EditSession();
    }
    // Another program changes the file: the journal no longer fits it.
    std::ofstream(box.dataset, std::ios::app) << "\n";
    edit::EditSession session;
    model::Dataset d = box.load(session);
    CHECK_FALSE(session.pendingRestore());
    CHECK(session.notice().find("another version") != std::string::npos);
    CHECK(fs::exists(edit::journalPathFor(box.dataset.string()) + ".stale"));
}

TEST_CASE("journal: undo after a save is journaled as the change it makes to the saved file") {
    Sandbox box;
    std::string expected;
    {
        edit::EditSession session;
        model::Dataset d = box.load(session);
        REQUIRE(session.apply(d, addTie(d)).ok);
        REQUIRE(session.save(d).ok);
        REQUIRE(session.undo(d).ok); // back to the original, unsaved
        CHECK(session.modified());
        expected = io::datasetToJson(d);
        session = edit::EditSession();
    }
    edit::EditSession session;
    model::Dataset d = box.load(session); // the saved file, with the tie
    REQUIRE(session.pendingRestore());
    REQUIRE(session.restore(d, true).ok);
    CHECK(io::datasetToJson(d) == expected);
    REQUIRE(session.save(d).ok);
    CHECK(readText(box.dataset) == box.original);
}
