# GEXF, CSV and CSL-JSON import and export (app/core/interop), and the format v1 JSON writer they
# round-trip through (app/core/io/dataset_writer.cpp). Compiled into tieline_core; pugixml stays
# inside these .cpp files.
set(TIELINE_INTEROP_SOURCES
    app/core/io/dataset_writer.cpp
    app/core/interop/text_position.cpp
    app/core/interop/text_values.cpp
    app/core/interop/notation.cpp
    app/core/interop/import_builder.cpp
    app/core/interop/import_values.cpp
    app/core/interop/gexf_reader.cpp
    app/core/interop/gexf_locator.cpp
    app/core/interop/gexf_elements.cpp
    app/core/interop/gexf_writer.cpp
    app/core/interop/export_losses.cpp
    app/core/interop/csv_table.cpp
    app/core/interop/csv_columns.cpp
    app/core/interop/csv_rows.cpp
    app/core/interop/csv_reader.cpp
    app/core/interop/csv_writer.cpp
    app/core/interop/csl_json.cpp
    app/core/interop/dataset_files.cpp
)
