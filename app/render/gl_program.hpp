// A linked GLSL program, move-only, with its uniform locations looked up once. Render layer.
#pragma once

#include "render/gl.hpp"

#include <string>
#include <string_view>

namespace tieline::render {

class GlProgram {
  public:
    GlProgram() = default;
    ~GlProgram();
    GlProgram(const GlProgram&) = delete;
    GlProgram& operator=(const GlProgram&) = delete;
    GlProgram(GlProgram&& other) noexcept;
    GlProgram& operator=(GlProgram&& other) noexcept;

    // Compiles and links; on failure returns an invalid program and sets `error` to a message that
    // names the program, the stage and the driver's log.
    static GlProgram build(std::string_view name, std::string_view vertexSource,
                           std::string_view fragmentSource, std::string& error);

    bool isValid() const { return m_id != 0; }
    GLuint id() const { return m_id; }
    GLint uniform(const char* name) const { return glGetUniformLocation(m_id, name); }

  private:
    GLuint m_id = 0;
};

} // namespace tieline::render
