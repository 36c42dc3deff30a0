// zenity --file-selection with its standard output on a pipe.
#include "gui/file_dialog.hpp"

#include "core/io/child_process.hpp"

#include <cerrno>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

namespace tieline::gui {

bool NativeFileDialog::available() {
    return !core::io::findOnPath("zenity").empty();
}

bool NativeFileDialog::open(std::string& error) {
    if (m_open.load()) return true;
    if (m_waiter.joinable()) m_waiter.join();
    int readEnd = -1, writeEnd = -1;
    if (!core::io::openPipe(readEnd, writeEnd, error)) {
        error = "cannot open a pipe: " + error;
        return false;
    }
    core::io::ChildStreams streams;
    streams.output = writeEnd;
    const core::io::SpawnResult child =
        core::io::spawnChild({"zenity", "--file-selection", "--title=Open a dataset",
                              "--file-filter=Datasets | *.json *.gexf *.csv", "--file-filter=All files | *"},
                             streams);
    ::close(writeEnd);
    if (!child.started()) {
        ::close(readEnd);
        error = std::string("cannot start zenity: ") + std::strerror(child.error);
        return false;
    }
    m_open = true;
    m_waiter = std::jthread([this, pid = child.pid, fd = readEnd] {
        std::string out;
        char buf[4096];
        for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) != 0;) {
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) break;
            out.append(buf, std::size_t(n));
        }
        ::close(fd);
        const int status = core::io::waitForChild(pid);
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
