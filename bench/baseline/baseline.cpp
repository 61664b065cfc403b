// The bare Dear ImGui app: a WebGL2 context, ImGui with its built-in font, one window of text. It marks
// window.benchBaseline = { frame, firstFrameMs } after each drawn frame, the same moment the app publishes
// its probe, so bench/run.mjs times both the same way. It draws for one second, then stops, like the app.

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

// The shared imgui target is compiled with the test-engine hooks (the app's probe implements them); the
// baseline has no probe, and with TestEngineHookItems off ImGui never calls these.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID, const char*, ImGuiItemStatusFlags) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

// Called after each drawn frame: the first call's time is the time to first frame.
EM_JS(void, mark_frame, (int frame), {
    var first = window.benchBaseline ? window.benchBaseline.firstFrameMs : performance.now();
    window.benchBaseline = {frame : frame, firstFrameMs : first};
});

namespace {

struct Baseline {
    int frame = 0;
    double started_ms = 0;
};

EM_BOOL draw(double now, void* user_data) {
    auto& baseline = *static_cast<Baseline*>(user_data);
    double width = 0, height = 0;
    emscripten_get_element_css_size("#canvas", &width, &height);
    emscripten_set_canvas_element_size("#canvas", static_cast<int>(width), static_cast<int>(height));
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = 1.0f / 60.0f;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("Baseline", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted("Hello from a bare Dear ImGui window.");
    ImGui::Button("A button");
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, static_cast<int>(width), static_cast<int>(height));
    glClearColor(0.95f, 0.94f, 0.91f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    ++baseline.frame;
    mark_frame(baseline.frame);
    if (baseline.started_ms == 0) baseline.started_ms = now;
    return now - baseline.started_ms < 1000.0 ? EM_TRUE : EM_FALSE;
}

} // namespace

int main() {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.alpha = EM_FALSE;
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    attributes.antialias = EM_FALSE;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attributes);
    if (context <= 0) return 1;
    emscripten_webgl_make_context_current(context);

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    static Baseline baseline;
    emscripten_request_animation_frame_loop(draw, &baseline);
    return 0;
}
