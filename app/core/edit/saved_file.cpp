// Saving an edited dataset without losing a byte of what it did not change. Core: no GL.
#include "core/edit/saved_file.hpp"

#include "core/interop/dataset_files.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/io/dataset_writer.hpp"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace tieline::core::edit {

namespace {

// The folder holding `path` ("." for a bare name).
std::string folderOf(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// Whether `path` can be replaced: the file (when it exists) and its folder writable. Follows a
// symlink to the file it names, which is what the atomic writer replaces.
bool writable(const std::string& path, std::string& why) {
    std::string target = path;
    char resolved[4096];
    const ssize_t n = ::readlink(path.c_str(), resolved, sizeof resolved - 1);
    if (n > 0) {
        resolved[n] = 0;
        target = resolved[0] == '/' ? std::string(resolved) : folderOf(path) + "/" + resolved;
    }
    if (::access(target.c_str(), F_OK) == 0 && ::access(target.c_str(), W_OK) != 0) {
        why = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    // A file without any write permission is read-only on purpose, for root too.
    struct stat st {};
    if (::stat(target.c_str(), &st) == 0 && (st.st_mode & 0222) == 0) {
        why = "cannot write " + path + ": the file is read-only";
        return false;
    }
    if (::access(folderOf(target).c_str(), W_OK) != 0) {
        why = "cannot write " + path + ": its folder " + folderOf(target) + " is not writable (" +
              std::strerror(errno) + ")";
        return false;
    }
    return true;
}

} // namespace

std::string contentHash(std::string_view bytes) {
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

void SavedFile::open(const std::string& path, std::string bytes) {
    m_path = path;
    m_hash = contentHash(bytes);
    m_document = io::DatasetDocument();
    if (interop::fileFormatOf(path) == interop::FileFormat::Json) {
        std::string why;
        if (!m_document.open(std::move(bytes), why)) m_document = io::DatasetDocument();
    }
}

std::string SavedFile::render(const model::Dataset& current) const {
    return m_document.isOpen() ? m_document.render(current) : io::datasetToJson(current);
}

SaveOutcome SavedFile::save(const model::Dataset& current) {
    SaveOutcome out;
    if (!isJson()) {
        out.needsSaveAs = true;
        out.message = m_path + " is not a tieline JSON file: save it as JSON (Save As)";
        return out;
    }
    if (!writable(m_path, out.message)) {
        out.needsSaveAs = true;
        return out;
    }
    return saveAs(current, m_path);
}

SaveOutcome SavedFile::saveAs(const model::Dataset& current, const std::string& path) {
    SaveOutcome out;
    const interop::FileFormat format = interop::fileFormatOf(path);
    if (format == interop::FileFormat::Json) {
        std::string text = render(current);
        if (!io::writeFileAtomic(path, text, out.message)) return out;
        out.ok = true;
        out.written.push_back(path);
        m_path = path;
        m_hash = contentHash(text);
        std::string why;
        if (!m_document.rebase(std::move(text), why)) m_document = io::DatasetDocument();
        return out;
    }
    if (format == interop::FileFormat::Gexf || format == interop::FileFormat::Csv) {
        const interop::SaveResult saved = interop::saveAnyDataset(current, {path});
        if (!saved.ok) {
            out.message = saved.why;
            return out;
        }
        // The edited file stays the one it was: a GEXF or CSV copy is an export.
        out.ok = true;
        out.written = saved.written;
        out.losses = saved.losses;
        return out;
    }
    out.message = "cannot save as " + path + ": expected a .json, .gexf or .csv file name";
    return out;
}

bool SavedFile::changedOnDisk() const {
    if (m_path.empty()) return false;
    std::string bytes, why;
    if (!io::readFileLimited(m_path, io::kDefaultMaxInputBytes, bytes, why)) return false;
    return contentHash(bytes) != m_hash;
}

} // namespace tieline::core::edit
