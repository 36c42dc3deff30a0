// posix_spawnp with file actions and attributes set up from ChildStreams.
#include "core/io/child_process.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace tieline::core::io {

namespace {

// Owns the posix_spawn set-up for one call, so every exit destroys it.
class SpawnSetup {
  public:
    explicit SpawnSetup(const ChildStreams& streams) {
        posix_spawn_file_actions_init(&m_actions);
        posix_spawnattr_init(&m_attributes);
        if (streams.input >= 0) posix_spawn_file_actions_adddup2(&m_actions, streams.input, 0);
        if (streams.output >= 0)
            posix_spawn_file_actions_adddup2(&m_actions, streams.output, 1);
        else if (streams.discardOutput)
            posix_spawn_file_actions_addopen(&m_actions, 1, "/dev/null", O_WRONLY, 0);
        if (streams.errors >= 0) posix_spawn_file_actions_adddup2(&m_actions, streams.errors, 2);
        if (streams.defaultSignals) {
            sigset_t none, pipeOnly;
            sigemptyset(&none);
            sigemptyset(&pipeOnly);
            sigaddset(&pipeOnly, SIGPIPE);
            posix_spawnattr_setsigmask(&m_attributes, &none);
            posix_spawnattr_setsigdefault(&m_attributes, &pipeOnly);
            posix_spawnattr_setflags(&m_attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        }
    }
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&m_actions);
        posix_spawnattr_destroy(&m_attributes);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;

    const posix_spawn_file_actions_t* actions() const { return &m_actions; }
    const posix_spawnattr_t* attributes() const { return &m_attributes; }

  private:
    posix_spawn_file_actions_t m_actions;
    posix_spawnattr_t m_attributes;
};

} // namespace

SpawnResult spawnChild(const std::vector<std::string>& argv, const ChildStreams& streams) {
    SpawnResult result;
    if (argv.empty()) {
        result.error = EINVAL;
        return result;
    }
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const SpawnSetup setup(streams);
    result.error =
        ::posix_spawnp(&result.pid, args[0], setup.actions(), setup.attributes(), args.data(), environ);
    if (result.error != 0) result.pid = -1;
    return result;
}

int waitForChild(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

void reapEnded(std::vector<pid_t>& children) {
    std::erase_if(children, [](pid_t pid) { return ::waitpid(pid, nullptr, WNOHANG) != 0; });
}

bool openPipe(int& readEnd, int& writeEnd, std::string& error) {
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        error = std::strerror(errno);
        return false;
    }
    readEnd = fds[0];
    writeEnd = fds[1];
    return true;
}

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

} // namespace tieline::core::io
