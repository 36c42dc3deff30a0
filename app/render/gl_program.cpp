// Shader compilation and linking with errors that say which program and stage failed.
#include "render/gl_program.hpp"

#include <utility>
#include <vector>

namespace tieline::render {

namespace {

// A shader's or a program's info log: `getParameter` and `getLog` are the glGet*iv and
// glGet*InfoLog of its kind.
template <class GetParameter, class GetLog>
std::string infoLog(GLuint id, GetParameter getParameter, GetLog getLog) {
    GLint length = 0;
    getParameter(id, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(length > 1 ? length : 1));
    getLog(id, static_cast<GLsizei>(log.size()), nullptr, log.data());
    return log.data();
}

GlShader compile(GLenum stage, std::string_view source, std::string_view name, std::string& error) {
    GlShader shader = GlShader::create(stage);
    const GLchar* text = source.data();
    const GLint length = static_cast<GLint>(source.size());
    glShaderSource(shader.id(), 1, &text, &length);
    glCompileShader(shader.id());
    GLint ok = GL_FALSE;
    glGetShaderiv(shader.id(), GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE) {
        error = "failed to compile the " + std::string(stage == GL_VERTEX_SHADER ? "vertex" : "fragment") +
                " shader of '" + std::string(name) +
                "': " + infoLog(shader.id(), glGetShaderiv, glGetShaderInfoLog);
        return {};
    }
    return shader;
}

} // namespace

GlProgram GlProgram::build(std::string_view name, std::string_view vertexSource,
                           std::string_view fragmentSource, std::string& error) {
    GlProgram program;
    const GlShader vs = compile(GL_VERTEX_SHADER, vertexSource, name, error);
    if (!vs.isValid()) return program;
    const GlShader fs = compile(GL_FRAGMENT_SHADER, fragmentSource, name, error);
    if (!fs.isValid()) return program;
    GlProgramObject object = GlProgramObject::create();
    glAttachShader(object.id(), vs.id());
    glAttachShader(object.id(), fs.id());
    glLinkProgram(object.id());
    GLint ok = GL_FALSE;
    glGetProgramiv(object.id(), GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        error = "failed to link the program '" + std::string(name) +
                "': " + infoLog(object.id(), glGetProgramiv, glGetProgramInfoLog);
        return program;
    }
    program.m_object = std::move(object);
    return program;
}

ViewUniforms ViewUniforms::locate(const GlProgram& program) {
    ViewUniforms u;
    u.viewCenter = program.uniform("uViewCenter");
    u.zoom = program.uniform("uZoom");
    u.viewport = program.uniform("uViewport");
    u.pixelScale = program.uniform("uPixelScale");
    return u;
}

NodeUniforms NodeUniforms::locate(const GlProgram& program) {
    NodeUniforms u;
    static_cast<ViewUniforms&>(u) = ViewUniforms::locate(program);
    u.ringColor = program.uniform("uRingColor");
    return u;
}

EdgeUniforms EdgeUniforms::locate(const GlProgram& program) {
    EdgeUniforms u;
    static_cast<ViewUniforms&>(u) = ViewUniforms::locate(program);
    u.segments = program.uniform("uSegments");
    return u;
}

LabelUniforms LabelUniforms::locate(const GlProgram& program) {
    return {program.uniform("uViewport"), program.uniform("uHalo"), program.uniform("uAtlas")};
}

PanelUniforms PanelUniforms::locate(const GlProgram& program) {
    return {program.uniform("uViewport")};
}

ScreenUniforms ScreenUniforms::locate(const GlProgram& program) {
    return {program.uniform("uTop"), program.uniform("uBottom"), program.uniform("uVignette")};
}

} // namespace tieline::render
