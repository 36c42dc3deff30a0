// Render tests through EGL's surfaceless platform: no display, pixels read back.
#include "render/backdrop.hpp"
#include "render/framebuffer.hpp"
#include "render/gl_object.hpp"
#include "render/gl_program.hpp"
#include "render/offscreen_egl.hpp"
#include "render/png_writer.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>

using namespace tieline::render;

namespace {

int channel(std::uint32_t rgba, int shift) {
    return int((rgba >> shift) & 0xFF);
}

} // namespace

TEST_CASE("render: EGL gives an OpenGL 3.3 core context without a display") {
    std::string error;
    auto ctx = EglContext::create(error);
    REQUIRE_MESSAGE(ctx, error);
    GLint major = 0, minor = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    CHECK(major * 10 + minor >= 33);
    CHECK_FALSE(ctx->renderer().empty());
}

TEST_CASE("render: a GL object has one owner: a move hands it over, the last owner deletes it") {
    std::string error;
    auto ctx = EglContext::create(error);
    REQUIRE_MESSAGE(ctx, error);
    GLuint name = 0;
    {
        GlBuffer first = GlBuffer::create();
        REQUIRE(first.isValid());
        name = first.id();
        glBindBuffer(GL_ARRAY_BUFFER, name); // a generated name becomes a buffer when first bound
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        GlBuffer second = std::move(first);
        CHECK_FALSE(first.isValid());
        CHECK(second.id() == name);
        GlBuffer third;
        third = std::move(second);
        CHECK(glIsBuffer(name));
    }
    CHECK_FALSE(glIsBuffer(name));
}

TEST_CASE("render: a broken program names itself and its stage, a linked one has its uniforms located") {
    std::string error;
    auto ctx = EglContext::create(error);
    REQUIRE_MESSAGE(ctx, error);
    const GlProgram bad = GlProgram::build("broken", "#version 330 core\nvoid main() { oops }\n",
                                           "#version 330 core\nvoid main() {}\n", error);
    CHECK_FALSE(bad.isValid());
    CHECK(error.find("vertex shader of 'broken'") != std::string::npos);
    LinkedProgram<PanelUniforms> good;
    REQUIRE_MESSAGE(good.build("tiny",
                               "#version 330 core\nuniform vec2 uViewport;\n"
                               "void main() { gl_Position = vec4(uViewport, 0.0, 1.0); }\n",
                               "#version 330 core\nout vec4 color;\nvoid main() { color = vec4(1.0); }\n",
                               error),
                    error);
    CHECK(good.at.viewport >= 0);
}

TEST_CASE("render: a cleared offscreen framebuffer reads back its colour") {
    std::string error;
    auto ctx = EglContext::create(error);
    REQUIRE_MESSAGE(ctx, error);
    Framebuffer fb = Framebuffer::create(64, 32, error);
    REQUIRE_MESSAGE(fb.isValid(), error);
    fb.bind();
    glClearColor(1.0f, 0.5f, 0.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    const Image image = readPixels(64, 32);
    CHECK(image.width == 64);
    const std::uint32_t p = image.pixel(10, 10);
    CHECK(channel(p, 24) == 255);
    CHECK(std::abs(channel(p, 16) - 128) <= 1);
    CHECK(channel(p, 8) == 0);
    CHECK(channel(p, 0) == 255);
}

TEST_CASE("render: the backdrop draws the theme's gradient, dark and light") {
    std::string error;
    auto ctx = EglContext::create(error);
    REQUIRE_MESSAGE(ctx, error);
    Backdrop backdrop;
    REQUIRE_MESSAGE(backdrop.init(error), error);
    Framebuffer fb = Framebuffer::create(200, 100, error);
    REQUIRE(fb.isValid());
    fb.bind();
    BackdropStyle style;
    style.top[0] = 1.0f, style.top[1] = 0.0f, style.top[2] = 0.0f;
    style.bottom[0] = 0.0f, style.bottom[1] = 0.0f, style.bottom[2] = 1.0f;
    style.vignette = 0.0f;
    backdrop.draw(style);
    Image image = readPixels(200, 100);
    CHECK(channel(image.pixel(100, 1), 24) > 240); // top row: red
    CHECK(channel(image.pixel(100, 1), 8) < 15);
    CHECK(channel(image.pixel(100, 98), 8) > 240); // bottom row: blue
    CHECK(channel(image.pixel(100, 98), 24) < 15);

    backdrop.draw(lightBackdrop());
    image = readPixels(200, 100);
    const std::uint32_t light = image.pixel(100, 50);
    backdrop.draw(darkBackdrop());
    image = readPixels(200, 100);
    const std::uint32_t dark = image.pixel(100, 50);
    CHECK(channel(light, 24) > 200);
    CHECK(channel(dark, 24) < 60);
}

TEST_CASE("render: PNG files round-trip and replace the target atomically") {
    Image image;
    image.width = 3;
    image.height = 2;
    image.rgba = {255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    const std::string path = (std::filesystem::temp_directory_path() / "tieline-render-test.png").string();
    std::string error;
    REQUIRE_MESSAGE(writePng(path, image, error), error);
    Image back;
    REQUIRE_MESSAGE(readPng(path, back, error), error);
    CHECK(back.width == 3);
    CHECK(back.rgba == image.rgba);
    CHECK_FALSE(writePng("/nonexistent-dir/x.png", image, error));
    CHECK(error.find("/nonexistent-dir/x.png") != std::string::npos);
    std::remove(path.c_str());
}
