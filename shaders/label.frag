#version 330 core
// Text from a single-channel glyph atlas, with a halo in the background colour so labels stay
// readable over ties. Premultiplied output.
in VertexData {
    vec2 uv;
    vec4 color;
    float haloTexels;
} vIn;

uniform sampler2D uAtlas;
uniform vec4 uHalo;      // the background colour; alpha scales the halo
uniform vec2 uTexel;     // size of one atlas texel in uv units

out vec4 fragColor;

void main() {
    float ink = texture(uAtlas, vIn.uv).r;
    float halo = 0.0;
    for (int i = 0; i < 8; ++i) {
        float angle = float(i) * 0.78539816;
        vec2 offset = vec2(cos(angle), sin(angle)) * uTexel * vIn.haloTexels;
        halo = max(halo, texture(uAtlas, vIn.uv + offset).r);
    }
    halo = clamp(halo * 1.5, 0.0, 1.0) * uHalo.a;
    vec3 rgb = mix(uHalo.rgb, vIn.color.rgb, ink);
    float a = max(ink, halo) * vIn.color.a;
    if (a <= 0.0) discard;
    fragColor = vec4(rgb * a, a);
}
