// The dataset: everything one file describes (format v1, see README.md "Data format").
// Plain data; every cross-reference is a typed index resolved by the loader. Core: no GL.
#pragma once

#include "core/calendar/span.hpp"
#include "core/model/ids.hpp"

#include <cassert>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tieline::core::model {

enum class ActorKind : std::uint8_t {
    Person,
    Faction,
    State,
    Party,
    StateParty,
    Military,
    Movement,
    Organization,
    Other
};
// Ordered from least to most trustworthy so that "minimum confidence" filters compare with <.
enum class Confidence : std::uint8_t { Contested, Low, Medium, High };
enum class TimeStep : std::uint8_t { Day, Week, Month, Quarter, Year };
// What kind of evidence a source is (the source's "evidence" field). Unknown = the field is absent.
enum class Evidence : std::uint8_t { Unknown, Archive, Scholarship, Memoir, Press, Reference, Popular };
inline constexpr int kEvidenceCount = 7;

const char* keyword(ActorKind kind);
const char* keyword(Confidence confidence);
const char* keyword(TimeStep step);
const char* keyword(Evidence evidence); // "" for Unknown
// A reader's label: "archival document", "scholarship", ..., "unknown kind".
const char* label(Evidence evidence);
// The keywords a dataset may use, comma-separated: "archive, scholarship, ...".
const char* evidenceKeywords();
std::optional<ActorKind> parseActorKind(std::string_view text);
std::optional<Confidence> parseConfidence(std::string_view text);
std::optional<TimeStep> parseTimeStep(std::string_view text);
std::optional<Evidence> parseEvidence(std::string_view text); // not for "" (Unknown)
// A set of evidence kinds: bit (1 << int(kind)).
using EvidenceMask = std::uint32_t;
inline constexpr EvidenceMask kAllEvidence = (1u << kEvidenceCount) - 1;
inline constexpr EvidenceMask evidenceBit(Evidence e) {
    return 1u << static_cast<unsigned>(e);
}
// Parses "archive,scholarship" (keywords, or "unknown" for sources without a kind; commas, no
// blanks needed). Returns false and sets `why` on an empty list or an unknown keyword.
bool parseEvidenceList(std::string_view text, EvidenceMask& mask, std::string& why);

// 0xRRGGBB.
using Rgb = std::uint32_t;

struct Meta {
    std::string title;
    std::string description;
    std::vector<std::string> authors;
    std::string license;
    std::string citation;
    calendar::Date start;
    calendar::Date end;
    TimeStep step = TimeStep::Month;
    // "x-weight-scale": an imported file's weights were divided by this (its largest weight) to make
    // strengths; GEXF and CSV output multiply by it again, giving the file's own weights back.
    double weightScale = 1.0;
};

// Which end of a tie of a type is the patron (README.md, "Data format", tie types' "layout").
// From: the tie runs from patron to client; To: from client to patron; Same: both ends on one
// level (a treaty; patron shares count its first end as the patron); None: says nothing.
enum class PatronRole : std::uint8_t { None, From, To, Same };

// How ties of a type shape the layout, as the file declares it ("layout"); a member left out takes
// its default from the type's sign (see tieline::core::layout::resolveLayoutRole).
struct TieLayoutRole {
    std::optional<double> attraction; // spring stiffness per unit strength (0: no pull)
    std::optional<double> repulsion;  // one-sided push stiffness per unit strength (0: no push)
    std::optional<double> length;     // rest length, in linkDistance units
    PatronRole patron = PatronRole::None;
    bool declared = false; // the file has a "layout" member for the type
};

struct TieType {
    std::string key; // the id as written in the file
    std::string label;
    std::string description;
    bool directed = true;
    int sign = +1; // +1 cooperative (pulls together), -1 hostile (pushes apart)
    Rgb color = 0x888888;
    TieLayoutRole layout;
};

struct Group {
    std::string key;
    std::string label;
    std::string description;
    Rgb color = 0x888888;
};

struct Point {
    double x = 0, y = 0;
};

struct Actor {
    std::string key;
    std::string name;                  // romanized display name
    std::vector<std::string> variants; // other spellings, searched too
    std::string native;                // name in its own script(s)
    bool nativeUnverified = false;     // the native name was not seen in a source
    ActorKind kind = ActorKind::Person;
    GroupId group; // invalid when the actor has no group
    std::string description;
    std::vector<calendar::Span> spans; // empty: present over the whole range
    std::vector<SourceId> sources;
    std::optional<Point> pin; // a fixed layout position, if the dataset sets one
    std::string note;         // the compiler's remarks (uncertain dates, naming)
    std::string ref;          // the compiler's own reference (e.g. a factsheet row)
};

struct Claim {
    std::string key; // optional id, so other claims can contradict this one
    SourceId source;
    std::string locator;  // page, paragraph, folio...
    std::string quote;    // verbatim
    std::string supports; // what the claim supports
    std::string note;
    std::vector<std::string> contradicts; // ids of claims this one conflicts with
};

struct StrengthKey {
    calendar::Date date;
    double value = 1.0; // 0..1
};

struct Tie {
    std::string key;
    ActorId from;
    ActorId to;
    TieTypeId type;
    std::optional<bool> directed;      // overrides the type's direction (a mutual alliance, say)
    std::vector<calendar::Span> spans; // at least one
    std::vector<StrengthKey> strength; // sorted by date; empty means a constant 1
    Confidence confidence = Confidence::Medium;
    std::vector<Claim> claims;
    std::string note;
    std::string ref;
};

struct PersonName {
    std::string family;
    std::string given;
    std::string literal; // institutions, or names that do not split
};

// A CSL-JSON item. The fields tieline reads are parsed; the whole item is also kept verbatim
// (cslJson) so that nothing a reference manager wrote is lost on the way through.
struct Source {
    std::string key;
    std::string type; // CSL type: book, article-journal, webpage, ...
    std::string title;
    std::vector<PersonName> authors;
    std::vector<PersonName> translators;
    std::string issued; // as written ("2017-07", or CSL date-parts rendered to ISO)
    std::string containerTitle;
    std::string publisher;
    std::string publisherPlace;
    std::string archive;
    std::string archiveLocation;
    std::string url;
    std::string doi;
    std::string note;
    Evidence evidence = Evidence::Unknown;
    std::string cslJson;
};

struct Event {
    std::string key;
    calendar::Date date;
    std::optional<calendar::Date> end;
    std::string title;
    std::string description;
    std::vector<ActorId> actors;
    std::vector<SourceId> sources;
    std::optional<Confidence> confidence; // how sure the sources make the date and the facts
    std::string note;
    std::string ref;
};

struct StoryStop {
    calendar::Date date;
    std::string title;
    std::string caption;
    std::vector<ActorId> focus;
};

struct Story {
    std::string key;
    std::string title;
    std::string description;
    std::vector<StoryStop> stops;
};

// A merge the dataset declares (its "merges" table): by default the view shows `actor` as part of
// `into` (README, "Merges and groups"). A view, not an edit: the actor and its ties stay its own.
struct DefaultMerge {
    ActorId actor;
    ActorId into;
    std::string label; // the merged node's label; empty: "INTO + SHORT" (core/scene/merge_view.hpp)
    std::string note;  // why, and where the reading is wrong
};

struct Dataset {
    Meta meta;
    std::vector<TieType> tieTypes;
    std::vector<Group> groups;
    std::vector<Actor> actors;
    std::vector<Tie> ties;
    std::vector<Source> sources;
    std::vector<Event> events;
    std::vector<Story> stories;
    std::vector<DefaultMerge> merges;
    // Set only on a merged view (core/scene/merge_view.hpp): what it shows as one, one line per
    // merged or collapsed node, for captions and bibliographies. Never read from or written to a file.
    struct ViewNote {
        ActorId node; // the representative that stands for the others
        std::string text;
    };
    std::vector<ViewNote> viewNotes;

    // Lookups from the ids written in the file to indices; filled by indexKeys().
    std::map<std::string, ActorId, std::less<>> actorByKey;
    std::map<std::string, TieId, std::less<>> tieByKey;
    std::map<std::string, TieTypeId, std::less<>> tieTypeByKey;
    std::map<std::string, GroupId, std::less<>> groupByKey;
    std::map<std::string, SourceId, std::less<>> sourceByKey;

    // Ids index their tables: the loaders and importers only make ids in range, so one out of range
    // is a bug (a stale selection, say), not bad input.
    const Actor& actor(ActorId id) const { return at(actors, id.index()); }
    const Tie& tie(TieId id) const { return at(ties, id.index()); }
    const TieType& tieType(TieTypeId id) const { return at(tieTypes, id.index()); }
    const Source& source(SourceId id) const { return at(sources, id.index()); }
    const Group* group(GroupId id) const { return id.valid() ? &at(groups, id.index()) : nullptr; }
    // A tie's own direction when it sets one, else its type's.
    bool isDirected(const Tie& t) const { return t.directed.value_or(tieTypes[t.type.index()].directed); }

    std::optional<ActorId> findActor(std::string_view key) const;
    std::optional<TieId> findTie(std::string_view key) const;
    std::optional<SourceId> findSource(std::string_view key) const;

    // Rebuilds the key maps from the tables (after building a dataset by hand).
    void indexKeys();

    // The whole range as days: [meta.start.firstDay(), meta.end.dayAfterLast()).
    calendar::DayNumber rangeBegin() const { return meta.start.firstDay(); }
    calendar::DayNumber rangeEnd() const { return meta.end.dayAfterLast(); }

  private:
    template <class T> static const T& at(const std::vector<T>& table, std::size_t index) {
        assert(index < table.size());
        return table[index];
    }
};

} // namespace tieline::core::model
