// The view options that export, snapshot, layout and metrics share: --merge A=B,... (show A as part
// of B), --collapse GROUP,... (a group as one node), --hulls (group hulls), and for export
// --no-merges (leave out the dataset's own merges). See core/scene/merge_view.hpp. No GL.
#pragma once

#include "commands/options.hpp"
#include "core/scene/merge_view.hpp"

#include <string>
#include <vector>

namespace tieline::cli {

struct ViewRequest {
    std::string merge, collapse; // as given
    bool hulls = false;
    bool noDefaults = false; // --no-merges
};

// The rows. `withDefaults`: the command applies the dataset's merges unless --no-merges (export);
// else only --merge's (snapshot, layout, metrics keep every actor's own id by default).
// `withHulls`: the command draws (--hulls).
std::vector<commands::OptionSpec> viewOptions(bool withDefaults, bool withHulls);

// Reads the options; returns a usage message or "".
std::string readViewRequest(const commands::ParsedArgs& parsed, ViewRequest& request);

// The view for `data`: the dataset's merges when `withDefaults` and not --no-merges, then --merge's,
// then --collapse's groups. Returns a message ("--merge: unknown actor 'x'") or "".
std::string resolveView(const core::model::Dataset& data, const ViewRequest& request, bool withDefaults,
                        core::scene::ViewMerges& view);

} // namespace tieline::cli
