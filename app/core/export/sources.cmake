# Export without GL (app/core/export): options, frame layout, SVG, bibliography; compiled into tieline_core.
set(TIELINE_EXPORT_SOURCES
    app/core/export/export_options.cpp
    app/core/export/export_frame.cpp
    app/core/export/svg_writer.cpp
    app/core/export/bibliography.cpp
    app/core/export/story_deck.cpp
)
