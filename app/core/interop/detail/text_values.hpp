// Single values as spreadsheets and XML attributes write them: numbers, colours, lists in one
// cell, trimmed text; and the keys and titles imports make of ids and file names. Internal to
// interop/. Core: no GL.
#pragma once

#include "core/model/dataset.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::interop {

std::string_view trim(std::string_view text);

// A whole-text number: optional sign, digits, optional fraction and exponent; no NaN or infinity.
// `decimalComma` also accepts "0,5" (spreadsheets that separate fields with ';').
std::optional<double> parseNumber(std::string_view text, bool decimalComma = false);

// The shortest text that reads back as the same double ("0.5", "1", "0.30000000000000004").
// Strength keyframes as the weights an imported file gave (Meta::weightScale times each value,
// rounded to 12 significant digits so that 7/12*12 is 7 again); the keys unchanged when the scale is 1.
std::vector<model::StrengthKey> weightsOf(const std::vector<model::StrengthKey>& keys, double scale);

std::string formatNumber(double value);

// "#0072B2" or "0072B2" as 0xRRGGBB.
std::optional<model::Rgb> parseHexColor(std::string_view text);

// tieline's lists in one cell or attribute: "Patron, The | The P." -> {"Patron, The", "The P."}.
std::vector<std::string> splitList(std::string_view text);

// "Kim Il-sung" -> "kim-il-sung": lowercase ASCII letters and digits joined by single '-'.
std::string kebabKey(std::string_view text);

// The title a file gives a dataset by default: its name without directories and extensions.
std::string titleFromPath(const std::string& path);

} // namespace tieline::core::interop
