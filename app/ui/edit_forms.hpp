// The editor's forms as pure functions (issue 19): a field's text as the inspector shows it, and
// the one core::edit::Edit that committing a changed text makes. The GUI's edit panels
// (ui/edit_panels.cpp) and the tests call these; no GL, no ImGui.
//
// Field texts (what a user types):
//   spans       "1956-08 .. 1957-03; ~1958 .. "   (an empty end: the dataset's start or end)
//   strength    "1956-01 0.5; 1957-06 1"           (date and value 0..1 per keyframe, in date order)
//   lists       "a, b, c"                           (variants, contradicts, actor and source ids)
//   names       "Family, Given; Literal name"       (a source's authors and translators)
//   enums       the format's keywords               (person, high, archive...)
// A text that does not parse gives an error naming what is wrong and no edit; a text that parses
// gives a Replace edit, which the session then validates as the loader would (its refusal is shown
// beside the field, the typed text kept).
#pragma once

#include "core/calendar/date.hpp"
#include "core/edit/edit.hpp"
#include "core/model/dataset.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tieline::ui {

// A committed field's result: an edit, or why the text is not one.
struct Built {
    std::optional<core::edit::Edit> edit;
    std::string error;
    bool ok() const { return edit.has_value(); }
};

enum class ActorField { Name, Native, Variants, Kind, Group, Description, Spans, Note };
enum class TieField { From, To, Type, Direction, Spans, Strength, Confidence, Note };
enum class ClaimField { Source, Locator, Quote, Supports, Note, Contradicts, Key };
enum class SourceField {
    Type,
    Title,
    Authors,
    Translators,
    Issued,
    Container,
    Publisher,
    Place,
    Archive,
    ArchiveLocation,
    Url,
    Doi,
    Note,
    Evidence
};
enum class EventField { Date, End, Title, Description, Actors, Sources, Confidence, Note };
enum class StopField { Date, Title, Caption, Focus };

// A field's label in the form ("Native name", "Strength keyframes").
const char* fieldLabel(ActorField f);
const char* fieldLabel(TieField f);
const char* fieldLabel(ClaimField f);
const char* fieldLabel(SourceField f);
const char* fieldLabel(EventField f);
const char* fieldLabel(StopField f);

// The texts of the notation above.
std::string spansText(const std::vector<core::calendar::Span>& spans);
bool parseSpans(std::string_view text, std::vector<core::calendar::Span>& out, std::string& why);
std::string strengthText(const std::vector<core::model::StrengthKey>& keys);
bool parseStrength(std::string_view text, std::vector<core::model::StrengthKey>& out, std::string& why);
std::string namesText(const std::vector<core::model::PersonName>& names);
std::vector<core::model::PersonName> parseNames(std::string_view text);
std::string listText(const std::vector<std::string>& items);
std::vector<std::string> parseList(std::string_view text);

// Field texts of an item as it is now.
std::string fieldText(const core::model::Dataset& data, const core::model::Actor& actor, ActorField f);
std::string fieldText(const core::model::Dataset& data, const core::model::Tie& tie, TieField f);
std::string fieldText(const core::model::Dataset& data, const core::model::Claim& claim, ClaimField f);
std::string fieldText(const core::model::Source& source, SourceField f);
std::string fieldText(const core::model::Dataset& data, const core::model::Event& event, EventField f);
std::string fieldText(const core::model::Dataset& data, const core::model::StoryStop& stop, StopField f);

// One committed field: the item with that field set to `text`, as a Replace edit. A text equal to
// the item's own gives neither an edit nor an error (nothing to commit).
Built editActorField(const core::model::Dataset& data, core::model::ActorId actor, ActorField f,
                     std::string_view text);
Built editTieField(const core::model::Dataset& data, core::model::TieId tie, TieField f,
                   std::string_view text);
Built editClaimField(const core::model::Dataset& data, core::model::TieId tie, std::size_t claim,
                     ClaimField f, std::string_view text);
Built editSourceField(const core::model::Dataset& data, core::model::SourceId source, SourceField f,
                      std::string_view text);
Built editEventField(const core::model::Dataset& data, std::size_t event, EventField f,
                     std::string_view text);
Built editStopField(const core::model::Dataset& data, std::size_t story, std::size_t stop, StopField f,
                    std::string_view text);

// A field by its name in scripts: the label in lower case with '-' for blanks ("native-name",
// "archive-location", "spans"). Actors, ties and sources. Returns the field's enum value as int.
std::optional<int> fieldByName(core::edit::Table table, std::string_view name);
// The committed field of an item by its id ("t12", "kim-il-sung", "s01") and field name.
Built editFieldByName(const core::model::Dataset& data, core::edit::Table table, std::string_view id,
                      int field, std::string_view text);

// A strength keyframe dragged on the chart: keyframe `index` moved to `date` with `value` (clamped
// to 0..1; the keyframes re-sorted by date).
Built moveStrengthKey(const core::model::Dataset& data, core::model::TieId tie, std::size_t index,
                      core::calendar::Date date, double value);

// A story stop's focus set to the actors in view (the visible or selected ones), in actor order.
Built stopFocusFromView(const core::model::Dataset& data, std::size_t story, std::size_t stop,
                        std::vector<core::model::ActorId> actors);

// [SECTION] New items

// The new tie of a drag from one node to another: the next free "tNN" id, the type, one span from
// `start` to `end` (empty end: to the dataset's end) and its first claim, so it is never unsourced.
struct NewTie {
    core::model::ActorId from, to;
    std::size_t type = 0;   // index into tieTypes
    std::string start;      // a date ("1957-03"); the window's date at its precision by default
    std::string end;        // "" : open to the dataset's end
    std::size_t source = 0; // index into sources
    std::string locator, quote;
};
Built newTie(const core::model::Dataset& data, const NewTie& tie);

// The window's date at the picture's precision, the default start of a new tie ("1957-03").
core::calendar::Date dateAt(core::calendar::Time t, core::calendar::DatePrecision precision);

// A new claim for a tie, appended.
Built newClaim(const core::model::Dataset& data, core::model::TieId tie, std::size_t source,
               std::string_view locator, std::string_view quote);

// A new actor named `name` (a person, no group): its id the name in kebab-case ("Pak Hon-yong" gives
// "pak-hon-yong", "-2" added while taken; a name without ASCII letters gets "aNN").
Built newActor(const core::model::Dataset& data, std::string_view name);
std::string actorKeyFor(const core::model::Dataset& data, std::string_view name);

// A stub source from a pasted DOI ("10.1017/...", "doi:10...", "https://doi.org/10...") or an
// http(s) URL: the next free "sNN" id, the DOI or URL filled, title "(to complete)".
Built stubSource(const core::model::Dataset& data, std::string_view pasted);
inline constexpr const char* kStubTitle = "(to complete)";

// Sources read from a CSL-JSON file (core/interop/csl_json) as edits: one insert per new id; an id
// already in the dataset is replaced when it differs and skipped when it is the same. `replaced` and
// `unchanged` count those.
std::vector<core::edit::Edit> importSources(const core::model::Dataset& data,
                                            const std::vector<core::model::Source>& sources,
                                            std::size_t* replaced = nullptr,
                                            std::size_t* unchanged = nullptr);

// The source list's search: every word of `query` (case-insensitive) in the source's id, title,
// authors' names or date. An empty query matches all.
bool sourceMatches(const core::model::Source& source, std::string_view query);
// "Kim 2017, Title" for pickers.
std::string sourceShortLabel(const core::model::Source& source);

// Deleting: the edit, and what depends on the item (what the confirmation names; an actor or
// source with dependants cannot be deleted until they are changed).
struct Deletion {
    core::edit::Edit edit;
    std::vector<core::edit::Dependant> dependants;
    std::string what; // "tie t12 (kim-il-sung to pak-hon-yong)"
};
Deletion deletion(const core::model::Dataset& data, core::edit::Target target);

} // namespace tieline::ui
