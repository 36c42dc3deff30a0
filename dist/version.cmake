# The version, from one place: project(VERSION) in the top-level CMakeLists.txt, plus the commit
# when the source is a git checkout (read at configure time, "-dirty" with uncommitted changes; no
# git, or no checkout, leaves it out).
# Writes ${CMAKE_BINARY_DIR}/generated/tieline_version.hpp, rewritten only when its text changes.
set(TIELINE_GIT_COMMIT "")
find_package(Git QUIET)
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} -C ${CMAKE_SOURCE_DIR} describe --always --dirty --abbrev=10
        OUTPUT_VARIABLE TIELINE_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE gitStatus)
    if(NOT gitStatus EQUAL 0)
        set(TIELINE_GIT_COMMIT "")
    else()
        # A commit or checkout appends to logs/HEAD: configure again so the version follows it.
        execute_process(COMMAND ${GIT_EXECUTABLE} -C ${CMAKE_SOURCE_DIR} rev-parse --path-format=absolute
            --git-path logs/HEAD OUTPUT_VARIABLE headLog OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(headLog AND EXISTS "${headLog}")
            set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${headLog}")
        endif()
    endif()
endif()
if(TIELINE_GIT_COMMIT)
    set(TIELINE_VERSION_LONG "${PROJECT_VERSION} (git ${TIELINE_GIT_COMMIT})")
else()
    set(TIELINE_VERSION_LONG "${PROJECT_VERSION}")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/tieline_version.hpp.in ${CMAKE_BINARY_DIR}/generated/tieline_version.hpp @ONLY)
