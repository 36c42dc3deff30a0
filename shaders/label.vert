#version 330 core
// One instance per glyph: a quad in pixels with its rectangle in the glyph atlas.
layout(location = 0) in vec4 aRect;   // x0, y0, x1, y1 in screen pixels
layout(location = 1) in vec4 aUv;     // u0, v0, u1, v1 in the atlas
layout(location = 2) in vec4 aColor;  // text colour (alpha carries the label's fade)
layout(location = 3) in float aHaloTexels; // halo radius in atlas texels (about 1.4 screen pixels)

uniform vec2 uViewport;

out VertexData {
    vec2 uv;
    vec4 color;
    float haloTexels;
} vOut;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    vec2 screen = mix(aRect.xy, aRect.zw, corner);
    gl_Position = vec4(screen.x / uViewport.x * 2.0 - 1.0, 1.0 - screen.y / uViewport.y * 2.0, 0.0, 1.0);
    vOut.uv = mix(aUv.xy, aUv.zw, corner);
    vOut.color = aColor;
    vOut.haloTexels = aHaloTexels;
}
