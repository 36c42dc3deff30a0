# Unit tests of app/core/export, added to the doctest executable tieline_tests.
set(TIELINE_EXPORT_TEST_SOURCES
    ${CMAKE_SOURCE_DIR}/tests/core/export/export_options_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/export/export_frame_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/export/svg_writer_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/export/bibliography_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/export/story_deck_test.cpp
)
