// Entry points of the dataset loader: file limits, JSON syntax, then the table readers in
// dependency order. No exception escapes. Core: no GL.
#include "core/io/dataset_loader.hpp"

#include "core/io/detail/load_context.hpp"
#include "core/io/guarded_load.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

namespace tieline::core::io {

bool readFileLimited(const std::string& path, std::size_t maxBytes, std::string& out, std::string& why) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        why = std::string("cannot open the file: ") + std::strerror(errno);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        why = "expected a file, found a directory";
        return false;
    }
    if (static_cast<std::uintmax_t>(st.st_size) > maxBytes) {
        why = "the file is " + std::to_string(st.st_size) + " bytes, over the limit of " +
              std::to_string(maxBytes) + " bytes";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = std::string("cannot open the file: ") + std::strerror(errno);
        return false;
    }
    // One read of the known size (a stream-iterator copy is several times slower on large files),
    // then whatever follows if the file grew meanwhile.
    out.resize(static_cast<std::size_t>(st.st_size));
    in.read(out.data(), static_cast<std::streamsize>(out.size()));
    out.resize(static_cast<std::size_t>(in.gcount()));
    if (in) out.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (out.size() > maxBytes) { // the file grew while we read it, or is not a regular file
        why = "the file is over the limit of " + std::to_string(maxBytes) + " bytes";
        return false;
    }
    if (in.bad()) {
        why = "a read error occurred";
        return false;
    }
    return true;
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
    io::PositionIndex positions;
    io::JsonReadError syntax;
    io::JsonLimits limits{options.maxDepth, options.maxStringBytes};
    if (!io::readJson(text, limits, root, positions, syntax)) {
        result.diagnostics.add(
            {Severity::Error, fileName, syntax.pos.line, syntax.pos.column, syntax.pointer, syntax.message},
            options.maxMessages);
        return result;
    }
    io::JsonChecker check(positions, result.diagnostics, fileName, options.maxMessages);
    if (!root.is_object()) {
        check.error("", "expected a dataset (an object with \"meta\", \"actors\", \"ties\"...), found " +
                            io::describeJson(root));
        return result;
    }
    model::Dataset data;
    io::LoadContext ctx{check, data, options.maxItems, {}};
    validate(ctx, root);
    if (!result.diagnostics.hasErrors()) {
        data.indexKeys();
        result.dataset = std::move(data);
    }
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
