// Opening a source's address in the user's browser: xdg-open spawned directly with the address as
// its single argument (never through a shell), and only for addresses safeSourceLink allowed.
// GUI layer.
#pragma once

#include <string>

namespace tieline::gui {

// Returns false and sets `error` when the address is refused, xdg-open is not installed (the
// message names xdg-utils) or cannot be started.
bool openLink(const std::string& address, std::string& error);

} // namespace tieline::gui
