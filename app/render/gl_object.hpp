// One move-only owner for every kind of GL object (ImHex's gl::Buffer / VertexArray, as one template):
// a kind is a Traits struct that says how to create and delete one name, so a VAO, a buffer or a
// texture is a type alias, not another hand-written class with its own move and destructor.
// Classes holding GlObjects follow the rule of zero: they are move-only and free their objects
// without declaring anything. Needs a current context to create and to destroy. Render layer.
#pragma once

#include "render/gl.hpp"

#include <utility>

namespace tieline::render {

template <class Traits> class GlObject {
  public:
    GlObject() = default;
    explicit GlObject(GLuint id) noexcept : m_id(id) {}
    ~GlObject() { reset(); }
    GlObject(const GlObject&) = delete;
    GlObject& operator=(const GlObject&) = delete;
    GlObject(GlObject&& other) noexcept : m_id(std::exchange(other.m_id, 0)) {}
    GlObject& operator=(GlObject&& other) noexcept {
        if (this != &other) {
            reset();
            m_id = std::exchange(other.m_id, 0);
        }
        return *this;
    }

    template <class... Args> static GlObject create(Args... args) {
        return GlObject(Traits::create(args...));
    }

    bool isValid() const { return m_id != 0; }
    GLuint id() const { return m_id; }
    void reset() {
        if (m_id) Traits::destroy(m_id);
        m_id = 0;
    }

  private:
    GLuint m_id = 0;
};

namespace gl_traits {

// The kinds made and freed by a glGen*/glDelete* pair. The glad entry points are global function
// pointers, so the template names the variables and calls whatever they hold once GL is loaded.
template <auto& generate, auto& remove> struct Generated {
    static GLuint create() {
        GLuint id = 0;
        generate(1, &id);
        return id;
    }
    static void destroy(GLuint id) { remove(1, &id); }
};

struct Program {
    static GLuint create() { return glCreateProgram(); }
    static void destroy(GLuint id) { glDeleteProgram(id); }
};

struct Shader {
    static GLuint create(GLenum stage) { return glCreateShader(stage); }
    static void destroy(GLuint id) { glDeleteShader(id); }
};

} // namespace gl_traits

using GlVertexArray = GlObject<gl_traits::Generated<glGenVertexArrays, glDeleteVertexArrays>>;
using GlBuffer = GlObject<gl_traits::Generated<glGenBuffers, glDeleteBuffers>>;
using GlTexture = GlObject<gl_traits::Generated<glGenTextures, glDeleteTextures>>;
using GlFramebufferObject = GlObject<gl_traits::Generated<glGenFramebuffers, glDeleteFramebuffers>>;
using GlRenderbuffer = GlObject<gl_traits::Generated<glGenRenderbuffers, glDeleteRenderbuffers>>;
using GlProgramObject = GlObject<gl_traits::Program>;
using GlShader = GlObject<gl_traits::Shader>; // create(GL_VERTEX_SHADER) or create(GL_FRAGMENT_SHADER)

} // namespace tieline::render
