# Unit tests of app/core/figure, added to the doctest executable tieline_tests.
set(TIELINE_EXPORT_TEST_SOURCES
    ${CMAKE_SOURCE_DIR}/tests/core/figure/export_options_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/figure/export_frame_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/figure/svg_writer_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/figure/bibliography_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/figure/story_deck_test.cpp
)
