# The temporal force-directed layout engine (app/core/layout), compiled into tieline_core.
set(TIELINE_LAYOUT_SOURCES
    app/core/layout/simulation.cpp
    app/core/layout/quadtree.cpp
    app/core/layout/many_body_force.cpp
    app/core/layout/link_force.cpp
    app/core/layout/position_force.cpp
    app/core/layout/collide_force.cpp
    app/core/layout/graph.cpp
    app/core/layout/graph_layout.cpp
    app/core/layout/timeline.cpp
    app/core/layout/keyframe_solver.cpp
    app/core/layout/keyframe_set.cpp
    app/core/layout/temporal_layout.cpp
    app/core/layout/quality.cpp
)
# errno is never read, and without this GCC cannot vectorize the sqrt in the many-body kernel.
# It changes no result (unlike -ffast-math, which stays off: see README "determinism").
set_source_files_properties(${TIELINE_LAYOUT_SOURCES} PROPERTIES COMPILE_OPTIONS "-fno-math-errno")
