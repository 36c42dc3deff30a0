// The editor's new items: a tie with its first claim, a claim, an actor, source stubs from a DOI or
// web address, sources imported from CSL-JSON, the source search, and what a deletion would touch.
#include "ui/edit_forms.hpp"

#include "core/model/citation.hpp"
#include "ui/edit_form_detail.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace tieline::ui {

using namespace edit_form_detail;

// [SECTION] New items

core::calendar::Date dateAt(core::calendar::Time t, core::calendar::DatePrecision precision) {
    const core::calendar::CivilDay c =
        core::calendar::civilFromDays(core::calendar::DayNumber(std::floor(t)));
    Date d;
    d.year = c.year;
    if (precision != core::calendar::DatePrecision::Year) d.month = std::uint8_t(c.month);
    if (precision == core::calendar::DatePrecision::Day) d.day = std::uint8_t(c.day);
    return d;
}

Built newTie(const Dataset& data, const NewTie& in) {
    if (in.from == in.to) return fail("a tie joins two different actors");
    if (in.type >= data.tieTypes.size()) return fail("choose the tie's type");
    if (in.source >= data.sources.size())
        return fail("choose the source of the tie's first claim (no tie without a source)");
    if (trim(in.locator).empty()) return fail("give the locator (page, folio, paragraph) of the first claim");
    core::model::Tie t;
    t.key = core::edit::nextKey(data, Table::Ties, "t");
    t.from = in.from;
    t.to = in.to;
    t.type = core::model::TieTypeId(std::uint32_t(in.type));
    Span span;
    std::string why;
    Date d;
    if (trim(in.start).empty()) return fail("give the date the tie starts");
    if (!parseOneDate(in.start, d, why)) return fail(why);
    span.start = d;
    if (!trim(in.end).empty()) {
        if (!parseOneDate(in.end, d, why)) return fail(why);
        span.end = d;
    }
    t.spans.push_back(span);
    core::model::Claim c;
    c.source = core::model::SourceId(std::uint32_t(in.source));
    c.locator = std::string(trim(in.locator));
    c.quote = std::string(trim(in.quote));
    t.claims.push_back(std::move(c));
    return made(core::edit::insertTie(data, std::move(t)));
}

Built newClaim(const Dataset& data, core::model::TieId tie, std::size_t source, std::string_view locator,
               std::string_view quote) {
    if (source >= data.sources.size()) return fail("choose the claim's source");
    if (trim(locator).empty()) return fail("give the locator (page, folio, paragraph)");
    core::model::Claim c;
    c.source = core::model::SourceId(std::uint32_t(source));
    c.locator = std::string(trim(locator));
    c.quote = std::string(trim(quote));
    return made(core::edit::insertClaim(data, tie, std::move(c)));
}

std::string actorKeyFor(const Dataset& data, std::string_view name) {
    std::string key;
    for (const char ch : name) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) && c < 0x80)
            key += char(std::tolower(c));
        else if (!key.empty() && key.back() != '-')
            key += '-';
    }
    while (!key.empty() && key.back() == '-')
        key.pop_back();
    if (key.empty()) return core::edit::nextKey(data, Table::Actors, "a");
    if (!data.findActor(key)) return key;
    for (int n = 2;; ++n)
        if (const std::string k = key + "-" + std::to_string(n); !data.findActor(k)) return k;
}

Built newActor(const Dataset& data, std::string_view name) {
    if (trim(name).empty()) return fail("give the actor's name");
    core::model::Actor a;
    a.name = std::string(trim(name));
    a.key = actorKeyFor(data, a.name);
    return made(core::edit::insertActor(data, std::move(a)));
}

Built stubSource(const Dataset& data, std::string_view pasted) {
    std::string text(trim(pasted));
    core::model::Source s;
    s.key = core::edit::nextKey(data, Table::Sources, "s");
    s.title = kStubTitle;
    const std::string low = lower(text);
    for (const char* prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                               "http://dx.doi.org/", "doi.org/", "doi:"})
        if (low.rfind(prefix, 0) == 0) {
            text = std::string(trim(std::string_view(text).substr(std::string_view(prefix).size())));
            s.doi = text;
            break;
        }
    if (s.doi.empty() && text.rfind("10.", 0) == 0) s.doi = text;
    if (!s.doi.empty()) {
        const std::size_t slash = s.doi.find('/');
        if (s.doi.rfind("10.", 0) != 0 || slash == std::string::npos || slash + 1 == s.doi.size() ||
            s.doi.find_first_of(" \t") != std::string::npos)
            return fail("'" + s.doi + "' is not a DOI (10.NNNN/suffix)");
        s.type = "article-journal";
    } else if ((low.rfind("https://", 0) == 0 || low.rfind("http://", 0) == 0) &&
               text.find_first_of(" \t") == std::string::npos && text.size() > 8) {
        s.url = text;
        s.type = "webpage";
    } else {
        return fail("paste a DOI (10.NNNN/...) or a web address (https://...)");
    }
    for (const core::model::Source& other : data.sources)
        if ((!s.doi.empty() && lower(other.doi) == lower(s.doi)) || (!s.url.empty() && other.url == s.url))
            return fail("source " + other.key + " already has this " + (s.doi.empty() ? "address" : "DOI"));
    return made(core::edit::insertSource(data, std::move(s)));
}

std::vector<Edit> importSources(const Dataset& data, const std::vector<core::model::Source>& sources,
                                std::size_t* replaced, std::size_t* unchanged) {
    std::vector<Edit> out;
    std::size_t nReplaced = 0, nUnchanged = 0;
    std::size_t appended = 0;
    for (const core::model::Source& s : sources) {
        if (const auto id = data.findSource(s.key)) {
            const core::model::Source& old = data.source(*id);
            if (old.cslJson == s.cslJson && old.title == s.title && old.doi == s.doi && old.url == s.url) {
                ++nUnchanged;
                continue;
            }
            out.push_back(core::edit::replaceSource(data, *id, s));
            ++nReplaced;
            continue;
        }
        bool repeated = false; // the same id twice in the file: the first one counts
        for (const Edit& e : out)
            if (e.kind == core::edit::Kind::Insert && std::get<core::model::Source>(e.after).key == s.key)
                repeated = true;
        if (repeated) continue;
        Edit e = core::edit::insertSource(data, s);
        e.target.index = data.sources.size() + appended++; // applied in order, each appends
        out.push_back(std::move(e));
    }
    if (replaced) *replaced = nReplaced;
    if (unchanged) *unchanged = nUnchanged;
    return out;
}

bool sourceMatches(const core::model::Source& s, std::string_view query) {
    std::string hay = lower(s.key + " " + s.title + " " + s.issued + " " + s.containerTitle + " " +
                            core::model::formatNames(s.authors));
    for (const core::model::PersonName& n : s.authors)
        hay += " " + lower(n.family + " " + n.given + " " + n.literal);
    for (const std::string_view word : split(query, ' '))
        if (hay.find(lower(word)) == std::string::npos) return false;
    return true;
}

std::string sourceShortLabel(const core::model::Source& s) {
    std::string who = s.authors.empty()                   ? std::string()
                      : !s.authors.front().family.empty() ? s.authors.front().family
                                                          : s.authors.front().literal;
    if (s.authors.size() > 1) who += " et al.";
    const std::string year = core::model::issuedYear(s);
    std::string out = s.key + "  " + who + (year.empty() ? "" : (who.empty() ? "" : " ") + year);
    return out + (who.empty() && year.empty() ? "" : ", ") + s.title;
}

Deletion deletion(const Dataset& data, Target target) {
    Deletion d{core::edit::erase(data, target), core::edit::dependantsOf(data, target), {}};
    switch (target.table) {
    case Table::Actors:
        d.what = "actor " + data.actors[target.index].key;
        break;
    case Table::Ties: {
        const core::model::Tie& t = data.ties[target.index];
        d.what = "tie " + t.key + " (" + data.actor(t.from).key + " to " + data.actor(t.to).key + ")";
        break;
    }
    case Table::Claims:
        d.what = "claim " + std::to_string(target.sub + 1) + " of tie " + data.ties[target.index].key;
        break;
    case Table::Sources:
        d.what = "source " + data.sources[target.index].key;
        break;
    case Table::Events:
        d.what = "event " + data.events[target.index].key;
        break;
    case Table::StoryStops:
        d.what = "stop " + std::to_string(target.sub + 1) + " of story " + data.stories[target.index].key;
        break;
    }
    return d;
}

} // namespace tieline::ui
