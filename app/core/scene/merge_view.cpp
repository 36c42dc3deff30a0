// The merged view of a dataset: representatives, labels, re-pointed ties and collapsed groups'
// aggregated ties. Core: no GL.
#include "core/scene/merge_view.hpp"

#include "core/model/active.hpp"
#include "core/scene/hulls.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

namespace tieline::core::scene {

namespace {

calendar::Date dayDate(calendar::DayNumber day) {
    const calendar::CivilDay c = calendar::civilFromDays(day);
    calendar::Date d;
    d.year = c.year;
    d.month = std::uint8_t(c.month);
    d.day = std::uint8_t(c.day);
    return d;
}

// A span on the day before the dataset's range: whatever holds it is never present or active.
std::vector<calendar::Span> never(const model::Dataset& data) {
    const calendar::Date d = dayDate(data.rangeBegin() - 1);
    return {calendar::Span{d, d}};
}

using Interval = std::pair<calendar::DayNumber, calendar::DayNumber>; // [begin, end)

std::vector<Interval> resolved(const model::Dataset& data, const std::vector<calendar::Span>& spans) {
    std::vector<Interval> out;
    for (const calendar::Span& s : spans) {
        const calendar::ResolvedSpan r = calendar::resolveSpan(s, data.meta.start, data.meta.end);
        out.push_back({r.begin, r.end});
    }
    return out;
}

// Sorted, overlapping and touching intervals joined.
std::vector<Interval> unite(std::vector<Interval> in) {
    std::sort(in.begin(), in.end());
    std::vector<Interval> out;
    for (const Interval& i : in) {
        if (!out.empty() && i.first <= out.back().second)
            out.back().second = std::max(out.back().second, i.second);
        else
            out.push_back(i);
    }
    return out;
}

std::vector<calendar::Span> daySpans(const std::vector<Interval>& intervals) {
    std::vector<calendar::Span> out;
    for (const Interval& i : intervals)
        out.push_back({dayDate(i.first), dayDate(i.second - 1)});
    return out;
}

bool covers(const std::vector<Interval>& outer, const Interval& inner) {
    for (const Interval& o : outer)
        if (o.first <= inner.first && inner.second <= o.second) return true;
    return false;
}

// The representative's presence: every member's. Kept as written when the representative's own
// spans already cover the others' (approximate ends stay approximate).
std::vector<calendar::Span> presenceOf(const model::Dataset& data,
                                       const std::vector<model::ActorId>& members) {
    std::vector<Interval> all;
    for (model::ActorId m : members) {
        if (data.actor(m).spans.empty()) return {}; // present throughout
        for (const Interval& i : resolved(data, data.actor(m).spans))
            all.push_back(i);
    }
    const model::Actor& rep = data.actor(members.front());
    const std::vector<Interval> own = unite(resolved(data, rep.spans));
    if (std::all_of(all.begin(), all.end(), [&](const Interval& i) { return covers(own, i); }))
        return rep.spans;
    return daySpans(unite(all));
}

// The ties of `group` (indices, first is the carrier) as one tie: see the header for the rule.
void aggregate(const model::Dataset& data, model::Dataset& out, const std::vector<std::uint32_t>& group) {
    model::Tie& carrier = out.ties[group.front()];
    std::vector<Interval> intervals;
    std::vector<calendar::DayNumber> turns;
    for (std::uint32_t t : group) {
        const model::Tie& tie = data.ties[t];
        for (const Interval& i : resolved(data, tie.spans)) {
            intervals.push_back(i);
            turns.insert(turns.end(), {i.first, i.second - 1, i.second});
        }
        for (const model::StrengthKey& k : tie.strength)
            turns.push_back(k.date.firstDay());
        for (model::ActorId end : {tie.from, tie.to}) // a tie holds only while both ends are present
            for (const Interval& i : resolved(data, data.actor(end).spans))
                turns.insert(turns.end(), {i.first - 1, i.first, i.second - 1, i.second});
    }
    const std::vector<Interval> united = unite(intervals);
    std::sort(turns.begin(), turns.end());
    turns.erase(std::unique(turns.begin(), turns.end()), turns.end());
    std::vector<model::StrengthKey> keys;
    for (calendar::DayNumber d : turns) {
        if (!covers(united, {d, d + 1})) continue;
        double sum = 0;
        for (std::uint32_t t : group) {
            const model::Tie& tie = data.ties[t];
            const auto spans = resolved(data, tie.spans);
            const bool holds = std::any_of(spans.begin(), spans.end(),
                                           [&](const Interval& i) { return d >= i.first && d < i.second; });
            if (holds && model::actorSpanAt(data, data.actor(tie.from), d) &&
                model::actorSpanAt(data, data.actor(tie.to), d))
                sum += model::strengthAt(tie, d);
        }
        keys.push_back({dayDate(d), std::min(1.0, sum)});
    }
    std::string key;
    std::vector<model::Claim> claims;
    model::Confidence confidence = data.ties[group.front()].confidence;
    for (std::uint32_t t : group) {
        const model::Tie& tie = data.ties[t];
        key.append(key.empty() ? "" : "+").append(tie.key);
        claims.insert(claims.end(), tie.claims.begin(), tie.claims.end());
        confidence = std::max(confidence, tie.confidence);
        if (t != group.front()) out.ties[t].spans = never(data);
    }
    carrier.key = key;
    carrier.spans = daySpans(united);
    carrier.strength = std::move(keys);
    carrier.claims = std::move(claims);
    carrier.confidence = confidence;
}

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> items;
    std::string current;
    for (char c : text) {
        if (c == ',') {
            items.push_back(current);
            current.clear();
        } else if (c != ' ') {
            current += c;
        }
    }
    items.push_back(current);
    return items;
}

} // namespace

ViewMerges defaultView(const model::Dataset& data) {
    ViewMerges view;
    for (const model::DefaultMerge& m : data.merges)
        view.merges.push_back({m.actor, m.into});
    return view;
}

std::vector<std::uint32_t> representatives(const model::Dataset& data, const ViewMerges& view) {
    const std::size_t n = data.actors.size();
    std::vector<std::uint32_t> parent(n);
    for (std::size_t i = 0; i < n; ++i)
        parent[i] = std::uint32_t(i);
    const auto find = [&](std::uint32_t x) {
        while (parent[x] != x)
            x = parent[x];
        return x;
    };
    for (const MergeRule& m : view.merges) {
        if (!m.from.valid() || !m.into.valid() || m.from.index() >= n || m.into.index() >= n) continue;
        const std::uint32_t from = find(std::uint32_t(m.from.index())),
                            into = find(std::uint32_t(m.into.index()));
        if (from != into) parent[from] = into;
    }
    for (model::GroupId g : view.collapsed) {
        std::optional<std::uint32_t> carrier;
        for (std::size_t i = 0; i < n; ++i) {
            if (data.actors[i].group != g) continue;
            if (!carrier) {
                carrier = find(std::uint32_t(i));
                continue;
            }
            const std::uint32_t root = find(std::uint32_t(i));
            if (root != *carrier) parent[root] = *carrier;
        }
    }
    std::vector<std::uint32_t> rep(n);
    for (std::size_t i = 0; i < n; ++i)
        rep[i] = find(std::uint32_t(i));
    return rep;
}

std::vector<MergeRule> flattenedMerges(const model::Dataset& data, const ViewMerges& view) {
    const std::vector<std::uint32_t> rep = representatives(data, view);
    std::vector<MergeRule> out;
    for (std::size_t i = 0; i < rep.size(); ++i)
        if (rep[i] != i) out.push_back({model::ActorId(std::uint32_t(i)), model::ActorId(rep[i])});
    return out;
}

std::string shortName(const model::Actor& actor) {
    const std::string& name = actor.name;
    std::size_t characters = 0;
    for (unsigned char c : name)
        if ((c & 0xC0) != 0x80) ++characters;
    if (characters <= 16) return name;
    std::string out;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find(" / ", start);
        if (end == std::string::npos) end = name.size();
        const std::string part = name.substr(start, end - start);
        std::string initials;
        bool oneWord = part.find(' ') == std::string::npos;
        if (oneWord) {
            initials = part;
        } else {
            bool wordStart = true;
            for (char c : part) {
                if (wordStart && std::isupper(static_cast<unsigned char>(c))) initials += c;
                wordStart = c == ' ' || c == '-';
            }
            if (initials.empty()) initials = part;
        }
        out.append(out.empty() ? "" : "/").append(initials);
        start = end + 3;
    }
    return out;
}

std::string mergedLabel(const model::Dataset& data, model::ActorId representative,
                        const std::vector<model::ActorId>& members) {
    for (const model::DefaultMerge& m : data.merges)
        if (!m.label.empty() && m.into == representative && members.size() == 2 && members[1] == m.actor)
            return m.label;
    std::string label = data.actor(representative).name;
    for (std::size_t i = 1; i < members.size(); ++i)
        label += " + " + shortName(data.actor(members[i]));
    return label;
}

model::Dataset mergedDataset(const model::Dataset& data, const ViewMerges& view) {
    model::Dataset out = data;
    if (view.empty()) return out;
    const std::vector<std::uint32_t> rep = representatives(data, view);
    const std::size_t n = data.actors.size();
    std::vector<std::vector<model::ActorId>> members(n); // per representative: itself, then the others
    for (std::size_t i = 0; i < n; ++i)
        if (rep[i] == i) members[i].push_back(model::ActorId(std::uint32_t(i)));
    for (std::size_t i = 0; i < n; ++i)
        if (rep[i] != i) members[rep[i]].push_back(model::ActorId(std::uint32_t(i)));
    // Collapsed groups: which representative carries each.
    std::vector<int> collapsedGroup(n, -1);
    for (model::GroupId g : view.collapsed)
        for (std::size_t i = 0; i < n; ++i)
            if (data.actors[i].group == g) {
                collapsedGroup[rep[i]] = int(g.index());
                break;
            }

    for (std::size_t i = 0; i < n; ++i) {
        model::Actor& a = out.actors[i];
        if (rep[i] != i) {
            a.spans = never(data);
            a.pin.reset();
            continue;
        }
        if (members[i].size() < 2) continue;
        a.spans = presenceOf(data, members[i]);
        std::string line;
        if (collapsedGroup[i] >= 0) {
            const model::Group& g = data.groups[std::size_t(collapsedGroup[i])];
            a.name = g.label + " (" + std::to_string(members[i].size()) + ")";
            a.native.clear();
            line = a.name + ": the group " + g.label + " collapsed into one node (";
            for (std::size_t k = 0; k < members[i].size(); ++k)
                line.append(k ? ", " : "").append(data.actor(members[i][k]).name);
            line += "), its ties with each other actor and type summed";
        } else {
            a.name = mergedLabel(data, members[i].front(), members[i]);
            line = a.name + ": the ties of ";
            for (std::size_t k = 1; k < members[i].size(); ++k)
                line.append(k > 1 ? ", " : "").append(data.actor(members[i][k]).name);
            line += " drawn as " + data.actor(members[i].front()).name + "'s";
        }
        out.viewNotes.push_back({members[i].front(), line});
    }

    std::map<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>, std::vector<std::uint32_t>>
        collapsedTies;
    for (std::size_t t = 0; t < data.ties.size(); ++t) {
        model::Tie& tie = out.ties[t];
        std::uint32_t from = rep[tie.from.index()], to = rep[tie.to.index()];
        tie.from = model::ActorId(from);
        tie.to = model::ActorId(to);
        if (from == to) {
            tie.spans = never(data); // inside the merged node
            continue;
        }
        if (collapsedGroup[from] < 0 && collapsedGroup[to] < 0) continue;
        if (!data.isDirected(tie) && from > to) std::swap(from, to);
        collapsedTies[{from, to, std::uint32_t(tie.type.index())}].push_back(std::uint32_t(t));
    }
    for (const auto& [key, ties] : collapsedTies)
        if (ties.size() > 1) aggregate(data, out, ties);

    for (model::Event& e : out.events) {
        for (model::ActorId& a : e.actors)
            a = model::ActorId(rep[a.index()]);
        std::sort(e.actors.begin(), e.actors.end());
        e.actors.erase(std::unique(e.actors.begin(), e.actors.end()), e.actors.end());
    }
    for (model::Story& s : out.stories)
        for (model::StoryStop& stop : s.stops)
            for (model::ActorId& a : stop.focus)
                a = model::ActorId(rep[a.index()]);
    out.indexKeys();
    return out;
}

void decorateMergedScene(const model::Dataset& shown, Scene& scene, bool hulls) {
    for (SceneLabel& l : scene.labels)
        for (const model::Dataset::ViewNote& note : shown.viewNotes)
            if (note.node == l.actor && l.priority < 1e9) l.priority += 1e9;
    if (hulls) addGroupHulls(shown, scene);
}

bool parseMergeList(const model::Dataset& data, std::string_view text, ViewMerges& view, std::string& why) {
    for (const std::string& item : splitList(text)) {
        const std::size_t eq = item.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == item.size()) {
            why = "'" + item + "': expected FROM=INTO (actor ids)";
            return false;
        }
        const std::string from = item.substr(0, eq), into = item.substr(eq + 1);
        const auto a = data.findActor(from), b = data.findActor(into);
        if (!a || !b) {
            why = "unknown actor '" + (a ? into : from) + "'";
            return false;
        }
        if (*a == *b) {
            why = "'" + item + "' merges an actor into itself";
            return false;
        }
        view.merges.push_back({*a, *b});
    }
    return true;
}

bool parseCollapseList(const model::Dataset& data, std::string_view text, ViewMerges& view,
                       std::string& why) {
    for (const std::string& item : splitList(text)) {
        const auto it = data.groupByKey.find(item);
        if (it == data.groupByKey.end()) {
            why = "unknown group '" + item + "'";
            return false;
        }
        if (std::find(view.collapsed.begin(), view.collapsed.end(), it->second) == view.collapsed.end())
            view.collapsed.push_back(it->second);
    }
    return true;
}

} // namespace tieline::core::scene
