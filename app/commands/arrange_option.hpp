// `--arrange free|hierarchy`, the layout option that `export`, `snapshot` and `layout` share
// (patrons above clients: core/layout/hierarchy.hpp). No GL.
#pragma once

#include "commands/options.hpp"
#include "core/layout/layout_params.hpp"

#include <string>

namespace tieline::commands {

OptionSpec arrangeOptionSpec();

// Sets params.arrange from --arrange when given; returns a usage message, or "" when usable.
std::string readArrangeOption(const ParsedArgs& parsed, core::layout::LayoutParams& params);

} // namespace tieline::commands
