#version 330 core
// One instance per node: a screen-aligned quad around the disc, large enough for the outline,
// the selection ring and a pixel of antialiasing.
layout(location = 0) in vec2 aCenter;   // layout units
layout(location = 1) in float aRadius;  // layout units
layout(location = 2) in vec4 aFill;
layout(location = 3) in vec4 aOutline;
layout(location = 4) in vec2 aRingAlpha; // x: 0 none, 1 hovered, 2 selected; y: opacity

uniform vec2 uViewCenter; // layout units at the middle of the viewport
uniform float uZoom;      // pixels per layout unit
uniform vec2 uViewport;   // pixels
uniform float uPixelScale; // pixel-sized constants scale with it (high-DPI, supersampled exports)

out VertexData {
    vec2 local;     // pixels from the centre
    float radius;   // pixels
    vec4 fill;
    vec4 outline;
    float ring;
    float alpha;
} vOut;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
    float radiusPx = max(aRadius * uZoom, 1.5 * uPixelScale);
    // Room for the ring only where there is one: thousands of small nodes must not cost
    // thousands of mostly empty quads.
    float extent = radiusPx + (aRingAlpha.x > 0.5 ? 6.0 * uPixelScale : 0.0) + 1.0;
    vec2 screen = (aCenter - uViewCenter) * uZoom + 0.5 * uViewport + corner * extent;
    gl_Position = vec4(screen.x / uViewport.x * 2.0 - 1.0, 1.0 - screen.y / uViewport.y * 2.0, 0.0, 1.0);
    vOut.local = corner * extent;
    vOut.radius = radiusPx;
    vOut.fill = aFill;
    vOut.outline = aOutline;
    vOut.ring = aRingAlpha.x;
    vOut.alpha = aRingAlpha.y;
}
