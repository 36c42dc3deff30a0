// Helpers shared by the table readers: dates, ids, colours, references and spans. Core: no GL.
#include "core/io/detail/load_context.hpp"

namespace tieline::core::io {

bool isKebabId(std::string_view text) {
    if (text.empty() || text.front() == '-' || text.back() == '-') return false;
    char previous = 0;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-')) return false;
        previous = c;
    }
    return true;
}

std::optional<calendar::Date> LoadContext::dateValue(const json& value, const std::string& ptr) {
    if (!value.is_string()) {
        check.error(ptr, "expected a date string like \"1956-08-30\", found " + describeJson(value));
        return std::nullopt;
    }
    const auto& text = value.get_ref<const std::string&>();
    std::string why;
    auto date = calendar::parseDate(text, &why);
    if (!date) check.error(ptr, "invalid date " + inQuotes(text) + ": expected " + why);
    return date;
}

std::optional<calendar::Date> LoadContext::date(const json& obj, const std::string& ptr, const char* key,
                                                bool required) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            check.error(JsonChecker::child(ptr, key),
                        std::string("missing required member \"") + key + "\" (expected a date)");
        return std::nullopt;
    }
    return dateValue(*it, JsonChecker::child(ptr, key));
}

std::string LoadContext::id(const json& obj, const std::string& ptr) {
    const json* v = check.string(obj, ptr, "id", true);
    if (!v) return {};
    const auto& text = v->get_ref<const std::string&>();
    if (!isKebabId(text)) {
        check.error(
            JsonChecker::child(ptr, "id"),
            "expected a kebab-case id (lowercase ASCII letters and digits joined by single '-'), found " +
                inQuotes(text));
        return {};
    }
    return text;
}

std::optional<model::Confidence> LoadContext::confidence(const json& obj, const std::string& ptr,
                                                         bool required) {
    const json* v = check.string(obj, ptr, "confidence", required);
    if (!v) return std::nullopt;
    const auto c = model::parseConfidence(v->get<std::string>());
    if (!c)
        check.error(JsonChecker::child(ptr, "confidence"),
                    "expected one of high, medium, low, contested, found " + inQuotes(v->get<std::string>()));
    return c;
}

model::Rgb LoadContext::color(const json& obj, const std::string& ptr, const char* key, model::Rgb fallback) {
    const json* v = check.string(obj, ptr, key, false);
    if (!v) return fallback;
    const auto& text = v->get_ref<const std::string&>();
    model::Rgb value = 0;
    bool ok = text.size() == 7 && text[0] == '#';
    for (std::size_t i = 1; ok && i < 7; ++i) {
        const char c = text[i];
        const int digit = (c >= '0' && c <= '9')   ? c - '0'
                          : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                          : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                   : -1;
        ok = digit >= 0;
        value = value * 16 + static_cast<model::Rgb>(digit < 0 ? 0 : digit);
    }
    if (!ok) {
        check.error(JsonChecker::child(ptr, key),
                    "expected a colour like \"#0072B2\", found " + inQuotes(text));
        return fallback;
    }
    return value;
}

std::vector<std::string> LoadContext::strings(const json& obj, const std::string& ptr, const char* key) {
    std::vector<std::string> out;
    forEachElement(obj, ptr, key, [&](const json& item, const std::string& itemPtr) {
        if (item.is_string())
            out.push_back(item.get<std::string>());
        else
            check.error(itemPtr, "expected a string, found " + describeJson(item));
    });
    return out;
}

template <class IdT, class Map>
std::vector<IdT> LoadContext::refs(const json& obj, const std::string& ptr, const char* key, const Map& map,
                                   const char* what) {
    std::vector<IdT> out;
    const auto keys = strings(obj, ptr, key);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const IdT id = resolve<IdT>(map, keys[i], JsonChecker::child(JsonChecker::child(ptr, key), i), what);
        if (id.valid()) out.push_back(id);
    }
    return out;
}

std::vector<model::SourceId> LoadContext::sourceRefs(const json& obj, const std::string& ptr,
                                                     const char* key) {
    return refs<model::SourceId>(obj, ptr, key, data.sourceByKey, "source");
}

std::vector<model::ActorId> LoadContext::actorRefs(const json& obj, const std::string& ptr, const char* key) {
    return refs<model::ActorId>(obj, ptr, key, data.actorByKey, "actor");
}

std::vector<calendar::Span> LoadContext::spans(const json& obj, const std::string& ptr, bool required) {
    std::vector<calendar::Span> out;
    const json* arr = check.array(obj, ptr, "spans", required);
    if (!arr) return out;
    const std::string arrPtr = JsonChecker::child(ptr, "spans");
    if (arr->empty() && required) check.error(arrPtr, "expected at least one span, found an empty array");
    std::vector<std::pair<calendar::ResolvedSpan, std::size_t>> resolved;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const std::string spanPtr = JsonChecker::child(arrPtr, i);
        const json& item = (*arr)[i];
        if (!check.expectObject(item, spanPtr, "a span {\"start\": ..., \"end\": ...}")) continue;
        check.knownMembers(item, spanPtr, {"start", "end"});
        calendar::Span span;
        span.start = date(item, spanPtr, "start", false);
        span.end = date(item, spanPtr, "end", false);
        if ((item.contains("start") && !span.start) || (item.contains("end") && !span.end)) continue;
        const calendar::ResolvedSpan r = resolveSpan(span, data.meta.start, data.meta.end);
        if (r.end <= r.begin) {
            const std::string startText = span.start ? span.start->toString() : "the dataset's start";
            const std::string endText = span.end ? span.end->toString() : "the dataset's end";
            check.error(span.end ? JsonChecker::child(spanPtr, "end") : spanPtr,
                        "span ends (" + endText + ") before it starts (" + startText + ")");
            continue;
        }
        for (const auto& [other, j] : resolved) {
            if (r.begin < other.end && other.begin < r.end) {
                check.error(spanPtr, "span overlaps span " + std::to_string(j) + " of the same list");
                break;
            }
        }
        resolved.push_back({r, i});
        out.push_back(span);
    }
    return out;
}

} // namespace tieline::core::io
