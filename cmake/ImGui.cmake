# Dear ImGui 1.86 from Debian's source package: scripts/setup.sh fetches it into third_party/imgui (never
# committed). Target `imgui` builds natively (headless UI tests) and for the web; `imgui_opengl3` is the
# WebGL2 renderer, web only.
set(IMGUI_DIR "${PROJECT_SOURCE_DIR}/third_party/imgui")
if(NOT EXISTS "${IMGUI_DIR}/imgui.h")
    message(FATAL_ERROR "Dear ImGui source is missing at ${IMGUI_DIR}: run scripts/setup.sh")
endif()

add_library(imgui STATIC
    "${IMGUI_DIR}/imgui.cpp"
    "${IMGUI_DIR}/imgui_draw.cpp"
    "${IMGUI_DIR}/imgui_tables.cpp"
    "${IMGUI_DIR}/imgui_widgets.cpp"
    "${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
# SYSTEM: third-party headers must not trip our strict warnings.
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/misc/cpp")
# IMGUI_ENABLE_TEST_ENGINE turns on the item hooks that the UI probe (src/ui/probe.cpp) implements: they
# report every interactive item drawn, which is how tests find what is on screen.
target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

if(EMSCRIPTEN)
    add_library(imgui_opengl3 STATIC "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
    target_include_directories(imgui_opengl3 SYSTEM PUBLIC "${IMGUI_DIR}/backends")
    target_link_libraries(imgui_opengl3 PUBLIC imgui)
endif()
