// xdg-open with the address as its argument; the child is reaped without blocking the UI.
#include "gui/open_link.hpp"

#include "core/io/child_process.hpp"
#include "core/model/citation.hpp"

#include <cstring>
#include <vector>

namespace tieline::gui {

bool openLink(const std::string& address, std::string& error) {
    if (!core::model::isSafeWebUrl(address)) {
        error = "refused to open " + address + ": only http and https addresses open";
        return false;
    }
    // Reap the xdg-opens of earlier calls, and only them: ffmpeg and zenity are waited for by their owners.
    static std::vector<pid_t> started;
    core::io::reapEnded(started);
    if (core::io::findOnPath("xdg-open").empty()) {
        error = "cannot open " + address +
                ": xdg-open is not installed (it comes with xdg-utils: sudo apt install xdg-utils)";
        return false;
    }
    const core::io::SpawnResult child = core::io::spawnChild({"xdg-open", address});
    if (!child.started()) {
        error = std::string("cannot start xdg-open (install xdg-utils): ") + std::strerror(child.error);
        return false;
    }
    started.push_back(child.pid);
    return true;
}

} // namespace tieline::gui
