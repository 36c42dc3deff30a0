// Issue 19 in the app model: an edit request changes the dataset and records what changed (the
// tie's days, so the layout keeps the keyframes before them); undo; save; a file changed on disk
// with unsaved edits is not reloaded until the user chooses. No window.
#include "core/edit/edit.hpp"
#include "ui/app_state.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace tieline;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Copy {
    fs::path dir = fs::temp_directory_path() / ("tieline-edit-ui-" + std::to_string(::getpid()));
    fs::path file = dir / "korea.json";
    std::string original;
    Copy() {
        fs::remove_all(dir);
        fs::create_directories(dir / "config");
        original = readText(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
        std::ofstream(file, std::ios::binary) << original;
        ::setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);
    }
    ~Copy() {
        ::unsetenv("XDG_CONFIG_HOME");
        fs::remove_all(dir);
    }
};

} // namespace

TEST_CASE("ui edits: an edit request changes the dataset, records the tie's days, and undo and save follow") {
    Copy copy;
    ui::App app;
    REQUIRE(ui::openDataset(app, copy.file.string()));
    REQUIRE(app.editing.isOpen());
    const auto& d = *app.dataset;
    core::model::Tie t = d.ties[10];
    t.spans[0].end = core::calendar::parseDate("1962-03");
    const auto before = core::calendar::resolveSpan(d.ties[10].spans[0], d.meta.start, d.meta.end);
    const std::uint64_t generation = app.changes.generation();
    app.requests.edits.edit = core::edit::replaceTie(d, core::model::TieId(10), t);
    ui::applyRequests(app);
    REQUIRE_MESSAGE(app.editFeedback.last.ok, app.editFeedback.last.message);
    CHECK(app.dataset->ties[10].spans[0].end->toString() == "1962-03");
    CHECK(app.changes.generation() == generation + 1);
    const auto changed = app.changes.tiesChangedSince(generation);
    REQUIRE(changed);
    REQUIRE(*changed);
    // From the tie's first day to the later of its old and new last days.
    CHECK((*changed)->t0 == before.begin);
    CHECK((*changed)->t1 ==
          std::max<double>(before.end, core::calendar::parseDate("1962-03")->dayAfterLast()));
    CHECK_FALSE(app.changes.touches(generation, ui::kNames)); // no glyphs to rebuild
    CHECK(app.editFeedback.status == "Edit tie " + d.ties[10].key);
    CHECK(app.editing.modified());

    // A refused edit: reported with the loader's message, nothing recorded.
    core::model::Tie bad = app.dataset->ties[10];
    bad.confidence = core::model::Confidence::High;
    bad.strength = {{*core::calendar::parseDate("1960"), 2.0}};
    const std::uint64_t afterEdit = app.changes.generation();
    app.requests.edits.edit = core::edit::replaceTie(*app.dataset, core::model::TieId(10), bad);
    ui::applyRequests(app);
    CHECK_FALSE(app.editFeedback.last.ok);
    CHECK(app.editFeedback.last.message == "expected a strength from 0 to 1, found 2.0");
    CHECK(app.changes.generation() == afterEdit);

    app.requests.edits.undo = true;
    ui::applyRequests(app);
    CHECK(app.editFeedback.status == "Undid Edit tie " + d.ties[10].key);
    CHECK_FALSE(app.editing.modified());
    app.requests.edits.redo = true;
    app.requests.edits.save = true;
    ui::applyRequests(app);
    CHECK(app.editFeedback.lastSave.ok);
    CHECK_FALSE(app.editing.modified());
    const std::string saved = readText(copy.file);
    CHECK(saved != copy.original);
    CHECK(saved.find("\"end\": \"1962-03\"") != std::string::npos);
    // Our own save is not "a change on disk".
    ui::checkFileChanged(app);
    CHECK_FALSE(app.requests.reload);
}

TEST_CASE("ui edits: a file changed on disk with unsaved edits is not reloaded until the user chooses") {
    Copy copy;
    ui::App app;
    REQUIRE(ui::openDataset(app, copy.file.string()));
    core::model::Tie t = app.dataset->ties[0];
    t.note = "an unsaved note";
    app.requests.edits.edit = core::edit::replaceTie(*app.dataset, core::model::TieId(0), t);
    ui::applyRequests(app);
    REQUIRE(app.editing.modified());
    // Another program rewrites the file (a later modification time).
    std::ofstream(copy.file, std::ios::binary) << copy.original << "\n";
    fs::last_write_time(copy.file, fs::file_time_type::clock::now() + std::chrono::seconds(5));
    ui::checkFileChanged(app);
    CHECK_FALSE(app.requests.reload);
    CHECK(app.editing.reloadDecisionNeeded());
    CHECK(app.dataset->ties[0].note == "an unsaved note");
    // Keep the edits: nothing reloads.
    app.requests.edits.keepEdits = true;
    ui::applyRequests(app);
    CHECK_FALSE(app.editing.reloadDecisionNeeded());
    CHECK(app.dataset->ties[0].note == "an unsaved note");
    // Changed again; this time reload: the edits are dropped and the file's content shown.
    fs::last_write_time(copy.file, fs::file_time_type::clock::now() + std::chrono::seconds(10));
    ui::checkFileChanged(app);
    REQUIRE(app.editing.reloadDecisionNeeded());
    app.requests.edits.keepEdits = false;
    ui::applyRequests(app); // asks for the reload
    ui::applyRequests(app); // reloads
    CHECK(app.dataset->ties[0].note != "an unsaved note");
    CHECK_FALSE(app.editing.modified());
}

TEST_CASE("ui edits: Reload with unsaved edits asks first, and reloads once the user drops them") {
    Copy copy;
    ui::App app;
    REQUIRE(ui::openDataset(app, copy.file.string()));
    core::model::Tie t = app.dataset->ties[0];
    t.note = "an unsaved note";
    app.requests.edits.edit = core::edit::replaceTie(*app.dataset, core::model::TieId(0), t);
    ui::applyRequests(app);
    app.requests.reload = true; // File > Reload, Ctrl+R
    ui::applyRequests(app);
    CHECK(app.dataset->ties[0].note == "an unsaved note");
    REQUIRE(app.editing.reloadDecisionNeeded());
    app.requests.edits.keepEdits = false;
    ui::applyRequests(app);
    ui::applyRequests(app);
    CHECK(app.dataset->ties[0].note != "an unsaved note");
    CHECK_FALSE(app.editing.reloadDecisionNeeded());
}
