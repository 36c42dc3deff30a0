#version 330 core
// A filled triangle (tip at the origin, base at x = -len) with antialiased edges; for a hostile
// tie a bar across the line at the tip, joined to the line by a stem. The SVG writer's markers
// draw the same shapes.
in VertexData {
    vec2 local;
    float len;
    float halfWidth;
    float bar;
    vec4 color;
} vIn;

uniform float uPixelScale;

out vec4 fragColor;

void main() {
    float x = vIn.local.x;
    float y = abs(vIn.local.y);
    float side = (y * vIn.len + vIn.halfWidth * x) / sqrt(vIn.len * vIn.len + vIn.halfWidth * vIn.halfWidth);
    float d = max(max(x, -vIn.len - x), side);
    if (vIn.bar > 0.5) {
        float thick = max(0.3 * vIn.len, 1.5 * uPixelScale);
        float stem = max(0.25 * vIn.halfWidth, 0.5 * uPixelScale);
        float barD = max(max(x, -thick - x), y - vIn.halfWidth);
        float stemD = max(max(x, -vIn.len - 1.0 - x), y - stem);
        d = min(barD, stemD);
    }
    float a = vIn.color.a * clamp(0.5 - d, 0.0, 1.0);
    if (a <= 0.0) discard;
    fragColor = vec4(vIn.color.rgb * a, a);
}
