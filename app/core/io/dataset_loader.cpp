// Entry points of the dataset loader: file limits, JSON syntax, then the table readers in
// dependency order. No exception escapes. Core: no GL.
#include "core/io/dataset_loader.hpp"

#include "core/io/detail/load_context.hpp"
#include "core/io/guarded_load.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tieline::core::io {

namespace {

// What a non-regular file is, for the refusal.
const char* kindOfFile(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

std::string overLimit(std::size_t maxBytes) {
    return "the input is over the size limit of " + std::to_string(maxBytes) +
           " bytes (raise it with --max-input)";
}

// Reads fd to its end, but never more than maxBytes + 1 bytes.
bool readAll(int fd, std::size_t maxBytes, std::size_t expected, std::string& out, std::string& why) {
    out.clear();
    out.resize(std::min(expected, maxBytes) + 1);
    std::size_t used = 0;
    for (;;) {
        if (used == out.size()) {
            if (out.size() > maxBytes) break;
            out.resize(std::min(out.size() * 2 + 4096, maxBytes + 1));
        }
        const ssize_t n = ::read(fd, out.data() + used, out.size() - used);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            why = std::string("a read error occurred: ") + std::strerror(errno);
            return false;
        }
        if (n == 0) break;
        used += static_cast<std::size_t>(n);
    }
    out.resize(used);
    if (used > maxBytes) {
        why = overLimit(maxBytes);
        out.clear();
        return false;
    }
    return true;
}

} // namespace

bool readFileLimited(const std::string& path, std::size_t maxBytes, std::string& out, std::string& why) {
    if (path == "-") return readAll(STDIN_FILENO, maxBytes, 64 * 1024, out, why);
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        why = std::string("cannot open the file: ") + std::strerror(errno);
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        why = std::string("expected a regular file, found ") + kindOfFile(st.st_mode) +
              (S_ISFIFO(st.st_mode) ? " (to read a pipe, give '-' and pipe it to standard input)" : "");
        return false;
    }
    if (static_cast<std::uintmax_t>(st.st_size) > maxBytes) {
        why = "the file is " + std::to_string(st.st_size) + " bytes, over the size limit of " +
              std::to_string(maxBytes) + " bytes (raise it with --max-input)";
        return false;
    }
    // O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        why = std::string("cannot open the file: ") + std::strerror(errno);
        return false;
    }
    struct stat opened {};
    bool ok = ::fstat(fd, &opened) == 0;
    if (ok && !S_ISREG(opened.st_mode)) {
        why = std::string("expected a regular file, found ") + kindOfFile(opened.st_mode);
        ok = false;
    }
    // One read of the known size, then whatever follows if the file grew meanwhile (up to the limit).
    if (ok) ok = readAll(fd, maxBytes, static_cast<std::size_t>(opened.st_size), out, why);
    ::close(fd);
    return ok;
}

namespace {

void validate(io::LoadContext& ctx, const io::json& root) {
    ctx.check.knownMembers(
        root, "",
        {"format", "meta", "tieTypes", "groups", "actors", "ties", "sources", "events", "stories", "merges"});
    if (const io::json* format = ctx.check.string(root, "", "format", false)) {
        if (format->get<std::string>() != "tieline/1")
            ctx.check.error("/format", "expected \"tieline/1\" (the only format this version reads), found " +
                                           inQuotes(format->get<std::string>()));
    }
    // Refuse oversized tables before building anything from them.
    bool tooLarge = false;
    for (const char* table : {"tieTypes", "groups", "actors", "ties", "sources", "events", "stories"}) {
        const auto it = root.find(table);
        if (it != root.end() && it->is_array() && it->size() > ctx.maxItems) {
            ctx.check.error(std::string("/") + table, "expected at most " + std::to_string(ctx.maxItems) +
                                                          " entries in " + table + ", found " +
                                                          std::to_string(it->size()));
            tooLarge = true;
        }
    }
    if (tooLarge) return;
    io::loadMeta(ctx, root);
    io::registerIds(ctx, root);
    io::loadTieTypes(ctx, root);
    io::loadGroups(ctx, root);
    io::loadSources(ctx, root);
    io::loadActors(ctx, root);
    io::loadTies(ctx, root);
    io::loadEvents(ctx, root);
    io::loadStories(ctx, root);
    io::loadMerges(ctx, root);
}

LoadResult readDataset(std::string_view text, const std::string& fileName, const LoadOptions& options) {
    LoadResult result;
    io::json root;
    io::JsonReadError syntax;
    io::JsonLimits limits{options.maxDepth, options.maxStringBytes};
    if (!io::readJson(text, limits, root, syntax)) {
        result.diagnostics.add(
            {Severity::Error, fileName, syntax.pos.line, syntax.pos.column, syntax.pointer, syntax.message},
            options.maxMessages);
        return result;
    }
    const io::LazyPositions positions(text, limits); // read only if a message needs a position
    io::JsonChecker check(positions, result.diagnostics, fileName, options.maxMessages);
    if (!root.is_object()) {
        check.error("", "expected a dataset (an object with \"meta\", \"actors\", \"ties\"...), found " +
                            io::describeJson(root));
        return result;
    }
    model::Dataset data;
    io::LoadContext ctx{check, data, options.maxItems, {}};
    ctx.strict = options.strict;
    validate(ctx, root);
    if (!result.diagnostics.hasErrors()) {
        data.indexKeys();
        result.dataset = std::move(data);
    }
    if (options.handOverDocument) result.leftovers = std::make_shared<io::json>(std::move(root));
    return result;
}

} // namespace

LoadResult loadDatasetText(std::string_view text, const std::string& fileName, const LoadOptions& options) {
    return guardedLoad<LoadResult>(fileName, options.maxMessages,
                                   [&] { return readDataset(text, fileName, options); });
}

LoadResult loadDatasetFile(const std::string& path, const LoadOptions& options) {
    return loadFromFile<LoadResult>(
        path, options.maxFileBytes, options.maxMessages,
        [&](const std::string& text) { return loadDatasetText(text, path, options); });
}

} // namespace tieline::core::io
