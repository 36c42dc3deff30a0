// The boundary every loader shares: nothing throws across it, and a file that cannot be read is a
// message like any other. Results are any type with a `diagnostics` member (LoadResult, CslImport).
// Core: no GL.
#pragma once

#include "core/io/dataset_loader.hpp"
#include "core/io/diagnostic.hpp"

#include <exception>
#include <string>
#include <utility>

namespace tieline::core::io {

// A fresh result holding one error about the whole file.
template <class Result>
Result fileError(const std::string& fileName, std::string message, std::size_t maxMessages) {
    Result result;
    result.diagnostics.add({Severity::Error, fileName, 0, 0, "", std::move(message)}, maxMessages);
    return result;
}

// Runs read(); an exception escaping it (out of memory, or a bug) becomes an "internal error"
// message instead of a crash.
template <class Result, class Read>
Result guardedLoad(const std::string& fileName, std::size_t maxMessages, Read&& read) {
    try {
        return read();
    } catch (const std::exception& e) {
        return fileError<Result>(fileName, std::string("internal error: ") + e.what(), maxMessages);
    }
}

// Reads the file at `path` (refusing one over maxBytes) and hands its text to parse(text).
template <class Result, class Parse>
Result loadFromFile(const std::string& path, std::size_t maxBytes, std::size_t maxMessages, Parse&& parse) {
    std::string text, why;
    if (!readFileLimited(path, maxBytes, text, why)) return fileError<Result>(path, why, maxMessages);
    return parse(text);
}

} // namespace tieline::core::io
