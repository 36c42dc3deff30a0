// Stepping through a loaded script, one frame at a time.
#include "gui/script.hpp"

#include "gui/script_commands.hpp"

namespace tieline::gui {

ScriptEffect stepScript(Script& script, ui::App& app) {
    ScriptEffect effect;
    if (script.next == 0 && !commandWithoutRunner().empty()) {
        effect.error = "the script command '" + std::string(commandWithoutRunner()) + "' has no runner";
        return effect;
    }
    if (script.waitFrames > 0) {
        --script.waitFrames;
        return effect;
    }
    while (script.next < script.lines.size()) {
        const ScriptLine& line = script.lines[script.next++];
        ScriptStep step{effect, script.waitFrames};
        if (const std::string why = runScriptLine(line, app, step); !why.empty()) {
            effect.error = script.file + ":" + std::to_string(line.number) + ": " + why;
            return effect;
        }
        if (effect.quit || line.command->endsFrame) return effect;
    }
    effect.quit = true;
    return effect;
}

} // namespace tieline::gui
