// Bibliography of the visible ties: Markdown and CSL-JSON. Core: no GL.
#include "core/figure/bibliography.hpp"

#include "core/figure/export_options.hpp"
#include "core/io/atomic_file.hpp"
#include "core/io/dataset_writer.hpp"
#include "core/model/citation.hpp"

#include <algorithm>

namespace tieline::core::figure {

namespace {

// Escapes what Markdown would read as markup and keeps each item on one line.
std::string markdownText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
            continue;
        }
        if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' ||
            c == '#' || c == '|')
            out += '\\';
        out += c;
    }
    return out;
}

std::string tieTitle(const model::Dataset& data, const model::Tie& tie) {
    const model::TieType& type = data.tieType(tie.type);
    const char* arrow = data.isDirected(tie) ? " \xE2\x86\x92 " : " \xE2\x80\x93 "; // → or –
    return "**" + markdownText(data.actor(tie.from).name) + arrow + markdownText(data.actor(tie.to).name) +
           "**, " + markdownText(type.label.empty() ? type.key : type.label) + " (" +
           model::keyword(tie.confidence) + " confidence)";
}

} // namespace

void markVisibleTies(const model::Dataset& data, const scene::Scene& scene, std::vector<char>& seen) {
    seen.resize(data.ties.size(), 0);
    for (const scene::SceneEdge& e : scene.edges)
        if (e.alpha > 0.02f && e.t1 > e.t0 && e.tie.index() < seen.size()) seen[e.tie.index()] = 1;
}

std::vector<model::SourceId> sourcesOfTies(const model::Dataset& data, const std::vector<char>& ties,
                                           model::EvidenceMask kinds) {
    std::vector<char> cited(data.sources.size(), 0);
    for (std::size_t i = 0; i < ties.size() && i < data.ties.size(); ++i)
        if (ties[i])
            for (const model::Claim& c : data.ties[i].claims)
                if (c.source.valid() && (kinds & model::evidenceBit(data.source(c.source).evidence)))
                    cited[c.source.index()] = 1;
    std::vector<std::pair<std::string, model::SourceId>> order;
    for (std::size_t i = 0; i < cited.size(); ++i)
        if (cited[i])
            order.emplace_back(model::formatCitation(data.sources[i]), model::SourceId(std::uint32_t(i)));
    std::sort(order.begin(), order.end());
    std::vector<model::SourceId> out;
    for (const auto& [citation, id] : order)
        out.push_back(id);
    return out;
}

std::string bibliographyMarkdown(const model::Dataset& data, const std::vector<char>& ties,
                                 const std::string& when, model::EvidenceMask kinds) {
    const std::vector<model::SourceId> sources = sourcesOfTies(data, ties, kinds);
    std::size_t tieCount = 0;
    for (std::size_t i = 0; i < ties.size() && i < data.ties.size(); ++i)
        tieCount += ties[i] ? 1 : 0;
    std::string out = "# Sources: " + markdownText(data.meta.title) + "\n\n";
    out += "The sources of the " + std::to_string(tieCount) + (tieCount == 1 ? " tie" : " ties") + " shown " +
           markdownText(when) + ": " + std::to_string(sources.size()) +
           (sources.size() == 1 ? " source" : " sources") + ", with the claims they support.\n";
    if ((kinds & model::kAllEvidence) != model::kAllEvidence) {
        std::string kept;
        for (int k = 0; k < model::kEvidenceCount; ++k)
            if (kinds & model::evidenceBit(model::Evidence(k)))
                kept += (kept.empty() ? "" : ", ") + std::string(model::label(model::Evidence(k)));
        out += "\nOnly these kinds of source: " + markdownText(kept) + ".\n";
    }
    for (const model::Dataset::ViewNote& note : data.viewNotes) // a merged view (core/scene/merge_view.hpp)
        out += "\nShown as one: " + markdownText(note.text) + ".\n";
    if (!data.meta.citation.empty()) out += "\nDataset: " + markdownText(data.meta.citation) + "\n";
    int number = 0;
    for (model::SourceId id : sources) {
        const model::Source& s = data.source(id);
        out += '\n';
        out += std::to_string(++number);
        out += ". " + markdownText(model::formatCitation(s)) + " *" + model::label(s.evidence) + "*\n";
        for (std::size_t i = 0; i < ties.size() && i < data.ties.size(); ++i) {
            if (!ties[i]) continue;
            const model::Tie& tie = data.ties[i];
            bool titled = false;
            for (const model::Claim& c : tie.claims) {
                if (c.source != id) continue;
                if (!titled) out += "    - " + tieTitle(data, tie) + "\n";
                titled = true;
                // "p. 12: “quote” (what it supports)"; parts the claim lacks are left out.
                std::string line = markdownText(c.locator);
                if (!c.quote.empty())
                    line += (line.empty() ? "" : ": ") + std::string("\xE2\x80\x9C") + markdownText(c.quote) +
                            "\xE2\x80\x9D";
                if (!c.supports.empty())
                    line += line.empty() ? markdownText(c.supports) : " (" + markdownText(c.supports) + ")";
                out += "        - " +
                       (line.empty() ? std::string("(a claim without quote or locator)") : line) + "\n";
            }
        }
    }
    return out;
}

std::string bibliographyCslJson(const model::Dataset& data, const std::vector<char>& ties,
                                model::EvidenceMask kinds) {
    std::vector<model::Source> items;
    for (model::SourceId id : sourcesOfTies(data, ties, kinds))
        items.push_back(data.source(id));
    return io::sourcesToCslJson(items);
}

bool writeBibliography(const model::Dataset& data, const std::vector<char>& ties, const std::string& when,
                       const std::string& markdownPath, std::string& why, model::EvidenceMask kinds) {
    return io::writeFileAtomic(markdownPath, bibliographyMarkdown(data, ties, when, kinds), why) &&
           io::writeFileAtomic(cslPathFor(markdownPath), bibliographyCslJson(data, ties, kinds), why);
}

} // namespace tieline::core::figure
