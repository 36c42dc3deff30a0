// RFC 4180 reading and writing. Core: no GL.
#include "core/interop/csv_table.hpp"

#include <cstdlib>

#include "core/interop/detail/text_position.hpp"
#include "core/io/utf8.hpp"

namespace tieline::core::interop {

namespace {

// The delimiter used most in the header line (outside quotes); a comma when there is a tie.
char detectDelimiter(std::string_view text) {
    std::size_t comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        comma += c == ',';
        semicolon += c == ';';
        tab += c == '\t';
    }
    if (semicolon > comma && semicolon >= tab) return ';';
    if (tab > comma && tab > semicolon) return '\t';
    return ',';
}

} // namespace

CsvReader::CsvReader(std::string_view text, std::size_t maxFieldBytes)
    : m_text(text), m_pos(utf8BomLength(text)), m_maxField(maxFieldBytes),
      m_delimiter(detectDelimiter(text.substr(m_pos))) {}

bool CsvReader::fail(std::size_t offset, std::size_t field, std::string message) {
    m_error = {offset, m_record, field, std::move(message)};
    return false;
}

bool CsvReader::next(std::vector<CsvField>& fields) {
    if (failed()) return false;
    if (m_record == 0)
        if (const char* encoding = io::otherEncodingBom(m_text))
            return m_record = 1,
                   fail(0, 0,
                        std::string("the table is ") + encoding +
                            " (it starts with that byte order mark): save it as UTF-8 (\"CSV UTF-8\" in a "
                            "spreadsheet)");
    // Blank lines separate nothing: skip them.
    while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
        ++m_pos;
    if (m_pos >= m_text.size()) return false;
    ++m_record;
    m_recordOffset = m_pos;
    std::size_t count = 0;
    for (;;) {
        if (fields.size() <= count) fields.emplace_back();
        CsvField& f = fields[count];
        f.text.clear();
        f.offset = m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            const std::size_t open = m_pos++;
            for (;;) {
                const std::size_t quote = m_text.find('"', m_pos);
                if (quote == std::string_view::npos)
                    return fail(open, count,
                                "unbalanced quote: the quoted field that starts here never ends");
                f.text.append(m_text.substr(m_pos, quote - m_pos));
                m_pos = quote + 1;
                if (m_pos < m_text.size() && m_text[m_pos] == '"') { // "" stands for one quote
                    f.text += '"';
                    ++m_pos;
                    continue;
                }
                break;
            }
            while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t') &&
                   m_delimiter != '\t')
                ++m_pos;
            if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && m_text[m_pos] != '\n' &&
                m_text[m_pos] != '\r')
                return fail(m_pos, count,
                            std::string("expected '") + m_delimiter +
                                "' or the end of the line after a closing quote, found '" + m_text[m_pos] +
                                "' (a quote inside a quoted field is written \"\")");
        } else {
            std::size_t end = m_pos;
            while (end < m_text.size() && m_text[end] != m_delimiter && m_text[end] != '\n' &&
                   m_text[end] != '\r')
                ++end;
            f.text.assign(m_text.substr(m_pos, end - m_pos));
            m_pos = end;
        }
        // Undo the writer's guard against spreadsheet formulas ('=..., '+..., '-..., '@...).
        if (f.text.size() >= 2 && f.text[0] == '\'' && isFormulaStart(f.text[1])) f.text.erase(0, 1);
        if (const std::size_t bad = io::firstInvalidUtf8(f.text); bad != std::string::npos)
            return fail(f.offset, count,
                        "invalid UTF-8 (save the table as UTF-8, \"CSV UTF-8\" in a spreadsheet)");
        if (f.text.size() > m_maxField)
            return fail(f.offset, count,
                        "a field of " + std::to_string(f.text.size()) + " bytes, over the limit of " +
                            std::to_string(m_maxField));
        ++count;
        if (m_pos < m_text.size() && m_text[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '\r') ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '\n') ++m_pos;
        break;
    }
    fields.resize(count);
    return true;
}

bool CsvReader::reread(std::size_t offset, std::vector<CsvField>& fields) {
    const std::size_t pos = m_pos, record = m_record, recordOffset = m_recordOffset;
    m_pos = offset;
    const bool ok = next(fields);
    m_pos = pos, m_record = record, m_recordOffset = recordOffset;
    return ok;
}

std::size_t csvFieldOffset(std::string_view text, std::size_t offset, char delimiter, std::size_t column) {
    bool quoted = false;
    for (std::size_t i = offset; i < text.size() && column > 0; ++i) {
        const char c = text[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            return offset;
        else if (!quoted && c == delimiter && --column == 0)
            return i + 1;
    }
    return offset;
}

std::string columnLetter(std::size_t column) {
    std::string out;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

bool isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@';
}

std::string neutralizeFormula(const std::string& field) {
    if (field.empty() || !isFormulaStart(field[0])) return field;
    // A number (-0.5, +3, -1e3) is data, not a formula: keep it as it is.
    char* end = nullptr;
    std::strtod(field.c_str(), &end);
    if (end && *end == '\0' && end != field.c_str()) return field;
    return "'" + field;
}

void appendCsvQuoted(std::string& out, std::string_view field) {
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void appendCsvRecord(std::string& out, const std::vector<std::string>& rawFields, char delimiter) {
    for (std::size_t i = 0; i < rawFields.size(); ++i) {
        if (i > 0) out += delimiter;
        // Spreadsheets run a cell that starts with =, +, - or @ as a formula; text from a dataset
        // must never run, so such a cell gets a leading apostrophe (the reader removes it).
        const std::string f = neutralizeFormula(rawFields[i]);
        const bool quote = f.find_first_of(std::string("\"\r\n") + delimiter) != std::string::npos ||
                           (!f.empty() && (f.front() == ' ' || f.back() == ' '));
        if (!quote) {
            out += f;
            continue;
        }
        appendCsvQuoted(out, f);
    }
    out += "\r\n";
}

} // namespace tieline::core::interop
