# Export without GL (app/core/figure): options, frame layout, SVG, bibliography; compiled into tieline_core.
set(TIELINE_EXPORT_SOURCES
    app/core/figure/export_options.cpp
    app/core/figure/export_frame.cpp
    app/core/figure/svg_writer.cpp
    app/core/figure/bibliography.cpp
    app/core/figure/story_deck.cpp
)
