// Network metrics for every actor at every time step: weighted in- and out-degree per tie type,
// patron shares, brokerage between camps (camp balance, Burt's constraint) and betweenness on the
// cooperative ties. Plain flat arrays, computed in one pass over the steps. Core: no GL.
//
// Usage:
//   MetricsOptions options;                        // patron types, merges, times (default: keyframes)
//   options.merges.push_back({kwpDprk, kimIlSung});  // count the party-state's ties as Kim's
//   const Metrics m = computeMetrics(data, options);
//   m.betweenness[m.at(step, actor)];  m.sharesOf(step, actor);
//
// Definitions (README.md, "Analytics and presentation"):
// - Weighted degree: the sum of the strengths (at t) of the active ties of a type; a directed tie
//   counts as out-degree of `from` and in-degree of `to`, an undirected one as both for both ends.
// - Patron share: for a client c, each patron p's share of the strength of the active patron-type
//   ties between p and c. The patron-type types are those with a patron role (the default dataset:
//   patronage, aid, treaty); the role names the patron end ("from" or "to"); a "same"-level type
//   (a treaty) counts its `from` end as the patron: the dataset writes the stronger party first.
//   Shares sum to 1.
// - Camp balance: the camps are the groups of the actors that are patrons at t (the `from` of an
//   active patron-type tie); an actor's cooperative strength towards each camp other than its own
//   gives shares s_g; balance = 1 - (max s_g - min s_g) over those camps: 1 when evenly tied to
//   rival patrons, 0 when tied to one camp only; undefined (NaN) without such ties or with fewer
//   than two rival camps.
// - Burt's constraint (Burt 1992, "Structural Holes"): C_i = sum over contacts j of
//   (p_ij + sum_q p_iq p_qj)^2, with p_ij = (a_ij + a_ji) / sum_k (a_ik + a_ki) over cooperative
//   strengths; j and q range over i's contacts. NaN for an actor without cooperative ties.
// - Betweenness (Brandes 2001, "A faster algorithm for betweenness centrality"): on the undirected,
//   unweighted graph of active cooperative ties, the sum over unordered pairs {s, t} of the share
//   of shortest s-t paths through the actor; normalized by (n-1)(n-2)/2 for n present actors.
//   Exact while a step has at most exactBetweennessLimit actors with cooperative ties; above, from
//   `pivots` sampled sources (Brandes & Pich 2007, betweenness.hpp), the step marked approximate
//   and its stated error (95% Hoeffding bound on the normalized value) kept in betweennessError.
#pragma once

#include "core/model/dataset.hpp"
#include "core/model/tie_roles.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace tieline::core::metrics {

// Count `from`'s ties as `into`'s: a person and the party-state they head, for example. `from`
// then has no metrics of its own; ties between the two are left out.
struct ActorMerge {
    model::ActorId from;
    model::ActorId into;
};

struct MetricsOptions {
    // Tie type ids counted for patron shares; empty: the types the dataset gives a patron role
    // (tie types' "layout": {"patron": ...}; model/tie_roles.hpp).
    std::vector<std::string> patronTypes;
    std::vector<ActorMerge> merges;
    std::vector<calendar::Time> times; // the steps; empty: the layout's keyframe times (one per meta.step)
    // Betweenness is exact at a step with at most this many actors with cooperative ties, else
    // estimated from `pivots` sources (seeded by the step: the same every run).
    std::size_t exactBetweennessLimit = 4000;
    std::size_t pivots = 256;
};

struct PatronShare {
    std::uint32_t client = 0, patron = 0; // actor indices (representatives after merging)
    double strength = 0;                  // patron-type strength from patron to client at t
    double share = 0;                     // strength / the client's total; sums to 1 per client
};

// The values of one step, compactly: only the actors that have any value other than the defaults
// (betweenness 0, constraint and camp balance NaN, every degree 0) — in practice the actors with an
// active tie — and of each only what differs from what is usual. Every value is the double
// computeMetrics computed, bit for bit: nothing is rounded (StepValues::row, rowAt, degree decode).
// Per row: a header byte says which of betweenness, constraint and camp balance are stored (0,
// NaN and, for constraint, 1.0 — an actor with one contact — are not) and how many tie types
// have degrees; per such type a 16-bit code (the type and whether in- and out-degree are both
// stored, equal, or one of them 0) and one or two doubles. At 20,000 actors × 180 steps this is
// about 35 bytes a row, ~90 MB (it was 66 bytes a row in plain arrays, ~200 MB with their slack).
struct StepValues {
    std::vector<std::uint32_t> actors; // ascending; the rows
    std::vector<std::uint8_t> header;  // per row: kStored* flags | (degree entries, 15: more) << 4
    std::vector<std::uint16_t> codes;  // per row: [entry count if 15 or more] then per entry: its code
    std::vector<double> numbers;       // per row: the stored values, then its entries' degrees
    // Per block of kBlock rows: where the block's first row starts in codes and numbers.
    std::vector<std::uint32_t> blockCode, blockNumber;
    double pairs = 0; // (n - 1)(n - 2) / 2 for the n present actors (0 below 3): normalizes betweenness

    static constexpr std::size_t npos = std::size_t(-1);
    static constexpr std::size_t kBlock = 16;
    static constexpr std::uint8_t kStoredBetweenness = 1, kStoredConstraint = 2, kConstraintOne = 4,
                                  kStoredBalance = 8;

    // One row decoded: its three values and where its degree entries are.
    struct Row {
        double betweenness = 0, constraint = 0, campBalance = 0;
        std::size_t entries = 0; // degree entries (tie types with a degree)
        std::size_t code = 0;    // its first entry's code
        std::size_t number = 0;  // its first entry's first number
    };
    struct Degree {
        std::size_t type = 0;
        double in = 0, out = 0;
    };

    std::size_t row(std::size_t actor) const; // npos when the actor has only defaults
    Row rowAt(std::size_t r) const;
    // The row's degree entries, in tie type order: f(Degree).
    template <class F> void forEachDegree(const Row& row, F&& f) const {
        std::size_t c = row.code, n = row.number;
        for (std::size_t e = 0; e < row.entries; ++e)
            f(nextDegree(c, n));
    }
    std::size_t bytesUsed() const;

    // Reads the entry at codes[c] and numbers[n], advancing both past it.
    Degree nextDegree(std::size_t& c, std::size_t& n) const;
};

// The compact form of one step's dense values: per actor (betweenness, constraint, balance) and
// per actor and type (in- and out-degree, index actor * typeCount + type). A row for every actor
// with a betweenness other than +0, a constraint or balance other than NaN, or a degree other
// than +0; its accessors give back each of its values bit for bit, and for the other actors the
// defaults (+0, the quiet NaN, +0).
StepValues compactValues(std::size_t actorCount, std::size_t typeCount, std::span<const double> betweenness,
                         std::span<const double> constraint, std::span<const double> campBalance,
                         std::span<const double> inDegree, std::span<const double> outDegree);

struct Metrics {
    std::vector<calendar::Time> times;
    std::size_t actorCount = 0, typeCount = 0;
    std::vector<std::uint32_t> representative; // per actor: itself, or the actor it is merged into
    std::vector<char> patronType;              // per tie type: 0, kPatronIsFrom or kPatronIsTo

    // Per step and actor, index at(step, actor) (a "cell"). Merged-away actors stay absent.
    std::vector<char> present;
    // Per step: the values (StepValues), read through the accessors below.
    std::vector<StepValues> values;
    // Per step: 0 while betweenness is not known yet (MetricsJob: NaN until its step arrives).
    std::vector<char> betweennessKnown;

    // The values of a cell:
    double betweenness(std::size_t cell) const;           // raw: pairs of others it lies between
    double betweennessNormalized(std::size_t cell) const; // 0..1
    double constraint(std::size_t cell) const;            // NaN without cooperative ties
    double campBalance(std::size_t cell) const;           // NaN when undefined
    double inDegree(std::size_t cell, std::size_t type) const;
    double outDegree(std::size_t cell, std::size_t type) const;
    // One metric for every cell (and type, for degrees: index cell * typeCount + type), as dense
    // arrays: for tests and comparisons.
    enum class Column { Betweenness, BetweennessNormalized, Constraint, CampBalance, InDegree, OutDegree };
    std::vector<double> column(Column c) const;
    std::size_t bytesUsed() const;
    // Per step: shares sorted by client, then patron (actor order); step s holds
    // shares[shareBegin[s] .. shareBegin[s + 1]).
    std::vector<PatronShare> shares;
    std::vector<std::size_t> shareBegin;
    // Per step: betweenness was estimated from pivots, and the bound on its normalized error (95%
    // probability per actor; 0 where exact).
    std::vector<char> approximate;
    std::vector<double> betweennessError;
    std::size_t exactBetweennessLimit = 4000, pivots = 256; // as in the options

    std::size_t steps() const { return times.size(); }
    std::size_t at(std::size_t step, std::size_t actor) const { return step * actorCount + actor; }
    std::span<const PatronShare> sharesAt(std::size_t step) const;
    std::span<const PatronShare> sharesOf(std::size_t step, std::size_t client) const;
    // Every actor that is a patron of `client` at some step, in actor order.
    std::vector<std::uint32_t> patronsOf(std::size_t client) const;
    // Every actor that is a patron of anyone at some step, in actor order.
    std::vector<std::uint32_t> allPatrons() const;
    // The step whose time is the latest at or before t (0 before the first).
    std::size_t stepAt(calendar::Time t) const;
    // The largest stated betweenness error over the steps (0: every step exact).
    double maxBetweennessError() const;
};

// Metrics::patronType values: the type counts for patron shares, with its `from` (or `to`) end as
// the patron.
inline constexpr char kPatronIsFrom = 1, kPatronIsTo = 2;

// Per tie type: 0 when not counted for patron shares, else which end is the patron. The types are
// options.patronTypes, or when that is empty the dataset's patron roles; a type's end is `to` when
// its role says so, else `from` (a "same"-level treaty's first actor, as the dataset writes the
// stronger party first).
std::vector<char> patronTypeMask(const model::Dataset& data, const MetricsOptions& options);

Metrics computeMetrics(const model::Dataset& data, const MetricsOptions& options = {});

// [SECTION] In parts, for the background job (metrics_job.hpp)

// The Metrics computeMetrics would fill, sized, with every step empty (absent, NaN, no shares).
Metrics emptyMetrics(const model::Dataset& data, const MetricsOptions& options = {});
// Computes step `step` into `m` (whose step must be empty): everything, or everything but the
// betweenness (left 0, and the step not marked approximate). Steps' shares must be computed in
// order. `scratch` is reused between calls (makeStepScratch).
struct StepScratch;
struct StepScratchDeleter {
    void operator()(StepScratch* s) const;
};
using StepScratchPtr = std::unique_ptr<StepScratch, StepScratchDeleter>;
StepScratchPtr makeStepScratch(const model::Dataset& data, const Metrics& m);
void computeMetricsStep(const model::Dataset& data, Metrics& m, std::size_t step, StepScratch& scratch,
                        bool withBetweenness = true);

// After an edit to ties within [from, to] (days): recomputes only the steps whose time falls in it,
// giving what computeMetrics would, bit for bit. Returns false, changing nothing, when the dataset's
// actors or tie types changed in number (then compute them all again).
bool recomputeSteps(const model::Dataset& data, Metrics& m, calendar::Time from, calendar::Time to);

// The camp (group) an actor belongs to for brokerage: its group's index, or for an actor without a
// group a camp of its own (groups.size() + actor index).
std::size_t campOf(const model::Dataset& data, std::size_t actor);

} // namespace tieline::core::metrics
