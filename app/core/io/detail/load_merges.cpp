// Reader for the "merges" table: the merges a dataset declares for its default view. Core: no GL.
#include "core/io/detail/load_context.hpp"

#include <map>

namespace tieline::core::io {

using C = JsonChecker;

void loadMerges(LoadContext& ctx, const json& root) {
    const json* table = ctx.check.array(root, "", "merges", false);
    if (!table) return;
    std::map<std::uint32_t, std::string> mergedAt; // actor index -> where it was first merged
    for (std::size_t i = 0; i < table->size(); ++i) {
        const std::string ptr = C::child(C::child("", "merges"), i);
        const json& item = (*table)[i];
        if (!ctx.check.expectObject(item, ptr, "a merge")) continue;
        ctx.check.knownMembers(item, ptr, {"actor", "into", "label", "note"});
        model::DefaultMerge m;
        const json* actor = ctx.check.string(item, ptr, "actor", true);
        const json* into = ctx.check.string(item, ptr, "into", true);
        if (actor)
            m.actor = ctx.resolve<model::ActorId>(ctx.data.actorByKey, actor->get<std::string>(),
                                                  C::child(ptr, "actor"), "actor");
        if (into)
            m.into = ctx.resolve<model::ActorId>(ctx.data.actorByKey, into->get<std::string>(),
                                                 C::child(ptr, "into"), "actor");
        m.label = ctx.check.text(item, ptr, "label");
        m.note = ctx.check.text(item, ptr, "note");
        if (!m.actor.valid() || !m.into.valid()) continue;
        if (m.actor == m.into) {
            ctx.check.error(C::child(ptr, "into"), "an actor cannot be merged into itself (" +
                                                       inQuotes(into->get<std::string>()) + ")");
            continue;
        }
        const auto [it, fresh] = mergedAt.emplace(std::uint32_t(m.actor.index()), ptr);
        if (!fresh) {
            ctx.check.error(C::child(ptr, "actor"), inQuotes(actor->get<std::string>()) +
                                                        " is already merged (at " + it->second + ")");
            continue;
        }
        ctx.data.merges.push_back(std::move(m));
    }
    // A chain (a into b, b into c) is fine; a cycle (a into b, b into a) has no representative.
    std::map<std::uint32_t, std::uint32_t> next;
    for (const model::DefaultMerge& m : ctx.data.merges)
        next[std::uint32_t(m.actor.index())] = std::uint32_t(m.into.index());
    for (std::size_t i = 0; i < ctx.data.merges.size(); ++i) {
        std::uint32_t at = std::uint32_t(ctx.data.merges[i].into.index());
        for (std::size_t steps = 0; steps <= next.size(); ++steps) {
            const auto it = next.find(at);
            if (it == next.end()) break;
            if (it->first == ctx.data.merges[i].actor.index()) {
                ctx.check.error(mergedAt[it->first],
                                "these merges form a cycle: merging " +
                                    inQuotes(ctx.data.actor(ctx.data.merges[i].actor).key) +
                                    " ends up merging it into itself");
                return;
            }
            at = it->second;
        }
    }
}

} // namespace tieline::core::io
