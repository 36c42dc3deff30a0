// Opening a dataset on a background thread (read, parse and validate), so that the window keeps
// drawing while a large file loads (issue 18). A second open supersedes the first: the first's
// result is dropped when it arrives (its thread runs to its end: the parser has no stop points) and
// only the latest is ever adopted. No GL, no ImGui.
#pragma once

#include "core/io/dataset_loader.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace tieline::ui {

class LoadJob {
  public:
    LoadJob() = default;
    ~LoadJob(); // waits for the threads still parsing
    LoadJob(const LoadJob&) = delete;
    LoadJob& operator=(const LoadJob&) = delete;

    // Starts loading `path` (JSON, GEXF or a CSV pair, by extension); supersedes any earlier load.
    void start(const std::string& path);
    // The latest load's result, once, when it has arrived.
    struct Loaded {
        std::string path;
        core::io::LoadResult result;
    };
    std::optional<Loaded> poll();
    // Blocks until the latest load has arrived, then returns it (empty: nothing was loading).
    std::optional<Loaded> wait();

    bool loading() const { return m_current != nullptr; }
    const std::string& path() const { return m_path; }
    std::uintmax_t bytes() const { return m_bytes; } // the file's size when the load started
    double seconds() const;                          // since the load started
    std::uint64_t superseded() const { return m_superseded; }

  private:
    struct Task {
        std::thread thread;
        std::mutex mutex;
        std::condition_variable arrived;
        bool done = false;     // the result is there
        bool finished = false; // the thread has freed what the load left (then ends)
        std::optional<core::io::LoadResult> result;
    };
    void reap(bool all); // joins finished (or all) superseded or handed-over threads
    Loaded handOver();   // the current task's result; its thread goes on freeing the leftovers

    std::shared_ptr<Task> m_current;
    std::vector<std::shared_ptr<Task>> m_old;
    std::string m_path;
    std::uintmax_t m_bytes = 0;
    std::chrono::steady_clock::time_point m_started;
    std::uint64_t m_superseded = 0;
};

// "Loading korea.json (45.2 MB)... 3.1 s" while a load runs; "" otherwise, and for small files in
// their first half second (they are done before anyone could read it).
std::string loadingLine(const LoadJob& job);

} // namespace tieline::ui
