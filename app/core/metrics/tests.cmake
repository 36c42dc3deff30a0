# Unit tests of app/core/metrics, added to the doctest executable tieline_tests.
set(TIELINE_METRICS_TEST_SOURCES
    ${CMAKE_SOURCE_DIR}/tests/core/metrics/betweenness_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/metrics/brokerage_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/metrics/metrics_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/metrics/metrics_writer_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/metrics/chart_series_test.cpp
)
