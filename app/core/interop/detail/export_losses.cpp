// The parts of a dataset that GEXF and CSV tables have no place for. Core: no GL.
#include "core/interop/detail/export_losses.hpp"

namespace tieline::core::interop {

namespace {

std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

std::vector<std::string> graphFormatLosses(const model::Dataset& d) {
    std::vector<std::string> out;
    if (!d.events.empty()) out.push_back(counted(d.events.size(), "event", "events"));
    if (!d.stories.empty()) out.push_back(counted(d.stories.size(), "story", "stories"));
    out.push_back("the title (the file name stands in when it is read back)");
    if (!d.meta.license.empty()) out.push_back("meta.license");
    if (!d.meta.citation.empty()) out.push_back("meta.citation");
    if (d.meta.step != model::TimeStep::Month) out.push_back("meta.step");
    std::vector<bool> typeUsed(d.tieTypes.size()), groupUsed(d.groups.size());
    for (const model::Tie& t : d.ties)
        typeUsed[t.type.index()] = true;
    for (const model::Actor& a : d.actors)
        if (a.group.valid()) groupUsed[a.group.index()] = true;
    std::size_t typeText = 0, typeUnused = 0, groupText = 0, groupUnused = 0;
    for (std::size_t i = 0; i < d.tieTypes.size(); ++i) {
        typeText += !d.tieTypes[i].description.empty();
        typeUnused += !typeUsed[i];
    }
    for (std::size_t i = 0; i < d.groups.size(); ++i) {
        groupText += !d.groups[i].description.empty();
        groupUnused += !groupUsed[i];
    }
    if (typeText) out.push_back(counted(typeText, "tie type description", "tie type descriptions"));
    if (typeUnused) out.push_back(counted(typeUnused, "tie type no tie uses", "tie types no tie uses"));
    if (groupText) out.push_back(counted(groupText, "group description", "group descriptions"));
    if (groupUnused)
        out.push_back(counted(groupUnused, "group no actor belongs to", "groups no actor belongs to"));
    return out;
}

} // namespace tieline::core::interop
