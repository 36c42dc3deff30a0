#version 330 core
// The canvas behind the network: a vertical gradient between two theme colours, darkened toward
// the corners so the centre, where the layout sits, reads as the focus.
in VertexData {
    vec2 uv;
} vIn;

uniform vec3 uTop;
uniform vec3 uBottom;
uniform float uVignette; // 0: none, 1: strong

out vec4 fragColor;

void main() {
    vec3 color = mix(uBottom, uTop, vIn.uv.y);
    vec2 d = vIn.uv - 0.5;
    float v = 1.0 - uVignette * smoothstep(0.35, 0.75, length(d));
    fragColor = vec4(color * v, 1.0);
}
