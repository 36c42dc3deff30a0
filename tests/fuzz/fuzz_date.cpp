// libFuzzer target: the date parser. Accepted dates must print back to the same text, and name a
// non-empty period inside their uncertainty window.
#include "core/calendar/date.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tieline::core;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string why;
    const auto date = calendar::parseDate(text, &why);
    if (!date) {
        if (why.empty()) std::abort(); // a rejection always says why
        return 0;
    }
    if (date->toString() != text) std::abort();
    if (!(date->firstDay() < date->dayAfterLast())) std::abort();
    if (!(date->uncertainFrom() < date->firstDay() && date->dayAfterLast() < date->uncertainUntil()))
        std::abort();
    const calendar::CivilDay c = calendar::civilFromDays(date->firstDay());
    if (calendar::daysFromCivil(c.year, c.month, c.day) != date->firstDay()) std::abort();
    return 0;
}
