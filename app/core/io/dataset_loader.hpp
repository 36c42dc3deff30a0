// Reading a dataset file (format v1) into a Dataset, with every problem reported as a located
// Diagnostic. Nothing throws across this boundary. Core: no GL.
#pragma once

#include "core/io/diagnostic.hpp"
#include "core/model/dataset.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace tieline::core::io {

// The input size limit every reader applies by default (JSON, GEXF, CSV, standard input), and the
// CLI's --max-input default. A JSON dataset takes about 12 to 25 times its size in memory while it
// is read (README.md "Limits"), so 256 MiB of JSON may need several GB of RAM.
inline constexpr std::size_t kDefaultMaxInputBytes = std::size_t(256) << 20;

struct LoadOptions {
    std::size_t maxFileBytes = kDefaultMaxInputBytes;  // refuse larger files before reading them
    std::size_t maxMessages = 100;                     // keep at most this many diagnostics
    std::size_t maxDepth = 200;                        // JSON nesting
    std::size_t maxStringBytes = std::size_t(1) << 20; // one string value
    std::size_t maxItems = 1000000;                    // entries in one table (actors, ties, ...)
    // Also warn about what only `validate --strict` asks for: a tie without claims (no source).
    bool strict = false;
    // Hand the parsed JSON document over in LoadResult::leftovers instead of freeing it before
    // returning: freeing a 20,000-actor document takes 0.2 s, which the window's loading thread
    // spends after the dataset is handed over (ui/load_job.cpp) rather than before.
    bool handOverDocument = false;
};

struct LoadResult {
    std::optional<model::Dataset> dataset; // set only when there are no errors (warnings are fine)
    Diagnostics diagnostics;
    std::shared_ptr<void> leftovers; // with LoadOptions::handOverDocument: dropping it frees them
};

// Reads and validates the file at `path`. `displayName` (default: the path) is used in messages.
LoadResult loadDatasetFile(const std::string& path, const LoadOptions& options = {});

// Validates text already in memory; `fileName` is used in messages.
LoadResult loadDatasetText(std::string_view text, const std::string& fileName,
                           const LoadOptions& options = {});

// Reads a whole file into memory, refusing files over `maxBytes`. "-" is standard input (under the
// same limit). Only regular files are read: a folder, a FIFO, a device (a symlink to /dev/zero) or a
// socket is refused at once, without opening it. Returns false and sets `why`.
bool readFileLimited(const std::string& path, std::size_t maxBytes, std::string& out, std::string& why);

} // namespace tieline::core::io
