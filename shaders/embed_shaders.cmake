# Embeds GLSL files into a C++ source at build time, as constexpr string_views named after the file:
# shaders/screen.frag -> tieline::render::shaders::kScreenFrag. Editing a shader rebuilds one file.
set(TIELINE_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_shaders_run.cmake)

function(tieline_embed_shaders output)
    set(inputs)
    foreach(rel IN LISTS ARGN)
        list(APPEND inputs ${CMAKE_SOURCE_DIR}/${rel})
    endforeach()
    string(REPLACE ";" "|" joined "${inputs}")
    add_custom_command(
        OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} "-DINPUTS=${joined}" -P ${TIELINE_EMBED_SCRIPT}
        DEPENDS ${inputs} ${TIELINE_EMBED_SCRIPT}
        COMMENT "Embedding shaders"
        VERBATIM)
endfunction()
