// Patron roles of tie types. Core: no GL.
#include "core/model/tie_roles.hpp"

#include <cctype>

namespace tieline::core::model {

const char* patronRoleKeyword(PatronRole role) {
    switch (role) {
    case PatronRole::From:
        return "from";
    case PatronRole::To:
        return "to";
    case PatronRole::Same:
        return "same";
    case PatronRole::None:
        break;
    }
    return "none";
}

std::optional<PatronRole> parsePatronRole(std::string_view text) {
    for (PatronRole r : {PatronRole::None, PatronRole::From, PatronRole::To, PatronRole::Same})
        if (text == patronRoleKeyword(r)) return r;
    return std::nullopt;
}

std::optional<ActorId> patronEnd(const Dataset& data, const Tie& tie) {
    switch (data.tieType(tie.type).layout.patron) {
    case PatronRole::From:
        return tie.from;
    case PatronRole::To:
        return tie.to;
    case PatronRole::Same:
    case PatronRole::None:
        break;
    }
    return std::nullopt;
}

std::string patronEndOfType(const TieType& type) {
    const PatronRole r = type.layout.patron;
    return r == PatronRole::From || r == PatronRole::To ? patronRoleKeyword(r) : "";
}

std::vector<TieTypeId> patronTypes(const Dataset& data) {
    std::vector<TieTypeId> out;
    for (std::size_t i = 0; i < data.tieTypes.size(); ++i)
        if (data.tieTypes[i].layout.patron != PatronRole::None)
            out.push_back(TieTypeId(static_cast<std::uint32_t>(i)));
    return out;
}

std::string patronTypesPhrase(const Dataset& data, const std::vector<TieTypeId>& types) {
    std::string out;
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (i > 0) out += i + 1 == types.size() ? " and " : ", ";
        std::string label = data.tieType(types[i]).label;
        for (char& c : label)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out += label;
    }
    return out.empty() ? out : out + " ties";
}

} // namespace tieline::core::model
