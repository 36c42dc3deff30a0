# Unit tests of app/core/interop and app/core/io/dataset_writer, added to tieline_tests, and the
# checks of the GEXF export with the official schemas (xmllint) and with networkx.
set(TIELINE_INTEROP_TEST_SOURCES
    ${CMAKE_SOURCE_DIR}/tests/core/interop/same_network.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/interop/gexf_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/interop/csv_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/interop/csl_test.cpp
    ${CMAKE_SOURCE_DIR}/tests/core/interop/convert_test.cpp
)

# The official GEXF 1.3 schemas and the primer's example live outside the repository.
set(TIELINE_GEXF_SPEC_DIR "${CMAKE_SOURCE_DIR}/../shared/interop/gexf-1.3" CACHE PATH
    "GEXF 1.3 schemas (gexf.rng, gexf.xsd) and the primer's simple.gexf")
if(EXISTS "${TIELINE_GEXF_SPEC_DIR}/gexf.rng")
    target_compile_definitions(tieline_tests PRIVATE TIELINE_GEXF_SPEC="${TIELINE_GEXF_SPEC_DIR}")
endif()

# The GEXF export checked by other tools, through the real binary (built with the GUI).
if(TARGET tieline)
    set(_interop_work ${CMAKE_BINARY_DIR}/tests/interop-work)
    if(EXISTS "${TIELINE_GEXF_SPEC_DIR}/gexf.rng")
        add_test(NAME "gexf: the export validates against the official GEXF 1.3 schemas (xmllint)"
            COMMAND sh ${CMAKE_SOURCE_DIR}/tests/core/interop/check_gexf_schemas.sh $<TARGET_FILE:tieline>
                    ${TIELINE_GEXF_SPEC_DIR} ${_interop_work}/schemas
                    ${CMAKE_SOURCE_DIR}/tests/fixtures/valid/full.json ${CMAKE_SOURCE_DIR}/data/korea-1955-1969.json)
    endif()
    add_test(NAME "gexf: networkx reads the export and finds the same nodes, edges and time spans"
        COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/core/interop/check_networkx.py $<TARGET_FILE:tieline>
                ${_interop_work}/networkx ${CMAKE_SOURCE_DIR}/tests/fixtures/valid/full.json
                ${CMAKE_SOURCE_DIR}/tests/fixtures/valid/minimal.json ${CMAKE_SOURCE_DIR}/data/korea-1955-1969.json)
endif()
