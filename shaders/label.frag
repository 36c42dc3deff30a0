#version 330 core
// Text from the glyph atlas (red: the glyphs; green: the glyphs dilated by a few texels, made once
// when the atlas is built), with a halo in the background colour so labels stay readable over
// ties. One texture read per fragment: on a software rasteriser, labels were the costliest part
// of a frame with eight reads for the halo. Premultiplied output.
in VertexData {
    vec2 uv;
    vec4 color;
    float haloTexels;
} vIn;

uniform sampler2D uAtlas;
uniform vec4 uHalo;      // the background colour; alpha scales the halo

out vec4 fragColor;

void main() {
    vec2 texel = texture(uAtlas, vIn.uv).rg;
    float ink = texel.r;
    // haloTexels > 0 asks for the halo (labels); 0 for plain text (captions on a panel).
    float halo = vIn.haloTexels > 0.0 ? clamp(texel.g * 1.5, 0.0, 1.0) * uHalo.a : 0.0;
    vec3 rgb = mix(uHalo.rgb, vIn.color.rgb, ink);
    float a = max(ink, halo) * vIn.color.a;
    if (a <= 0.0) discard;
    fragColor = vec4(rgb * a, a);
}
