// The metrics over time: one pass over the steps, reusing every buffer from one step to the next.
#include "core/metrics/metrics.hpp"

#include "core/layout/timeline.hpp"
#include "core/metrics/betweenness.hpp"
#include "core/metrics/brokerage.hpp"
#include "core/model/active.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace tieline::core::metrics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Applies the merges in order, as unions: a chain (a into b, b into c) ends at c, and a merge that
// would close a cycle is ignored.
std::vector<std::uint32_t> representatives(std::size_t actorCount, const std::vector<ActorMerge>& merges) {
    std::vector<std::uint32_t> parent(actorCount);
    for (std::size_t i = 0; i < actorCount; ++i)
        parent[i] = std::uint32_t(i);
    const auto find = [&](std::uint32_t x) {
        while (parent[x] != x)
            x = parent[x];
        return x;
    };
    for (const ActorMerge& m : merges) {
        if (!m.from.valid() || !m.into.valid() || m.from.index() >= actorCount ||
            m.into.index() >= actorCount)
            continue;
        const std::uint32_t from = find(std::uint32_t(m.from.index())),
                            into = find(std::uint32_t(m.into.index()));
        if (from != into) parent[from] = into;
    }
    std::vector<std::uint32_t> rep(actorCount);
    for (std::size_t i = 0; i < actorCount; ++i)
        rep[i] = find(std::uint32_t(i));
    return rep;
}

} // namespace

// Everything one step needs besides the results, kept between steps.
struct StepScratch {
    model::ActiveSet active;
    std::vector<char> presentScratch;
    std::vector<WeightedEdge> edges;
    WeightedGraph graph;
    BetweennessScratch brandes;
    std::vector<double> burt;
    std::vector<PatronShare> patronTies;
    std::vector<char> rivalCamp;      // per camp: some actor of it is a patron at this step
    std::vector<double> campStrength; // per camp, for the actor being measured
    std::vector<double> rivalStrength;
    std::vector<std::size_t> camps; // per actor
    // The step's values, dense (per actor; degrees per actor and type) before they are compacted.
    std::vector<double> between, constraint, balance, inDegree, outDegree;
};

namespace {

using Scratch = StepScratch;

// Sorts the step's patron ties by (client, patron), sums duplicates and appends the shares.
void appendShares(std::vector<PatronShare>& ties, std::vector<PatronShare>& out) {
    std::sort(ties.begin(), ties.end(), [](const PatronShare& a, const PatronShare& b) {
        return a.client != b.client ? a.client < b.client : a.patron < b.patron;
    });
    const std::size_t first = out.size();
    for (const PatronShare& p : ties) {
        if (out.size() > first && out.back().client == p.client && out.back().patron == p.patron)
            out.back().strength += p.strength;
        else
            out.push_back(p);
    }
    for (std::size_t i = first; i < out.size();) {
        std::size_t end = i;
        double total = 0;
        while (end < out.size() && out[end].client == out[i].client)
            total += out[end++].strength;
        for (; i < end; ++i)
            out[i].share = out[i].strength / total;
    }
}

// Camp balance of every present actor at this step, from the graph of cooperative ties.
void campBalances(const Metrics& m, std::size_t step, Scratch& s, std::vector<double>& out) {
    for (std::size_t a = 0; a < m.actorCount; ++a) {
        if (!m.present[m.at(step, a)]) continue;
        const std::size_t own = s.camps[a];
        for (std::uint32_t k = s.graph.offsets[a]; k < s.graph.offsets[a + 1]; ++k)
            s.campStrength[s.camps[s.graph.targets[k]]] += s.graph.weights[k];
        s.rivalStrength.clear();
        for (std::size_t c = 0; c < s.rivalCamp.size(); ++c) {
            if (s.rivalCamp[c] && c != own) s.rivalStrength.push_back(s.campStrength[c]);
        }
        for (std::uint32_t k = s.graph.offsets[a]; k < s.graph.offsets[a + 1]; ++k)
            s.campStrength[s.camps[s.graph.targets[k]]] = 0;
        out[a] = campBalance(s.rivalStrength);
    }
}

// The dense values of one step (scratch) into its compact form.
void compactStep(const Metrics& m, const Scratch& s, StepValues& out) {
    out =
        compactValues(m.actorCount, m.typeCount, s.between, s.constraint, s.balance, s.inDegree, s.outDegree);
}

void computeStep(const model::Dataset& data, Metrics& m, std::size_t step, Scratch& s,
                 bool withBetweenness = true) {
    const std::size_t base = m.at(step, 0);
    const std::size_t n = m.actorCount, cells = n * m.typeCount;
    s.inDegree.assign(cells, 0.0);
    s.outDegree.assign(cells, 0.0);
    s.between.assign(n, 0.0);
    s.balance.assign(n, kNaN);
    s.constraint.resize(n);
    model::activeAt(data, m.times[step], s.active, s.presentScratch);
    for (const model::ActiveActor& a : s.active.actors)
        m.present[base + m.representative[a.id.index()]] = 1;
    s.edges.clear();
    s.patronTies.clear();
    std::fill(s.rivalCamp.begin(), s.rivalCamp.end(), 0);
    for (const model::ActiveTie& at : s.active.ties) {
        const model::Tie& tie = data.tie(at.id);
        const std::uint32_t from = m.representative[tie.from.index()], to = m.representative[tie.to.index()];
        if (from == to) continue; // a tie inside a merged actor
        const std::size_t type = tie.type.index();
        const double w = at.strength;
        s.outDegree[from * m.typeCount + type] += w;
        s.inDegree[to * m.typeCount + type] += w;
        if (!data.isDirected(tie)) {
            s.outDegree[to * m.typeCount + type] += w;
            s.inDegree[from * m.typeCount + type] += w;
        }
        if (!(w > 0)) continue;
        if (data.tieTypes[type].sign > 0) s.edges.push_back({from, to, w});
        if (m.patronType[type]) {
            const bool patronIsTo = m.patronType[type] == kPatronIsTo;
            const std::uint32_t patron = patronIsTo ? to : from, client = patronIsTo ? from : to;
            s.patronTies.push_back({client, patron, w, 0.0});
            s.rivalCamp[s.camps[patron]] = 1;
        }
    }
    appendShares(s.patronTies, m.shares);
    m.shareBegin[step + 1] = m.shares.size();

    buildWeightedGraph(m.actorCount, s.edges, s.graph);
    const std::span<double> between(s.between.data(), n);
    if (withBetweenness) {
        std::size_t sources = 0;
        for (std::size_t a = 0; a < m.actorCount; ++a)
            sources += s.graph.degree(a) > 0 ? 1 : 0;
        if (sources > m.exactBetweennessLimit) {
            const std::size_t used =
                betweennessPivots(s.graph, between, s.brandes, m.pivots,
                                  0x7469656c696e65ULL ^ std::uint64_t(std::llround(m.times[step] * 4.0)));
            m.approximate[step] = used < sources ? 1 : 0;
            m.betweennessError[step] = pivotErrorBound(used, sources);
        } else {
            betweenness(s.graph, between, s.brandes);
        }
        m.betweennessKnown[step] = 1;
    }
    std::size_t present = 0;
    for (std::size_t a = 0; a < m.actorCount; ++a)
        present += m.present[base + a] ? 1 : 0;
    burtConstraint(s.graph, std::span<double>(s.constraint.data(), n), s.burt);
    campBalances(m, step, s, s.balance);
    // An absent actor has no values to speak of, not zeros.
    for (std::size_t a = 0; a < m.actorCount; ++a) {
        if (m.present[base + a]) continue;
        s.constraint[a] = kNaN;
        s.balance[a] = kNaN;
    }
    compactStep(m, s, m.values[step]);
    m.values[step].pairs = present >= 3 ? double(present - 1) * double(present - 2) / 2.0 : 0.0;
}

} // namespace

std::vector<char> patronTypeMask(const model::Dataset& data, const MetricsOptions& options) {
    std::vector<char> mask(data.tieTypes.size(), 0);
    const auto mark = [&](std::size_t type) {
        mask[type] = data.tieTypes[type].layout.patron == model::PatronRole::To ? kPatronIsTo : kPatronIsFrom;
    };
    if (options.patronTypes.empty()) {
        for (model::TieTypeId type : model::patronTypes(data))
            mark(type.index());
    } else {
        for (const std::string& key : options.patronTypes)
            if (const auto it = data.tieTypeByKey.find(key); it != data.tieTypeByKey.end())
                mark(it->second.index());
    }
    return mask;
}

std::size_t campOf(const model::Dataset& data, std::size_t actor) {
    const model::GroupId g = data.actors[actor].group;
    return g.valid() ? g.index() : data.groups.size() + actor;
}

std::span<const PatronShare> Metrics::sharesAt(std::size_t step) const {
    if (step >= steps()) return {};
    return std::span<const PatronShare>(shares.data() + shareBegin[step],
                                        shareBegin[step + 1] - shareBegin[step]);
}

std::span<const PatronShare> Metrics::sharesOf(std::size_t step, std::size_t client) const {
    const std::span<const PatronShare> all = sharesAt(step);
    const auto lo = std::lower_bound(all.begin(), all.end(), client,
                                     [](const PatronShare& p, std::size_t c) { return p.client < c; });
    auto hi = lo;
    while (hi != all.end() && hi->client == client)
        ++hi;
    return all.subspan(std::size_t(lo - all.begin()), std::size_t(hi - lo));
}

std::vector<std::uint32_t> Metrics::patronsOf(std::size_t client) const {
    std::vector<char> seen(actorCount, 0);
    for (std::size_t s = 0; s < steps(); ++s)
        for (const PatronShare& p : sharesOf(s, client))
            seen[p.patron] = 1;
    std::vector<std::uint32_t> out;
    for (std::size_t a = 0; a < actorCount; ++a)
        if (seen[a]) out.push_back(std::uint32_t(a));
    return out;
}

std::vector<std::uint32_t> Metrics::allPatrons() const {
    std::vector<char> seen(actorCount, 0);
    for (const PatronShare& p : shares)
        seen[p.patron] = 1;
    std::vector<std::uint32_t> out;
    for (std::size_t a = 0; a < actorCount; ++a)
        if (seen[a]) out.push_back(std::uint32_t(a));
    return out;
}

double Metrics::betweenness(std::size_t cell) const {
    const std::size_t step = cell / actorCount;
    if (!betweennessKnown[step]) return kNaN;
    const StepValues& v = values[step];
    const std::size_t r = v.row(cell % actorCount);
    return r == StepValues::npos ? 0.0 : v.rowAt(r).betweenness;
}

double Metrics::betweennessNormalized(std::size_t cell) const {
    const std::size_t step = cell / actorCount;
    if (!betweennessKnown[step]) return kNaN;
    const double pairs = values[step].pairs;
    return pairs > 0 ? betweenness(cell) / pairs : 0.0;
}

double Metrics::constraint(std::size_t cell) const {
    const StepValues& v = values[cell / actorCount];
    const std::size_t r = v.row(cell % actorCount);
    return r == StepValues::npos ? kNaN : v.rowAt(r).constraint;
}

double Metrics::campBalance(std::size_t cell) const {
    const StepValues& v = values[cell / actorCount];
    const std::size_t r = v.row(cell % actorCount);
    return r == StepValues::npos ? kNaN : v.rowAt(r).campBalance;
}

namespace {

double degreeOf(const StepValues& v, std::size_t actor, std::size_t type, bool in) {
    const std::size_t r = v.row(actor);
    if (r == StepValues::npos) return 0.0;
    const StepValues::Row row = v.rowAt(r);
    std::size_t c = row.code, n = row.number;
    for (std::size_t e = 0; e < row.entries; ++e) {
        const StepValues::Degree d = v.nextDegree(c, n);
        if (d.type == type) return in ? d.in : d.out;
        if (d.type > type) break; // entries are in type order
    }
    return 0.0;
}

} // namespace

double Metrics::inDegree(std::size_t cell, std::size_t type) const {
    return degreeOf(values[cell / actorCount], cell % actorCount, type, true);
}

double Metrics::outDegree(std::size_t cell, std::size_t type) const {
    return degreeOf(values[cell / actorCount], cell % actorCount, type, false);
}

std::vector<double> Metrics::column(Column c) const {
    const std::size_t cells = steps() * actorCount;
    const bool degree = c == Column::InDegree || c == Column::OutDegree;
    std::vector<double> out(degree ? cells * typeCount : cells);
    for (std::size_t i = 0; i < cells; ++i) {
        switch (c) {
        case Column::Betweenness:
            out[i] = betweenness(i);
            break;
        case Column::BetweennessNormalized:
            out[i] = betweennessNormalized(i);
            break;
        case Column::Constraint:
            out[i] = constraint(i);
            break;
        case Column::CampBalance:
            out[i] = campBalance(i);
            break;
        case Column::InDegree:
        case Column::OutDegree:
            for (std::size_t t = 0; t < typeCount; ++t)
                out[i * typeCount + t] = c == Column::InDegree ? inDegree(i, t) : outDegree(i, t);
            break;
        }
    }
    return out;
}

std::size_t Metrics::bytesUsed() const {
    std::size_t total = present.capacity() + betweennessKnown.capacity() +
                        values.capacity() * sizeof(StepValues) + shares.capacity() * sizeof(PatronShare);
    for (const StepValues& v : values)
        total += v.bytesUsed();
    return total;
}

std::size_t Metrics::stepAt(calendar::Time t) const {
    const auto it = std::upper_bound(times.begin(), times.end(), t);
    return it == times.begin() ? 0 : std::size_t(it - times.begin()) - 1;
}

namespace {

StepScratch makeScratch(const model::Dataset& data, const Metrics& m) {
    StepScratch s;
    s.camps.resize(m.actorCount);
    for (std::size_t a = 0; a < m.actorCount; ++a)
        s.camps[a] = campOf(data, a);
    s.rivalCamp.assign(data.groups.size() + m.actorCount, 0);
    s.campStrength.assign(s.rivalCamp.size(), 0.0);
    return s;
}

// A step's cells back to their values before computeStep adds to them.
void clearStep(Metrics& m, std::size_t step) {
    const std::size_t begin = m.at(step, 0), end = begin + m.actorCount;
    std::fill(m.present.begin() + begin, m.present.begin() + end, 0);
    m.values[step] = StepValues{};
    m.approximate[step] = 0;
    m.betweennessError[step] = 0.0;
}

} // namespace

Metrics emptyMetrics(const model::Dataset& data, const MetricsOptions& options) {
    Metrics m;
    m.times = options.times.empty() ? layout::keyframeTimes(data) : options.times;
    m.actorCount = data.actors.size();
    m.typeCount = data.tieTypes.size();
    m.representative = representatives(m.actorCount, options.merges);
    m.patronType = patronTypeMask(data, options);
    const std::size_t cells = m.steps() * m.actorCount;
    m.present.assign(cells, 0);
    m.values.assign(m.steps(), StepValues{});
    m.betweennessKnown.assign(m.steps(), 1);
    m.shareBegin.assign(m.steps() + 1, 0);
    m.approximate.assign(m.steps(), 0);
    m.betweennessError.assign(m.steps(), 0.0);
    m.exactBetweennessLimit = options.exactBetweennessLimit;
    m.pivots = options.pivots;
    return m;
}

void StepScratchDeleter::operator()(StepScratch* s) const {
    delete s;
}

StepScratchPtr makeStepScratch(const model::Dataset& data, const Metrics& m) {
    return StepScratchPtr(new StepScratch(makeScratch(data, m)));
}

void computeMetricsStep(const model::Dataset& data, Metrics& m, std::size_t step, StepScratch& scratch,
                        bool withBetweenness) {
    computeStep(data, m, step, scratch, withBetweenness);
}

double Metrics::maxBetweennessError() const {
    double e = 0;
    for (double v : betweennessError)
        e = std::max(e, v);
    return e;
}

Metrics computeMetrics(const model::Dataset& data, const MetricsOptions& options) {
    Metrics m = emptyMetrics(data, options);
    Scratch s = makeScratch(data, m);
    for (std::size_t step = 0; step < m.steps(); ++step)
        computeStep(data, m, step, s);
    return m;
}

bool recomputeSteps(const model::Dataset& data, Metrics& m, calendar::Time from, calendar::Time to) {
    if (data.actors.size() != m.actorCount || data.tieTypes.size() != m.typeCount) return false;
    Scratch s = makeScratch(data, m);
    // Shares are stored step after step: the steps kept are copied over, the others computed anew.
    const std::vector<PatronShare> oldShares = std::move(m.shares);
    const std::vector<std::size_t> oldBegin = m.shareBegin;
    m.shares.clear();
    for (std::size_t step = 0; step < m.steps(); ++step) {
        if (m.times[step] >= from && m.times[step] <= to) {
            clearStep(m, step);
            computeStep(data, m, step, s);
        } else {
            m.shares.insert(m.shares.end(), oldShares.begin() + std::ptrdiff_t(oldBegin[step]),
                            oldShares.begin() + std::ptrdiff_t(oldBegin[step + 1]));
            m.shareBegin[step + 1] = m.shares.size();
        }
    }
    return true;
}

} // namespace tieline::core::metrics
