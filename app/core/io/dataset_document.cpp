// The lossless save: the writer's JSON of the dataset as loaded (A) and as edited (B) are compared
// value by value, walking the file's own tree (D, with each value's byte span) alongside; every
// difference becomes a patch of D's bytes. Core: no GL.
#include "core/io/dataset_document.hpp"
#include "core/io/dataset_loader.hpp"

#include "core/io/detail/entity_json.hpp"
#include "core/io/json_reader.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace tieline::core::io {

namespace {

using entity::ordered_json;
using nlohmann::json;

struct Patch {
    std::size_t begin = 0, end = 0; // bytes replaced (begin == end: an insertion)
    std::string text;
};

std::string childPointer(const std::string& ptr, const std::string& key) {
    return ptr + "/" + pointerToken(key);
}
std::string childPointer(const std::string& ptr, std::size_t index) {
    return ptr + "/" + std::to_string(index);
}

} // namespace

struct DatasetDocument::State {
    std::string text;
    // Parsed with byte spans on first use (a save), not when the file is opened: opening a large
    // dataset does not pay for it.
    mutable bool parsed = false, parseable = false;
    mutable json root;
    mutable SpanIndex spans;
    mutable std::vector<std::size_t> newlines; // where each '\n' is, in order
    mutable std::string unit = "  ";
    mutable std::string eol = "\n";

    bool parse() const {
        if (parsed) return parseable;
        parsed = true;
        PositionIndex positions;
        JsonReadError error;
        parseable = readJson(text, JsonLimits{}, root, positions, error, &spans) && root.is_object();
        for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1))
            newlines.push_back(i);
        if (parseable) detectStyle();
        return parseable;
    }

    const ByteSpan& span(const std::string& ptr) const { return spans.at(ptr); }
    bool inlineAt(const std::string& ptr) const {
        const ByteSpan& s = span(ptr);
        const auto next = std::lower_bound(newlines.begin(), newlines.end(), s.begin);
        return next == newlines.end() || *next >= s.end;
    }
    // The leading whitespace of the line holding byte `pos`.
    std::string indentAt(std::size_t pos) const {
        const auto after = std::lower_bound(newlines.begin(), newlines.end(), pos);
        std::size_t start = after == newlines.begin() ? 0 : *(after - 1) + 1;
        std::size_t end = start;
        while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
            ++end;
        return text.substr(start, end - start);
    }

    void detectStyle() const {
        const std::size_t nl = text.find('\n');
        eol = (nl != std::string::npos && nl > 0 && text[nl - 1] == '\r') ? "\r\n" : "\n";
        // The indentation of the root's first member (on its own line) is one unit.
        if (root.is_object() && !root.empty()) {
            std::size_t first = std::string::npos;
            for (auto it = root.begin(); it != root.end(); ++it)
                first = std::min(first, span(childPointer("", it.key())).keyBegin);
            if (first != std::string::npos && text.find('\n', span("").begin) < first) {
                const std::string indent = indentAt(first);
                if (!indent.empty()) unit = indent;
            }
        }
    }

    // ---- rendering a new value in the file's style ----

    static std::string scalar(const ordered_json& v) {
        return v.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    }

    // `sample`: a value of the file with the same shape (the value replaced, or a sibling item), whose
    // layout the new value copies: containers written on one line there are written on one line.
    std::string render(const ordered_json& v, const std::string& indent, const json* sample,
                       const std::string& samplePtr, bool oneLine) const {
        if (!v.is_object() && !v.is_array()) return scalar(v);
        if (v.empty()) return v.is_object() ? "{}" : "[]";
        if (sample && (sample->is_object() || sample->is_array()) && spans.contains(samplePtr) &&
            inlineAt(samplePtr))
            oneLine = true;
        const std::string inner = indent + unit;
        std::string out(1, v.is_object() ? '{' : '[');
        std::size_t k = 0;
        for (auto it = v.begin(); it != v.end(); ++it, ++k) {
            if (k > 0) out += oneLine ? ", " : ",";
            if (!oneLine) out += eol + inner;
            const json* childSample = nullptr;
            std::string childPtr;
            if (sample && v.is_object() && sample->is_object()) {
                const auto s = sample->find(it.key());
                if (s != sample->end()) {
                    childSample = &*s;
                    childPtr = childPointer(samplePtr, it.key());
                }
            } else if (sample && v.is_array() && sample->is_array() && !sample->empty()) {
                const std::size_t j = std::min(k, sample->size() - 1);
                childSample = &(*sample)[j];
                childPtr = childPointer(samplePtr, j);
            }
            if (v.is_object()) out += scalar(ordered_json(it.key())) + ": ";
            out += render(*it, inner, childSample, childPtr, oneLine);
        }
        if (!oneLine) out += eol + indent;
        out += v.is_object() ? '}' : ']';
        return out;
    }

    // ---- the comparison ----

    void replaceValue(const ordered_json& b, const json& d, const std::string& ptr,
                      std::vector<Patch>& out) const {
        const ByteSpan& s = span(ptr);
        out.push_back({s.begin, s.end, render(b, indentAt(s.keyBegin), &d, ptr, false)});
    }

    void diffValue(const ordered_json& a, const ordered_json& b, const json& d, const std::string& ptr,
                   std::vector<Patch>& out) const {
        if (a == b) return;
        if (a.is_object() && b.is_object() && d.is_object()) return diffObject(a, b, d, ptr, out);
        if (a.is_array() && b.is_array() && d.is_array() && a.size() == d.size())
            return diffArray(a, b, d, ptr, out);
        replaceValue(b, d, ptr, out);
    }

    // D's members in file order.
    std::vector<std::string> membersInOrder(const json& d, const std::string& ptr) const {
        std::vector<std::pair<std::size_t, std::string>> keyed;
        for (auto it = d.begin(); it != d.end(); ++it)
            keyed.push_back({span(childPointer(ptr, it.key())).keyBegin, it.key()});
        std::sort(keyed.begin(), keyed.end());
        std::vector<std::string> keys;
        for (auto& [pos, key] : keyed)
            keys.push_back(std::move(key));
        return keys;
    }

    void diffObject(const ordered_json& a, const ordered_json& b, const json& d, const std::string& ptr,
                    std::vector<Patch>& out) const {
        const std::vector<std::string> order = membersInOrder(d, ptr);
        std::set<std::string> removed;
        std::vector<std::string> added;
        for (auto it = b.begin(); it != b.end(); ++it) {
            const auto inA = a.find(it.key());
            if (inA != a.end() && *inA == *it) continue;
            const auto inD = d.find(it.key());
            if (inD == d.end())
                added.push_back(it.key());
            else if (inA != a.end())
                diffValue(*inA, *it, *inD, childPointer(ptr, it.key()), out);
            else
                replaceValue(*it, *inD, childPointer(ptr, it.key()), out);
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!b.contains(it.key()) && d.contains(it.key())) removed.insert(it.key());
        if (removed.empty() && added.empty()) return;
        std::vector<bool> gone(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            gone[i] = removed.contains(order[i]);
        std::vector<std::string> addedText;
        const bool oneLine = inlineAt(ptr);
        const std::string indent = order.empty() ? indentAt(span(ptr).begin) + unit
                                                 : indentAt(span(childPointer(ptr, order[0])).keyBegin);
        for (const std::string& key : added)
            addedText.push_back(scalar(ordered_json(key)) + ": " +
                                render(b[key], indent, nullptr, "", oneLine));
        std::vector<std::string> pointers;
        for (const std::string& key : order)
            pointers.push_back(childPointer(ptr, key));
        editItems(ptr, pointers, gone, {{order.size(), addedText}}, oneLine, out);
    }

    // Removes the items marked gone and inserts new ones after item `anchor` (order.size(): at the
    // end; -1 as size_t max: at the front) in a container at `ptr` whose items are at `pointers`.
    void editItems(const std::string& ptr, const std::vector<std::string>& pointers,
                   const std::vector<bool>& gone,
                   const std::map<std::size_t, std::vector<std::string>>& inserts, bool oneLine,
                   std::vector<Patch>& out) const {
        const ByteSpan& container = span(ptr);
        const std::size_t n = pointers.size();
        const bool allGone = n > 0 && std::all_of(gone.begin(), gone.end(), [](bool g) { return g; });
        const std::string outer = indentAt(container.keyBegin);
        const std::string itemIndent = n > 0 ? indentAt(span(pointers[0]).keyBegin) : outer + unit;
        const std::string sep = oneLine ? ", " : "," + eol + itemIndent;
        if (n == 0 || allGone) {
            // Rewrite the inside of the container: the new items alone.
            std::vector<std::string> items;
            for (const auto& [anchor, texts] : inserts)
                items.insert(items.end(), texts.begin(), texts.end());
            std::string inside;
            for (std::size_t k = 0; k < items.size(); ++k)
                inside += (k == 0 ? "" : sep) + items[k];
            if (!items.empty() && !oneLine) inside = eol + itemIndent + inside + eol + outer;
            out.push_back({container.begin + 1, container.end - 1, inside});
            return;
        }
        // Runs of removed items: with the comma and line break that follow them, or, for a run that
        // ends the container, with the comma and line break before them.
        for (std::size_t i = 0; i < n;) {
            if (!gone[i]) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j + 1 < n && gone[j + 1])
                ++j;
            if (j + 1 < n)
                out.push_back({span(pointers[i]).keyBegin, span(pointers[j + 1]).keyBegin, ""});
            else
                out.push_back({span(pointers[i - 1]).end, span(pointers[j]).end, ""});
            i = j + 1;
        }
        for (const auto& [anchor, texts] : inserts) {
            if (texts.empty()) continue;
            std::string joined;
            for (const std::string& t : texts)
                joined += sep + t;
            if (anchor == std::size_t(-1)) {
                // Before the first item still there.
                std::size_t first = 0;
                while (gone[first])
                    ++first;
                out.push_back({span(pointers[first]).keyBegin, span(pointers[first]).keyBegin,
                               joined.substr(sep.size()) + sep});
            } else {
                // After the anchor (or the last item kept before it).
                std::size_t at = std::min(anchor, n - 1);
                while (at > 0 && gone[at])
                    --at;
                if (gone[at]) {
                    std::size_t first = 0;
                    while (gone[first])
                        ++first;
                    out.push_back({span(pointers[first]).keyBegin, span(pointers[first]).keyBegin,
                                   joined.substr(sep.size()) + sep});
                } else {
                    out.push_back({span(pointers[at]).end, span(pointers[at]).end, joined});
                }
            }
        }
    }

    static bool keyed(const ordered_json& arr) {
        std::set<std::string> seen;
        for (const ordered_json& item : arr) {
            if (!item.is_object()) return false;
            const auto id = item.find("id");
            if (id == item.end() || !id->is_string() || !seen.insert(id->get<std::string>()).second)
                return false;
        }
        return true;
    }

    // Arrays whose items have ids are matched by id (a table); others by position: the common head and
    // tail, then item by item in between.
    void diffArray(const ordered_json& a, const ordered_json& b, const json& d, const std::string& ptr,
                   std::vector<Patch>& out) const {
        std::vector<std::pair<std::size_t, std::size_t>> pairs; // (index in a = in d, index in b)
        if (keyed(a) && keyed(b) && !a.empty()) {
            std::map<std::string, std::size_t> inA;
            for (std::size_t i = 0; i < a.size(); ++i)
                inA[a[i]["id"].get<std::string>()] = i;
            for (std::size_t j = 0; j < b.size(); ++j) {
                const auto it = inA.find(b[j]["id"].get<std::string>());
                if (it == inA.end()) continue;
                if (!pairs.empty() && it->second <= pairs.back().first) return replaceValue(b, d, ptr, out);
                pairs.push_back({it->second, j});
            }
        } else {
            std::size_t head = 0;
            while (head < a.size() && head < b.size() && a[head] == b[head])
                ++head;
            std::size_t tail = 0;
            while (tail < a.size() - head && tail < b.size() - head &&
                   a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
                ++tail;
            for (std::size_t i = 0; i < head; ++i)
                pairs.push_back({i, i});
            const std::size_t middle = std::min(a.size() - head - tail, b.size() - head - tail);
            for (std::size_t k = 0; k < middle; ++k)
                pairs.push_back({head + k, head + k});
            for (std::size_t k = tail; k > 0; --k)
                pairs.push_back({a.size() - k, b.size() - k});
        }
        std::vector<bool> gone(a.size(), true);
        for (const auto& [i, j] : pairs) {
            gone[i] = false;
            diffValue(a[i], b[j], d[i], childPointer(ptr, i), out);
        }
        // New items go after the item matched before them.
        std::map<std::size_t, std::vector<std::string>> inserts;
        const bool oneLine = inlineAt(ptr);
        const std::string indent =
            a.empty() ? indentAt(span(ptr).keyBegin) + unit : indentAt(span(childPointer(ptr, 0)).keyBegin);
        std::size_t p = 0;
        std::size_t anchor = std::size_t(-1);
        for (std::size_t j = 0; j < b.size(); ++j) {
            if (p < pairs.size() && pairs[p].second == j) {
                anchor = pairs[p].first;
                ++p;
                continue;
            }
            // The nearest item of the file is the layout to copy.
            const std::size_t near =
                d.empty() ? 0 : std::min(anchor == std::size_t(-1) ? 0 : anchor, d.size() - 1);
            const json* sample = d.empty() ? nullptr : &d[near];
            inserts[anchor].push_back(render(b[j], indent, sample, childPointer(ptr, near), oneLine));
        }
        std::vector<std::string> pointers;
        for (std::size_t i = 0; i < a.size(); ++i)
            pointers.push_back(childPointer(ptr, i));
        if (std::none_of(gone.begin(), gone.end(), [](bool g) { return g; }) && inserts.empty()) return;
        editItems(ptr, pointers, gone, inserts, oneLine, out);
    }
};

DatasetDocument::DatasetDocument() = default;
DatasetDocument::~DatasetDocument() = default;
DatasetDocument::DatasetDocument(DatasetDocument&&) noexcept = default;
DatasetDocument& DatasetDocument::operator=(DatasetDocument&&) noexcept = default;

bool DatasetDocument::open(std::string text, std::string& why) {
    // Only a JSON object can be patched; the rest of the parse waits for the first save.
    const std::size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first == std::string::npos || text[first] != '{') {
        why = "the file is not a JSON object";
        return false;
    }
    auto state = std::make_unique<State>();
    state->text = std::move(text);
    m_state = std::move(state);
    return true;
}

bool DatasetDocument::isOpen() const {
    return m_state != nullptr;
}

std::string DatasetDocument::render(const model::Dataset& current) const {
    const State& s = *m_state;
    // Text that does not read as JSON after all (it loaded, so this should not happen): written anew.
    if (!s.parse())
        return entity::dataset(current).dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
    // The dataset as loaded, loaded again from the text rather than kept: 29 MB at 20,000 actors,
    // for the whole session, against a load's time (0.6 s there) at each save.
    const LoadResult loaded = loadDatasetText(s.text, "", LoadOptions{});
    if (!loaded.dataset)
        return entity::dataset(current).dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
    const ordered_json a = entity::dataset(*loaded.dataset);
    const ordered_json b = entity::dataset(current);
    std::vector<Patch> patches;
    s.diffValue(a, b, s.root, "", patches);
    if (patches.empty()) return s.text;
    // In file order (at one offset, an insertion before a removal), copied around in one pass.
    std::stable_sort(patches.begin(), patches.end(), [](const Patch& x, const Patch& y) {
        if (x.begin != y.begin) return x.begin < y.begin;
        return (x.end == x.begin) && (y.end > y.begin);
    });
    std::string text;
    text.reserve(s.text.size() + 4096);
    std::size_t at = 0;
    for (const Patch& p : patches) {
        if (p.begin > at) text.append(s.text, at, p.begin - at);
        text += p.text;
        at = std::max(at, p.end);
    }
    text.append(s.text, at, std::string::npos);
    return text;
}

bool DatasetDocument::rebase(std::string text, std::string& why) {
    return open(std::move(text), why);
}

const std::string& DatasetDocument::text() const {
    return m_state->text;
}
const std::string& DatasetDocument::indentUnit() const {
    m_state->parse();
    return m_state->unit;
}
const std::string& DatasetDocument::lineEnding() const {
    m_state->parse();
    return m_state->eol;
}

} // namespace tieline::core::io
