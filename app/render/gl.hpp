// The one place the render layer includes the GL loader. Render layer only.
#pragma once

#include <glad/gl.h>
