// RFC 4180 tables, read one record at a time (so memory stays proportional to what is kept) and
// written with quoting where needed. UTF-8 with or without a byte-order mark; the delimiter (comma,
// semicolon or tab) is detected from the header line. Internal to interop/. Core: no GL.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::interop {

struct CsvField {
    std::string text;       // unquoted, "" turned into "
    std::size_t offset = 0; // where the field starts in the text
};

struct CsvError {
    std::size_t offset = 0;
    std::size_t record = 0; // 1-based; the header is record 1
    std::size_t field = 0;  // 0-based
    std::string message;
};

class CsvReader {
  public:
    CsvReader(std::string_view text, std::size_t maxFieldBytes);

    char delimiter() const { return m_delimiter; }
    // Reads the next non-blank record into `fields` (reusing its storage). Returns false at the end
    // of the text or on an error (then failed() is true).
    bool next(std::vector<CsvField>& fields);
    // Reads the record that starts at `offset` again (one already read), leaving the reader where it was.
    bool reread(std::size_t offset, std::vector<CsvField>& fields);
    bool failed() const { return !m_error.message.empty(); }
    const CsvError& error() const { return m_error; }
    std::size_t record() const { return m_record; } // number of the record last read
    std::size_t recordOffset() const { return m_recordOffset; }

  private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_maxField;
    char m_delimiter = ',';
    std::size_t m_record = 0;
    std::size_t m_recordOffset = 0;
    CsvError m_error;

    bool fail(std::size_t offset, std::size_t field, std::string message);
};

// The offset of field `column` (0-based) of the record starting at `offset`: for messages only.
std::size_t csvFieldOffset(std::string_view text, std::size_t offset, char delimiter, std::size_t column);

// "A", "B", ... "Z", "AA": the column letter a spreadsheet shows.
std::string columnLetter(std::size_t column);

// Appends one record, quoting fields that need it, ending with CRLF (RFC 4180).
// True for the characters that make a spreadsheet read a cell as a formula.
bool isFormulaStart(char c);
// The cell as written: text starting with =, +, - or @ gets a leading apostrophe (numbers do not).
std::string neutralizeFormula(const std::string& field);

// Appends `field` in quotes, its quotes doubled (RFC 4180).
void appendCsvQuoted(std::string& out, std::string_view field);

void appendCsvRecord(std::string& out, const std::vector<std::string>& fields, char delimiter = ',');

} // namespace tieline::core::interop
