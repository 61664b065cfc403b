#include "platform/web/files.hpp"

#include <emscripten/emscripten.h>

#include <utility>

extern "C" {
// files.js
void stride_files_js_install(void* owner, double max_bytes, double max_page_bytes);
void stride_files_js_take(char* destination);
void stride_files_js_pick();
void stride_files_js_several(int several);
void stride_files_js_download(const char* name, const char* mime, const char* data, std::size_t size);
int stride_files_js_can_share(const char* mime, const char* name);
void stride_files_js_share(void* owner, const char* name, const char* mime, const char* data,
                           std::size_t size, const char* title);
}

namespace stride::platform {

WebFiles::WebFiles(std::size_t max_bytes, std::size_t max_page_bytes, std::function<void()> wake)
    : wake_(std::move(wake)) {
    stride_files_js_install(this, static_cast<double>(max_bytes), static_cast<double>(max_page_bytes));
}

void WebFiles::download(const std::string& name, const std::string& mime, const std::string& bytes) {
    stride_files_js_download(name.c_str(), mime.c_str(), bytes.data(), bytes.size());
}

bool WebFiles::can_share(const std::string& mime) const {
    // navigator.canShare judges the file by type and name: a name with the type's usual extension.
    const char* name = mime == "text/calendar" ? "stride-back-reminder.ics"
                       : mime == "text/html"   ? "stride-back-plan.html"
                                               : "plan.json";
    return stride_files_js_can_share(mime.c_str(), name) != 0;
}

void WebFiles::share(const std::string& name, const std::string& mime, const std::string& bytes,
                     const std::string& title) {
    stride_files_js_share(this, name.c_str(), mime.c_str(), bytes.data(), bytes.size(), title.c_str());
}

void WebFiles::pick() {
    stride_files_js_pick();
}

void WebFiles::accept_several(bool several) {
    stride_files_js_several(several ? 1 : 0);
}

std::vector<runtime::FileEvent> WebFiles::take_events() {
    return std::exchange(events_, {});
}

void WebFiles::push(runtime::FileEvent event) {
    events_.push_back(std::move(event));
    if (wake_) wake_();
}

} // namespace stride::platform

// Called from files.js; `owner` is the WebFiles handed to stride_files_js_install.
extern "C" {
EMSCRIPTEN_KEEPALIVE void stride_files_opened(void* owner, const char* name, int size) {
    stride::runtime::FileEvent event;
    event.kind = stride::runtime::FileEvent::Kind::opened;
    event.name = name;
    event.bytes.resize(static_cast<std::size_t>(size));
    stride_files_js_take(event.bytes.data());
    static_cast<stride::platform::WebFiles*>(owner)->push(std::move(event));
}
EMSCRIPTEN_KEEPALIVE void stride_files_refused(void* owner, const char* name, const char* message) {
    stride::runtime::FileEvent event;
    event.kind = stride::runtime::FileEvent::Kind::refused;
    event.name = name;
    event.message = message;
    static_cast<stride::platform::WebFiles*>(owner)->push(std::move(event));
}
EMSCRIPTEN_KEEPALIVE void stride_files_shared(void* owner, int outcome, const char* message) {
    using Kind = stride::runtime::FileEvent::Kind;
    stride::runtime::FileEvent event;
    event.kind = outcome == 0 ? Kind::shared : outcome == 1 ? Kind::share_cancelled : Kind::share_failed;
    event.message = message;
    static_cast<stride::platform::WebFiles*>(owner)->push(std::move(event));
}
}
