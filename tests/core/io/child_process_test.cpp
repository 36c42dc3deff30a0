// Tests for app/core/io/child_process.cpp: arguments reach the child as they are (no shell), its
// streams go where asked, a missing program is ENOENT, and PATH is searched like the shell does.
#include "core/io/child_process.hpp"

#include <doctest/doctest.h>

#include <cerrno>
#include <csignal>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace io = tieline::core::io;

namespace {

// Runs argv with its standard output on a pipe; returns what it wrote and its exit code.
std::string captureOutput(const std::vector<std::string>& argv, int& exitCode) {
    int readEnd = -1, writeEnd = -1;
    std::string error;
    REQUIRE_MESSAGE(io::openPipe(readEnd, writeEnd, error), error);
    io::ChildStreams streams;
    streams.output = writeEnd;
    const io::SpawnResult child = io::spawnChild(argv, streams);
    ::close(writeEnd);
    REQUIRE(child.started());
    std::string out;
    char buf[256];
    for (ssize_t n; (n = ::read(readEnd, buf, sizeof buf)) > 0;)
        out.append(buf, std::size_t(n));
    ::close(readEnd);
    const int status = io::waitForChild(child.pid);
    exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

} // namespace

TEST_CASE("child process: arguments arrive verbatim and standard output comes back through a pipe") {
    int exitCode = -1;
    CHECK(captureOutput({"printf", "%s|", "a b", "$HOME", "; rm -rf /"}, exitCode) ==
          "a b|$HOME|; rm -rf /|");
    CHECK(exitCode == 0);
    captureOutput({"sh", "-c", "exit 3"}, exitCode);
    CHECK(exitCode == 3);
}

TEST_CASE("child process: a program that is not installed is ENOENT, and findOnPath says so first") {
    const io::SpawnResult child = io::spawnChild({"tieline-no-such-program"});
    CHECK_FALSE(child.started());
    CHECK(child.error == ENOENT);
    CHECK(io::findOnPath("tieline-no-such-program").empty());
    CHECK(io::findOnPath("sh").find("/sh") != std::string::npos);
    CHECK(io::findOnPath("/bin/sh") == "/bin/sh");
}

TEST_CASE("child process: reapEnded drops the children that ended and keeps the running ones") {
    const io::SpawnResult quick = io::spawnChild({"true"});
    const io::SpawnResult slow = io::spawnChild({"sleep", "5"});
    REQUIRE(quick.started());
    REQUIRE(slow.started());
    std::vector<pid_t> children = {quick.pid, slow.pid};
    for (int i = 0; i < 500 && children.size() == 2; ++i) {
        io::reapEnded(children);
        if (children.size() == 2) ::usleep(10000);
    }
    CHECK(children == std::vector<pid_t>{slow.pid});
    ::kill(slow.pid, SIGTERM);
    io::waitForChild(slow.pid);
}
