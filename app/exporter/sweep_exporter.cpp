// Sweeps: staging, ffmpeg argument lists, frames, and moving the result into place.
#include "exporter/sweep_exporter.hpp"

#include "core/figure/bibliography.hpp"
#include "exporter/png_encoder.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tieline::exporter {

namespace {

// "out/frames" -> "out/.frames.tmp-1234": beside the target, so a rename moves it into place.
std::string stagingName(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    return dir + "." + name + ".tmp-" + std::to_string(::getpid());
}

// The names of a folder's entries that look like our frames (frame-<digits>.png).
std::vector<std::string> frameFiles(const std::string& dir) {
    std::vector<std::string> names;
    if (DIR* d = ::opendir(dir.c_str())) {
        while (const dirent* e = ::readdir(d)) {
            const std::string name = e->d_name;
            if (name.size() > 10 && name.rfind("frame-", 0) == 0 &&
                name.compare(name.size() - 4, 4, ".png") == 0 &&
                std::all_of(name.begin() + 6, name.end() - 4, [](char c) { return c >= '0' && c <= '9'; }))
                names.push_back(name);
        }
        ::closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> rawInput(const SweepJob& job) {
    return {"ffmpeg",
            "-hide_banner",
            "-loglevel",
            "error",
            "-nostats",
            "-y",
            "-f",
            "rawvideo",
            "-pixel_format",
            "rgba",
            "-video_size",
            std::to_string(job.options.width) + "x" + std::to_string(job.options.height),
            "-framerate",
            std::to_string(job.range.fps),
            "-i",
            "pipe:0"};
}

} // namespace

SweepExporter::~SweepExporter() {
    cancel();
}

int SweepExporter::stepCount() const {
    return m_paletteFrames + m_job.range.frameCount();
}

bool SweepExporter::begin(const core::model::Dataset& data, const SweepJob& job, PositionsAt positionsAt,
                          SnapshotRenderer& renderer, std::string& error) {
    cancel();
    m_data = &data;
    m_job = job;
    m_job.path = withoutTrailingSlash(job.path);
    m_positionsAt = std::move(positionsAt);
    m_renderer = &renderer;
    m_step = 0;
    m_paletteFrames = 0;
    m_seen.assign(data.ties.size(), 0);
    if (!m_job.bibliography.empty() && !core::figure::checkOutputFile(m_job.bibliography, error))
        return false;
    m_stage = stagingName(m_job.path);
    // One stretch for every frame (core/scene/stretch.hpp): the one the sweep's middle moment fits,
    // so the network does not breathe along one axis as time runs.
    if (!m_job.options.stretch) {
        const core::calendar::Time middle = m_job.range.frameTime(m_job.range.frameCount() / 2);
        m_positionsAt(middle, m_positions);
        prepareFrame(data, m_positions, core::calendar::windowAt(middle, core::calendar::DatePrecision::Day),
                     m_job.options, m_renderer->metrics(), m_scene, m_frame);
        m_job.options.stretch = m_scene.stretch;
    }
    if (m_job.kind == core::figure::ExportKind::Frames) {
        if (!core::figure::checkOutputFolder(m_job.path, error)) return false;
        if (::mkdir(m_stage.c_str(), 0755) != 0) {
            error = "cannot create " + m_stage + ": " + std::strerror(errno);
            return false;
        }
        m_active = true;
        return true;
    }
    if (!core::figure::checkOutputFile(m_job.path, error)) return false;
    if (findOnPath("ffmpeg").empty()) {
        error = ffmpegMissingMessage();
        return false;
    }
    m_job.options.transparent = false; // neither H.264 in MP4 nor our GIFs carry alpha
    if (m_job.kind == core::figure::ExportKind::Gif) {
        // A GIF has 256 colours: ffmpeg picks them from a few frames spread over the sweep first,
        // rather than holding every frame in memory to pick them from all.
        m_paletteFrames = std::min(16, m_job.range.frameCount());
        m_palette = m_stage + "-palette.png";
    }
    m_active = true;
    if (!startEncoder(m_paletteFrames > 0, error)) {
        cancel();
        return false;
    }
    return true;
}

bool SweepExporter::startEncoder(bool palettePass, std::string& error) {
    std::vector<std::string> args = rawInput(m_job);
    if (m_job.kind == core::figure::ExportKind::Mp4) {
        // yuv420p needs even sides: pad odd ones by a pixel.
        args.insert(args.end(),
                    {"-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-c:v", "libx264", "-preset", m_job.x264Preset,
                     "-crf", "18", "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", "mp4", m_stage});
    } else if (palettePass) {
        args.insert(args.end(), {"-vf", "palettegen=stats_mode=full", "-frames:v", "1", "-update", "1", "-f",
                                 "image2", m_palette});
    } else {
        args.insert(args.end(), {"-i", m_palette, "-lavfi", "[0:v][1:v]paletteuse=dither=sierra2_4a", "-loop",
                                 "0", "-f", "gif", m_stage});
    }
    return m_ffmpeg.start(args, error);
}

bool SweepExporter::renderFrame(core::calendar::Time t, std::string& error) {
    m_positionsAt(t, m_positions);
    prepareFrame(*m_data, m_positions, core::calendar::windowAt(t, core::calendar::DatePrecision::Day),
                 m_job.options, m_renderer->metrics(), m_scene, m_frame);
    return m_renderer->render(m_scene, m_frame, m_image, error);
}

bool SweepExporter::step(std::string& error) {
    if (!m_active || finished()) return true;
    const int frames = m_job.range.frameCount();
    bool ok = true;
    if (m_step < m_paletteFrames) {
        const int i =
            m_paletteFrames > 1 ? int(std::lround(double(m_step) * (frames - 1) / (m_paletteFrames - 1))) : 0;
        ok = renderFrame(m_job.range.frameTime(i), error) &&
             m_ffmpeg.write(m_image.rgba.data(), m_image.rgba.size(), error);
        if (ok && m_step + 1 == m_paletteFrames) ok = m_ffmpeg.finish(error) && startEncoder(false, error);
    } else {
        const int i = m_step - m_paletteFrames;
        ok = renderFrame(m_job.range.frameTime(i), error);
        if (ok) core::figure::markVisibleTies(*m_data, m_scene, m_seen);
        if (ok && m_job.kind == core::figure::ExportKind::Frames)
            ok = writeExportPng(m_stage + "/" + core::figure::sweepFrameName(i, frames), m_image, error);
        else if (ok)
            ok = m_ffmpeg.write(m_image.rgba.data(), m_image.rgba.size(), error);
    }
    if (!ok) {
        cancel();
        return false;
    }
    ++m_step;
    return true;
}

bool SweepExporter::moveFramesIntoPlace(std::string& error) {
    struct stat st {};
    if (::stat(m_job.path.c_str(), &st) != 0) {
        if (::rename(m_stage.c_str(), m_job.path.c_str()) != 0) {
            error = "cannot move the frames to " + m_job.path + ": " + std::strerror(errno);
            return false;
        }
        return true;
    }
    // The folder exists: the old sweep's frames give way to the new ones; other files stay.
    for (const std::string& name : frameFiles(m_job.path))
        ::unlink((m_job.path + "/" + name).c_str());
    for (const std::string& name : frameFiles(m_stage)) {
        if (::rename((m_stage + "/" + name).c_str(), (m_job.path + "/" + name).c_str()) != 0) {
            error = "cannot move " + name + " into " + m_job.path + ": " + std::strerror(errno);
            return false;
        }
    }
    ::rmdir(m_stage.c_str());
    return true;
}

bool SweepExporter::finish(std::string& error) {
    if (!finished()) {
        error = "the sweep is not finished";
        return false;
    }
    bool ok = true;
    if (m_job.kind == core::figure::ExportKind::Frames) {
        ok = moveFramesIntoPlace(error);
    } else {
        ok = m_ffmpeg.finish(error);
        if (ok && ::rename(m_stage.c_str(), m_job.path.c_str()) != 0) {
            error = "cannot move the video to " + m_job.path + ": " + std::strerror(errno);
            ok = false;
        }
    }
    if (!ok) {
        cancel();
        return false;
    }
    if (!m_palette.empty()) ::unlink(m_palette.c_str());
    m_palette.clear();
    m_active = false;
    if (!m_job.bibliography.empty()) {
        const std::string when = "from " + core::figure::captionDate(m_job.range.from) + " to " +
                                 core::figure::captionDate(m_job.range.to);
        return core::figure::writeBibliography(*m_data, m_seen, when, m_job.bibliography, error,
                                               m_job.options.bibKinds);
    }
    return true;
}

void SweepExporter::removeStage() {
    if (m_stage.empty()) return;
    if (m_job.kind == core::figure::ExportKind::Frames) {
        for (const std::string& name : frameFiles(m_stage))
            ::unlink((m_stage + "/" + name).c_str());
        ::rmdir(m_stage.c_str());
    } else {
        ::unlink(m_stage.c_str());
    }
    if (!m_palette.empty()) ::unlink(m_palette.c_str());
}

std::string SweepExporter::resultMessage() const {
    return writtenMessage(m_job.path, m_job.bibliography);
}

void SweepExporter::cancel() {
    if (!m_active) return;
    m_ffmpeg.abort();
    removeStage();
    m_active = false;
}

} // namespace tieline::exporter
