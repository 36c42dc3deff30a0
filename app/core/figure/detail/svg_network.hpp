// The network in the SVG: ties (paths, dash patterns, arrowhead markers), nodes, labels and group
// hulls, sized as the shaders draw them times the frame's pixel scale. Core: no GL.
#pragma once

#include "core/figure/svg_writer.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace tieline::core::figure::detail {

// An edge's arrowhead as a marker at the end of its path (arrow.vert's triangle from base to tip).
void arrowMarker(std::string& out, const scene::SceneEdge& e, const scene::Camera& cam, double ps,
                 std::size_t id);

bool drawn(const scene::SceneEdge& e);

// The visible part [t0, t1] of the edge's quadratic, as its own quadratic (de Casteljau).
void edgePath(std::string& out, const scene::SceneEdge& e, const scene::Camera& cam);

// edge.frag's patterns: dashes (contested), dots (approximate date), dash-dot (both), growing with
// the tie's width (the shader's half width is half of `width`).
void dashArray(std::string& out, int pattern, double width, double ps);

// pass 0: the accent halo under a highlighted tie; pass 1: the tie itself.
void edge(std::string& out, const model::Dataset* data, const scene::SceneEdge& e, const scene::Camera& cam,
          double ps, const scene::Rgba& accent, bool halo, std::size_t markerId);

void edges(std::string& out, const model::Dataset* data, const std::vector<scene::SceneEdge>& list,
           const scene::Camera& cam, double ps, const scene::Rgba& accent, std::size_t& markerId);

void node(std::string& out, const model::Dataset* data, const scene::SceneNode& n, const scene::Camera& cam,
          double ps, const scene::Rgba& accent);

void labels(std::string& out, const model::Dataset& data, const scene::Scene& scene, const ExportFrame& f,
            const FontMetrics& metrics);

// Group hulls (scene.hulls): <path class="hull" data-group="ID"> and the group's name above it,
// at scene::kHullNamePixels as the renderer draws it.
void hulls(std::string& out, const model::Dataset& data, const scene::Scene& scene, const ExportFrame& f,
           const FontMetrics& metrics);

} // namespace tieline::core::figure::detail
