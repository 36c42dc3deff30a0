// Spreadsheet tables in and out, as Gephi's spreadsheet import reads them: a nodes table (Id,
// Label, ...) and an edges table (Source, Target, Type, Kind, Weight, Start, End, Interval in
// Gephi's notation `<[1956,1958];[1961,1961]>`), plus tieline's columns (Native, Group,
// Confidence, Claim Source, Locator, Quote...). README.md "Interop" lists every column. Core: no GL.
#pragma once

#include "core/interop/import_options.hpp"
#include "core/io/dataset_loader.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::interop {

struct CsvText {
    std::string text;
    std::string fileName; // used in messages
};

// Reads the two tables; either may be missing (empty fileName). Without a nodes table the nodes
// are the ones the edges name. Messages give file:line:column and "row 13, column C \"Target\"".
io::LoadResult loadCsvTables(const CsvText& nodes, const CsvText& edges, const ImportOptions& options = {});

// Reads the tables from files; either path may be empty.
io::LoadResult loadCsvFiles(const std::string& nodesPath, const std::string& edgesPath,
                            const ImportOptions& options = {});

// True when the first line of a CSV file names Source and Target columns (an edges table).
bool csvLooksLikeEdges(std::string_view text);

struct CsvTables {
    std::string nodes;
    std::string edges;
};

// The dataset as a nodes table and an edges table (comma-separated, UTF-8, CRLF). A tie with
// several claims takes one row per claim; the rows after the first repeat only Id, Source,
// Target and Kind.
CsvTables csvText(const model::Dataset& data);

// What the tables cannot carry from this dataset (GEXF's losses, and the time range when the
// dates in the tables do not imply it).
std::vector<std::string> csvLosses(const model::Dataset& data);

} // namespace tieline::core::interop
