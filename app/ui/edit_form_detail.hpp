// Internal to the editor's forms (edit_forms.cpp, edit_new_items.cpp): the small text helpers and the
// result constructors both use. Not for other layers: ui/edit_forms.hpp is the interface.
#pragma once

#include "ui/edit_forms.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace tieline::ui::edit_form_detail {

using core::calendar::Date;
using core::calendar::Span;
using core::edit::Edit;
using core::edit::Table;
using core::edit::Target;
using core::model::Dataset;

inline std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// Splits on `sep`, trimming each part; empty parts are dropped when `dropEmpty`.
inline std::vector<std::string_view> split(std::string_view text, char sep, bool dropEmpty = true) {
    std::vector<std::string_view> out;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t at = text.find(sep, from);
        const std::string_view part =
            trim(text.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (!part.empty() || !dropEmpty) out.push_back(part);
        if (at == std::string_view::npos) break;
        from = at + 1;
    }
    return out;
}

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

inline Built fail(std::string why) {
    Built b;
    b.error = std::move(why);
    return b;
}

inline Built made(Edit edit) {
    Built b;
    b.edit = std::move(edit);
    return b;
}

// The item unchanged: nothing to commit (no edit, no error).
inline Built nothing() {
    return {};
}

// Ids from a comma list, resolved with `find`; the first unknown one is named in `why`.
template <class Id, class Find>
bool parseIds(std::string_view text, const char* what, Find find, std::vector<Id>& out, std::string& why) {
    out.clear();
    for (const std::string& key : parseList(text)) {
        const std::optional<Id> id = find(key);
        if (!id) {
            why = std::string("no ") + what + " with id '" + key + "'";
            return false;
        }
        out.push_back(*id);
    }
    return true;
}

inline std::vector<std::string> actorKeys(const Dataset& data, const std::vector<core::model::ActorId>& ids) {
    std::vector<std::string> out;
    for (const core::model::ActorId id : ids)
        out.push_back(data.actor(id).key);
    return out;
}

inline std::vector<std::string> sourceKeys(const Dataset& data,
                                           const std::vector<core::model::SourceId>& ids) {
    std::vector<std::string> out;
    for (const core::model::SourceId id : ids)
        out.push_back(data.source(id).key);
    return out;
}

inline bool parseOneDate(std::string_view text, Date& out, std::string& why) {
    std::string reason;
    const std::optional<Date> d = core::calendar::parseDate(trim(text), &reason);
    if (!d) {
        why = "'" + std::string(trim(text)) +
              "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD, ~ for about): " + reason;
        return false;
    }
    out = *d;
    return true;
}

inline std::optional<core::model::Confidence> confidenceOf(std::string_view text, std::string& why) {
    const auto c = core::model::parseConfidence(trim(text));
    if (!c) why = "confidence is one of high, medium, low, contested";
    return c;
}

} // namespace tieline::ui::edit_form_detail
