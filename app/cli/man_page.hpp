// tieline(1), written at build time from the same tables as --help (the commands, the window's
// options, the script language), so the two cannot drift apart. No GL.
#pragma once

#include <string>

namespace tieline::cli {

// The whole page in roff (man(7) macros).
std::string manPage();

} // namespace tieline::cli
