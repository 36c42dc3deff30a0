#version 330 core
// One instance per arrowhead: a quad around the triangle from base to tip, shaded by distance.
layout(location = 0) in vec4 aTipBase;  // tip.xy, base.xy in layout units
layout(location = 1) in float aHalfWidth; // layout units; negative: a hostile tie's bar head (⊣)
layout(location = 2) in vec4 aColor;

uniform vec2 uViewCenter;
uniform float uZoom;
uniform vec2 uViewport;
uniform float uPixelScale;

out VertexData {
    vec2 local;      // pixels: x along the arrow from the tip (negative toward the base), y across
    float len;       // pixels
    float halfWidth; // pixels
    float bar;       // 1: a bar across the line at the tip, with the line's stem up to it
    vec4 color;
} vOut;

vec2 toScreen(vec2 p) { return (p - uViewCenter) * uZoom + 0.5 * uViewport; }

void main() {
    vec2 tip = toScreen(aTipBase.xy), base = toScreen(aTipBase.zw);
    vec2 axis = tip - base;
    float len = max(length(axis), 1.0);
    vec2 dir = axis / len;
    vec2 normal = vec2(-dir.y, dir.x);
    float halfWidth = max(abs(aHalfWidth) * uZoom, 1.5 * uPixelScale);
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    // x from -len-1 to +1 pixels, y from -halfWidth-1 to +halfWidth+1.
    vec2 local = vec2(mix(-len - 1.0, 1.0, corner.x), mix(-halfWidth - 1.0, halfWidth + 1.0, corner.y));
    vec2 screen = tip + dir * local.x + normal * local.y;
    gl_Position = vec4(screen.x / uViewport.x * 2.0 - 1.0, 1.0 - screen.y / uViewport.y * 2.0, 0.0, 1.0);
    vOut.local = local;
    vOut.len = len;
    vOut.halfWidth = halfWidth;
    vOut.bar = aHalfWidth < 0.0 ? 1.0 : 0.0;
    vOut.color = aColor;
}
