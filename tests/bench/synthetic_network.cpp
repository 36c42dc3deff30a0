// The synthetic temporal network (synthetic_network.hpp).
#include "synthetic_network.hpp"

#include "core/layout/graph.hpp"
#include "core/layout/rng.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace tieline::bench {

using namespace tieline::core;

model::Dataset syntheticNetwork(std::uint32_t actors, std::uint64_t seed) {
    model::Dataset d;
    d.meta.title = "Synthetic network, " + std::to_string(actors) + " actors";
    d.meta.start = *calendar::parseDate("1955");
    d.meta.end = *calendar::parseDate("1969");
    d.meta.step = model::TimeStep::Month;
    // The default dataset's kinds of tie: patron-type ones make the patron shares, one is hostile.
    d.tieTypes = {model::TieType{"patronage", "patronage", "", true, +1, 0x0072B2},
                  model::TieType{"aid", "aid", "", true, +1, 0x009E73},
                  model::TieType{"treaty", "treaty", "", false, +1, 0xE69F00},
                  model::TieType{"alliance", "alliance", "", false, +1, 0x56B4E9},
                  model::TieType{"rivalry", "rivalry", "", false, -1, 0xD55E00}};
    constexpr int kCamps = 12;
    for (int g = 0; g < kCamps; ++g)
        d.groups.push_back(model::Group{"camp" + std::to_string(g), "Camp " + std::to_string(g), "",
                                        model::Rgb(0x202020u + std::uint32_t(g) * 0x0B0D07u)});
    layout::Rng rng(seed);
    const auto month = [](int offset) {
        return calendar::Date{1955 + offset / 12, static_cast<std::uint8_t>(1 + offset % 12), 0, false};
    };
    std::vector<std::pair<int, int>> present(actors, {0, 179}); // months from January 1955
    for (std::uint32_t i = 0; i < actors; ++i) {
        model::Actor a;
        a.key = "a" + std::to_string(i);
        a.name = "Actor " + std::to_string(i);
        a.kind = i % 5 == 0 ? model::ActorKind::Organization : model::ActorKind::Person;
        a.group = model::GroupId(std::uint32_t(rng.uniform() * kCamps) % kCamps);
        if (rng.uniform() < 0.3) { // some enter late or leave early
            const int s = int(rng.uniform() * 150),
                      e = std::min(s + 6 + int(rng.uniform() * double(173 - s)), 179);
            a.spans.push_back(calendar::Span{month(s), month(e)});
            present[i] = {s, e};
        }
        d.actors.push_back(std::move(a));
    }
    // Preferential attachment with 3 edges per new node: the hubs are the early actors.
    const layout::Graph g = layout::barabasiAlbert(actors, 3, seed);
    for (std::size_t k = 0; k < g.edges.size(); ++k) {
        model::Tie t;
        t.key = "t" + std::to_string(k);
        // The older (better connected) end is the patron.
        t.from = model::ActorId(std::min(g.edges[k].source, g.edges[k].target));
        t.to = model::ActorId(std::max(g.edges[k].source, g.edges[k].target));
        const double kind = rng.uniform();
        t.type = model::TieTypeId(kind < 0.35 ? 0 : kind < 0.55 ? 1 : kind < 0.65 ? 2 : kind < 0.9 ? 3 : 4);
        // Inside the months both ends are present (an actor that enters late or leaves early is
        // made present throughout when it has nothing in common with its partner).
        model::Actor& a = d.actors[t.from.index()];
        model::Actor& b = d.actors[t.to.index()];
        const auto window = [&](const model::Actor& x) {
            return x.spans.empty() ? std::pair(0, 179) : present[&x - d.actors.data()];
        };
        int lo = std::max(window(a).first, window(b).first),
            hi = std::min(window(a).second, window(b).second);
        if (hi - lo < 2) {
            b.spans.clear();
            lo = window(a).first;
            hi = window(a).second;
        }
        const int s = rng.uniform() < 0.4 ? lo : lo + int(rng.uniform() * double(hi - lo - 1));
        const int e = s + 12 + int(rng.uniform() * 200);
        t.spans.push_back(calendar::Span{month(s), e >= hi
                                                       ? (hi >= 179 ? std::nullopt : std::optional(month(hi)))
                                                       : std::optional(month(e))});
        t.strength = {model::StrengthKey{month(s), 0.3 + 0.7 * rng.uniform()},
                      model::StrengthKey{month(std::min(s + 30, 179)), 0.1 + 0.9 * rng.uniform()}};
        t.confidence = model::Confidence::Medium;
        d.ties.push_back(std::move(t));
    }
    d.indexKeys();
    return d;
}

} // namespace tieline::bench
