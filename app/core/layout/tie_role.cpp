// Tie type roles with their defaults from the sign.
#include "core/layout/tie_role.hpp"

namespace tieline::core::layout {

ResolvedTieRole resolveTieRole(const model::TieLayoutRole& role, int sign, const LayoutParams& p) {
    ResolvedTieRole r;
    const bool hostile = sign < 0;
    if (role.attraction || role.repulsion) {
        r.attraction = role.attraction.value_or(0.0);
        r.repulsion = role.repulsion.value_or(0.0);
    } else {
        r.attraction = hostile ? 0.0 : 1.0;
        r.repulsion = hostile ? p.hostileStiffness : 0.0;
    }
    r.length = role.length.value_or(hostile ? p.hostileDistance : 1.0);
    return r;
}

} // namespace tieline::core::layout
