// zenity --file-selection with its standard output on a pipe.
#include "gui/file_dialog.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace tieline::gui {

NativeFileDialog::~NativeFileDialog() {
    if (m_waiter.joinable()) m_waiter.join(); // the chooser closes with the app's X connection
}

bool NativeFileDialog::available() {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    for (std::size_t start = 0; start <= dirs.size();) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::string candidate = dirs.substr(start, end - start) + "/zenity";
        if (::access(candidate.c_str(), X_OK) == 0) return true;
        start = end + 1;
    }
    return false;
}

bool NativeFileDialog::open(std::string& error) {
    if (m_open.load()) return true;
    if (m_waiter.joinable()) m_waiter.join();
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        error = std::string("cannot open a pipe: ") + std::strerror(errno);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
    std::string a0 = "zenity", a1 = "--file-selection", a2 = "--title=Open a dataset",
                a3 = "--file-filter=Datasets | *.json *.gexf *.csv", a4 = "--file-filter=All files | *";
    char* argv[] = {a0.data(), a1.data(), a2.data(), a3.data(), a4.data(), nullptr};
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, "zenity", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (rc != 0) {
        ::close(pipeFds[0]);
        error = std::string("cannot start zenity: ") + std::strerror(rc);
        return false;
    }
    m_open = true;
    m_waiter = std::thread([this, pid, fd = pipeFds[0]] {
        std::string out;
        char buf[4096];
        for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) != 0;) {
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) break;
            out.append(buf, std::size_t(n));
        }
        ::close(fd);
        int status = 0;
        ::waitpid(pid, &status, 0);
        while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
            out.pop_back();
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && !out.empty()) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_result = out;
        }
        m_open = false;
    });
    return true;
}

std::optional<std::string> NativeFileDialog::poll() {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::optional<std::string> result;
    result.swap(m_result);
    return result;
}

} // namespace tieline::gui
