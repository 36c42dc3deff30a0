// EGL surfaceless context creation (Mesa), with glad loading EGL and GL at run time.
#include "render/offscreen_egl.hpp"

#include "render/gl.hpp"

#include <glad/egl.h>

namespace tieline::render {

namespace {

const char* eglErrorName(EGLint code) {
    switch (code) {
    case EGL_NOT_INITIALIZED:
        return "EGL_NOT_INITIALIZED";
    case EGL_BAD_ACCESS:
        return "EGL_BAD_ACCESS";
    case EGL_BAD_ALLOC:
        return "EGL_BAD_ALLOC";
    case EGL_BAD_ATTRIBUTE:
        return "EGL_BAD_ATTRIBUTE";
    case EGL_BAD_CONFIG:
        return "EGL_BAD_CONFIG";
    case EGL_BAD_CONTEXT:
        return "EGL_BAD_CONTEXT";
    case EGL_BAD_DISPLAY:
        return "EGL_BAD_DISPLAY";
    case EGL_BAD_MATCH:
        return "EGL_BAD_MATCH";
    case EGL_BAD_PARAMETER:
        return "EGL_BAD_PARAMETER";
    default:
        return "an EGL error";
    }
}

} // namespace

std::unique_ptr<EglContext> EglContext::create(std::string& error) {
    const char* hint = " (install the Debian packages libegl1, libegl-mesa0 and libgl1-mesa-dri)";
    if (!gladLoaderLoadEGL(EGL_NO_DISPLAY)) {
        error = std::string("cannot load libEGL") + hint;
        return nullptr;
    }
    EGLDisplay display = EGL_NO_DISPLAY;
    if (eglGetPlatformDisplayEXT) // Mesa's surfaceless platform needs neither X nor a GPU
        display = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (display == EGL_NO_DISPLAY) display = eglGetDisplay(EGL_DEFAULT_DISPLAY);
    EGLint major = 0, minor = 0;
    if (display == EGL_NO_DISPLAY || !eglInitialize(display, &major, &minor)) {
        error = std::string("cannot open an EGL display: ") + eglErrorName(eglGetError()) + hint;
        return nullptr;
    }
    gladLoaderLoadEGL(display); // now with the display's extensions
    if (!eglBindAPI(EGL_OPENGL_API)) {
        error = std::string("EGL has no desktop OpenGL: ") + eglErrorName(eglGetError()) + hint;
        eglTerminate(display);
        return nullptr;
    }
    const EGLint configAttribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    if (!eglChooseConfig(display, configAttribs, &config, 1, &count) || count == 0) config = nullptr;
    const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION,
                                     3,
                                     EGL_CONTEXT_MINOR_VERSION,
                                     3,
                                     EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                     EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                     EGL_NONE};
    EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, contextAttribs);
    if (context == EGL_NO_CONTEXT || !eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
        error = std::string("cannot create an OpenGL 3.3 core context without a surface: ") +
                eglErrorName(eglGetError()) + hint;
        if (context != EGL_NO_CONTEXT) eglDestroyContext(display, context);
        eglTerminate(display);
        return nullptr;
    }
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(eglGetProcAddress))) {
        error = "cannot load the OpenGL functions through EGL";
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(display, context);
        eglTerminate(display);
        return nullptr;
    }
    std::unique_ptr<EglContext> ctx(new EglContext());
    ctx->m_display = display;
    ctx->m_context = context;
    return ctx;
}

EglContext::~EglContext() {
    auto display = static_cast<EGLDisplay>(m_display);
    eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(display, static_cast<EGLContext>(m_context));
    eglTerminate(display);
}

std::string EglContext::renderer() const {
    const auto* text = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return text ? text : "";
}

} // namespace tieline::render
