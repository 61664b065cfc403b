#include "platform/web/update.hpp"

#include <emscripten/emscripten.h>

#include <utility>

extern "C" {
// update.js
void stride_update_js_install(void* owner);
int stride_update_js_ready();
int stride_update_js_apply();
}

namespace stride::platform {

WebUpdate::WebUpdate(std::function<void()> wake) : wake_(std::move(wake)) {
    stride_update_js_install(this);
}

bool WebUpdate::ready() const {
    return stride_update_js_ready() != 0;
}

bool WebUpdate::apply() {
    return stride_update_js_apply() != 0;
}

void WebUpdate::noticed() {
    if (wake_) wake_();
}

} // namespace stride::platform

extern "C" EMSCRIPTEN_KEEPALIVE void stride_update_noticed(void* owner) {
    static_cast<stride::platform::WebUpdate*>(owner)->noticed();
}
