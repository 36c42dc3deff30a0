// A linked GLSL program, move-only, and the uniform locations of each of our shader pairs, looked
// up once after linking (raylib) instead of by name on every draw. Render layer.
#pragma once

#include "render/gl_object.hpp"

#include <string>
#include <string_view>

namespace tieline::render {

class GlProgram {
  public:
    // Compiles and links; on failure returns an invalid program and sets `error` to a message that
    // names the program, the stage and the driver's log.
    static GlProgram build(std::string_view name, std::string_view vertexSource,
                           std::string_view fragmentSource, std::string& error);

    bool isValid() const { return m_object.isValid(); }
    GLuint id() const { return m_object.id(); }
    // By name: for filling a uniforms struct after linking, not for drawing.
    GLint uniform(const char* name) const { return glGetUniformLocation(id(), name); }

  private:
    GlProgramObject m_object;
};

// A program with its uniforms located: `Uniforms` has `static Uniforms locate(const GlProgram&)`.
template <class Uniforms> struct LinkedProgram {
    GlProgram program;
    Uniforms at;

    bool build(std::string_view name, std::string_view vertexSource, std::string_view fragmentSource,
               std::string& error) {
        program = GlProgram::build(name, vertexSource, fragmentSource, error);
        if (!program.isValid()) return false;
        at = Uniforms::locate(program);
        return true;
    }
    void use() const { glUseProgram(program.id()); }
};

// node, edge and arrow shaders: scene coordinates to pixels.
struct ViewUniforms {
    GLint viewCenter = -1, zoom = -1, viewport = -1, pixelScale = -1;
    static ViewUniforms locate(const GlProgram& program);
};

struct NodeUniforms : ViewUniforms {
    GLint ringColor = -1;
    static NodeUniforms locate(const GlProgram& program);
};

struct EdgeUniforms : ViewUniforms {
    GLint segments = -1;
    static EdgeUniforms locate(const GlProgram& program);
};

// label shaders, also used for export overlay text.
struct LabelUniforms {
    GLint viewport = -1, halo = -1, atlas = -1;
    static LabelUniforms locate(const GlProgram& program);
};

struct PanelUniforms {
    GLint viewport = -1;
    static PanelUniforms locate(const GlProgram& program);
};

struct ScreenUniforms {
    GLint top = -1, bottom = -1, vignette = -1;
    static ScreenUniforms locate(const GlProgram& program);
};

} // namespace tieline::render
