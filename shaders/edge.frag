#version 330 core
// Antialiased ribbon edges; dashes for approximate or weakly sourced ties. Premultiplied output.
in VertexData {
    float across;
    float halfWidth;
    float along;
    float dashed;
    vec4 color;
} vIn;

uniform float uPixelScale;

out vec4 fragColor;

void main() {
    float coverage = clamp(vIn.halfWidth - abs(vIn.across) + 0.5, 0.0, 1.0);
    if (vIn.dashed > 0.5) {
        // Dashes grow with the tie's width so thick ties still read as dashed.
        float dash = max(6.0 * uPixelScale, vIn.halfWidth * 4.0);
        float gap = max(4.0 * uPixelScale, vIn.halfWidth * 2.5);
        float m = mod(vIn.along, dash + gap);
        coverage *= clamp(dash - m + 0.5, 0.0, 1.0) * clamp(m + 0.5, 0.0, 1.0);
    }
    float a = vIn.color.a * coverage;
    if (a <= 0.0) discard;
    fragColor = vec4(vIn.color.rgb * a, a);
}
