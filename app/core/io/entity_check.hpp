// Checking one table item as the loader checks it in a file: the item is written with the dataset
// writer's per-entity code and read back by the loader's per-item reader, against the rest of the
// dataset (its ids, its range), so the messages are the loader's, word for word. The editor's
// incremental validation (core/edit) runs these. Core: no GL.
#pragma once

#include "core/io/diagnostic.hpp"
#include "core/model/dataset.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace tieline::core::io {

// `index` is where the item is (or will be) in its table: messages name "/ties/<index>/...". Each
// also checks the item's id (kebab-case, unique in its table, the item at `index` excepted; for an
// insert give index = the table's size). The dataset is not changed.
Diagnostics checkActor(const model::Dataset& data, std::size_t index, const model::Actor& actor);
// Claim ids are checked for uniqueness across the dataset (other ties' claims) and every
// "contradicts" must name a claim id of the dataset with the tie in place.
Diagnostics checkTie(const model::Dataset& data, std::size_t index, const model::Tie& tie);
Diagnostics checkSource(const model::Dataset& data, std::size_t index, const model::Source& source);
Diagnostics checkEvent(const model::Dataset& data, std::size_t index, const model::Event& event);
Diagnostics checkStory(const model::Dataset& data, std::size_t index, const model::Story& story);

// One item as JSON text (the writer's per-entity code, references by id) and back (the loader's
// per-item reader, resolving ids against `data`): how the edit journal stores entities. fromJsonText
// returns false and sets `why` (the loader's first error) when the text does not read.
std::string toJsonText(const model::Dataset& data, const model::Actor& item);
std::string toJsonText(const model::Dataset& data, const model::Tie& item);
std::string toJsonText(const model::Dataset& data, const model::Claim& item);
std::string toJsonText(const model::Dataset& data, const model::Source& item);
std::string toJsonText(const model::Dataset& data, const model::Event& item);
std::string toJsonText(const model::Dataset& data, const model::StoryStop& item);
bool fromJsonText(const model::Dataset& data, std::string_view text, model::Actor& out, std::string& why);
bool fromJsonText(const model::Dataset& data, std::string_view text, model::Tie& out, std::string& why);
bool fromJsonText(const model::Dataset& data, std::string_view text, model::Claim& out, std::string& why);
bool fromJsonText(const model::Dataset& data, std::string_view text, model::Source& out, std::string& why);
bool fromJsonText(const model::Dataset& data, std::string_view text, model::Event& out, std::string& why);
bool fromJsonText(const model::Dataset& data, std::string_view text, model::StoryStop& out, std::string& why);

} // namespace tieline::core::io
