// Undo and redo stacks of edits. Core: no GL.
#include "core/edit/edit_history.hpp"

namespace tieline::core::edit {

namespace {
const std::string kNothing;
}

EditResult EditHistory::apply(model::Dataset& data, Edit edit) {
    EditResult result = validate(data, edit);
    result.label = edit.label;
    if (!result.ok) return result;
    result.effect = applyUnchecked(data, edit);
    m_done.push_back(std::move(edit));
    m_serials.push_back(m_nextSerial++);
    m_undone.clear();
    m_undoneSerials.clear();
    return result;
}

EditResult EditHistory::undo(model::Dataset& data) {
    EditResult result;
    if (m_done.empty()) {
        result.message = "nothing to undo";
        return result;
    }
    result.ok = true;
    result.label = m_done.back().label;
    result.effect = applyUnchecked(data, inverse(m_done.back()));
    m_undone.push_back(std::move(m_done.back()));
    m_undoneSerials.push_back(m_serials.back());
    m_done.pop_back();
    m_serials.pop_back();
    return result;
}

EditResult EditHistory::redo(model::Dataset& data) {
    EditResult result;
    if (m_undone.empty()) {
        result.message = "nothing to redo";
        return result;
    }
    result.ok = true;
    result.label = m_undone.back().label;
    result.effect = applyUnchecked(data, m_undone.back());
    m_done.push_back(std::move(m_undone.back()));
    m_serials.push_back(m_undoneSerials.back());
    m_undone.pop_back();
    m_undoneSerials.pop_back();
    return result;
}

const std::string& EditHistory::undoLabel() const {
    return m_done.empty() ? kNothing : m_done.back().label;
}

const std::string& EditHistory::redoLabel() const {
    return m_undone.empty() ? kNothing : m_undone.back().label;
}

bool EditHistory::modified() const {
    if (m_done.size() != m_savedCount) return true;
    return m_savedCount > 0 && m_serials[m_savedCount - 1] != m_savedSerial;
}

void EditHistory::markSaved() {
    m_savedCount = m_done.size();
    m_savedSerial = m_serials.empty() ? 0 : m_serials.back();
}

void EditHistory::clear() {
    *this = EditHistory();
}

} // namespace tieline::core::edit
