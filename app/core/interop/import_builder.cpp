// Turning what a GEXF file or CSV tables state into a Dataset: keys, actors, tie types, groups,
// sources, ties and the time range, with every problem reported where it was written. Core: no GL.
#include "core/interop/import_builder.hpp"

#include "core/interop/import_values.hpp"
#include "core/interop/notation.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace tieline::core::interop {

namespace {

// Keys handed out so far in one table, to make each new one unique ("a", "a-2", "a-3"...).
class KeyTable {
public:
    std::string claim(std::string base, const char* fallback, std::size_t index) {
        if (base.empty()) base = std::string(fallback) + "-" + std::to_string(index + 1);
        std::string key = base;
        for (int n = 2; !m_used.insert(key).second; ++n) key = base + "-" + std::to_string(n);
        return key;
    }

private:
    std::unordered_set<std::string> m_used;
};

struct Builder {
    Builder(RawGraph& r, const ImportOptions& o, Reporter& rep) : raw(r), options(o), report(rep) {}

    RawGraph& raw;
    const ImportOptions& options;
    Reporter& report;
    Dataset data;
    std::vector<std::string> tieLabels; // each tie's edge label, as written
    std::unordered_map<std::string, std::uint32_t> actorOf; // raw node id -> index
    std::vector<std::string> undescribed;                    // source ids without a CSL description
    std::map<std::pair<std::string, bool>, TieTypeId> typeOf; // (kind key, directed) -> type
    std::vector<std::pair<std::string, int>> typeLabels;      // per type: the edges' shared label, -1 if mixed
    KeyTable actorKeys, tieKeys;
    std::set<std::string> claimKeys;
    bool ok = true;

    SourceId source(const std::string& id) {
        const std::string key = kebabKey(id);
        if (const auto found = data.findSource(key)) return *found;
        const SourceId sid(static_cast<std::uint32_t>(data.sources.size()));
        data.sources.push_back(Source{key, "document", id, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}});
        data.sourceByKey.emplace(key, sid);
        undescribed.push_back(key);
        return sid;
    }

    GroupId group(const RawNode& n) {
        const std::string key = kebabKey(n.group);
        if (key.empty()) return GroupId();
        const auto [it, inserted] = data.groupByKey.emplace(key, GroupId(static_cast<std::uint32_t>(data.groups.size())));
        if (inserted)
            data.groups.push_back(Group{key, n.groupLabel.empty() ? n.group : n.groupLabel, "", n.color.value_or(0x888888)});
        return it->second;
    }

    void addActor(RawNode& n, std::size_t i) {
        if (n.id.empty()) {
            report.error(n.where.at("id"), "expected a node id, found nothing");
            ok = false;
            return;
        }
        const auto [it, inserted] = actorOf.emplace(n.id, static_cast<std::uint32_t>(data.actors.size()));
        if (!inserted) {
            report.error(n.where.at("id"), "duplicate node id \"" + n.id + "\"");
            ok = false;
            return;
        }
        Actor a;
        a.key = actorKeys.claim(kebabKey(n.id), "node", i);
        a.name = n.label.empty() ? n.id : n.label;
        a.variants = std::move(n.variants);
        a.native = std::move(n.native);
        a.nativeUnverified = n.nativeUnverified;
        a.kind = ActorKind::Other;
        if (!n.kind.empty()) {
            if (const auto kind = parseActorKind(n.kind))
                a.kind = *kind;
            else
                report.warning(n.where.at("kind"), "unknown actor kind \"" + n.kind + "\" (expected person, faction, "
                                                   "state, party, state-party, military, movement, organization or "
                                                   "other); using other");
        }
        a.group = group(n);
        a.description = std::move(n.description);
        a.spans = chooseSpans(n.spans, n.spansArePoints, n.exactSpans, report, ok);
        for (const std::string& s : n.sources) a.sources.push_back(source(s));
        if (n.pinned && n.position) a.pin = n.position;
        // A file's own id that could not be kept as the key is worth keeping as the reference.
        a.ref = !n.ref.empty() || a.key == n.id ? std::move(n.ref) : n.id;
        data.actors.push_back(std::move(a));
    }

    ActorId endpoint(const std::string& id, const Where& where) {
        if (const auto it = actorOf.find(id); it != actorOf.end()) return ActorId(it->second);
        if (!raw.implicitNodes || id.empty()) {
            report.error(where, id.empty() ? "expected a node id, found nothing" : "unknown node \"" + id + "\"");
            ok = false;
            return ActorId();
        }
        RawNode implied;
        implied.id = id;
        addActor(implied, data.actors.size());
        return ActorId(actorOf.at(id));
    }

    TieTypeId tieType(const RawEdge& e, std::size_t tieIndex) {
        const bool directed = e.directed.value_or(raw.defaultDirected);
        const std::string base = e.kind.empty() ? "tie" : kebabKey(e.kind);
        const auto found = typeOf.find({base, directed});
        if (found != typeOf.end()) {
            auto& [label, shared] = typeLabels[found->second.index()];
            if (shared >= 0 && e.label != label) shared = -1;
            return found->second;
        }
        std::string key = base.empty() ? "tie" : base;
        if (typeOf.contains({key, !directed})) { // one kind, both directions: two types
            report.warning(e.where.at("type"), "edges of kind \"" + key + "\" are both directed and undirected; the " +
                                                   (directed ? "directed" : "undirected") + " ones get their own type");
            key += directed ? "-directed" : "-undirected";
        }
        const TieTypeId id(static_cast<std::uint32_t>(data.tieTypes.size()));
        TieType t;
        t.key = key;
        t.label = e.kind.empty() ? "Tie" : e.kind;
        t.directed = directed;
        if (e.color) t.color = *e.color;
        if (e.sign) t.sign = *e.sign;
        data.tieTypes.push_back(t);
        data.tieTypeByKey.emplace(key, id);
        typeOf.emplace(std::pair{base, directed}, id);
        typeLabels.emplace_back(e.label, e.label.empty() ? -1 : static_cast<int>(tieIndex));
        return id;
    }

    void addClaims(Tie& t, const RawEdge& e) {
        auto claims = exactClaims(e, report);
        if (!claims) {
            claims = e.claims;
            if (claims->empty())
                for (const std::string& s : e.sources) claims->push_back(RawClaim{{}, s, {}, {}, {}, {}, {}, e.where});
        }
        for (RawClaim& rc : *claims) {
            Claim c;
            c.key = kebabKey(rc.key);
            if (!c.key.empty() && !claimKeys.insert(c.key).second) {
                report.error(rc.where, "duplicate claim id \"" + c.key + "\"");
                ok = false;
            }
            c.source = source(rc.source);
            c.locator = std::move(rc.locator);
            c.quote = std::move(rc.quote);
            c.supports = std::move(rc.supports);
            c.note = std::move(rc.note);
            for (const std::string& k : rc.contradicts) c.contradicts.push_back(kebabKey(k));
            t.claims.push_back(std::move(c));
        }
    }

    // Weights are any non-negative numbers in other tools; strengths are 0..1.
    double weightScale() {
        double most = 0;
        Where mostAt, negativeAt;
        std::size_t negative = 0;
        const auto consider = [&](double w, const Where& where) {
            if (std::abs(w) > most) most = std::abs(w), mostAt = where;
            if (w < 0 && negative++ == 0) negativeAt = where;
        };
        for (const RawEdge& e : raw.edges) {
            for (const RawKeyframe& k : e.keyframes) consider(k.weight, k.where);
            if (e.weight) consider(*e.weight, e.where.at("weight"));
        }
        if (negative > 0)
            report.warning(negativeAt, std::to_string(negative) + " negative weights: tieline uses their size as the "
                                                                  "strength (a tie type's sign says whether it is hostile)");
        if (most <= 1.0) return 1.0;
        report.warning(mostAt, "weights run up to " + formatNumber(most) + ": strengths are the weights divided by " +
                                   formatNumber(most) + " (tieline strengths run from 0 to 1)");
        return most;
    }

    void addTies() {
        const double scale = weightScale();
        std::vector<std::pair<std::size_t, double>> staticWeights; // dated once the range is known
        for (std::size_t i = 0; i < raw.edges.size(); ++i) {
            RawEdge& e = raw.edges[i];
            Tie t;
            t.from = endpoint(e.source, e.where.at("source"));
            t.to = endpoint(e.target, e.where.at("target"));
            if (!t.from.valid() || !t.to.valid()) continue;
            std::string base = kebabKey(e.id);
            if (base.empty()) base = data.actor(t.from).key + "-" + data.actor(t.to).key;
            t.key = tieKeys.claim(base, "tie", i);
            t.type = tieType(e, data.ties.size());
            if (t.from == t.to) report.warning(e.where.at("target"), "a tie from an actor to itself");
            t.spans = chooseSpans(e.spans, e.spansArePoints, e.exactSpans, report, ok);
            if (t.spans.empty()) t.spans.push_back(Span{}); // no time given: the whole range
            t.strength = chooseStrength(e, scale, report);
            if (t.strength.empty() && e.weight && std::abs(*e.weight) / scale != 1.0)
                staticWeights.emplace_back(data.ties.size(), std::abs(*e.weight) / scale);
            if (!e.confidence.empty()) {
                if (const auto c = parseConfidence(e.confidence))
                    t.confidence = *c;
                else
                    report.warning(e.where.at("confidence"), "unknown confidence \"" + e.confidence +
                                                                 "\" (expected high, medium, low or contested); using medium");
            }
            addClaims(t, e);
            t.note = std::move(e.note);
            tieLabels.push_back(e.label);
            t.ref = e.ref.empty() && !e.id.empty() && e.id != t.key ? e.id : std::move(e.ref);
            data.ties.push_back(std::move(t));
        }
        finishTypeLabels();
        resolveRange(data, raw, options, report, ok);
        for (const auto& [index, value] : staticWeights) {
            Tie& t = data.ties[index];
            t.strength.push_back(StrengthKey{t.spans[0].start.value_or(data.meta.start), value});
        }
    }

    // A label shared by every edge of a type names the type; labels that differ stay with their ties.
    void finishTypeLabels() {
        for (std::size_t k = 0; k < typeLabels.size(); ++k)
            if (typeLabels[k].second >= 0) data.tieTypes[k].label = typeLabels[k].first;
        for (std::size_t i = 0; i < data.ties.size(); ++i) {
            Tie& t = data.ties[i];
            if (typeLabels[t.type.index()].second < 0 && !tieLabels[i].empty() && t.note.empty()) t.note = tieLabels[i];
        }
    }
};

} // namespace

void Reporter::report(Severity severity, const Where& where, std::string message) {
    Diagnostic d;
    d.severity = severity;
    d.message = std::move(message);
    if (m_out.items.size() < m_cap) m_locator.locate(where, d); // locating costs; dropped messages skip it
    m_out.add(std::move(d), m_cap);
}

std::string kebabKey(std::string_view text) {
    std::string out;
    for (char c : text) {
        const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            out += lower;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string titleFromPath(const std::string& path) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    for (const std::string_view ext : {".gexf", ".csv", ".xml", ".nodes", ".edges"})
        if (name.size() > ext.size() && std::string_view(name).substr(name.size() - ext.size()) == ext)
            name.resize(name.size() - ext.size());
    return name.empty() ? std::string("Imported network") : name;
}

std::optional<Dataset> buildDataset(RawGraph& raw, const ImportOptions& options, Reporter& report) {
    Builder b(raw, options, report);
    Dataset& d = b.data;
    d.meta.title = !options.title.empty() ? options.title : raw.title;
    d.meta.description = raw.description;
    d.meta.authors = raw.authors;
    d.sources = options.sources;
    d.indexKeys();
    for (std::size_t i = 0; i < raw.nodes.size(); ++i) b.addActor(raw.nodes[i], i);
    b.addTies();
    if (!b.undescribed.empty()) {
        std::string list;
        for (std::size_t i = 0; i < b.undescribed.size() && i < 5; ++i) list += (i ? ", " : "") + b.undescribed[i];
        report.warning({}, std::to_string(b.undescribed.size()) + " sources are named but not described (" + list +
                               (b.undescribed.size() > 5 ? ", ..." : "") +
                               "): placeholders were made; give their CSL-JSON beside the file to describe them");
    }
    if (!b.ok || report.failed()) return std::nullopt;
    d.indexKeys();
    return std::move(b.data);
}

} // namespace tieline::core::interop
