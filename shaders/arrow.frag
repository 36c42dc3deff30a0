#version 330 core
// A filled triangle (tip at the origin, base at x = -len) with antialiased edges.
in VertexData {
    vec2 local;
    float len;
    float halfWidth;
    vec4 color;
} vIn;

out vec4 fragColor;

void main() {
    float x = vIn.local.x;
    float y = abs(vIn.local.y);
    float side = (y * vIn.len + vIn.halfWidth * x) / sqrt(vIn.len * vIn.len + vIn.halfWidth * vIn.halfWidth);
    float d = max(max(x, -vIn.len - x), side);
    float a = vIn.color.a * clamp(0.5 - d, 0.0, 1.0);
    if (a <= 0.0) discard;
    fragColor = vec4(vIn.color.rgb * a, a);
}
