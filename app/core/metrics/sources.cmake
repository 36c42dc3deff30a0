# Network metrics over time (app/core/metrics), compiled into tieline_core.
set(TIELINE_METRICS_SOURCES
    app/core/metrics/weighted_graph.cpp
    app/core/metrics/betweenness.cpp
    app/core/metrics/brokerage.cpp
    app/core/metrics/metrics.cpp
    app/core/metrics/metrics_writer.cpp
    app/core/metrics/chart_series.cpp
)
