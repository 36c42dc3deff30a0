// Choosing the reader or writer by extension, pairing CSV tables and finding CSL-JSON sidecars.
// Core: no GL.
#include "core/interop/dataset_files.hpp"

#include "core/interop/csl_json.hpp"
#include "core/interop/csv.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/dataset_writer.hpp"

#include <cctype>
#include <filesystem>
#include <fstream>

namespace tieline::core::interop {

namespace {

std::string lower(std::string text) {
    for (char& c : text)
        c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return text;
}

bool endsWith(const std::string& text, const char* suffix) {
    const std::string s = suffix;
    return text.size() >= s.size() && lower(text.substr(text.size() - s.size())) == s;
}

std::string directoryOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

std::string nameOf(const std::string& path) {
    return lower(path.substr(path.find_last_of('/') + 1));
}

bool exists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

std::string fileHead(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

void append(io::Diagnostics& to, const io::Diagnostics& from, std::size_t cap) {
    for (const io::Diagnostic& d : from.items)
        to.add(d, cap);
    to.dropped += from.dropped;
}

io::LoadResult failure(const std::string& path, std::string message) {
    io::LoadResult result;
    result.diagnostics.add({io::Severity::Error, path, 0, 0, "", std::move(message)}, 1);
    return result;
}

// Runs a GEXF or CSV load with the sources of its sidecar, when the options name none.
template <class Load>
io::LoadResult withSidecar(const std::string& path, const ImportOptions& options, Load load) {
    const std::string sidecar = sourcesSidecar(path);
    if (!options.sources.empty() || !exists(sidecar)) return load(options);
    io::LoadResult result;
    CslImport csl = readCslJsonFile(sidecar, options.limits);
    append(result.diagnostics, csl.diagnostics, options.limits.maxMessages);
    if (csl.diagnostics.hasErrors()) return result;
    ImportOptions withSources = options;
    withSources.sources = std::move(csl.sources);
    io::LoadResult inner = load(withSources);
    append(result.diagnostics, inner.diagnostics, options.limits.maxMessages);
    result.dataset = std::move(inner.dataset);
    return result;
}

bool writeSidecar(const model::Dataset& data, const std::string& path, SaveResult& result) {
    if (data.sources.empty()) return true;
    const std::string sidecar = sourcesSidecar(path);
    if (!io::writeFileAtomic(sidecar, cslJsonText(data.sources), result.why)) return false;
    result.written.push_back(sidecar);
    return true;
}

// "-": standard input, under the same size limit; its format by its first character ('{' JSON, '<'
// GEXF, else a CSV table: an edges table when it names Source and Target, else a nodes table).
io::LoadResult loadStandardInput(const ImportOptions& options) {
    const std::string name = "(standard input)";
    std::string text, why;
    if (!io::readFileLimited("-", options.limits.maxFileBytes, text, why)) return failure(name, why);
    std::size_t first = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (first < text.size() && std::isspace(static_cast<unsigned char>(text[first])))
        ++first;
    ImportOptions named = options;
    if (named.title.empty()) named.title = "Standard input";
    if (first < text.size() && text[first] == '{') return io::loadDatasetText(text, name, options.limits);
    if (first < text.size() && text[first] == '<') return loadGexfText(text, name, named);
    const bool edges = csvLooksLikeEdges(text);
    return loadCsvTables(edges ? CsvText{} : CsvText{text, name}, edges ? CsvText{text, name} : CsvText{},
                         named);
}

} // namespace

FileFormat fileFormatOf(const std::string& path) {
    if (endsWith(path, ".csl.json")) return FileFormat::CslJson;
    if (endsWith(path, ".json")) return FileFormat::Json;
    if (endsWith(path, ".gexf")) return FileFormat::Gexf;
    if (endsWith(path, ".csv")) return FileFormat::Csv;
    return FileFormat::Unknown;
}

CsvPair csvPairFor(const std::string& path) {
    const std::string name = nameOf(path);
    const std::string dir = directoryOf(path);
    const auto partner = [](const std::string& p) { return exists(p) ? p : std::string(); };
    if (endsWith(path, ".nodes.csv")) return {path, partner(path.substr(0, path.size() - 10) + ".edges.csv")};
    if (endsWith(path, ".edges.csv")) return {partner(path.substr(0, path.size() - 10) + ".nodes.csv"), path};
    if (name == "nodes.csv") return {path, partner(dir + "edges.csv")};
    if (name == "edges.csv") return {partner(dir + "nodes.csv"), path};
    if (csvLooksLikeEdges(fileHead(path))) return {{}, path};
    return {path, {}};
}

CsvPair csvOutputPair(const std::string& path) {
    const std::string dir = directoryOf(path);
    const std::string name = nameOf(path);
    if (name == "nodes.csv" || name == "edges.csv") return {dir + "nodes.csv", dir + "edges.csv"};
    std::string prefix = path.substr(0, path.size() - 4);
    if (endsWith(path, ".nodes.csv") || endsWith(path, ".edges.csv"))
        prefix = path.substr(0, path.size() - 10);
    return {prefix + ".nodes.csv", prefix + ".edges.csv"};
}

std::string sourcesSidecar(const std::string& path) {
    std::string stem = path.substr(path.find_last_of('/') + 1);
    for (const char* ext : {".gexf", ".csv", ".nodes", ".edges"})
        if (endsWith(stem, ext)) stem.resize(stem.size() - std::string(ext).size());
    if (lower(stem) == "nodes" || lower(stem) == "edges") stem = "sources";
    return directoryOf(path) + stem + ".csl.json";
}

io::LoadResult loadAnyDataset(const std::string& path, const ImportOptions& options) {
    return loadAnyDataset(std::vector<std::string>{path}, options);
}

io::LoadResult loadAnyDataset(const std::vector<std::string>& paths, const ImportOptions& options) {
    if (paths.size() == 2) {
        if (fileFormatOf(paths[0]) != FileFormat::Csv || fileFormatOf(paths[1]) != FileFormat::Csv)
            return failure(paths[1], "two input files must be a pair of CSV tables (nodes and edges)");
        // Whichever order they come in, the table with Source and Target columns holds the edges.
        const bool swapped = csvLooksLikeEdges(fileHead(paths[0])) && !csvLooksLikeEdges(fileHead(paths[1]));
        const std::string& nodes = swapped ? paths[1] : paths[0];
        const std::string& edges = swapped ? paths[0] : paths[1];
        return withSidecar(nodes, options,
                           [&](const ImportOptions& o) { return loadCsvFiles(nodes, edges, o); });
    }
    if (paths.size() != 1) return failure("", "expected one dataset file or a pair of CSV tables");
    const std::string& path = paths[0];
    if (path == "-") return loadStandardInput(options);
    switch (fileFormatOf(path)) {
    case FileFormat::Json:
        return loadDatasetFile(path, options.limits);
    case FileFormat::Gexf:
        return withSidecar(path, options, [&](const ImportOptions& o) { return loadGexfFile(path, o); });
    case FileFormat::Csv: {
        if (!exists(path)) { // missing, a folder, a FIFO...: the reader's own refusal
            std::string text, why;
            io::readFileLimited(path, 0, text, why);
            return failure(path, why);
        }
        const CsvPair pair = csvPairFor(path);
        return withSidecar(pair.nodes.empty() ? pair.edges : pair.nodes, options,
                           [&](const ImportOptions& o) { return loadCsvFiles(pair.nodes, pair.edges, o); });
    }
    case FileFormat::CslJson:
        return failure(path,
                       "a CSL-JSON file holds sources, not a network (add them to a dataset with --sources)");
    case FileFormat::Unknown:
        break;
    }
    std::error_code error;
    if (std::filesystem::exists(path, error) && !std::filesystem::is_regular_file(path, error)) {
        std::string text, why; // a folder, a FIFO, a device: the reader's own refusal says which
        io::readFileLimited(path, 0, text, why);
        return failure(path, why);
    }
    return failure(path, "unknown kind of file: expected .json, .gexf or .csv");
}

SaveResult saveAnyDataset(const model::Dataset& data, const std::vector<std::string>& paths,
                          const GexfWriteOptions& gexf) {
    SaveResult result;
    const bool pair = paths.size() == 2;
    if (paths.empty() || paths.size() > 2 ||
        (pair && (fileFormatOf(paths[0]) != FileFormat::Csv || fileFormatOf(paths[1]) != FileFormat::Csv))) {
        result.why = "expected one output file or a pair of CSV tables (nodes and edges)";
        return result;
    }
    const std::string& path = paths[0];
    const auto write = [&](const std::string& file, const std::string& bytes) {
        if (!io::writeFileAtomic(file, bytes, result.why)) return false;
        result.written.push_back(file);
        return true;
    };
    switch (fileFormatOf(path)) {
    case FileFormat::Json:
        result.ok = write(path, io::datasetToJson(data));
        break;
    case FileFormat::Gexf:
        result.losses = gexfLosses(data);
        result.ok = write(path, gexfText(data, gexf)) && writeSidecar(data, path, result);
        break;
    case FileFormat::Csv: {
        const CsvPair out = pair ? CsvPair{paths[0], paths[1]} : csvOutputPair(path);
        const CsvTables tables = csvText(data);
        result.losses = csvLosses(data);
        result.ok = write(out.nodes, tables.nodes) && write(out.edges, tables.edges) &&
                    writeSidecar(data, out.nodes, result);
        break;
    }
    case FileFormat::CslJson:
        result.losses = {"everything but the sources (a CSL-JSON file holds sources only)"};
        result.ok = write(path, cslJsonText(data.sources));
        break;
    case FileFormat::Unknown:
        result.why = "unknown kind of file " + path + ": expected .json, .gexf, .csv or .csl.json";
        break;
    }
    return result;
}

} // namespace tieline::core::interop
