// Datasets in any format tieline reads or writes, chosen by file extension: format v1 JSON, GEXF,
// a pair of CSV tables, and CSL-JSON for sources. What the CLI, the GUI and the tests call instead
// of a particular loader. Core: no GL.
//
// File conventions (README.md "Interop"):
//   net.json                         format v1
//   net.gexf                         GEXF; its sources in net.csl.json beside it
//   net.nodes.csv + net.edges.csv    a CSV pair; naming either finds the other; sources in net.csl.json
//   nodes.csv + edges.csv            the same, with sources in sources.csl.json
//   refs.csl.json                    CSL-JSON sources only (written from a dataset; read with --sources)
#pragma once

#include "core/interop/gexf.hpp"
#include "core/interop/import_options.hpp"
#include "core/io/dataset_loader.hpp"

#include <string>
#include <vector>

namespace tieline::core::interop {

enum class FileFormat { Json, Gexf, Csv, CslJson, Unknown };

// By extension, case-insensitively (".csl.json" before ".json").
FileFormat fileFormatOf(const std::string& path);

struct CsvPair {
    std::string nodes; // empty when there is none
    std::string edges;
};

// The tables one CSV path stands for: "net.nodes.csv" or "net.edges.csv" with its partner when
// that exists, "nodes.csv" with "edges.csv"; any other CSV is a nodes or an edges table by its header.
CsvPair csvPairFor(const std::string& path);

// Where a CSV pair is written for an output path: "out.csv", "out.nodes.csv" or "out.edges.csv"
// all give out.nodes.csv and out.edges.csv.
CsvPair csvOutputPair(const std::string& path);

// The CSL-JSON file that holds the sources of a GEXF file or a CSV pair.
std::string sourcesSidecar(const std::string& path);

// Loads one dataset from one path (a CSV path brings its partner), or from two CSV paths. For GEXF
// and CSV, the sources come from options.sources or else the sidecar, when it exists.
io::LoadResult loadAnyDataset(const std::string& path, const ImportOptions& options = {});
io::LoadResult loadAnyDataset(const std::vector<std::string>& paths, const ImportOptions& options = {});

struct SaveResult {
    bool ok = false;
    std::string why;                  // when not ok
    std::vector<std::string> written; // every file written, in order
    std::vector<std::string> losses;  // what the format could not carry
};

// Writes the dataset to one path, or to two CSV paths (nodes, then edges). Files are replaced
// atomically. GEXF and CSV get a CSL-JSON sidecar when the dataset has sources.
SaveResult saveAnyDataset(const model::Dataset& data, const std::vector<std::string>& paths,
                          const GexfWriteOptions& gexf = {});

} // namespace tieline::core::interop
