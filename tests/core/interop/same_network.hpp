// Checks that two datasets hold the same network: what a round trip through GEXF or CSV must keep
// (actors, ties, spans, strengths, tie types, groups, claims and their sources).
#pragma once

#include "core/model/dataset.hpp"

#include <string>

namespace tieline::test {

// Compares field by field with doctest CHECKs; dates by their text (precision and '~' included).
void checkSameNetwork(const core::model::Dataset& expected, const core::model::Dataset& actual);

// A fixture path: tests/fixtures/<rel>.
std::string fixturePath(const std::string& rel);

// The text of a file ("" when it cannot be read).
std::string readText(const std::string& path);

// A fresh, empty directory under the system's temporary directory for one test.
std::string scratchDirectory(const std::string& name);

} // namespace tieline::test
