// GEXF (Gephi's graph format) in and out: GEXF 1.3, 1.2draft and 1.1draft files, static or dynamic,
// read into a Dataset with located messages; a Dataset written as valid GEXF 1.3. The mapping is
// documented in README.md ("Interop"). Core: no GL; pugixml stays inside the .cpp files.
#pragma once

#include "core/interop/import_options.hpp"
#include "core/io/dataset_loader.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::interop {

// Reads GEXF text; `fileName` is used in messages (file:line:column: /gexf/graph/edges/edge[12]/@target).
// A DOCTYPE is refused (entities are never expanded), as is anything that is not well-formed.
io::LoadResult loadGexfText(std::string_view text, const std::string& fileName,
                            const ImportOptions& options = {});

// Reads a GEXF file (size limited by options.limits.maxFileBytes).
io::LoadResult loadGexfFile(const std::string& path, const ImportOptions& options = {});

enum class GexfVersion {
    V1_3,      // http://gexf.net/1.3: Gephi 0.10, networkx 3
    V1_2draft, // http://www.gexf.net/1.2draft: for tools that do not read 1.3 yet (networkx 2.8)
};

// "1.3" or "1.2draft" (also "1.2"); nullopt for anything else.
std::optional<GexfVersion> parseGexfVersion(std::string_view text);

struct GexfWriteOptions {
    // Layout positions per actor (in actor order), written as viz:position; when null, pinned actors
    // get their pin.
    const std::vector<model::Point>* positions = nullptr;
    bool viz = true; // viz:color (group and tie type colours) and viz:position
    GexfVersion version = GexfVersion::V1_3;
};

// The dataset as GEXF 1.3: dynamic, timeformat "date", spells for spans (inclusive days), the tie
// type as the edge kind, a time-varying "weight" for strengths, confidence and source ids as
// attributes, and, where those lose something, tieline's exact values beside them: "spans" and
// "strength" in Gephi's interval notation with tieline's dates (a month, a year, '~'), "claims" as
// format v1 JSON. Read back, they give the same dataset; edited away from the spells or weights
// (in Gephi, say), they give way to them.
std::string gexfText(const model::Dataset& data, const GexfWriteOptions& options = {});

// What a GEXF file cannot carry from this dataset, one line each ("2 events", "meta.license").
std::vector<std::string> gexfLosses(const model::Dataset& data);

} // namespace tieline::core::interop
