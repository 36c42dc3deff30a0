// Editing a dataset in memory: every change is a command (an Edit: what it replaces, inserts or
// erases, with the entity before and after), never a snapshot of the dataset, so a long session's
// history stays small. An edit goes through the loader's own validation, limited to what it touches
// (the entity, and the references into and out of it), and is refused with the loader's message
// when invalid, so the dataset in memory is always one the loader would accept. Core: no GL.
#pragma once

#include "core/calendar/date.hpp"
#include "core/model/dataset.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tieline::core::edit {

// The table an edit targets. Claims live in a tie and story stops in a story: their edits name the
// container (index) and the item within it (sub).
enum class Table : std::uint8_t { Actors, Ties, Claims, Sources, Events, StoryStops };
enum class Kind : std::uint8_t { Replace, Insert, Erase };
// The table's keyword ("actors", "ties", "claims", "sources", "events", "stops"): in messages and in
// the journal's lines.
const char* tableName(Table table);

// One entity of any editable table (the alternative matches the Table).
using Entity =
    std::variant<model::Actor, model::Tie, model::Claim, model::Source, model::Event, model::StoryStop>;

struct Target {
    Table table = Table::Ties;
    std::size_t index = 0; // the item (Actors, Ties, Sources, Events) or the container (Claims: the
                           // tie, StoryStops: the story)
    std::size_t sub = 0;   // Claims: the claim within the tie; StoryStops: the stop within the story
};

struct Edit {
    Kind kind = Kind::Replace;
    Target target;
    Entity before;     // Replace and Erase: the entity as it was (filled by the constructors below)
    Entity after;      // Replace and Insert: the entity as it becomes
    std::string label; // for the Edit menu: "Edit tie t12", "Add tie t101", "Delete claim 2 of t12"
};

// Edits, built from the dataset as it is now (before is read from it). Indices must be in range
// (an index past the end of its table is a caller's bug); an Insert index may equal the size (append).
Edit replace(const model::Dataset& data, Target target, Entity after);
Edit insert(const model::Dataset& data, Target target, Entity entity);
Edit erase(const model::Dataset& data, Target target);
// Typed shorthands.
Edit replaceTie(const model::Dataset& data, model::TieId tie, model::Tie after);
Edit insertTie(const model::Dataset& data, model::Tie tie); // appended
Edit eraseTie(const model::Dataset& data, model::TieId tie);
Edit replaceActor(const model::Dataset& data, model::ActorId actor, model::Actor after);
Edit insertActor(const model::Dataset& data, model::Actor actor); // appended
Edit replaceClaim(const model::Dataset& data, model::TieId tie, std::size_t claim, model::Claim after);
Edit insertClaim(const model::Dataset& data, model::TieId tie, model::Claim claim); // appended to the tie
Edit replaceSource(const model::Dataset& data, model::SourceId source, model::Source after);
Edit insertSource(const model::Dataset& data, model::Source source); // appended

// Something that refers to an entity being erased (a claim citing a source, a tie of an actor).
struct Dependant {
    Table table = Table::Ties;
    std::size_t index = 0, sub = 0;
    std::string description; // "claim 2 of tie t12 (s03)", "tie t07 (kim-il-sung to pak-hon-yong)"
};

// What an applied edit changed, for the app's change record: the layout and the caches rebuild
// only that.
struct Effect {
    bool names = false;      // actor names (the fonts' glyphs, labels, search)
    bool ties = false;       // ties or actors as the layout sees them
    bool evidence = false;   // claims, sources, events, stories (panels, bibliography)
    bool idsShifted = false; // an insert or erase in the middle of a table: ids past it moved by one
    // The days ties changed in, [begin, end); unset with ties = true: the whole range.
    std::optional<std::pair<calendar::DayNumber, calendar::DayNumber>> tieDays;
    // The item the edit leaves selected (the inserted or replaced one), if any.
    std::optional<Target> touched;
};

struct EditResult {
    bool ok = false;
    // Refused: the validator's message and the JSON pointer it names in the entity's table
    // ("/ties/12/spans/0/end"); the message is the loader's for the same value in a file.
    std::string message;
    std::string pointer;
    std::vector<std::string> warnings; // accepted with warnings (the loader's "--strict" ones)
    std::vector<Dependant> dependants; // an erase refused because these depend on the entity
    Effect effect;
    std::string label; // the edit's label (for "Undo Edit tie t12")
};

// Checks an edit against `data` as the loader would check the file with the edit made, looking at
// what the edit touches only. Does not change `data`. (EditHistory::apply runs it first.)
EditResult validate(model::Dataset& data, const Edit& edit);

// Makes an edit already validated (or its inverse, when undoing) and says what it changed. The
// inverse of an edit is inverse(edit); applying it restores the dataset exactly.
Effect applyUnchecked(model::Dataset& data, const Edit& edit);
Edit inverse(const Edit& edit);

// What refers to an entity of a top-level table (Actors, Sources, Ties...): what an erase would
// leave dangling. Empty for claims and story stops.
std::vector<Dependant> dependantsOf(const model::Dataset& data, Target target);

// Next free id like "t101" for a table, from a prefix ("t" for ties): the smallest number above the
// largest used with that prefix, else 1.
std::string nextKey(const model::Dataset& data, Table table, std::string_view prefix);

} // namespace tieline::core::edit
