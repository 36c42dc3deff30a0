#version 330 core
// One instance per overlay panel (the export legend's box): a screen-space quad around a rounded
// rectangle, a pixel larger for antialiasing.
layout(location = 0) in vec4 aRect;    // x0, y0, x1, y1 in viewport pixels
layout(location = 1) in vec4 aFill;
layout(location = 2) in vec4 aBorder;
layout(location = 3) in vec2 aShape;   // x: corner radius, y: border width (pixels)

uniform vec2 uViewport;

out VertexData {
    vec2 local;      // pixels from the rectangle's centre
    vec2 halfSize;   // pixels
    vec4 fill;
    vec4 border;
    vec2 shape;
} vOut;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    vec2 lo = aRect.xy - 1.0, hi = aRect.zw + 1.0;
    vec2 screen = mix(lo, hi, corner);
    gl_Position = vec4(screen.x / uViewport.x * 2.0 - 1.0, 1.0 - screen.y / uViewport.y * 2.0, 0.0, 1.0);
    vOut.local = screen - 0.5 * (aRect.xy + aRect.zw);
    vOut.halfSize = 0.5 * (aRect.zw - aRect.xy);
    vOut.fill = aFill;
    vOut.border = aBorder;
    vOut.shape = aShape;
}
