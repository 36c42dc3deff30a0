// posix_spawnp, a pipe to the child's stdin, SIGPIPE held off while writing.
#include "exporter/ffmpeg_pipe.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace tieline::exporter {

std::string findOnPath(const std::string& program) {
    if (program.find('/') != std::string::npos)
        return ::access(program.c_str(), X_OK) == 0 ? program : std::string();
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::string dir = end > start ? dirs.substr(start, end - start) : ".";
        const std::string candidate = dir + "/" + program;
        struct stat st {};
        if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
            ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        start = end + 1;
    }
    return {};
}

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
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        error = std::string("cannot create a pipe to ffmpeg: ") + std::strerror(errno);
        ::close(logFd);
        cleanup();
        return false;
    }
    ::fcntl(fds[1], F_SETPIPE_SZ, 1 << 20); // fewer wake-ups per frame; a hint only
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, logFd, 2);
    // The child starts with default signal handling and nothing blocked, whatever we hold.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, pipeOnly;
    sigemptyset(&none);
    sigemptyset(&pipeOnly);
    sigaddset(&pipeOnly, SIGPIPE);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &pipeOnly);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    const int rc = ::posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(fds[0]);
    ::close(logFd);
    if (rc != 0) {
        ::close(fds[1]);
        cleanup();
        error = rc == ENOENT ? ffmpegMissingMessage() : "cannot start " + argv[0] + ": " + std::strerror(rc);
        return false;
    }
    m_pid = pid;
    m_stdin = fds[1];
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
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
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
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
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
