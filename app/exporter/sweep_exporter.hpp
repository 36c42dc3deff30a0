// A sweep from one date to another, one frame per step: numbered PNG frames in a folder, or an MP4
// (H.264) or GIF through ffmpeg, fed raw frames through a pipe. Memory stays flat however long
// the sweep: one scene, one picture and one frame in flight. Nothing appears at the target until
// the sweep succeeds: frames are staged in a sibling folder and videos written under a temporary
// name; cancel() or a failure removes them and leaves what was there untouched. Export layer.
//
// Usage (the CLI loops; the GUI calls step() a few times per UI frame so it stays responsive):
//   SweepExporter sweep;
//   sweep.begin(data, job, positionsAt, renderer, error);
//   while (!sweep.finished()) if (!sweep.step(error)) ...;   // progress() for a bar, cancel() to stop
//   sweep.finish(error);                                      // moves the result into place
#pragma once

#include "exporter/ffmpeg_pipe.hpp"
#include "exporter/snapshot_export.hpp"
#include "exporter/step_job.hpp"

#include <string>
#include <vector>

namespace tieline::exporter {

struct SweepJob {
    core::figure::ExportKind kind = core::figure::ExportKind::Frames; // Frames, Mp4 or Gif
    std::string path;                                                 // the folder (Frames) or the file
    core::figure::SweepRange range;
    core::figure::ExportOptions options;
    std::string bibliography;            // F.md (+ F.json); empty: none
    std::string x264Preset = "veryfast"; // speed against file size, not quality (CRF)
};

class SweepExporter final : public StepJob {
  public:
    SweepExporter() = default;
    ~SweepExporter() override; // cancels an unfinished sweep
    SweepExporter(const SweepExporter&) = delete;
    SweepExporter& operator=(const SweepExporter&) = delete;

    // Checks the job (target, ffmpeg) and starts: stages the folder or starts ffmpeg.
    bool begin(const core::model::Dataset& data, const SweepJob& job, PositionsAt positionsAt,
               SnapshotRenderer& renderer, std::string& error);
    bool step(std::string& error) override; // renders and writes the next frame
    bool finish(std::string& error) override;
    void cancel() override;                     // removes the staged frames or the temporary file
    int stepCount() const override;             // frames, plus the palette frames of a GIF
    std::string resultMessage() const override; // "Wrote PATH and its sources, F.md and F.json."
    std::string cancelledNote() const override { return "Nothing was written."; }

  private:
    const core::model::Dataset* m_data = nullptr;
    SweepJob m_job;
    PositionsAt m_positionsAt;
    SnapshotRenderer* m_renderer = nullptr;
    int m_paletteFrames = 0; // GIF: a palette from this many frames before the frames themselves
    std::string m_stage;     // Frames: the staging folder; Mp4/Gif: the temporary file
    std::string m_palette;   // GIF: the palette image
    FfmpegPipe m_ffmpeg;
    std::vector<core::model::Point> m_positions;
    core::scene::Scene m_scene;
    core::figure::ExportFrame m_frame;
    render::Image m_image;
    std::vector<char> m_seen; // ties visible in any frame, for the bibliography

    bool startEncoder(bool palettePass, std::string& error);
    bool renderFrame(core::calendar::Time t, std::string& error);
    bool moveFramesIntoPlace(std::string& error);
    void removeStage();
};

} // namespace tieline::exporter
