// Starting helper programs (ffmpeg, zenity, xdg-open) the one safe way: posix_spawnp with an
// argument vector, never through a shell, so no path or title can be read as shell syntax. The
// caller says where the child's standard streams go; every descriptor of ours is close-on-exec.
// Core: POSIX only, no GL.
//
// Usage:
//   int readEnd, writeEnd;
//   if (!io::openPipe(readEnd, writeEnd, error)) ...;
//   io::ChildStreams streams;
//   streams.output = writeEnd;
//   const io::SpawnResult child = io::spawnChild({"zenity", "--file-selection"}, streams);
//   ::close(writeEnd);                     // the child holds its own copy
//   ... read readEnd, close it ...; io::waitForChild(child.pid);
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace tieline::core::io {

// Where a child's standard streams go: a descriptor of ours (dup'ed onto 0, 1 or 2), or, when
// -1, the stream it inherits from us.
struct ChildStreams {
    int input = -1;
    int output = -1;
    int errors = -1;
    bool discardOutput = false;  // standard output to /dev/null (ignored when `output` is set)
    bool defaultSignals = false; // start with nothing blocked and SIGPIPE at its default action,
                                 // whatever this thread holds
};

struct SpawnResult {
    pid_t pid = -1;
    int error = 0; // errno of the failure (ENOENT: not found on PATH); 0 when started
    bool started() const { return error == 0; }
};

// Starts argv[0], searched on PATH, with `argv`. Does not wait.
SpawnResult spawnChild(const std::vector<std::string>& argv, const ChildStreams& streams = {});

// Waits for `pid` (retrying on EINTR) and returns its wait status.
int waitForChild(pid_t pid);

// Reaps those of `children` that have ended, without blocking, and drops them from the list, so
// that none stays a zombie. Only these: any other child stays for whoever waits for it.
void reapEnded(std::vector<pid_t>& children);

// A pipe with both ends close-on-exec. Returns false and sets `error` to the system's reason.
bool openPipe(int& readEnd, int& writeEnd, std::string& error);

// The full path of `program` found on PATH, or "" when it is not installed. A name with a '/' is
// checked as it is.
std::string findOnPath(const std::string& program);

} // namespace tieline::core::io
