#include "platform/web/desk_store.hpp"

#include <cstdlib>

extern "C" {
// desk_store.js: the text in memory the caller frees (nullptr when none), or "" on success / the error.
char* stride_desk_js_read();
char* stride_desk_js_write(const char* text);
}

namespace stride::platform {
namespace {

std::optional<std::string> taken(char* text) {
    if (text == nullptr) return std::nullopt;
    std::string out(text);
    std::free(text);
    return out;
}

} // namespace

std::optional<std::string> WebDeskStore::read() {
    return taken(stride_desk_js_read());
}

std::string WebDeskStore::write(const std::string& text) {
    return taken(stride_desk_js_write(text.c_str())).value_or("");
}

} // namespace stride::platform
