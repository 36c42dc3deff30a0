#version 330 core
// A triangle that covers the whole viewport, generated from gl_VertexID (no vertex buffer).
out VertexData {
    vec2 uv;
} vOut;

void main() {
    vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    vOut.uv = corner;
    gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}
