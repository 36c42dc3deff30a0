// Positions found when a message needs one (see lazy_positions.hpp). Core: no GL.
#include "core/io/lazy_positions.hpp"

#include <nlohmann/json.hpp>

namespace tieline::core::io {

const TextPos* LazyPositions::find(const std::string& pointer) const {
    if (!m_built && !m_text.empty()) {
        nlohmann::json scratch;
        JsonReadError ignored;
        m_index.reserve(m_text.size() / 16); // about one value every 16 bytes: no rehash
        readJson(m_text, m_limits, scratch, m_index, ignored);
    }
    m_built = true;
    const auto it = m_index.find(pointer);
    return it == m_index.end() ? nullptr : &it->second;
}

} // namespace tieline::core::io
