// Serializes an ActiveSet with the names and ids a reader needs. Core: no GL.
#include "core/io/snapshot_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tieline::core::io {

namespace {

double rounded(double value, double scale) {
    return std::round(value * scale) / scale;
}

} // namespace

std::string snapshotJson(const model::Dataset& data, calendar::Time t, const SnapshotOptions& options) {
    return snapshotJson(data, calendar::windowAt(t, calendar::DatePrecision::Day), options);
}

std::string snapshotJson(const model::Dataset& data, const calendar::Window& window,
                         const SnapshotOptions& options) {
    using nlohmann::ordered_json;
    const model::ActiveSet active = activeDuring(data, window);
    const bool oneDay = window.end - window.begin == 1;
    ordered_json out;
    out["title"] = data.meta.title;
    out["at"] = calendar::windowKey(window);
    if (!oneDay || window.precision != calendar::DatePrecision::Day)
        out["precision"] = window.range                                         ? "range"
                           : window.precision == calendar::DatePrecision::Year  ? "year"
                           : window.precision == calendar::DatePrecision::Month ? "month"
                                                                                : "day";
    ordered_json actors = ordered_json::array();
    for (const model::ActiveActor& a : active.actors) {
        const model::Actor& actor = data.actor(a.id);
        ordered_json item;
        item["id"] = actor.key;
        item["name"] = actor.name;
        if (!actor.native.empty()) item["native"] = actor.native;
        item["kind"] = model::keyword(actor.kind);
        if (const model::Group* g = data.group(actor.group)) item["group"] = g->key;
        item["approximate"] = a.approximate;
        if (options.positions && a.id.index() < options.positions->size()) {
            const model::Point& p = (*options.positions)[a.id.index()];
            item["x"] = rounded(p.x, 1e4);
            item["y"] = rounded(p.y, 1e4);
        }
        actors.push_back(std::move(item));
    }
    ordered_json ties = ordered_json::array();
    for (const model::ActiveTie& at : active.ties) {
        const model::Tie& tie = data.tie(at.id);
        ordered_json item;
        item["id"] = tie.key;
        item["from"] = data.actor(tie.from).key;
        item["to"] = data.actor(tie.to).key;
        item["type"] = data.tieType(tie.type).key;
        item["strength"] = rounded(at.strength, 1e6);
        item["confidence"] = model::keyword(tie.confidence);
        item["claims"] = tie.claims.size();
        item["approximate"] = at.approximate;
        if (!oneDay) item["partial"] = at.partial;
        ties.push_back(std::move(item));
    }
    out["actors"] = std::move(actors);
    out["ties"] = std::move(ties);
    return out.dump(options.indent);
}

} // namespace tieline::core::io
