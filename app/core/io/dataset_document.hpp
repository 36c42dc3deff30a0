// A dataset file's text as loaded, kept so that saving after edits loses nothing: the new text is the
// old one with only the changed values patched in (members tieline does not know, x- extensions,
// member order, number spelling, indentation and line endings stay as they were). The changes are
// found by writing the dataset as loaded and as edited with the writer's per-entity code and
// comparing the two member by member; table items are matched by id. Core: no GL.
#pragma once

#include "core/model/dataset.hpp"

#include <memory>
#include <string>

namespace tieline::core::io {

class DatasetDocument {
  public:
    DatasetDocument();
    ~DatasetDocument();
    DatasetDocument(DatasetDocument&&) noexcept;
    DatasetDocument& operator=(DatasetDocument&&) noexcept;

    // Keeps `text` (a format v1 JSON file that loads). Returns false and sets `why` when the text
    // is not JSON (a GEXF or CSV file cannot be patched: save it as JSON instead).
    bool open(std::string text, std::string& why);
    bool isOpen() const;

    // The file's text with the changes from the dataset as loaded to `current` patched in: the same
    // bytes when nothing changed; otherwise only the lines of changed values, added items (written
    // with the file's indentation and line endings) and removed ones differ.
    std::string render(const model::Dataset& current) const;

    // After a save: `text` (what render gave) is now the file.
    bool rebase(std::string text, std::string& why);

    const std::string& text() const;
    // The indentation unit and line ending detected in the file ("  " and "\n" by default).
    const std::string& indentUnit() const;
    const std::string& lineEnding() const;

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace tieline::core::io
