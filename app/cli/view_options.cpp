// The shared view options: merges, collapsed groups and hulls.
#include "cli/view_options.hpp"

namespace tieline::cli {

std::vector<commands::OptionSpec> viewOptions(bool withDefaults, bool withHulls) {
    std::vector<commands::OptionSpec> rows{
        {"--merge", true, "A=B,...",
         std::string("show actor A as part of actor B (its ties drawn as B's, the node labelled \"B + A\"); "
                     "a view, not an edit") +
             (withDefaults ? ", added to the dataset's own merges" : "")},
        {"--collapse", true, "GROUP,...",
         "show each group as one node, its ties with each other actor and type summed (capped at 1)"},
    };
    if (withDefaults)
        rows.push_back(
            {"--no-merges", false, "", "leave out the merges the dataset declares (its \"merges\")"});
    if (withHulls) rows.push_back({"--hulls", false, "", "shade each group's members with a named hull"});
    return rows;
}

std::string readViewRequest(const commands::ParsedArgs& parsed, ViewRequest& request) {
    if (const auto merge = parsed.value("--merge")) {
        // The form is checked here (a usage error); the ids once the dataset is loaded.
        std::size_t start = 0;
        while (start <= merge->size()) {
            std::size_t end = merge->find(',', start);
            if (end == std::string::npos) end = merge->size();
            const std::string item = merge->substr(start, end - start);
            const std::size_t eq = item.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == item.size())
                return "invalid --merge '" + item + "': expected FROM=INTO (actor ids)";
            start = end + 1;
        }
        request.merge = *merge;
    }
    if (const auto collapse = parsed.value("--collapse")) {
        if (collapse->empty()) return "--collapse needs a group id";
        request.collapse = *collapse;
    }
    request.hulls = parsed.has("--hulls");
    request.noDefaults = parsed.has("--no-merges");
    return "";
}

std::string resolveView(const core::model::Dataset& data, const ViewRequest& request, bool withDefaults,
                        core::scene::ViewMerges& view) {
    view = withDefaults && !request.noDefaults ? core::scene::defaultView(data) : core::scene::ViewMerges{};
    std::string why;
    if (!request.merge.empty() && !core::scene::parseMergeList(data, request.merge, view, why))
        return "--merge: " + why;
    if (!request.collapse.empty() && !core::scene::parseCollapseList(data, request.collapse, view, why))
        return "--collapse: " + why;
    return "";
}

} // namespace tieline::cli
