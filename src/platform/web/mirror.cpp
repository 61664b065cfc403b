#include "platform/web/mirror.hpp"

#include <emscripten/emscripten.h>

#include <utility>

extern "C" {
// mirror.js
void stride_mirror_install();
void stride_mirror_apply(const char* diff_json);
void stride_mirror_focus_colours(const char* ring, const char* gap);
}

namespace stride::platform {
namespace {
WebMirror* instance = nullptr;
} // namespace

WebMirror::WebMirror(std::function<void()> wake) : wake_(std::move(wake)) {
    instance = this;
    stride_mirror_install();
}

WebMirror::~WebMirror() {
    instance = nullptr;
}

void WebMirror::apply(const std::string& diff_json) {
    stride_mirror_apply(diff_json.c_str());
}

void WebMirror::set_focus_colours(const std::string& ring, const std::string& gap) {
    stride_mirror_focus_colours(ring.c_str(), gap.c_str());
}

std::vector<MirrorPageRequest> WebMirror::take_requests() {
    return std::exchange(requests_, {});
}

void WebMirror::requested(MirrorPageRequest request) {
    requests_.push_back(std::move(request));
    if (wake_) wake_();
}

} // namespace stride::platform

extern "C" EMSCRIPTEN_KEEPALIVE void stride_mirror_request(int kind, const char* key, const char* text) {
    if (!stride::platform::instance || kind < 0 || kind > 3) return;
    stride::platform::instance->requested(
        {static_cast<stride::platform::MirrorPageRequest::Kind>(kind), key ? key : "", text ? text : ""});
}
