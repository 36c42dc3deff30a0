// The compact storage of one step's metrics (StepValues, metrics.hpp): packing the dense values and
// reading them back, bit for bit. Core: no GL.
#include "core/metrics/metrics.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace tieline::core::metrics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isZero(double v) {
    return std::bit_cast<std::uint64_t>(v) == 0; // +0.0 exactly: -0.0 is kept as a value
}

bool sameBits(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

// A degree entry's kind (the code's low two bits): which of in- and out-degree are stored.
constexpr std::uint16_t kInOnly = 0, kOutOnly = 1, kEqual = 2, kBoth = 3;
constexpr std::size_t kTypeEscape = 0x3FFF; // the type in two more words
constexpr std::size_t kCountEscape = 15;    // the entry count in two more words

void appendWords(std::vector<std::uint16_t>& codes, std::size_t v) {
    codes.push_back(std::uint16_t(v >> 16));
    codes.push_back(std::uint16_t(v & 0xFFFF));
}

std::size_t readWords(const std::vector<std::uint16_t>& codes, std::size_t& c) {
    const std::size_t v = (std::size_t(codes[c]) << 16) | codes[c + 1];
    c += 2;
    return v;
}

} // namespace

StepValues compactValues(std::size_t actorCount, std::size_t typeCount, std::span<const double> betweenness,
                         std::span<const double> constraint, std::span<const double> campBalance,
                         std::span<const double> inDegree, std::span<const double> outDegree) {
    StepValues out;
    std::vector<std::uint16_t> entryCodes;
    std::vector<double> entryNumbers;
    for (std::size_t a = 0; a < actorCount; ++a) {
        const double* in = inDegree.data() + a * typeCount;
        const double* outDeg = outDegree.data() + a * typeCount;
        bool row = !isZero(betweenness[a]) || !std::isnan(constraint[a]) || !std::isnan(campBalance[a]);
        for (std::size_t t = 0; t < typeCount && !row; ++t)
            row = !isZero(in[t]) || !isZero(outDeg[t]);
        if (!row) continue;
        if (out.actors.size() % StepValues::kBlock == 0) {
            out.blockCode.push_back(std::uint32_t(out.codes.size()));
            out.blockNumber.push_back(std::uint32_t(out.numbers.size()));
        }
        out.actors.push_back(std::uint32_t(a));
        std::uint8_t header = 0;
        if (!isZero(betweenness[a])) {
            header |= StepValues::kStoredBetweenness;
            out.numbers.push_back(betweenness[a]);
        }
        if (sameBits(constraint[a], 1.0)) {
            header |= StepValues::kConstraintOne;
        } else if (!sameBits(constraint[a], kNaN)) {
            header |= StepValues::kStoredConstraint;
            out.numbers.push_back(constraint[a]);
        }
        if (!sameBits(campBalance[a], kNaN)) {
            header |= StepValues::kStoredBalance;
            out.numbers.push_back(campBalance[a]);
        }
        entryCodes.clear();
        entryNumbers.clear();
        std::size_t entries = 0;
        for (std::size_t t = 0; t < typeCount; ++t) {
            if (isZero(in[t]) && isZero(outDeg[t])) continue;
            ++entries;
            std::uint16_t kind = kBoth;
            if (isZero(outDeg[t]))
                kind = kInOnly;
            else if (isZero(in[t]))
                kind = kOutOnly;
            else if (sameBits(in[t], outDeg[t]))
                kind = kEqual;
            entryCodes.push_back(std::uint16_t((std::min(t, kTypeEscape) << 2) | kind));
            if (t >= kTypeEscape) appendWords(entryCodes, t);
            if (kind != kOutOnly) entryNumbers.push_back(in[t]);
            if (kind == kOutOnly || kind == kBoth) entryNumbers.push_back(outDeg[t]);
        }
        header |= std::uint8_t(std::min(entries, kCountEscape) << 4);
        if (entries >= kCountEscape) appendWords(out.codes, entries);
        out.header.push_back(header);
        out.codes.insert(out.codes.end(), entryCodes.begin(), entryCodes.end());
        out.numbers.insert(out.numbers.end(), entryNumbers.begin(), entryNumbers.end());
    }
    // Exactly the room used: a step's arrays are kept for the life of the metrics.
    out.actors.shrink_to_fit();
    out.header.shrink_to_fit();
    out.codes.shrink_to_fit();
    out.numbers.shrink_to_fit();
    out.blockCode.shrink_to_fit();
    out.blockNumber.shrink_to_fit();
    return out;
}

std::size_t StepValues::row(std::size_t actor) const {
    const auto it = std::lower_bound(actors.begin(), actors.end(), actor);
    return it != actors.end() && *it == actor ? std::size_t(it - actors.begin()) : npos;
}

namespace {

// A row's entry count, with `c` at its first code on entry and past the count words on return.
std::size_t entryCount(const StepValues& v, std::size_t r, std::size_t& c) {
    const std::size_t count = v.header[r] >> 4;
    return count == kCountEscape ? readWords(v.codes, c) : count;
}

std::size_t storedValues(std::uint8_t header) {
    return ((header & StepValues::kStoredBetweenness) ? 1 : 0) +
           ((header & StepValues::kStoredConstraint) ? 1 : 0) +
           ((header & StepValues::kStoredBalance) ? 1 : 0);
}

} // namespace

StepValues::Degree StepValues::nextDegree(std::size_t& c, std::size_t& n) const {
    const std::uint16_t code = codes[c++];
    Degree d;
    d.type = code >> 2;
    if (d.type == kTypeEscape) d.type = readWords(codes, c);
    switch (code & 3) {
    case kInOnly:
        d.in = numbers[n++];
        break;
    case kOutOnly:
        d.out = numbers[n++];
        break;
    case kEqual:
        d.in = d.out = numbers[n++];
        break;
    default:
        d.in = numbers[n++];
        d.out = numbers[n++];
        break;
    }
    return d;
}

StepValues::Row StepValues::rowAt(std::size_t r) const {
    // From the block's first row, skip the rows before r.
    const std::size_t block = r / kBlock;
    std::size_t c = blockCode[block], n = blockNumber[block];
    for (std::size_t k = block * kBlock; k < r; ++k) {
        n += storedValues(header[k]);
        const std::size_t entries = entryCount(*this, k, c);
        for (std::size_t e = 0; e < entries; ++e)
            nextDegree(c, n);
    }
    const std::uint8_t h = header[r];
    Row out;
    out.betweenness = (h & kStoredBetweenness) ? numbers[n++] : 0.0;
    out.constraint = (h & kStoredConstraint) ? numbers[n++] : (h & kConstraintOne) ? 1.0 : kNaN;
    out.campBalance = (h & kStoredBalance) ? numbers[n++] : kNaN;
    out.entries = entryCount(*this, r, c);
    out.code = c;
    out.number = n;
    return out;
}

std::size_t StepValues::bytesUsed() const {
    return (actors.capacity() + blockCode.capacity() + blockNumber.capacity()) * sizeof(std::uint32_t) +
           header.capacity() + codes.capacity() * sizeof(std::uint16_t) + numbers.capacity() * sizeof(double);
}

} // namespace tieline::core::metrics
