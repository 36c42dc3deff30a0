// xdg-open with the address as its argument; the child is reaped without blocking the UI.
#include "gui/open_link.hpp"

#include "core/io/child_process.hpp"
#include "core/model/citation.hpp"

#include <cstring>

namespace tieline::gui {

bool openLink(const std::string& address, std::string& error) {
    if (!core::isSafeWebUrl(address)) {
        error = "refused to open " + address + ": only http and https addresses open";
        return false;
    }
    core::io::reapEndedChildren(); // those of earlier calls, so that none stays a zombie
    const core::io::SpawnResult child = core::io::spawnChild({"xdg-open", address});
    if (!child.started()) {
        error = std::string("cannot start xdg-open (install xdg-utils): ") + std::strerror(child.error);
        return false;
    }
    return true;
}

} // namespace tieline::gui
