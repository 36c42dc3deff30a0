# Unit tests of the layout engine, added to the doctest executable tieline_tests.
set(TIELINE_LAYOUT_TEST_SOURCES
    ${CMAKE_SOURCE_DIR}/tests/core/layout/contract_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/layout/many_body_force_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/layout/golden_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/layout/quality_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/layout/graph_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/layout/temporal_layout_test.cpp
)
