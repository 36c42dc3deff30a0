// Strict, position-recording JSON reader (see json_reader.hpp). Core: no GL.
#include "core/io/json_reader.hpp"

#include "core/io/utf8.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

namespace tieline::core::io {

using nlohmann::json;

std::string pointerToken(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

namespace {

struct Failure {};

class Reader {
  public:
    Reader(std::string_view text, const JsonLimits& limits, PositionIndex* positions, JsonReadError& error,
           SpanIndex* spans)
        : m_text(text), m_limits(limits), m_positions(positions), m_error(error), m_spans(spans) {}

    void readDocument(json& out) {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_i = 3; // a UTF-8 byte-order mark
        if (const char* encoding = otherEncodingBom(m_text))
            fail(std::string("the file is ") + encoding +
                 " (it starts with that byte order mark): tieline reads JSON as UTF-8; convert it, "
                 "e.g. iconv -f UTF-16 -t UTF-8");
        skipSpace();
        if (atEnd()) fail("expected a JSON value, found the end of the file (the file is empty)");
        readValue(out, 0);
        skipSpace();
        if (!atEnd()) fail("expected the end of the file after the top-level value, found " + describeHere());
    }

  private:
    std::string_view m_text;
    const JsonLimits& m_limits;
    PositionIndex* m_positions; // null: positions not recorded
    JsonReadError& m_error;
    SpanIndex* m_spans = nullptr;
    std::size_t m_keyBegin = std::string_view::npos; // the member name's start, for the value read next
    std::size_t m_i = 0;
    int m_line = 1;
    int m_column = 1;
    std::string m_pointer;

    bool atEnd() const { return m_i >= m_text.size(); }
    char peek() const { return m_text[m_i]; }
    TextPos here() const { return {m_line, m_column}; }

    [[noreturn]] void fail(std::string message) { failAt(here(), std::move(message)); }
    [[noreturn]] void failAt(TextPos pos, std::string message) {
        m_error.pos = pos;
        m_error.pointer = m_pointer;
        m_error.message = std::move(message);
        throw Failure{};
    }

    // Advances one byte; columns count code points, so continuation bytes do not advance them.
    void advance() {
        const unsigned char c = static_cast<unsigned char>(m_text[m_i++]);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++m_column;
        }
    }

    std::string describeHere() const {
        if (atEnd()) return "the end of the file";
        const unsigned char c = static_cast<unsigned char>(peek());
        if (c >= 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
        char buf[16];
        std::snprintf(buf, sizeof buf, "byte 0x%02X", c);
        return buf;
    }

    void skipSpace() {
        while (!atEnd()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                advance();
            else
                break;
        }
    }

    void expect(char c, const char* what) {
        if (atEnd() || peek() != c) fail(std::string("expected ") + what + ", found " + describeHere());
        advance();
    }

    void readValue(json& out, std::size_t depth) {
        if (!m_spans) return readAnyValue(out, depth);
        const std::size_t begin = m_i;
        const std::size_t keyBegin = m_keyBegin == std::string_view::npos ? begin : m_keyBegin;
        m_keyBegin = std::string_view::npos;
        const std::string pointer = m_pointer;
        readAnyValue(out, depth);
        (*m_spans)[pointer] = ByteSpan{begin, m_i, keyBegin};
    }

    void readAnyValue(json& out, std::size_t depth) {
        if (m_positions && !m_spans) (*m_positions)[m_pointer] = here(); // with spans, not needed
        if (atEnd()) fail("expected a JSON value, found the end of the file");
        switch (peek()) {
        case '{':
            readObject(out, depth + 1);
            return;
        case '[':
            readArray(out, depth + 1);
            return;
        case '"': {
            std::string s;
            readString(s);
            out = std::move(s);
            return;
        }
        case 't':
            readWord("true");
            out = true;
            return;
        case 'f':
            readWord("false");
            out = false;
            return;
        case 'n':
            readWord("null");
            out = nullptr;
            return;
        default:
            break;
        }
        if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
            readNumber(out);
            return;
        }
        if (m_text.substr(m_i, 3) == "NaN" || m_text.substr(m_i, 8) == "Infinity")
            fail("expected a JSON value, found " + std::string(m_text.substr(m_i, peek() == 'N' ? 3 : 8)) +
                 " (JSON has no NaN or Infinity)");
        fail("expected a JSON value (object, array, string, number, true, false or null), found " +
             describeHere());
    }

    void readWord(std::string_view word) {
        if (m_text.substr(m_i, word.size()) != word) fail("expected a JSON value, found " + describeHere());
        for (std::size_t k = 0; k < word.size(); ++k)
            advance();
    }

    void checkDepth(std::size_t depth) {
        if (depth > m_limits.maxDepth)
            fail("nesting deeper than " + std::to_string(m_limits.maxDepth) + " levels");
    }

    // After an object member or array element: true when `close` ends the container (consumed),
    // false when a ',' announces another item.
    bool closesAfterItem(char close, const char* item, const char* next) {
        const auto expected = [&] { return std::string("expected ',' or '") + close + "' after " + item; };
        skipSpace();
        if (atEnd()) fail(expected() + ", found the end of the file");
        if (peek() == ',') {
            advance();
            skipSpace();
            if (!atEnd() && peek() == close)
                fail(std::string("expected another ") + next + " after ',', found '" + close +
                     "' (trailing comma)");
            return false;
        }
        if (peek() == close) {
            advance();
            return true;
        }
        fail(expected() + ", found " + describeHere());
    }

    void readObject(json& out, std::size_t depth) {
        checkDepth(depth);
        out = json::object();
        advance(); // '{'
        skipSpace();
        if (!atEnd() && peek() == '}') {
            advance();
            return;
        }
        while (true) {
            skipSpace();
            const TextPos keyPos = here();
            const std::size_t keyBegin = m_i;
            if (atEnd() || peek() != '"')
                fail("expected a member name in double quotes, found " + describeHere());
            std::string key;
            readString(key);
            if (out.contains(key)) failAt(keyPos, "duplicate key \"" + key + "\" in one object");
            skipSpace();
            expect(':', "':' after a member name");
            skipSpace();
            const std::size_t saved = m_pointer.size();
            m_pointer += '/';
            m_pointer += pointerToken(key);
            json& slot = out[key];
            m_keyBegin = keyBegin;
            readValue(slot, depth);
            m_pointer.resize(saved);
            if (closesAfterItem('}', "an object member", "member")) return;
        }
    }

    void readArray(json& out, std::size_t depth) {
        checkDepth(depth);
        out = json::array();
        advance(); // '['
        skipSpace();
        if (!atEnd() && peek() == ']') {
            advance();
            return;
        }
        for (std::size_t index = 0;; ++index) {
            skipSpace();
            const std::size_t saved = m_pointer.size();
            m_pointer += '/';
            m_pointer += std::to_string(index);
            out.push_back(nullptr);
            readValue(out.back(), depth);
            m_pointer.resize(saved);
            if (closesAfterItem(']', "an array element", "element")) return;
        }
    }

    unsigned readHex4() {
        unsigned value = 0;
        for (int k = 0; k < 4; ++k) {
            if (atEnd()) fail("expected 4 hex digits after \\u, found the end of the file");
            const char c = peek();
            unsigned digit;
            if (c >= '0' && c <= '9')
                digit = static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                digit = static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                digit = static_cast<unsigned>(c - 'A' + 10);
            else
                fail("expected 4 hex digits after \\u, found " + describeHere());
            value = value * 16 + digit;
            advance();
        }
        return value;
    }

    // Copies one UTF-8 encoded character, rejecting overlong forms, surrogates and stray bytes.
    void copyUtf8Char(std::string& s) {
        const TextPos pos = here();
        const Utf8Char c = decodeUtf8(m_text, m_i);
        switch (c.error) {
        case Utf8Error::None:
            break;
        case Utf8Error::BadLeadByte:
            failAt(pos, "invalid UTF-8: unexpected " + describeHere());
        case Utf8Error::Truncated:
            failAt(pos, "invalid UTF-8: a character is cut off by the end of the file");
        case Utf8Error::BadContinuation:
            failAt(pos, "invalid UTF-8: a multi-byte character is incomplete");
        case Utf8Error::BadValue:
            failAt(pos, "invalid UTF-8: an overlong, surrogate or out-of-range character");
        }
        for (std::size_t k = 0; k < c.length; ++k) {
            s += m_text[m_i];
            advance();
        }
    }

    // One escape after a backslash (at the backslash); `start` is the string's opening quote.
    void readEscape(std::string& s, TextPos start) {
        advance();
        if (atEnd()) failAt(start, "unterminated string: expected a closing '\"' before the end of the file");
        const char e = peek();
        advance();
        switch (e) {
        case '"':
            s += '"';
            break;
        case '\\':
            s += '\\';
            break;
        case '/':
            s += '/';
            break;
        case 'b':
            s += '\b';
            break;
        case 'f':
            s += '\f';
            break;
        case 'n':
            s += '\n';
            break;
        case 'r':
            s += '\r';
            break;
        case 't':
            s += '\t';
            break;
        case 'u':
            appendUtf8(s, readUnicodeEscape());
            break;
        default:
            fail(std::string("expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found '\\") +
                 e + "'");
        }
    }

    // The code point of \uXXXX (after the 'u'), joining a surrogate pair written as two escapes.
    unsigned readUnicodeEscape() {
        unsigned cp = readHex4();
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (m_text.substr(m_i, 2) != "\\u")
                fail("expected a low surrogate \\uDC00..\\uDFFF after a high surrogate");
            advance();
            advance();
            const unsigned low = readHex4();
            if (low < 0xDC00 || low > 0xDFFF)
                fail("expected a low surrogate \\uDC00..\\uDFFF after a high surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            fail("a low surrogate escape without a high surrogate before it");
        }
        return cp;
    }

    void readString(std::string& s) {
        const TextPos start = here();
        advance(); // opening quote
        while (true) {
            if (atEnd())
                failAt(start, "unterminated string: expected a closing '\"' before the end of the file");
            if (s.size() > m_limits.maxStringBytes)
                failAt(start, "string longer than " + std::to_string(m_limits.maxStringBytes) + " bytes");
            const unsigned char c = static_cast<unsigned char>(peek());
            if (c == '"') {
                advance();
                return;
            }
            if (c == '\n') fail("unterminated string: expected a closing '\"' before the end of the line");
            if (c < 0x20)
                fail("expected a character inside a string, found control character (escape it as \\u00XX)");
            if (c == '\\') {
                readEscape(s, start);
                continue;
            }
            if (c < 0x80) {
                s += static_cast<char>(c);
                advance();
            } else {
                copyUtf8Char(s);
            }
        }
    }

    void readNumber(json& out) {
        const TextPos start = here();
        const std::size_t begin = m_i;
        bool isInteger = true;
        if (peek() == '-') advance();
        if (atEnd() || !(peek() >= '0' && peek() <= '9'))
            fail("expected a digit in a number, found " + describeHere());
        if (peek() == '0') {
            advance();
            if (!atEnd() && peek() >= '0' && peek() <= '9') failAt(start, "a number with a leading zero");
        } else {
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                advance();
        }
        if (!atEnd() && peek() == '.') {
            isInteger = false;
            advance();
            if (atEnd() || !(peek() >= '0' && peek() <= '9'))
                fail("expected a digit after '.', found " + describeHere());
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                advance();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            isInteger = false;
            advance();
            if (!atEnd() && (peek() == '+' || peek() == '-')) advance();
            if (atEnd() || !(peek() >= '0' && peek() <= '9'))
                fail("expected a digit in an exponent, found " + describeHere());
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                advance();
        }
        const std::string literal(m_text.substr(begin, m_i - begin));
        errno = 0;
        if (isInteger) {
            char* end = nullptr;
            const long long v = std::strtoll(literal.c_str(), &end, 10);
            if (errno != ERANGE) {
                out = static_cast<std::int64_t>(v);
                return;
            }
            errno = 0;
        }
        const double d = std::strtod(literal.c_str(), nullptr);
        if (errno == ERANGE && std::isinf(d))
            failAt(start, "number " + literal.substr(0, 40) + " is too large");
        out = d;
    }
};

} // namespace

namespace {

bool read(std::string_view text, const JsonLimits& limits, json& out, PositionIndex* positions,
          JsonReadError& error, SpanIndex* spans) {
    if (spans) spans->reserve(text.size() / 24);
    Reader reader(text, limits, positions, error, spans);
    try {
        reader.readDocument(out);
        return true;
    } catch (const Failure&) {
        out = nullptr;
        return false;
    } catch (const std::exception& e) { // allocation failure or a json library error: report, never escape
        out = nullptr;
        error.message = std::string("could not read the JSON: ") + e.what();
        return false;
    }
}

} // namespace

bool readJson(std::string_view text, const JsonLimits& limits, json& out, PositionIndex& positions,
              JsonReadError& error) {
    return read(text, limits, out, &positions, error, nullptr);
}

bool readJson(std::string_view text, const JsonLimits& limits, json& out, PositionIndex& positions,
              JsonReadError& error, SpanIndex* spans) {
    return read(text, limits, out, &positions, error, spans);
}

bool readJson(std::string_view text, const JsonLimits& limits, json& out, JsonReadError& error) {
    return read(text, limits, out, nullptr, error, nullptr);
}

} // namespace tieline::core::io
