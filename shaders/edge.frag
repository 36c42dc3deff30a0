#version 330 core
// Antialiased ribbon edges with a pattern per meaning (edge.vert's `dashed`): 1 dashes for a
// contested or weakly sourced tie, 2 dots for a date that is approximate here, 3 dash-dot for both.
// Premultiplied output.
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
    int pattern = int(vIn.dashed + 0.5);
    if (pattern > 0) {
        // Dashes and dots grow with the tie's width so thick ties still read as patterned; the
        // SVG writer (edgeDashArray) writes the same lengths.
        float dash = max(8.0 * uPixelScale, vIn.halfWidth * 5.0);
        float dot = max(1.5 * uPixelScale, vIn.halfWidth * 1.0);
        float gap = max(3.5 * uPixelScale, vIn.halfWidth * 2.5);
        float first = pattern == 2 ? dot : dash;
        float period = pattern == 3 ? dash + gap + dot + gap : first + gap;
        float m = mod(vIn.along, period);
        float on = clamp(first - m + 0.5, 0.0, 1.0) * clamp(m + 0.5, 0.0, 1.0);
        if (pattern == 3) {
            float d = m - (dash + gap);
            on = max(on, clamp(dot - d + 0.5, 0.0, 1.0) * clamp(d + 0.5, 0.0, 1.0));
        }
        coverage *= on;
    }
    float a = vIn.color.a * coverage;
    if (a <= 0.0) discard;
    fragColor = vec4(vIn.color.rgb * a, a);
}
