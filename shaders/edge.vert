#version 330 core
// One instance per tie: a ribbon along a quadratic Bézier, tessellated into uSegments quads from
// gl_VertexID (a triangle strip), widened by a pixel for antialiasing.
layout(location = 0) in vec4 aEnds;     // p0.xy, p2.xy in layout units
layout(location = 1) in vec2 aControl;  // layout units
layout(location = 2) in vec2 aRange;    // visible parameter range [t0, t1]
layout(location = 3) in vec4 aColor;
layout(location = 4) in vec3 aStyle;    // x: width (layout units), y: pattern (0 solid, 1 dashes, 2 dots, 3 dash-dot), z: extra pixels (halo)

uniform vec2 uViewCenter;
uniform float uZoom;
uniform vec2 uViewport;
uniform float uPixelScale; // pixel-sized constants scale with it (high-DPI, supersampled exports)

uniform int uSegments; // quads along the curve: 1 for straight ties, more for curved ones

out VertexData {
    float across;    // signed pixels from the centre line
    float halfWidth; // pixels
    float along;     // pixels from the start, for dashes
    float dashed;
    vec4 color;
} vOut;

vec2 toScreen(vec2 p) { return (p - uViewCenter) * uZoom + 0.5 * uViewport; }

void main() {
    int i = gl_VertexID >> 1;
    float side = (gl_VertexID & 1) == 0 ? -1.0 : 1.0;
    float s = mix(aRange.x, aRange.y, float(i) / float(uSegments));
    vec2 p0 = toScreen(aEnds.xy), c = toScreen(aControl), p2 = toScreen(aEnds.zw);
    float u = 1.0 - s;
    vec2 point = u * u * p0 + 2.0 * u * s * c + s * s * p2;
    vec2 tangent = 2.0 * u * (c - p0) + 2.0 * s * (p2 - c);
    float tangentLength = length(tangent);
    vec2 dir = tangentLength > 1e-6 ? tangent / tangentLength : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x);
    float halfWidth = max(aStyle.x * uZoom, uPixelScale) * 0.5 + aStyle.z;
    float extent = halfWidth + 1.0;
    vec2 screen = point + normal * side * extent;
    gl_Position = vec4(screen.x / uViewport.x * 2.0 - 1.0, 1.0 - screen.y / uViewport.y * 2.0, 0.0, 1.0);
    // Arc length estimate: the average of the chord and the control polygon, which for a gentle
    // quadratic is within a few percent; enough to space dashes evenly.
    float curveLength = 0.5 * (distance(p0, p2) + distance(p0, c) + distance(c, p2));
    vOut.across = side * extent;
    vOut.halfWidth = halfWidth;
    vOut.along = (s - aRange.x) * curveLength;
    vOut.dashed = aStyle.y;
    vOut.color = aColor;
}
