// "Show as one": the one merge model every view uses (the window's map, exports, the charts, the
// CLI). A merge shows an actor as part of another (the party-state as part of Kim's regime); a
// collapse shows a whole group as one node. Both are views, never edits: the dataset keeps every
// actor and tie as its own, and a view without merges is exactly the dataset. Core: no GL.
//
// Usage:
//   ViewMerges view = defaultView(data);               // the dataset's declared merges, all on
//   view.merges.push_back({from, into});                // or parseMergeList(data, "a=b,c=d", ...)
//   view.collapsed.push_back(group);                    // or parseCollapseList(...)
//   const model::Dataset shown = mergedDataset(data, view);  // lay out, draw and export this one
//
// The merged dataset has the same actors and ties at the same indices (ids keep meaning the same
// thing in it), so selections, pins and `data-tie` ids carry over:
// - A merged-away actor is never present; its ties run from or to its representative instead, and
//   ties between members are never active ("inside" the merged node). The representative is present
//   whenever any of its members is.
// - The representative's label names the members: "Kim Il Sung + KWP/DPRK" (mergedLabel), or the
//   dataset's label for the merge; a collapsed group's node is labelled with the group's name and
//   its member count, "Soviet Koreans (5)", and carried by the group's first member (dataset order).
// - Only a collapse aggregates: the ties of one type between a collapsed node and one other node
//   (in one direction, when directed) become one tie, carried by the first of them, whose key joins
//   theirs ("t12+t14"); its spans are the union of theirs and its strength at any date the sum of
//   theirs, capped at 1; its confidence the highest of theirs; its claims all of theirs.
// - `viewNotes` says what was merged, one line per merged or collapsed node, for captions and the
//   bibliography ("Kim Il Sung + KWP/DPRK: the ties of Korean Workers' Party / DPRK drawn as Kim
//   Il Sung's").
#pragma once

#include "core/model/dataset.hpp"
#include "core/scene/scene.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::scene {

struct MergeRule {
    model::ActorId from, into;
    bool operator==(const MergeRule&) const = default;
};

struct ViewMerges {
    std::vector<MergeRule> merges;         // applied in order; a chain ends at its last `into`
    std::vector<model::GroupId> collapsed; // groups shown as one node each
    bool empty() const { return merges.empty() && collapsed.empty(); }
    bool operator==(const ViewMerges&) const = default;
};

// The dataset's declared merges ("merges" table), every one on.
ViewMerges defaultView(const model::Dataset& data);

// Per actor: the actor whose node shows it (itself when nothing merges it). Merges that would
// close a cycle are ignored; a collapsed group's members all point at its first member.
std::vector<std::uint32_t> representatives(const model::Dataset& data, const ViewMerges& view);

// Every actor that the view shows as part of another, with its representative: {from, into} per
// merged-away actor, in actor order (what the metrics' merges take).
std::vector<MergeRule> flattenedMerges(const model::Dataset& data, const ViewMerges& view);

// A short name for labels: the name itself when it is short (at most 16 characters); else, per
// part between " / ", the part when it is one word, or the initials of its capitalised words
// ("Korean Workers' Party / DPRK" gives "KWP/DPRK").
std::string shortName(const model::Actor& actor);

// The label of a representative that stands for `members` (itself first): the dataset's label for
// the merge when it declares one, else "NAME + SHORT + SHORT".
std::string mergedLabel(const model::Dataset& data, model::ActorId representative,
                        const std::vector<model::ActorId>& members);

// The dataset as the view shows it (see above). Without merges: a copy of `data`.
model::Dataset mergedDataset(const model::Dataset& data, const ViewMerges& view);

// After buildScene on a merged dataset: the labels of merged and collapsed nodes are placed first
// and never culled for covering a disc (the label is what says the node stands for several), and
// with `hulls` the group hulls are added (core/scene/hulls.hpp).
void decorateMergedScene(const model::Dataset& shown, Scene& scene, bool hulls);

// "kwp-dprk=kim-il-sung,a=b" (actor ids) and "soviet-koreans,yanan" (group ids), appended to
// `view`. Return false and set `why` ("unknown actor 'x' in --merge") on an unusable list.
bool parseMergeList(const model::Dataset& data, std::string_view text, ViewMerges& view, std::string& why);
bool parseCollapseList(const model::Dataset& data, std::string_view text, ViewMerges& view, std::string& why);

} // namespace tieline::core::scene
