// Typed JSON access with located diagnostics (see json_checker.hpp). Core: no GL.
#include "core/io/json_checker.hpp"

namespace tieline::core::io {

std::string describeJson(const json& value) {
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "a number (" + value.dump().substr(0, 40) + ")";
    case json::value_t::string:
        return "a string (" + inQuotes(value.get_ref<const std::string&>()) + ")";
    case json::value_t::array:
        return "an array";
    case json::value_t::object:
        return "an object";
    default:
        break;
    }
    return "an unsupported value";
}

TextPos JsonChecker::positionOf(std::string pointer) const {
    while (true) {
        if (const TextPos* at = m_positions.find(pointer)) return *at;
        const auto slash = pointer.rfind('/');
        if (slash == std::string::npos) return {0, 0};
        pointer.resize(slash);
    }
}

void JsonChecker::report(Severity severity, const std::string& pointer, std::string message) {
    const TextPos pos = positionOf(pointer);
    m_out.add({severity, m_file, pos.line, pos.column, pointer, std::move(message)}, m_cap);
}

void JsonChecker::error(const std::string& pointer, std::string message) {
    report(Severity::Error, pointer, std::move(message));
}

void JsonChecker::warning(const std::string& pointer, std::string message) {
    report(Severity::Warning, pointer, std::move(message));
}

const json* JsonChecker::typed(const json& obj, const std::string& ptr, const char* key, bool required,
                               const char* expected, bool (*ok)(const json&)) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            error(child(ptr, key),
                  std::string("missing required member \"") + key + "\" (expected " + expected + ")");
        return nullptr;
    }
    if (!ok(*it)) {
        error(child(ptr, key), std::string("expected ") + expected + ", found " + describeJson(*it));
        return nullptr;
    }
    return &*it;
}

const json* JsonChecker::string(const json& obj, const std::string& ptr, const char* key, bool required) {
    return typed(obj, ptr, key, required, "a string", [](const json& v) { return v.is_string(); });
}
const json* JsonChecker::number(const json& obj, const std::string& ptr, const char* key, bool required) {
    return typed(obj, ptr, key, required, "a number", [](const json& v) { return v.is_number(); });
}
const json* JsonChecker::boolean(const json& obj, const std::string& ptr, const char* key, bool required) {
    return typed(obj, ptr, key, required, "true or false", [](const json& v) { return v.is_boolean(); });
}
const json* JsonChecker::array(const json& obj, const std::string& ptr, const char* key, bool required) {
    return typed(obj, ptr, key, required, "an array", [](const json& v) { return v.is_array(); });
}
const json* JsonChecker::object(const json& obj, const std::string& ptr, const char* key, bool required) {
    return typed(obj, ptr, key, required, "an object", [](const json& v) { return v.is_object(); });
}

std::string JsonChecker::text(const json& obj, const std::string& ptr, const char* key, bool required) {
    const json* v = string(obj, ptr, key, required);
    return v ? v->get<std::string>() : std::string();
}

void JsonChecker::knownMembers(const json& obj, const std::string& ptr,
                               std::initializer_list<const char*> known) {
    for (const auto& [key, value] : obj.items()) {
        if (key.rfind("x-", 0) == 0) continue;
        bool found = false;
        for (const char* k : known)
            found = found || key == k;
        if (!found) warning(child(ptr, key.c_str()), "unknown member " + inQuotes(key) + " is ignored");
    }
}

bool JsonChecker::expectObject(const json& value, const std::string& ptr, const char* what) {
    if (value.is_object()) return true;
    error(ptr, std::string("expected ") + what + " (an object), found " + describeJson(value));
    return false;
}

} // namespace tieline::core::io
