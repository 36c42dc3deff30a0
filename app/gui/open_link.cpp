// posix_spawnp of xdg-open with an argument vector; the child is reaped without blocking the UI.
#include "gui/open_link.hpp"

#include "core/model/citation.hpp"

#include <cerrno>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

namespace tieline::gui {

bool openLink(const std::string& address, std::string& error) {
    if (!core::isSafeWebUrl(address)) {
        error = "refused to open " + address + ": only http and https addresses open";
        return false;
    }
    // Reap children of earlier calls so none stays a zombie.
    while (::waitpid(-1, nullptr, WNOHANG) > 0) {
    }
    std::string program = "xdg-open";
    std::string argument = address;
    char* argv[] = {program.data(), argument.data(), nullptr};
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ);
    if (rc != 0) {
        error = std::string("cannot start xdg-open (install xdg-utils): ") + std::strerror(rc);
        return false;
    }
    return true;
}

} // namespace tieline::gui
