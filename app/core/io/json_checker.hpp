// Typed access to a parsed JSON document that reports every mismatch as a Diagnostic with its
// file:line:column and JSON pointer, instead of throwing. Internal to io/.
#pragma once

#include "core/io/diagnostic.hpp"
#include "core/io/json_reader.hpp"
#include "core/io/lazy_positions.hpp"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>

namespace tieline::core::io {

using nlohmann::json;

// "a string", "a number (42)", "an object"... for "expected X, found Y" messages.
std::string describeJson(const json& value);

class JsonChecker {
  public:
    JsonChecker(const LazyPositions& positions, Diagnostics& out, std::string file, std::size_t cap)
        : m_positions(positions), m_out(out), m_file(std::move(file)), m_cap(cap) {}

    void error(const std::string& pointer, std::string message);
    void warning(const std::string& pointer, std::string message);

    // A member of an object, checked for presence (when required) and JSON type. Returns null when
    // absent or of the wrong type (and reports it).
    const json* string(const json& obj, const std::string& ptr, const char* key, bool required);
    const json* number(const json& obj, const std::string& ptr, const char* key, bool required);
    const json* boolean(const json& obj, const std::string& ptr, const char* key, bool required);
    const json* array(const json& obj, const std::string& ptr, const char* key, bool required);
    const json* object(const json& obj, const std::string& ptr, const char* key, bool required);

    // Convenience: the string value, or "" when absent or wrong.
    std::string text(const json& obj, const std::string& ptr, const char* key, bool required = false);

    // Warns about members not in `known`; members named x-... are extensions and pass silently.
    void knownMembers(const json& obj, const std::string& ptr, std::initializer_list<const char*> known);

    // True (and reports when not) if the value at ptr has the given kind.
    bool expectObject(const json& value, const std::string& ptr, const char* what);

    static std::string child(const std::string& ptr, const char* key) {
        return ptr + "/" + pointerToken(key);
    }
    static std::string child(const std::string& ptr, std::size_t index) {
        return ptr + "/" + std::to_string(index);
    }
    static std::string child(const std::string& ptr, int index) { return ptr + "/" + std::to_string(index); }

  private:
    const LazyPositions& m_positions;
    Diagnostics& m_out;
    std::string m_file;
    std::size_t m_cap;

    void report(Severity severity, const std::string& pointer, std::string message);
    TextPos positionOf(std::string pointer) const;
    const json* typed(const json& obj, const std::string& ptr, const char* key, bool required,
                      const char* expected, bool (*ok)(const json&));
};

} // namespace tieline::core::io
