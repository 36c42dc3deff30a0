// The dataset writer's per-entity code: each table item as the JSON object format v1 writes for it
// (members in README order, optional members only when they differ from their defaults). Shared by
// the writer, the editor's incremental validation and its lossless save. Internal to io/.
#pragma once

#include "core/model/dataset.hpp"

#include <nlohmann/json.hpp>

namespace tieline::core::io::entity {

using nlohmann::ordered_json;

ordered_json meta(const model::Meta& m);
ordered_json tieType(const model::TieType& t);
ordered_json group(const model::Group& g);
ordered_json actor(const model::Dataset& d, const model::Actor& a);
ordered_json claim(const model::Dataset& d, const model::Claim& c);
ordered_json tie(const model::Dataset& d, const model::Tie& t);
ordered_json source(const model::Source& s);
ordered_json event(const model::Dataset& d, const model::Event& e);
ordered_json story(const model::Dataset& d, const model::Story& s);
ordered_json merge(const model::Dataset& d, const model::DefaultMerge& m);

// The whole dataset as one ordered object (what datasetToJson prints).
ordered_json dataset(const model::Dataset& d);

} // namespace tieline::core::io::entity
