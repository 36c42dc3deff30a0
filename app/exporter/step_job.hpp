// The interface of an export done a bounded step at a time, so that the window that runs it stays
// responsive and can cancel it: sweeps (SweepExporter) and story decks (DeckExporter) implement it,
// and one runner (gui/job_runner.hpp) drives any of them. Export layer; no GL here.
//
// Usage, after the job's own begin(...) succeeded:
//   while (!job.finished()) if (!job.step(error)) ...;   // progress() for a bar, cancel() to stop
//   job.finish(error);                                    // puts the result in place
//   job.resultMessage();                                  // "Wrote ..."
#pragma once

#include "core/figure/export_options.hpp"

#include <string>

namespace tieline::exporter {

// A job's output path as given, without trailing slashes ("deck/" and "deck" name one folder).
inline std::string withoutTrailingSlash(std::string path) {
    while (path.size() > 1 && path.back() == '/')
        path.pop_back();
    return path;
}

// The bookkeeping (steps done, active) lives here; a job says how many steps it has and does them.
class StepJob {
  public:
    virtual ~StepJob() = default;

    virtual bool step(std::string& error) = 0; // one bounded piece of work (a frame, a slide)
    virtual bool finish(std::string& error) = 0;
    virtual void cancel() = 0; // stops; what a cancelled job leaves behind: cancelledNote()
    virtual int stepCount() const = 0;
    // For the user: what the finished job wrote, and what a cancelled one left behind.
    virtual std::string resultMessage() const = 0;
    virtual std::string cancelledNote() const = 0;

    bool active() const { return m_active; }                            // begun, not finished or cancelled
    bool finished() const { return m_active && m_step >= stepCount(); } // every step done: finish() remains
    int stepsDone() const { return m_step; }
    double progress() const { // 0..1
        const int count = stepCount();
        return count > 0 ? double(m_step) / double(count) : 0.0;
    }

  protected:
    bool m_active = false;
    int m_step = 0;
};

// "Wrote PATH." or, with a bibliography, "Wrote PATH and its sources, F.md and F.json."
inline std::string writtenMessage(const std::string& path, const std::string& bibliography) {
    std::string text = "Wrote " + path;
    if (!bibliography.empty())
        text += " and its sources, " + bibliography + " and " + core::figure::cslPathFor(bibliography);
    return text + ".";
}

} // namespace tieline::exporter
