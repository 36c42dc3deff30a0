#version 330 core
// A rounded rectangle with a border inside its edge, antialiased by its signed distance.
// Premultiplied output.
in VertexData {
    vec2 local;
    vec2 halfSize;
    vec4 fill;
    vec4 border;
    vec2 shape;
} vIn;

out vec4 fragColor;

void main() {
    float radius = min(vIn.shape.x, min(vIn.halfSize.x, vIn.halfSize.y));
    vec2 q = abs(vIn.local) - vIn.halfSize + radius;
    float d = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - radius; // < 0 inside
    float coverage = clamp(0.5 - d, 0.0, 1.0);
    float inBorder = clamp(d + vIn.shape.y + 0.5, 0.0, 1.0);
    // The border over the fill, both with their own opacity.
    vec4 fill = vec4(vIn.fill.rgb * vIn.fill.a, vIn.fill.a);
    vec4 border = vec4(vIn.border.rgb * vIn.border.a, vIn.border.a) * inBorder;
    vec4 color = border + fill * (1.0 - border.a);
    if (coverage * color.a <= 0.0) discard;
    fragColor = color * coverage;
}
