// A pipe to the child's stdin, SIGPIPE held off while writing.
#include "exporter/ffmpeg_pipe.hpp"

#include "core/io/child_process.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <sys/wait.h>
#include <unistd.h>

namespace tieline::exporter {

std::string ffmpegMissingMessage() {
    return "ffmpeg is not installed (not found on PATH); MP4 and GIF export need it: install the Debian "
           "package "
           "ffmpeg, or export numbered PNG frames with --frames DIR and encode them elsewhere";
}

FfmpegPipe::~FfmpegPipe() {
    abort();
}

bool FfmpegPipe::start(const std::vector<std::string>& argv, std::string& error) {
    abort();
    char logPath[] = "/tmp/tieline-ffmpeg-XXXXXX";
    const int logFd = ::mkostemp(logPath, O_CLOEXEC);
    if (logFd < 0) {
        error = std::string("cannot create a temporary file for ffmpeg's messages: ") + std::strerror(errno);
        return false;
    }
    m_logPath = logPath;
    int readEnd = -1, writeEnd = -1;
    if (!core::io::openPipe(readEnd, writeEnd, error)) {
        error = "cannot create a pipe to ffmpeg: " + error;
        ::close(logFd);
        cleanup();
        return false;
    }
    ::fcntl(writeEnd, F_SETPIPE_SZ, 1 << 20); // fewer wake-ups per frame; a hint only
    core::io::ChildStreams streams;
    streams.input = readEnd;
    streams.discardOutput = true;
    streams.errors = logFd;
    streams.defaultSignals = true; // whatever we hold, e.g. SIGPIPE blocked while writing
    const core::io::SpawnResult child = core::io::spawnChild(argv, streams);
    ::close(readEnd);
    ::close(logFd);
    if (!child.started()) {
        ::close(writeEnd);
        cleanup();
        error = child.error == ENOENT ? ffmpegMissingMessage()
                                      : "cannot start " + argv[0] + ": " + std::strerror(child.error);
        return false;
    }
    m_pid = child.pid;
    m_stdin = writeEnd;
    return true;
}

bool FfmpegPipe::write(const void* data, std::size_t bytes, std::string& error) {
    if (m_stdin < 0) {
        error = "ffmpeg is not running";
        return false;
    }
    // A write to a pipe whose reader died raises SIGPIPE, which would end tieline: hold it off in
    // this thread and take the EPIPE instead.
    sigset_t pipeOnly, previous;
    sigemptyset(&pipeOnly);
    sigaddset(&pipeOnly, SIGPIPE);
    ::pthread_sigmask(SIG_BLOCK, &pipeOnly, &previous);
    const auto* p = static_cast<const char*>(data);
    bool ok = true;
    while (bytes > 0) {
        const ssize_t n = ::write(m_stdin, p, bytes);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int why = errno;
            if (why == EPIPE) {
                const timespec zero{0, 0};
                ::sigtimedwait(&pipeOnly, nullptr, &zero); // consume the pending SIGPIPE
            }
            ok = false;
            break;
        }
        p += n;
        bytes -= std::size_t(n);
    }
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (!ok) {
        std::string ignored;
        finish(ignored);
        error = "ffmpeg stopped reading frames: " + ignored;
    }
    return ok;
}

bool FfmpegPipe::finish(std::string& error) {
    if (m_pid <= 0) {
        error = "ffmpeg is not running";
        return false;
    }
    if (m_stdin >= 0) ::close(m_stdin);
    m_stdin = -1;
    const int status = core::io::waitForChild(m_pid);
    m_pid = -1;
    const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!ok) {
        const std::string messages = log();
        error = WIFEXITED(status) ? "ffmpeg failed (exit " + std::to_string(WEXITSTATUS(status)) + ")"
                                  : "ffmpeg was stopped by signal " + std::to_string(WTERMSIG(status));
        if (!messages.empty()) error += ": " + messages;
    }
    cleanup();
    return ok;
}

void FfmpegPipe::abort() {
    if (m_stdin >= 0) ::close(m_stdin);
    m_stdin = -1;
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        core::io::waitForChild(m_pid);
        m_pid = -1;
    }
    cleanup();
}

std::string FfmpegPipe::log() const {
    std::ifstream in(m_logPath);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    if (text.size() > 600) text = "..." + text.substr(text.size() - 600);
    return text;
}

void FfmpegPipe::cleanup() {
    if (!m_logPath.empty()) ::unlink(m_logPath.c_str());
    m_logPath.clear();
}

} // namespace tieline::exporter
