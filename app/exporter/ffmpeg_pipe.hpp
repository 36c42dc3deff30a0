// ffmpeg as a child process fed raw RGBA frames through a pipe on its standard input. Spawned
// with core::io::spawnChild (an argument list, never a shell). Its messages go to a temporary file and come
// back in errors. Export layer (no GL).
//
// Usage:
//   FfmpegPipe ff;
//   ff.start({"ffmpeg", "-f", "rawvideo", ..., "-i", "pipe:0", ..., out}, error);
//   ff.write(frame.data(), frame.size(), error);   // once per frame; blocks while ffmpeg is busy
//   ff.finish(error);                              // end of input, wait, check the exit status
#pragma once

#include "core/io/child_process.hpp"

#include <string>
#include <sys/types.h>
#include <vector>

namespace tieline::exporter {

using core::io::findOnPath; // the exporters ask for ffmpeg before they start

// The message for a missing ffmpeg (what to install, and the alternative).
std::string ffmpegMissingMessage();

class FfmpegPipe {
  public:
    FfmpegPipe() = default;
    ~FfmpegPipe(); // aborts a pipe that was not finished
    FfmpegPipe(const FfmpegPipe&) = delete;
    FfmpegPipe& operator=(const FfmpegPipe&) = delete;

    bool start(const std::vector<std::string>& argv, std::string& error);
    bool write(const void* data, std::size_t bytes, std::string& error);
    bool finish(std::string& error);
    void abort(); // stops ffmpeg (SIGTERM) and waits for it
    bool running() const { return m_pid > 0; }

  private:
    pid_t m_pid = -1;
    int m_stdin = -1;
    std::string m_logPath;
    std::string log() const; // the end of ffmpeg's messages
    void cleanup();
};

} // namespace tieline::exporter
