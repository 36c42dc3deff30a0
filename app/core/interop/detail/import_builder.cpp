// Turning what a GEXF file or CSV tables state into a Dataset, record by record: keys, actors, tie
// types, groups, sources, ties, and at the end the time range and the strength scale, with every
// problem reported where it was written. Core: no GL.
#include "core/interop/detail/import_builder.hpp"

#include "core/interop/detail/import_values.hpp"
#include "core/interop/detail/notation.hpp"

#include "core/io/utf8.hpp"

#include <cmath>
#include <set>
#include <unordered_map>

namespace tieline::core::interop {

namespace {

// Enters a new item in a dataset's key table under a unique key ("a", "a-2", "a-3"...): the table
// the Dataset keeps anyway, so that uniqueness costs no second index.
template <class IdT>
std::string claimKey(std::map<std::string, IdT, std::less<>>& table, std::string base, const char* fallback,
                     std::size_t index) {
    if (base.empty()) base = std::string(fallback) + "-" + std::to_string(index + 1);
    const IdT id(static_cast<std::uint32_t>(index));
    if (table.emplace(base, id).second) return base;
    for (int n = 2;; ++n)
        if (std::string key = base + "-" + std::to_string(n); table.emplace(key, id).second) return key;
}

} // namespace

struct DatasetBuilder::State {
    State(const RawGraph& g, const ImportOptions& o, Reporter& r) : raw(g), options(o), report(r) {}

    const RawGraph& raw;
    const ImportOptions& options;
    Reporter& report;
    model::Dataset data;
    std::unordered_map<std::string, std::uint32_t> actorOf;          // the file's node id -> actor index
    std::map<std::pair<std::string, bool>, model::TieTypeId> typeOf; // (kind key, directed) -> type
    std::vector<std::pair<std::string, bool>>
        typeLabel;                        // per type: the edges' label, and whether all share it
    std::vector<std::string> tieLabel;    // per tie: its edge's label, as written
    std::vector<std::string> undescribed; // source ids without a CSL description
    std::vector<std::pair<model::TieId, double>> staticWeight; // dated once the range is known
    std::set<std::string> claimKeys;
    std::vector<std::pair<std::string, Where>> contradicted; // claim ids that claims contradict
    double heaviest = 0;                                     // the largest weight, to scale strengths
    Where heaviestAt, negativeAt;
    std::size_t negatives = 0;
    bool ok = true;
    bool overLimit = false; // the entries limit, reported once

    model::SourceId source(const std::string& id) {
        const std::string key = kebabKey(id);
        if (const auto found = data.findSource(key)) return *found;
        const model::SourceId sid(static_cast<std::uint32_t>(data.sources.size()));
        model::Source stub;
        stub.key = key;
        stub.type = "document";
        stub.title = id;
        data.sources.push_back(std::move(stub));
        data.sourceByKey.emplace(key, sid);
        undescribed.push_back(key);
        return sid;
    }

    model::GroupId group(const RawNode& n) {
        const std::string key = kebabKey(n.group);
        if (key.empty()) return model::GroupId();
        const auto [it, inserted] =
            data.groupByKey.emplace(key, model::GroupId(static_cast<std::uint32_t>(data.groups.size())));
        if (inserted)
            data.groups.push_back(model::Group{key, n.groupLabel.empty() ? n.group : n.groupLabel, "",
                                               n.color.value_or(0x888888)});
        return it->second;
    }

    // Edges that name nodes by their label (a nodes table with Id and Name, edges keyed on Name):
    // matched by that label when it is unique, with one warning.
    std::optional<std::unordered_map<std::string, std::int64_t>> byLabel; // -1: more than one node
    bool labelMatchReported = false;

    std::optional<model::ActorId> byNodeLabel(const std::string& name, const Where& where) {
        if (!byLabel) {
            byLabel.emplace();
            for (std::size_t i = 0; i < data.actors.size(); ++i) {
                const auto [it, inserted] =
                    byLabel->emplace(data.actors[i].name, static_cast<std::int64_t>(i));
                if (!inserted) it->second = -1;
            }
        }
        const auto it = byLabel->find(name);
        if (it == byLabel->end()) return std::nullopt;
        if (it->second < 0) {
            report.error(where, "unknown node id \"" + name +
                                    "\"; several nodes have that label, so it cannot stand for one");
            ok = false;
            return model::ActorId();
        }
        if (!labelMatchReported)
            report.warning(where, "edges name nodes by their label (\"" + name +
                                      "\"), not by their id: matched by label (the nodes table's Label or "
                                      "Name column)");
        labelMatchReported = true;
        return model::ActorId(static_cast<std::uint32_t>(it->second));
    }

    model::ActorId endpoint(const std::string& id, const Where& where) {
        if (const auto it = actorOf.find(id); it != actorOf.end()) return model::ActorId(it->second);
        if (!raw.implicitNodes && !id.empty())
            if (const auto named = byNodeLabel(id, where)) return *named;
        if (!raw.implicitNodes || id.empty()) {
            report.error(where, id.empty() ? "expected a node id, found nothing"
                                           : "unknown node " + io::inQuotes(id));
            ok = false;
            return model::ActorId();
        }
        RawNode implied; // named by an edge: messages about it point there
        implied.id = id;
        implied.where = where;
        addActor(implied);
        const auto added = actorOf.find(id);
        return added != actorOf.end() ? model::ActorId(added->second) : model::ActorId();
    }

    // The loader's limit on the entries of one table, reported once.
    bool full(std::size_t size, const Where& where, const char* what) {
        if (size < options.limits.maxItems) return false;
        if (!overLimit)
            report.error(where, "more than " + std::to_string(options.limits.maxItems) + " " + what +
                                    ": over the limit");
        overLimit = true;
        ok = false;
        return true;
    }

    void addActor(RawNode& n) {
        if (full(data.actors.size(), n.where, "nodes")) return;
        if (n.id.empty()) {
            report.error(n.where.at("id"), "expected a node id, found nothing");
            ok = false;
            return;
        }
        const auto [it, inserted] = actorOf.emplace(n.id, static_cast<std::uint32_t>(data.actors.size()));
        if (!inserted) {
            report.error(n.where.at("id"), "duplicate node id " + io::inQuotes(n.id));
            ok = false;
            return;
        }
        model::Actor a;
        a.key = claimKey(data.actorByKey, kebabKey(n.id), "node", data.actors.size());
        a.name = n.label.empty() ? n.id : std::move(n.label);
        a.variants = std::move(n.variants);
        a.native = std::move(n.native);
        a.nativeUnverified = n.nativeUnverified;
        a.kind = model::ActorKind::Other;
        if (!n.kind.empty()) {
            if (const auto kind = model::parseActorKind(n.kind))
                a.kind = *kind;
            else
                report.warning(n.where.at("kind"),
                               "unknown actor kind \"" + n.kind +
                                   "\" (expected person, faction, "
                                   "state, party, state-party, military, movement, organization or "
                                   "other); using other");
        }
        a.group = group(n);
        a.description = std::move(n.description);
        a.spans = chooseSpans(n.spans, n.spansArePoints, n.exactSpans, report, ok);
        for (const std::string& s : n.sources)
            a.sources.push_back(source(s));
        if (n.pinned && n.position) {
            // As in format v1: a pin beyond +-1e6 (1e154, say) would overflow the layout's forces.
            if (std::abs(n.position->x) <= 1e6 && std::abs(n.position->y) <= 1e6)
                a.pin = n.position;
            else
                report.warning(n.where, "a pinned position beyond -1000000..1000000 is not kept as a pin");
        }
        // A file's own id that could not be kept as the key is worth keeping as the reference.
        a.ref = !n.ref.empty() || a.key == n.id ? std::move(n.ref) : n.id;
        data.actors.push_back(std::move(a));
    }

    model::TieTypeId tieType(const RawEdge& e) {
        const bool directed = e.directed.value_or(raw.defaultDirected);
        const std::string base = e.kind.empty() ? "tie" : kebabKey(e.kind);
        if (const auto found = typeOf.find({base, directed}); found != typeOf.end()) {
            auto& [label, shared] = typeLabel[found->second.index()];
            shared = shared && e.label == label;
            return found->second;
        }
        std::string key = base.empty() ? "tie" : base;
        if (typeOf.contains({key, !directed})) { // one kind, both directions: two types
            report.warning(e.where.at("type"),
                           "edges of kind \"" + key + "\" are both directed and undirected; the " +
                               (directed ? "directed" : "undirected") + " ones get their own type");
            key += directed ? "-directed" : "-undirected";
        }
        const model::TieTypeId id(static_cast<std::uint32_t>(data.tieTypes.size()));
        model::TieType t;
        t.key = key;
        t.label = e.kind.empty() ? "Tie" : e.kind;
        t.directed = directed;
        if (e.color) t.color = *e.color;
        if (e.sign) t.sign = *e.sign;
        data.tieTypes.push_back(t);
        data.tieTypeByKey.emplace(key, id);
        typeOf.emplace(std::pair{base, directed}, id);
        typeLabel.emplace_back(e.label, !e.label.empty());
        return id;
    }

    void addClaim(model::Tie& t, RawClaim& rc) {
        model::Claim c;
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
        for (const std::string& k : rc.contradicts) {
            c.contradicts.push_back(kebabKey(k));
            contradicted.emplace_back(c.contradicts.back(),
                                      rc.contradictsWhere); // checked once every claim is in
        }
        t.claims.push_back(std::move(c));
    }

    // Weights are any numbers in other tools, strengths 0..1: the largest one is remembered.
    void weigh(double w, const Where& where) {
        if (std::abs(w) > heaviest) heaviest = std::abs(w), heaviestAt = where;
        if (w < 0 && negatives++ == 0) negativeAt = where;
    }

    void scaleStrengths() {
        if (negatives > 0)
            report.warning(negativeAt, std::to_string(negatives) +
                                           " negative weights: tieline uses their size as the "
                                           "strength (a tie type's sign says whether it is hostile)");
        // One rule for every edge, static or dynamic: strength = weight / the largest weight when that
        // exceeds 1, else the weight; an edge without a weight weighs 1.
        double scale = 1.0;
        if (heaviest > 1.0) {
            scale = heaviest;
            data.meta.weightScale = scale;
            report.warning(heaviestAt, "weights divided by " + formatNumber(heaviest) +
                                           ", the largest: tieline strengths run from 0 to 1 (an edge "
                                           "without a weight weighs 1); the file's weights are kept "
                                           "(meta x-weight-scale) and written back to GEXF and CSV");
            for (model::Tie& t : data.ties)
                for (model::StrengthKey& k : t.strength)
                    k.value = std::min(1.0, k.value / scale);
        }
        for (const auto& [id, value] : staticWeight) {  // a weight without a time holds from the tie's start
            if (value == 1.0 && scale == 1.0) continue; // a constant 1 is what no strength means
            model::Tie& t = data.ties[id.index()];
            t.strength.push_back(
                model::StrengthKey{t.spans[0].start.value_or(data.meta.start), std::min(1.0, value / scale)});
        }
    }

    // A label shared by every edge of a type names the type; labels that differ stay with their ties.
    void finishTypeLabels() {
        for (std::size_t k = 0; k < typeLabel.size(); ++k)
            if (typeLabel[k].second) data.tieTypes[k].label = typeLabel[k].first;
        for (std::size_t i = 0; i < data.ties.size(); ++i) {
            model::Tie& t = data.ties[i];
            if (!typeLabel[t.type.index()].second && !tieLabel[i].empty() && t.note.empty())
                t.note = tieLabel[i];
        }
    }
};

DatasetBuilder::DatasetBuilder(const RawGraph& graph, const ImportOptions& options, Reporter& report)
    : m_state(std::make_unique<State>(graph, options, report)) {
    model::Dataset& d = m_state->data;
    d.meta.title = io::repairUtf8(!options.title.empty() ? options.title : graph.title);
    d.meta.description = graph.description;
    d.meta.authors = graph.authors;
    d.sources = options.sources;
    d.indexKeys();
}

DatasetBuilder::~DatasetBuilder() = default;

void DatasetBuilder::reserve(std::size_t nodes, std::size_t edges) {
    m_state->actorOf.reserve(nodes);
    m_state->data.actors.reserve(nodes);
    m_state->data.ties.reserve(edges);
    m_state->tieLabel.reserve(edges);
}

void DatasetBuilder::addNode(RawNode& node) {
    m_state->addActor(node);
}

std::optional<model::TieId> DatasetBuilder::addEdge(RawEdge& e) {
    State& s = *m_state;
    if (s.full(s.data.ties.size(), e.where, "edges")) return std::nullopt;
    model::Tie t;
    t.from = s.endpoint(e.source, e.where.at("source"));
    t.to = s.endpoint(e.target, e.where.at("target"));
    if (!t.from.valid() || !t.to.valid()) return std::nullopt;
    std::string base = kebabKey(e.id);
    if (base.empty()) base = s.data.actor(t.from).key + "-" + s.data.actor(t.to).key;
    t.key = claimKey(s.data.tieByKey, base, "tie", s.data.ties.size());
    t.type = s.tieType(e);
    if (t.from == t.to) s.report.warning(e.where.at("target"), "a tie from an actor to itself");
    t.spans = chooseSpans(e.spans, e.spansArePoints, e.exactSpans, s.report, s.ok);
    if (t.spans.empty()) t.spans.push_back(calendar::Span{}); // no time given: the whole range
    for (const RawKeyframe& k : e.keyframes)
        s.weigh(k.weight, k.where);
    if (e.weight) s.weigh(*e.weight, e.where.at("weight"));
    t.strength = chooseStrength(e, s.report);
    const model::TieId id(static_cast<std::uint32_t>(s.data.ties.size()));
    if (t.strength.empty()) // an edge without a weight weighs 1 (GEXF's default)
        s.staticWeight.emplace_back(id, e.weight ? std::abs(*e.weight) : 1.0);
    if (!e.confidence.empty()) {
        if (const auto c = model::parseConfidence(e.confidence))
            t.confidence = *c;
        else
            s.report.warning(e.where.at("confidence"),
                             "unknown confidence \"" + e.confidence +
                                 "\" (expected high, medium, low or contested); using medium");
    }
    auto claims = exactClaims(e, s.report);
    if (!claims) {
        claims = std::move(e.claims);
        if (claims->empty())
            for (const std::string& src : e.sources)
                claims->push_back(RawClaim{{}, src, {}, {}, {}, {}, {}, e.where, e.where});
    }
    for (RawClaim& c : *claims)
        s.addClaim(t, c);
    t.note = std::move(e.note);
    t.ref = e.ref.empty() && !e.id.empty() && e.id != t.key ? e.id : std::move(e.ref);
    s.tieLabel.push_back(std::move(e.label));
    s.data.ties.push_back(std::move(t));
    return id;
}

void DatasetBuilder::addClaim(model::TieId tie, RawClaim& claim) {
    m_state->addClaim(m_state->data.ties[tie.index()], claim);
}

std::optional<model::Dataset> DatasetBuilder::finish() {
    State& s = *m_state;
    for (const auto& [key, where] : s.contradicted)
        if (!s.claimKeys.contains(key)) {
            s.report.error(where,
                           "unknown claim \"" + key + "\" (contradicts names a claim id no claim has)");
            s.ok = false;
        }
    s.finishTypeLabels();
    resolveRange(s.data, s.raw, s.options, s.report, s.ok);
    s.scaleStrengths();
    if (!s.undescribed.empty()) {
        std::string list;
        for (std::size_t i = 0; i < s.undescribed.size() && i < 5; ++i)
            list += (i ? ", " : "") + s.undescribed[i];
        s.report.warning(
            {}, std::to_string(s.undescribed.size()) + " sources are named but not described (" + list +
                    (s.undescribed.size() > 5 ? ", ..." : "") +
                    "): placeholders were made; give their CSL-JSON beside the file to describe them");
    }
    if (!s.ok || s.report.failed()) return std::nullopt;
    return std::move(s.data); // every key table was kept up to date on the way
}

} // namespace tieline::core::interop
