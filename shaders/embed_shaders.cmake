# Embeds GLSL files into a C++ source at build time, as string_views named after the file:
# shaders/screen.frag -> tieline::render::shaders::kScreenFrag, declared in the generated header
# embedded_shaders.hpp beside the source. Editing a shader rebuilds one file: the header is
# rewritten only when the list of shaders changes.
set(TIELINE_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_shaders_run.cmake)

# Writes OUTPUT_DIR/embedded_shaders.cpp and OUTPUT_DIR/embedded_shaders.hpp.
function(tieline_embed_shaders output_dir)
    set(inputs)
    foreach(rel IN LISTS ARGN)
        list(APPEND inputs ${CMAKE_SOURCE_DIR}/${rel})
    endforeach()
    string(REPLACE ";" "|" joined "${inputs}")
    add_custom_command(
        OUTPUT ${output_dir}/embedded_shaders.cpp ${output_dir}/embedded_shaders.hpp
        COMMAND ${CMAKE_COMMAND} -DOUTPUT_DIR=${output_dir} "-DINPUTS=${joined}" -P ${TIELINE_EMBED_SCRIPT}
        DEPENDS ${inputs} ${TIELINE_EMBED_SCRIPT}
        COMMENT "Embedding shaders"
        VERBATIM)
endfunction()
