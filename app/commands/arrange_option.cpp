// The --arrange option.
#include "commands/arrange_option.hpp"
#include "core/layout/hierarchy.hpp"

namespace tieline::commands {

OptionSpec arrangeOptionSpec() {
    return {"--arrange", true, "MODE",
            "free (default), or hierarchy: patrons above clients, by depth in the patron relation"};
}

std::string readArrangeOption(const ParsedArgs& parsed, core::layout::LayoutParams& params) {
    const auto text = parsed.value("--arrange");
    if (!text) return "";
    const auto arrange = core::layout::parseArrange(*text);
    if (!arrange) return "invalid --arrange '" + *text + "': expected free or hierarchy";
    params.arrange = *arrange;
    return "";
}

} // namespace tieline::commands
