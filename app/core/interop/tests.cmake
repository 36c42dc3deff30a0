# Unit tests of app/core/interop and app/core/io/dataset_writer, added to tieline_tests.
set(TIELINE_INTEROP_TEST_SOURCES
)
