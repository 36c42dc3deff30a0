// `tieline export DATASET --story ID|N --deck DIR`: a story as PNG slides and slides.md, headless
// (EGL). Part of `tieline export`, in its own file to keep that one short. Needs the renderer.
#pragma once

#include "core/layout/temporal_layout.hpp"
#include "exporter/snapshot_renderer.hpp"

#include <iosfwd>
#include <string>

namespace tieline::cli {

// A story by id, or by number from 0. Prints the stories there are and returns false otherwise.
bool resolveStory(const core::model::Dataset& data, const std::string& text, std::size_t& index,
                  std::ostream& err);

// Renders the deck; prints what it wrote. Returns the exit code.
int runDeckExport(const core::model::Dataset& data, const core::layout::TemporalLayout& layout,
                  exporter::SnapshotRenderer& renderer, const core::figure::ExportOptions& options,
                  std::size_t story, const std::string& folder, std::ostream& out, std::ostream& err);

} // namespace tieline::cli
