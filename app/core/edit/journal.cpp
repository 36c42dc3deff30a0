// The edit journal: JSON lines, appended and fsynced one step at a time. Core: no GL.
#include "core/edit/journal.hpp"

#include "core/edit/saved_file.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/io/entity_check.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace tieline::core::edit {

namespace {

using nlohmann::json;

std::optional<Table> parseTable(const std::string& s) {
    for (Table t :
         {Table::Actors, Table::Ties, Table::Claims, Table::Sources, Table::Events, Table::StoryStops})
        if (s == tableName(t)) return t;
    return std::nullopt;
}

const char* kindKeyword(Kind k) {
    return k == Kind::Replace ? "replace" : k == Kind::Insert ? "insert" : "erase";
}

std::string entityText(const model::Dataset& d, const Entity& e) {
    return std::visit([&](const auto& item) { return io::toJsonText(d, item); }, e);
}

bool entityFrom(const model::Dataset& d, Table table, const std::string& text, Entity& out,
                std::string& why) {
    const auto read = [&](auto item) {
        if (!io::fromJsonText(d, text, item, why)) return false;
        out = std::move(item);
        return true;
    };
    switch (table) {
    case Table::Actors:
        return read(model::Actor());
    case Table::Ties:
        return read(model::Tie());
    case Table::Claims:
        return read(model::Claim());
    case Table::Sources:
        return read(model::Source());
    case Table::Events:
        return read(model::Event());
    case Table::StoryStops:
        return read(model::StoryStop());
    }
    return false;
}

std::string absolute(const std::string& path) {
    std::error_code ec;
    const std::filesystem::path p = std::filesystem::absolute(path, ec);
    return ec ? path : p.lexically_normal().string();
}

std::string dumpLine(const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace

std::string journalFolder() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg == '/') return std::string(xdg) + "/tieline/journal";
    const char* home = std::getenv("HOME");
    if (home && *home) return std::string(home) + "/.config/tieline/journal";
    return {};
}

std::string journalPathFor(const std::string& datasetPath) {
    const std::string folder = journalFolder();
    if (folder.empty()) return {};
    return folder + "/" + contentHash(absolute(datasetPath)) + ".jsonl";
}

bool Journal::appendLine(const std::string& line, std::string& why) {
    if (m_path.empty()) return true;
    const int fd = ::open(m_path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        why = "cannot write the edit journal " + m_path + ": " + std::strerror(errno);
        return false;
    }
    std::size_t done = 0;
    bool ok = true;
    while (done < line.size()) {
        const ssize_t n = ::write(fd, line.data() + done, line.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        done += std::size_t(n);
    }
    ok = ok && ::fsync(fd) == 0;
    if (!ok) why = "cannot write the edit journal " + m_path + ": " + std::strerror(errno);
    ::close(fd);
    return ok;
}

bool Journal::start(const std::string& datasetPath, const std::string& hash, std::string& why) {
    m_path.clear();
    const std::string path = journalPathFor(datasetPath);
    if (path.empty()) {
        why = "no folder for the edit journal (neither XDG_CONFIG_HOME nor HOME is set)";
        return false;
    }
    std::error_code ec;
    std::filesystem::create_directories(journalFolder(), ec);
    if (ec) {
        why = "cannot create " + journalFolder() + ": " + ec.message();
        return false;
    }
    ::unlink(path.c_str());
    m_path = path;
    m_datasetPath = absolute(datasetPath);
    const json header = {{"journal", "tieline-edits/1"}, {"dataset", m_datasetPath}, {"hash", hash}};
    if (!appendLine(dumpLine(header), why)) {
        m_path.clear();
        return false;
    }
    return true;
}

void Journal::resume(const std::string& datasetPath) {
    m_path = journalPathFor(datasetPath);
    m_datasetPath = absolute(datasetPath);
}

bool Journal::append(const model::Dataset& data, const Edit& edit, Step step, std::string& why) {
    json line = {{"step", step == Step::Edit   ? "edit"
                          : step == Step::Undo ? "undo"
                                               : "redo"},
                 {"kind", kindKeyword(edit.kind)},
                 {"table", tableName(edit.target.table)},
                 {"index", edit.target.index},
                 {"sub", edit.target.sub},
                 {"label", edit.label}};
    // The entity as it is written in a file: an insert's or replace's new value; an erase needs none
    // (it is read back from the dataset when replayed).
    if (edit.kind != Kind::Erase) line["entity"] = entityText(data, edit.after);
    return appendLine(dumpLine(line), why);
}

bool Journal::restart(const std::string& hash, std::string& why) {
    if (m_path.empty()) return true;
    return start(m_datasetPath, hash, why);
}

void Journal::discard() {
    if (!m_path.empty()) ::unlink(m_path.c_str());
    m_path.clear();
}

std::optional<PendingJournal> findJournal(const std::string& datasetPath) {
    const std::string path = journalPathFor(datasetPath);
    if (path.empty()) return std::nullopt;
    std::string text, why;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    if (!io::readFileLimited(path, io::kDefaultMaxInputBytes, text, why)) return std::nullopt;
    std::istringstream lines(text);
    std::string line;
    if (!std::getline(lines, line)) return std::nullopt;
    const json header = json::parse(line, nullptr, false);
    if (!header.is_object() || header.value("journal", "") != "tieline-edits/1") return std::nullopt;
    PendingJournal out;
    out.path = path;
    out.datasetPath = header.value("dataset", "");
    out.hash = header.value("hash", "");
    while (std::getline(lines, line)) {
        const json step = json::parse(line, nullptr, false);
        if (!step.is_object()) break; // a line cut by the crash: the steps before it count
        ++out.steps;
    }
    if (out.steps == 0) return std::nullopt;
    return out;
}

bool replayJournal(const PendingJournal& journal, model::Dataset& data, EditHistory& history,
                   std::string& why) {
    std::string text;
    if (!io::readFileLimited(journal.path, io::kDefaultMaxInputBytes, text, why)) return false;
    std::istringstream lines(text);
    std::string line;
    std::getline(lines, line); // the header
    std::size_t number = 1;
    while (std::getline(lines, line)) {
        ++number;
        const json step = json::parse(line, nullptr, false);
        if (!step.is_object()) break;
        const std::string kind = step.value("step", "");
        const std::string where = "journal line " + std::to_string(number) + ": ";
        // An undo or redo the history can make: made as such, so undo and redo go on as before.
        if (kind == "undo" && history.canUndo()) {
            history.undo(data);
            continue;
        }
        if (kind == "redo" && history.canRedo()) {
            history.redo(data);
            continue;
        }
        const auto table = parseTable(step.value("table", ""));
        const std::string k = step.value("kind", "");
        if (!table || (k != "replace" && k != "insert" && k != "erase")) {
            why = where + "not an edit this version knows";
            return false;
        }
        const Target target{*table, step.value("index", std::size_t(0)), step.value("sub", std::size_t(0))};
        Edit edit;
        try {
            if (k == "erase") {
                edit = erase(data, target);
            } else {
                Entity entity;
                if (!entityFrom(data, *table, step.value("entity", ""), entity, why)) {
                    why = where + why;
                    return false;
                }
                edit = k == "insert" ? insert(data, target, std::move(entity))
                                     : replace(data, target, std::move(entity));
            }
        } catch (const std::out_of_range&) {
            why = where + "the edit's item is not in the dataset";
            return false;
        }
        edit.label = step.value("label", edit.label);
        const EditResult r = history.apply(data, std::move(edit));
        if (!r.ok) {
            why = where + r.message;
            return false;
        }
    }
    return true;
}

} // namespace tieline::core::edit
