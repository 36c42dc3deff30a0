// Issue 19: saving after edits loses nothing: load -> save is byte-identical, undo-all gives the
// original bytes, each edit kind round-trips through save and load and touches only its lines.
#include "core/edit/edit_history.hpp"
#include "core/edit/saved_file.hpp"
#include "core/interop/dataset_files.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/io/dataset_writer.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace tieline::core;

namespace {

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Opened {
    std::string text;
    model::Dataset data;
    edit::SavedFile file;
};

Opened open(const std::string& path, std::string text) {
    io::LoadResult r = io::loadDatasetText(text, path);
    REQUIRE_MESSAGE(r.dataset, (r.diagnostics.items.empty() ? "" : r.diagnostics.items[0].format()));
    Opened o{text, *r.dataset, {}};
    o.file.open(path, text);
    REQUIRE(o.file.isJson());
    return o;
}

Opened openFile(const std::string& path) {
    return open(path, readText(path));
}

// The dataset a text loads as, written canonically (to compare datasets).
std::string canonical(const std::string& text) {
    io::LoadResult r = io::loadDatasetText(text, "saved.json");
    REQUIRE_MESSAGE(r.dataset, (r.diagnostics.items.empty() ? "" : r.diagnostics.items[0].format()));
    return io::datasetToJson(*r.dataset);
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream ss(text);
    for (std::string line; std::getline(ss, line);)
        out.push_back(line);
    return out;
}

// Lines of `b` not in `a` plus lines of `a` not in `b`, by a longest common subsequence (what diff
// counts as changed).
std::size_t changedLines(const std::string& a, const std::string& b) {
    const auto x = lines(a), y = lines(b);
    std::size_t head = 0;
    while (head < x.size() && head < y.size() && x[head] == y[head])
        ++head;
    std::size_t tail = 0;
    while (tail < x.size() - head && tail < y.size() - head &&
           x[x.size() - 1 - tail] == y[y.size() - 1 - tail])
        ++tail;
    const std::size_t n = x.size() - head - tail, m = y.size() - head - tail;
    std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j)
            lcs[i][j] = x[head + i - 1] == y[head + j - 1] ? lcs[i - 1][j - 1] + 1
                                                           : std::max(lcs[i - 1][j], lcs[i][j - 1]);
    return n + m - 2 * lcs[n][m];
}

std::vector<std::string> validFiles() {
    std::vector<std::string> files = {std::string(TIELINE_DATA) + "/korea-1955-1969.json"};
    for (const char* folder : {"/valid", "/warnings"})
        for (const auto& entry : std::filesystem::directory_iterator(std::string(TIELINE_FIXTURES) + folder))
            if (entry.path().extension() == ".json") files.push_back(entry.path().string());
    std::sort(files.begin() + 1, files.end());
    return files;
}

calendar::Span span(const char* start, const char* end) {
    return calendar::Span{calendar::parseDate(start), calendar::parseDate(end)};
}

} // namespace

TEST_CASE("save: an unmodified save gives the same bytes for the default dataset and every valid fixture") {
    for (const std::string& path : validFiles()) {
        CAPTURE(path);
        Opened o = openFile(path);
        CHECK(o.file.render(o.data) == o.text);
    }
}

TEST_CASE("save: the file's line endings and indentation are detected and kept (CRLF, tabs)") {
    const std::string path = std::string(TIELINE_FIXTURES) + "/valid/minimal.json";
    std::string text = readText(path);
    std::string crlf;
    for (const char c : text) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    Opened o = open(path, crlf);
    CHECK(o.file.render(o.data) == crlf);
    REQUIRE_FALSE(o.data.ties.empty());
    model::Tie t = o.data.ties[0];
    t.note = "a new note";
    edit::EditHistory h;
    REQUIRE(h.apply(o.data, edit::replaceTie(o.data, model::TieId(0), t)).ok);
    const std::string saved = o.file.render(o.data);
    CHECK(saved.find("\"note\": \"a new note\"") != std::string::npos);
    // Every line break is still CRLF.
    for (std::size_t i = saved.find('\n'); i != std::string::npos; i = saved.find('\n', i + 1))
        CHECK(saved[i - 1] == '\r');
    CHECK(canonical(saved) == canonical(io::datasetToJson(o.data)));
}

TEST_CASE("save: adding the judged tie writes one more tie and changes few lines") {
    Opened o = openFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    model::Tie t;
    t.key = edit::nextKey(o.data, edit::Table::Ties, "t");
    t.from = *o.data.findActor("mao-zedong");
    t.to = *o.data.findActor("kim-il-sung");
    t.type = o.data.tieTypeByKey.at("aid");
    t.spans = {span("1957-01", "1958-01")};
    model::Claim c;
    c.source = *o.data.findSource("s01");
    t.claims = {c};
    edit::EditHistory h;
    REQUIRE(h.apply(o.data, edit::insertTie(o.data, t)).ok);
    const std::string saved = o.file.render(o.data);
    CHECK(canonical(saved) == canonical(io::datasetToJson(o.data)));
    const std::size_t changed = changedLines(o.text, saved);
    MESSAGE("lines changed by adding a tie: " << changed);
    CHECK(changed <= 40);
    CHECK(changed >= 15);
    // Undo: the original bytes.
    REQUIRE(h.undo(o.data).ok);
    CHECK(o.file.render(o.data) == o.text);
}

TEST_CASE("save: each edit kind round-trips through save and load and touches only its lines") {
    const std::string path = std::string(TIELINE_DATA) + "/korea-1955-1969.json";
    struct Case {
        const char* name;
        std::function<edit::Edit(const model::Dataset&)> make;
        std::size_t maxLines;
    };
    const std::vector<Case> cases = {
        {"replace a tie's span",
         [](const model::Dataset& d) {
             model::Tie t = d.ties[10];
             t.spans[0].end = calendar::parseDate("1962-03");
             return edit::replaceTie(d, model::TieId(10), t);
         },
         4},
        {"erase a tie", [](const model::Dataset& d) { return edit::eraseTie(d, model::TieId(20)); }, 80},
        {"erase the last tie",
         [](const model::Dataset& d) {
             return edit::eraseTie(d, model::TieId(std::uint32_t(d.ties.size() - 1)));
         },
         80},
        {"insert a claim",
         [](const model::Dataset& d) {
             model::Claim c;
             c.source = *d.findSource("s02");
             c.locator = "p. 12";
             c.quote = "a quote";
             return edit::insertClaim(d, model::TieId(3), c);
         },
         8},
        {"replace a claim's locator",
         [](const model::Dataset& d) {
             model::Claim c = d.ties[3].claims[0];
             c.locator = "p. 99";
             return edit::replaceClaim(d, model::TieId(3), 0, c);
         },
         2},
        {"erase a claim",
         [](const model::Dataset& d) {
             return edit::erase(d, {edit::Table::Claims, 0, 1});
         },
         12},
        {"rename an actor",
         [](const model::Dataset& d) {
             model::Actor a = d.actors[2];
             a.name = "Renamed";
             a.variants.push_back("Another Name");
             return edit::replaceActor(d, model::ActorId(2), a);
         },
         8},
        {"insert an actor in the middle",
         [](const model::Dataset& d) {
             model::Actor a;
             a.key = "new-person";
             a.name = "New Person";
             a.spans = {span("1956", "1960")};
             return edit::insert(d, {edit::Table::Actors, 5, 0}, a);
         },
         16},
        {"edit a source's title",
         [](const model::Dataset& d) {
             model::Source s = d.sources[0];
             s.title = "A corrected title";
             return edit::replaceSource(d, model::SourceId(0), s);
         },
         2},
        {"add a source",
         [](const model::Dataset& d) {
             model::Source s;
             s.key = "new-source";
             s.type = "book";
             s.title = "A new book";
             s.authors = {{"Lankov", "Andrei", ""}};
             s.issued = "2002";
             return edit::insertSource(d, s);
         },
         20},
        {"edit an event",
         [](const model::Dataset& d) {
             model::Event e = d.events[0];
             e.title = "An edited event";
             e.confidence = model::Confidence::Low;
             return edit::replace(d, {edit::Table::Events, 0, 0}, e);
         },
         4},
        {"erase an event",
         [](const model::Dataset& d) {
             return edit::erase(d, {edit::Table::Events, 3, 0});
         },
         30},
        {"edit a story stop",
         [](const model::Dataset& d) {
             model::StoryStop s = d.stories[0].stops[1];
             s.caption = "A new caption";
             return edit::replace(d, {edit::Table::StoryStops, 0, 1}, s);
         },
         2},
    };
    for (const Case& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        Opened o = openFile(path);
        edit::EditHistory h;
        const edit::EditResult r = h.apply(o.data, c.make(o.data));
        REQUIRE_MESSAGE(r.ok, r.message);
        const std::string saved = o.file.render(o.data);
        CHECK(saved != o.text);
        const std::string reloaded = canonical(saved), expected = canonical(io::datasetToJson(o.data));
        CHECK(reloaded == expected);
        if (reloaded != expected) {
            const auto x = lines(reloaded), y = lines(expected);
            for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i)
                if (x[i] != y[i]) {
                    FAIL_CHECK("first difference at line " << i << ": " << x[i] << " | " << y[i]);
                    break;
                }
        }
        CHECK(changedLines(o.text, saved) <= c.maxLines);
        // Members the editor does not know are still there.
        CHECK(saved.find("\"x-compilerNote\"") != std::string::npos);
        REQUIRE(h.undo(o.data).ok);
        CHECK(o.file.render(o.data) == o.text);
    }
}

TEST_CASE(
    "save: random edit sequences round-trip through save and load, and undo-all gives the original bytes") {
    for (const std::string& path : validFiles()) {
        CAPTURE(path);
        Opened o = openFile(path);
        std::mt19937 rng(19);
        edit::EditHistory h;
        std::size_t applied = 0;
        for (int step = 0; step < 40; ++step) {
            model::Dataset& d = o.data;
            const int kind = std::uniform_int_distribution<int>(0, 5)(rng);
            edit::Edit e;
            if (kind == 0 && !d.ties.empty()) {
                const auto i = std::uniform_int_distribution<std::size_t>(0, d.ties.size() - 1)(rng);
                model::Tie t = d.ties[i];
                t.note = "note " + std::to_string(step);
                t.confidence = model::Confidence(step % 4);
                e = edit::replaceTie(d, model::TieId(std::uint32_t(i)), t);
            } else if (kind == 1 && d.ties.size() > 1) {
                const auto i = std::uniform_int_distribution<std::size_t>(0, d.ties.size() - 1)(rng);
                e = edit::eraseTie(d, model::TieId(std::uint32_t(i)));
            } else if (kind == 2 && d.actors.size() >= 2 && !d.tieTypes.empty()) {
                model::Tie t;
                t.key = edit::nextKey(d, edit::Table::Ties, "edit-t");
                t.from = model::ActorId(0);
                t.to = model::ActorId(1);
                t.type = model::TieTypeId(0);
                t.spans = {calendar::Span{d.meta.start, d.meta.end}};
                if (!d.sources.empty()) {
                    model::Claim c;
                    c.source = model::SourceId(0);
                    c.locator = "p. " + std::to_string(step);
                    t.claims.push_back(c);
                }
                const auto at = std::uniform_int_distribution<std::size_t>(0, d.ties.size())(rng);
                e = edit::insert(d, {edit::Table::Ties, at, 0}, t);
            } else if (kind == 3 && !d.actors.empty()) {
                const auto i = std::uniform_int_distribution<std::size_t>(0, d.actors.size() - 1)(rng);
                model::Actor a = d.actors[i];
                a.description = a.description.empty() ? "described" : "";
                e = edit::replaceActor(d, model::ActorId(std::uint32_t(i)), a);
            } else if (kind == 4 && !d.ties.empty() && !d.sources.empty()) {
                const auto i = std::uniform_int_distribution<std::size_t>(0, d.ties.size() - 1)(rng);
                model::Claim c;
                c.source = model::SourceId(0);
                c.locator = "step " + std::to_string(step);
                e = edit::insertClaim(d, model::TieId(std::uint32_t(i)), c);
            } else if (kind == 5 && !d.ties.empty()) {
                const auto i = std::uniform_int_distribution<std::size_t>(0, d.ties.size() - 1)(rng);
                if (d.ties[i].claims.empty()) continue;
                e = edit::erase(d, {edit::Table::Claims, i, d.ties[i].claims.size() - 1});
            } else {
                continue;
            }
            const edit::EditResult r = h.apply(d, e);
            if (!r.ok) continue; // refused (a claim id named elsewhere, say): nothing changed
            ++applied;
            if (step % 8 == 0) CHECK(canonical(o.file.render(d)) == canonical(io::datasetToJson(d)));
        }
        CHECK(applied > 10);
        CHECK(canonical(o.file.render(o.data)) == canonical(io::datasetToJson(o.data)));
        while (h.canUndo())
            REQUIRE(h.undo(o.data).ok);
        CHECK(o.file.render(o.data) == o.text);
    }
}

TEST_CASE("save: Save writes atomically, keeps a symlink, and refuses a read-only file with needsSaveAs") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("tieline-save-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string original = readText(std::string(TIELINE_FIXTURES) + "/valid/full.json");
    const fs::path real = dir / "real.json";
    const fs::path link = dir / "link.json";
    std::ofstream(real, std::ios::binary) << original;
    fs::create_symlink(real.filename(), link);
    Opened o = open(link.string(), original);
    model::Tie t = o.data.ties[0];
    t.note = "saved through a link";
    edit::EditHistory h;
    REQUIRE(h.apply(o.data, edit::replaceTie(o.data, model::TieId(0), t)).ok);
    const edit::SaveOutcome saved = o.file.save(o.data);
    REQUIRE_MESSAGE(saved.ok, saved.message);
    CHECK(fs::is_symlink(link));
    CHECK(readText(real.string()).find("saved through a link") != std::string::npos);
    CHECK_FALSE(o.file.changedOnDisk());
    // After a save the saved text is the original: saving again changes nothing.
    CHECK(o.file.render(o.data) == readText(real.string()));

    fs::permissions(real, fs::perms::owner_read | fs::perms::group_read);
    const edit::SaveOutcome refused = o.file.save(o.data);
    CHECK_FALSE(refused.ok);
    CHECK(refused.needsSaveAs);
    CHECK(refused.message.find("cannot write") == 0);
    // Save As elsewhere works, and the copy is now the file being edited.
    const edit::SaveOutcome elsewhere = o.file.saveAs(o.data, (dir / "copy.json").string());
    CHECK(elsewhere.ok);
    CHECK(o.file.path() == (dir / "copy.json").string());
    std::ofstream(dir / "copy.json", std::ios::app) << " ";
    CHECK(o.file.changedOnDisk());
    fs::permissions(real, fs::perms::owner_all);
    fs::remove_all(dir);
}

TEST_CASE("save: a GEXF dataset is saved as JSON (Save As), which is then the file edited") {
    namespace fs = std::filesystem;
    const std::string gexf = std::string(TIELINE_FIXTURES) + "/gexf/valid/dynamic-dates-spells.gexf";
    io::LoadResult r = interop::loadAnyDataset(gexf);
    REQUIRE(r.dataset);
    edit::SavedFile file;
    file.open(gexf, readText(gexf));
    CHECK_FALSE(file.isJson());
    const edit::SaveOutcome refused = file.save(*r.dataset);
    CHECK_FALSE(refused.ok);
    CHECK(refused.needsSaveAs);
    CHECK(refused.message.find("save it as JSON") != std::string::npos);
    const fs::path out = fs::temp_directory_path() / ("tieline-gexf-" + std::to_string(::getpid()) + ".json");
    const edit::SaveOutcome saved = file.saveAs(*r.dataset, out.string());
    REQUIRE_MESSAGE(saved.ok, saved.message);
    CHECK(file.isJson());
    CHECK(file.path() == out.string());
    CHECK(canonical(readText(out.string())) == canonical(io::datasetToJson(*r.dataset)));
    // From now on the JSON file saves losslessly: unchanged, the same bytes.
    CHECK(file.render(*r.dataset) == readText(out.string()));
    fs::remove(out);
}
