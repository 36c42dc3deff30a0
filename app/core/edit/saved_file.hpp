// The file behind an edited dataset: its path, format and bytes as last loaded or saved. Saving a
// format v1 JSON file patches its original text (core/io/dataset_document.hpp), so an unmodified
// save writes the same bytes and an edit changes only the lines it touches; GEXF and CSV files are
// saved as JSON (Save As), with what the target format cannot carry named. Writes are atomic and
// keep symlinks and permissions (core/io/atomic_file.hpp). Core: no GL.
#pragma once

#include "core/io/dataset_document.hpp"
#include "core/model/dataset.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace tieline::core::edit {

struct SaveOutcome {
    bool ok = false;
    std::string message;              // when not ok: why ("cannot write ...: Permission denied")
    bool needsSaveAs = false;         // not ok because the file cannot be saved in place: ask for a path
    std::vector<std::string> written; // files written
    std::vector<std::string> losses;  // what the target format could not carry (as `convert` names it)
};

// FNV-1a, 64 bits, as 16 hex digits: names a file's content in the journal.
std::string contentHash(std::string_view bytes);

class SavedFile {
  public:
    // The file at `path` as read (`bytes`), which loaded. A JSON file keeps its text for
    // lossless saves; any other format (GEXF, CSV) is saved as JSON, through Save As.
    void open(const std::string& path, std::string bytes);
    bool isOpen() const { return !m_path.empty(); }

    const std::string& path() const { return m_path; }
    bool isJson() const { return m_document.isOpen(); }
    // The hash of the file's bytes as last loaded or saved.
    const std::string& hash() const { return m_hash; }

    // What Save would write to the file (JSON files only).
    std::string render(const model::Dataset& current) const;

    // Saves in place. Refused with needsSaveAs for a GEXF or CSV file, or when the file or its folder
    // cannot be written (an installed dataset).
    SaveOutcome save(const model::Dataset& current);
    // Saves to another path, in the format its extension names (.json: the patched text of a JSON
    // file, or the whole dataset written anew). Afterwards that file is the one being edited.
    SaveOutcome saveAs(const model::Dataset& current, const std::string& path);

    // Whether the file on disk no longer has the bytes last loaded or saved (another program changed
    // it); false when it cannot be read.
    bool changedOnDisk() const;

  private:
    std::string m_path;
    std::string m_hash;
    io::DatasetDocument m_document; // open for JSON files
};

} // namespace tieline::core::edit
