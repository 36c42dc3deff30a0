// Citation formatting and link safety. Core: no GL.
#include "core/model/citation.hpp"

#include <cctype>

namespace tieline::core::model {

std::string formatNames(const std::vector<PersonName>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const PersonName& n = names[i];
        if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
        if (!n.literal.empty())
            out += n.literal;
        else
            out += n.given.empty() ? n.family : n.family + ", " + n.given;
    }
    return out;
}

std::string formatCitation(const Source& s) {
    std::string out = formatNames(s.authors);
    const auto sentence = [&](const std::string& part) {
        if (part.empty()) return;
        if (!out.empty()) out += out.back() == '.' ? " " : ". ";
        out += part;
    };
    sentence(s.title.empty() ? s.key : "\xE2\x80\x9C" + s.title + "\xE2\x80\x9D"); // “title”
    if (!s.translators.empty()) sentence("Translated by " + formatNames(s.translators));
    std::string where = s.containerTitle;
    if (!s.publisher.empty())
        where += (where.empty() ? "" : ", ") + (s.publisherPlace.empty() ? "" : s.publisherPlace + ": ") +
                 s.publisher;
    if (!s.issued.empty()) where += (where.empty() ? "" : ", ") + s.issued;
    sentence(where);
    if (!s.archive.empty() || !s.archiveLocation.empty())
        sentence("Archive: " + s.archive + (s.archive.empty() || s.archiveLocation.empty() ? "" : ", ") +
                 s.archiveLocation);
    if (!s.doi.empty())
        sentence("doi:" + s.doi);
    else if (!s.url.empty())
        sentence(s.url);
    if (!out.empty() && out.back() != '.') out += '.';
    return out;
}

std::string formatCitationAt(const Source& s, const std::string& locator) {
    std::string out = formatCitation(s);
    if (locator.empty()) return out;
    if (!out.empty() && out.back() == '.') out.pop_back();
    out += ", " + locator;
    if (out.back() != '.') out += '.';
    return out;
}

std::string issuedYear(const Source& s) {
    if (s.issued.size() >= 4 && std::isdigit(static_cast<unsigned char>(s.issued[0])) &&
        std::isdigit(static_cast<unsigned char>(s.issued[3])))
        return s.issued.substr(0, 4);
    return "";
}

bool isSafeWebUrl(std::string_view url) {
    std::string_view rest;
    if (url.substr(0, 7) == "http://")
        rest = url.substr(7);
    else if (url.substr(0, 8) == "https://")
        rest = url.substr(8);
    else
        return false;
    if (rest.empty() || rest.front() == '/' || rest.front() == '.') return false;
    for (unsigned char c : url)
        if (c <= 0x20 || c == 0x7F || c == '"' || c == '\\' || c == '<' || c == '>' || c == '`') return false;
    return true;
}

std::optional<std::string> safeSourceLink(const Source& s) {
    if (!s.doi.empty()) {
        std::string doi = s.doi;
        for (const char* prefix : {"https://doi.org/", "http://doi.org/", "doi:"})
            if (doi.rfind(prefix, 0) == 0) doi = doi.substr(std::string_view(prefix).size());
        // A DOI is "10.<registrant>/<suffix>"; anything else is not one.
        const std::string link = "https://doi.org/" + doi;
        if (doi.rfind("10.", 0) == 0 && doi.find('/') != std::string::npos && isSafeWebUrl(link)) return link;
    }
    if (isSafeWebUrl(s.url)) return s.url;
    return std::nullopt;
}

} // namespace tieline::core::model
