// Story decks: one slide per stop, then the Markdown.
#include "exporter/deck_exporter.hpp"

#include "core/figure/bibliography.hpp"
#include "core/figure/story_focus.hpp"
#include "core/figure/svg_writer.hpp"
#include "core/io/atomic_file.hpp"
#include "core/scene/merge_view.hpp"
#include "exporter/png_encoder.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace tieline::exporter {

namespace {

// Removes slide-*.png files in `dir` that the new deck does not have (a longer, older deck).
void removeStaleSlides(const std::string& dir, const std::vector<core::figure::DeckSlide>& slides) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return;
    std::vector<std::string> stale;
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name.rfind("slide-", 0) != 0 || name.size() < 11 || name.compare(name.size() - 4, 4, ".png") != 0)
            continue;
        if (std::none_of(slides.begin(), slides.end(),
                         [&](const core::figure::DeckSlide& s) { return s.file == name; }))
            stale.push_back(name);
    }
    ::closedir(d);
    for (const std::string& name : stale)
        std::remove((dir + "/" + name).c_str());
}

} // namespace

void prepareSlide(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                  const core::model::Story& story, std::size_t stop,
                  const core::figure::ExportOptions& options, const core::figure::FontMetrics& metrics,
                  core::scene::Scene& scene, core::figure::ExportFrame& frame) {
    core::scene::SceneInput in;
    core::figure::slideInput(data, story.stops[stop], positions, options.filter, in);
    core::scene::buildScene(in, exportSceneStyle(options), scene);
    core::scene::decorateMergedScene(data, scene, options.hulls);
    core::figure::layoutSlideFrame(data, scene, options, metrics, story, stop, frame);
}

bool exportStop(const core::model::Dataset& data, const StopJob& job, const PositionsAt& positionsAt,
                SnapshotRenderer& renderer, std::string& error) {
    for (const std::string* path : {&job.png, &job.svg})
        if (!path->empty() && !core::figure::checkOutputFile(*path, error)) return false;
    if (job.story >= data.stories.size() || job.stop >= data.stories[job.story].stops.size()) {
        error = "no such stop";
        return false;
    }
    const core::model::Story& story = data.stories[job.story];
    std::vector<core::model::Point> positions;
    positionsAt(core::figure::slideTime(data, story.stops[job.stop]), positions);
    core::scene::Scene scene;
    core::figure::ExportFrame frame;
    prepareSlide(data, positions, story, job.stop, job.options, renderer.metrics(), scene, frame);
    if (!job.png.empty()) {
        render::Image image;
        if (!renderer.render(scene, frame, image, error)) return false;
        if (!writeExportPng(job.png, image, error)) return false;
    }
    if (!job.svg.empty() &&
        !core::io::writeFileAtomic(job.svg, core::figure::svgDocument(data, scene, frame, renderer.metrics()),
                                   error))
        return false;
    return true;
}

bool DeckExporter::begin(const core::model::Dataset& data, const DeckJob& job, PositionsAt positionsAt,
                         SnapshotRenderer& renderer, std::string& error) {
    m_active = false;
    if (job.story >= data.stories.size()) {
        error = data.stories.empty() ? "the dataset has no stories"
                                     : "no story " + std::to_string(job.story) + ": the dataset has " +
                                           std::to_string(data.stories.size()) + " (numbered from 0)";
        return false;
    }
    const core::model::Story& story = data.stories[job.story];
    if (story.stops.empty()) {
        error = "story " + std::to_string(job.story) + " (" + story.title + ") has no stops";
        return false;
    }
    m_job = job;
    m_job.folder = withoutTrailingSlash(job.folder);
    if (!core::figure::checkOutputFolder(m_job.folder, error)) return false;
    if (::mkdir(m_job.folder.c_str(), 0755) != 0 && errno != EEXIST) {
        error = "cannot create " + m_job.folder + ": " + std::strerror(errno);
        return false;
    }
    m_data = &data;
    m_positionsAt = std::move(positionsAt);
    m_renderer = &renderer;
    m_slides.assign(story.stops.size(), {});
    for (std::size_t i = 0; i < m_slides.size(); ++i)
        m_slides[i].file = core::figure::slideFileName(i, m_slides.size());
    m_step = 0;
    m_active = true;
    return true;
}

bool DeckExporter::step(std::string& error) {
    if (finished() || !m_active) return true;
    const core::model::Dataset& data = *m_data;
    const core::model::Story& story = data.stories[m_job.story];
    const std::size_t i = std::size_t(m_step);
    const core::model::StoryStop& stop = story.stops[i];
    const core::calendar::Time t = core::figure::slideTime(data, stop);
    m_positionsAt(t, m_positions);
    prepareSlide(data, m_positions, story, i, m_job.options, m_renderer->metrics(), m_scene, m_frame);
    if (!m_renderer->render(m_scene, m_frame, m_image, error)) return false;
    if (!writeExportPng(m_job.folder + "/" + m_slides[i].file, m_image, error)) return false;
    core::figure::markVisibleTies(data, m_scene, m_slides[i].ties);
    ++m_step;
    return true;
}

bool DeckExporter::finish(std::string& error) {
    if (!finished()) {
        error = "the deck is not complete";
        return false;
    }
    m_active = false;
    const std::string md = core::figure::deckMarkdown(*m_data, m_data->stories[m_job.story], m_slides);
    if (!core::io::writeFileAtomic(m_job.folder + "/" + kDeckMarkdown, md, error)) return false;
    removeStaleSlides(m_job.folder, m_slides);
    return true;
}

std::string DeckExporter::resultMessage() const {
    return "Wrote " + std::to_string(stepCount()) + " slides and " + kDeckMarkdown + " to " + m_job.folder +
           ".";
}

} // namespace tieline::exporter
