#pragma once
// The browser half of the accessibility mirror (ui/mirror.hpp): mirror.js (linked with --js-library)
// keeps the page's invisible elements for the mirror's nodes and applies each frame's diff to them, and
// passes back what is done to them (focus, activation, typing, Escape) as requests. They reach C++ through
// ONE extern "C" function, stride_mirror_request, and wait here until the app takes them at its next frame.
// docs/accessibility.md describes the whole mirror.

#include <functional>
#include <string>
#include <vector>

namespace stride::platform {

// What mirror.js asks, in the order ui::MirrorRequest::Kind lists them.
struct MirrorPageRequest {
    enum class Kind { focus = 0, activate = 1, text = 2, escape = 3 };
    Kind kind = Kind::focus;
    std::string key;
    std::string text;
};

// One instance at a time (stride_mirror_request finds it through a global).
class WebMirror {
  public:
    // `wake` asks for a frame when a request arrives.
    explicit WebMirror(std::function<void()> wake);
    ~WebMirror();
    WebMirror(const WebMirror&) = delete;
    WebMirror& operator=(const WebMirror&) = delete;

    // Applies ui::mirror_diff_to_json output to the page's elements.
    void apply(const std::string& diff_json);
    // The keyboard's focus ring and the gap around it, as CSS colours ("#1f6f78"): the theme's.
    void set_focus_colours(const std::string& ring, const std::string& gap);
    std::vector<MirrorPageRequest> take_requests();

    // From stride_mirror_request.
    void requested(MirrorPageRequest request);

  private:
    std::function<void()> wake_;
    std::vector<MirrorPageRequest> requests_;
};

} // namespace stride::platform
