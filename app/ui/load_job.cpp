// The dataset loader's thread.
#include "ui/load_job.hpp"

#include "core/interop/dataset_files.hpp"

#include <cstdio>
#include <filesystem>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace tieline::ui {

LoadJob::~LoadJob() {
    if (m_current) m_old.push_back(std::move(m_current));
    reap(true);
}

void LoadJob::reap(bool all) {
    for (auto it = m_old.begin(); it != m_old.end();) {
        bool done = false;
        {
            std::lock_guard lock((*it)->mutex);
            done = (*it)->finished;
        }
        if (done || all) {
            (*it)->thread.join();
            it = m_old.erase(it);
        } else {
            ++it;
        }
    }
}

void LoadJob::start(const std::string& path) {
    if (m_current) {
        m_old.push_back(std::move(m_current));
        ++m_superseded;
    }
    reap(false);
    auto task = std::make_shared<Task>();
    m_path = path;
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    m_bytes = ec ? 0 : size;
    m_started = std::chrono::steady_clock::now();
    task->thread = std::thread([task, path] {
        core::interop::ImportOptions options;
        options.limits.handOverDocument = true;
        core::io::LoadResult result = core::interop::loadAnyDataset(path, options);
        // The parsed document is freed here, after the dataset is handed over: the window adopts
        // it meanwhile.
        std::shared_ptr<void> leftovers = std::move(result.leftovers);
        {
            std::lock_guard lock(task->mutex);
            task->result = std::move(result);
            task->done = true;
        }
        task->arrived.notify_all();
        leftovers.reset();
#ifdef __GLIBC__
        // Hand the document's pages back to the system (glibc keeps them otherwise): the window
        // trimmed at adoption, while the document was still there.
        malloc_trim(0);
#endif
        std::lock_guard lock(task->mutex);
        task->finished = true;
    });
    m_current = std::move(task);
}

std::optional<LoadJob::Loaded> LoadJob::poll() {
    reap(false);
    if (!m_current) return std::nullopt;
    {
        std::lock_guard lock(m_current->mutex);
        if (!m_current->done) return std::nullopt;
    }
    return handOver();
}

std::optional<LoadJob::Loaded> LoadJob::wait() {
    if (!m_current) return std::nullopt;
    {
        std::unique_lock lock(m_current->mutex);
        m_current->arrived.wait(lock, [&] { return m_current->done; });
    }
    return handOver();
}

LoadJob::Loaded LoadJob::handOver() {
    Loaded loaded{m_path, std::move(*m_current->result)};
    m_old.push_back(std::move(m_current)); // joined once it has freed the leftovers
    return loaded;
}

double LoadJob::seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
}

std::string loadingLine(const LoadJob& job) {
    if (!job.loading()) return "";
    const double s = job.seconds();
    if (job.bytes() < (std::uintmax_t(1) << 20) && s < 0.5) return "";
    char text[96];
    std::snprintf(text, sizeof text, " (%.1f MB)... %.1f s", double(job.bytes()) / 1e6, s);
    return "Loading " + std::filesystem::path(job.path()).filename().string() + text;
}

} // namespace tieline::ui
