#version 330 core
// An antialiased disc with an outline, and a ring outside it when hovered or selected.
// Output is premultiplied by alpha (blending ONE, ONE_MINUS_SRC_ALPHA).
in VertexData {
    vec2 local;
    float radius;
    vec4 fill;
    vec4 outline;
    float ring;
    float alpha;
} vIn;

uniform vec4 uRingColor;
uniform float uPixelScale;

out vec4 fragColor;

void main() {
    float d = length(vIn.local);
    float outlineWidth = clamp(vIn.radius * 0.14, uPixelScale, 2.5 * uPixelScale);
    float disc = clamp(vIn.radius - d + 0.5, 0.0, 1.0);
    float inner = clamp(vIn.radius - outlineWidth - d + 0.5, 0.0, 1.0);
    vec4 color = mix(vIn.outline, vIn.fill, inner);
    color.a *= disc;
    if (vIn.ring > 0.5) {
        float ringWidth = (vIn.ring > 1.5 ? 2.5 : 1.5) * uPixelScale;
        float ringCenter = vIn.radius + 2.5 * uPixelScale + ringWidth * 0.5;
        float ringCoverage = clamp(ringWidth * 0.5 - abs(d - ringCenter) + 0.5, 0.0, 1.0);
        vec4 ring = vec4(uRingColor.rgb, uRingColor.a * ringCoverage * (vIn.ring > 1.5 ? 1.0 : 0.7));
        color = vec4(mix(ring.rgb, color.rgb, color.a), max(color.a, ring.a));
    }
    float a = color.a * vIn.alpha;
    if (a <= 0.0) discard;
    fragColor = vec4(color.rgb * a, a);
}
