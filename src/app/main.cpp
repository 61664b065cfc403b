// Entry point of the web app. main() sets the app up and returns; Emscripten keeps the module alive and
// the platform draws frames on demand from then on.

#include "app/app.hpp"

#include <exception>
#include <string>

int main() {
    try {
        // Lives for the whole page: the runtime never exits, so this is never destroyed.
        static stride::App app;
        app.start();
    } catch (const std::exception& error) {
        stride::platform::show_page_error(std::string("Stride Back could not start. ") + error.what());
    }
    return 0;
}
