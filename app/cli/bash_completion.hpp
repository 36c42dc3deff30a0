// The bash completion script for tieline, written at build time from the same tables as --help:
// commands, each command's options, the window's options, and file names by extension (datasets
// are .json, .gexf or .csv; --png wants .png, DIR a folder). Needs bash-completion's helpers.
#pragma once

#include <string>

namespace tieline::cli {

std::string bashCompletion();

} // namespace tieline::cli
