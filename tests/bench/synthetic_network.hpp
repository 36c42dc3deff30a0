// A seeded synthetic temporal network for the scale benchmark and the tests (issue 18): N actors
// in 12 camps, about 3 ties per actor by preferential attachment (heavy-tailed degrees), every tie
// with its own span inside 1955-1969 and a strength that changes once; monthly steps. The same
// seed gives the same dataset on every machine.
#pragma once

#include "core/model/dataset.hpp"

#include <cstdint>

namespace tieline::bench {

core::model::Dataset syntheticNetwork(std::uint32_t actors, std::uint64_t seed = 1);

} // namespace tieline::bench
